import { inArray, sql } from "drizzle-orm";
import { departments, households, pointRules, townships, users, villages } from "@cunwu/schema";
import { actorFromUser, type Role } from "../request/actor";
import { hashPassword } from "../auth/password";
import type { Db, DbOrTx } from "../db/database";
import {
  demoDepartments,
  demoRules,
  demoTownships,
  demoVillages,
  staffDisplayNames,
  tibetanTownshipCode,
} from "./demo-data";
import { generateHouseholds, seededRandom } from "./demo-households";
import { seedDemoYear } from "./demo-year";
import { seedVolunteerHistory } from "./volunteer-history";
import { seedCivicHistory } from "./civic-history";
import { settleSeededNotifications } from "../notifications/seeded-history";
import { seedDemoStaff } from "./demo-staff";
import { todayIn } from "../common/dates";
import { seedDemoPhotos } from "./demo-photos";
import { databaseStorage, type FileStorage } from "../files/storage";

/** A demo account that seedDemo created, for printing after the seed. */
export interface DemoLogin {
  username: string;
  role: Role;
  /** Human-readable scope, e.g. "蒲池乡 · 石门村". */
  scope: string;
}

type ScopeColumn = "townshipId" | "villageId" | "departmentId" | "householdId";

/** Fixed so every seeded demo district is the same. */
const HOUSEHOLD_SEED = 20_260_401;
/** Fixed so the demo year is the same on every run of the same day. */
const HISTORY_SEED = 20_260_402;
/** Rows per INSERT: well under PostgreSQL's 65 535 bind parameters. */
const BATCH_SIZE = 100;
/** Serialises concurrent seeders (several server processes on one database). */
const SEED_LOCK_KEY = 0x5eed_c0de;

/** True when no townships and no households exist (users such as a bootstrapped admin may). */
export async function isDatabaseEmpty(db: DbOrTx): Promise<boolean> {
  const [township] = await db.select({ id: townships.id }).from(townships).limit(1);
  if (township) return false;
  const [household] = await db.select({ id: households.id }).from(households).limit(1);
  return !household;
}

function idByCode<T extends { id: number; code: string }>(rows: readonly T[], code: string): number {
  const row = rows.find((r) => r.code === code);
  if (!row) throw new Error(`demo data refers to unknown code ${code}`);
  return row.id;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface SeedOptions {
  demoPassword: string;
  /**
   * Also a past year of the points supermarket (awards, deductions,
   * reversals, products, exchange events, redemptions): see demo-year.ts.
   * Off by default, so tests start from zero balances.
   */
  history?: boolean;
  /** The district's time zone, for "today" and the times of the demo year (default Asia/Shanghai). */
  timezone?: string;
  /** Where the demo year's photos are kept (default: the database, as the server keeps uploads). */
  storage?: FileStorage;
}

/**
 * Seeds the demo district (geography, departments, rule catalogue, households
 * and one login per role) in one transaction. Without `history`, point
 * balances stay at zero; with it, the demo year's ledger entries give them.
 */
export async function seedDemo(db: Db, options: SeedOptions): Promise<DemoLogin[]> {
  // Hash once, before the transaction: argon2 is deliberately slow.
  const passwordHash = await hashPassword(options.demoPassword);

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    if (!(await isDatabaseEmpty(tx))) {
      throw new Error("The database already holds data; demo data is only seeded into an empty database");
    }

    const townshipRows = await tx
      .insert(townships)
      .values(demoTownships.map((t) => ({ code: t.code, name: t.name })))
      .returning({ id: townships.id, code: townships.code, name: townships.name });

    const villageRows = await tx
      .insert(villages)
      .values(
        demoVillages.map((v) => ({
          townshipId: idByCode(townshipRows, v.townshipCode),
          code: v.code,
          name: v.name,
          hasShop: v.hasShop,
          publicityDays: v.publicityDays,
        })),
      )
      .returning({
        id: villages.id,
        code: villages.code,
        name: villages.name,
        townshipId: villages.townshipId,
        hasShop: villages.hasShop,
        publicityDays: villages.publicityDays,
      });

    const departmentRows = await tx
      .insert(departments)
      .values(
        demoDepartments.map((d) => ({
          code: d.code,
          name: d.name,
          kind: d.kind,
          townshipId: d.townshipCode ? idByCode(townshipRows, d.townshipCode) : null,
        })),
      )
      .returning({ id: departments.id, code: departments.code, name: departments.name });

    const ruleRows = await tx
      .insert(pointRules)
      .values(
        demoRules.map((r) => ({
          villageId: r.villageCode ? idByCode(villageRows, r.villageCode) : null,
          category: r.category,
          name: r.name,
          description: r.description,
          points: r.points,
        })),
      )
      .returning({ id: pointRules.id, villageId: pointRules.villageId, name: pointRules.name, points: pointRules.points });

    // One generator across all villages, in a fixed order, so runs repeat exactly.
    const random = seededRandom(HOUSEHOLD_SEED);
    const usedPhones = new Set<string>();
    const householdValues = demoVillages.flatMap((v) => {
      const villageId = idByCode(villageRows, v.code);
      return generateHouseholds(random, v, v.townshipCode === tibetanTownshipCode, usedPhones).map((h) => ({
        ...h,
        villageId,
      }));
    });
    const householdRows: { id: number; villageId: number; number: string; headName: string; status: string }[] = [];
    for (const batch of chunks(householdValues, BATCH_SIZE)) {
      householdRows.push(
        ...(await tx.insert(households).values(batch).returning({
          id: households.id,
          villageId: households.villageId,
          number: households.number,
          headName: households.headName,
          status: households.status,
        })),
      );
    }

    // The accounts are scoped to the first township / village / department / household.
    const firstTownship = townshipRows[0];
    const firstVillage = villageRows.find((v) => v.code === demoVillages[0]?.code);
    const firstDepartment = departmentRows.find((d) => d.code === demoDepartments[0]?.code);
    const firstHousehold = householdRows.find((h) => h.villageId === firstVillage?.id && h.number.endsWith("-001"));
    if (!firstTownship || !firstVillage || !firstDepartment || !firstHousehold) {
      throw new Error("demo data is missing its first township, village, department or household");
    }
    const villageTownship = townshipRows.find((t) => t.id === firstVillage.townshipId);
    const villageScope = `${villageTownship?.name ?? ""} · ${firstVillage.name}`;

    const accounts: (DemoLogin & { displayName: string; scopeIds: Partial<Record<ScopeColumn, number>> })[] = [
      { username: "admin", role: "DISTRICT_ADMIN", displayName: staffDisplayNames.admin, scope: "全区", scopeIds: {} },
      { username: "district", role: "DISTRICT_STAFF", displayName: staffDisplayNames.district, scope: "全区", scopeIds: {} },
      {
        username: "township",
        role: "TOWNSHIP_STAFF",
        displayName: staffDisplayNames.township,
        scope: firstTownship.name,
        scopeIds: { townshipId: firstTownship.id },
      },
      {
        username: "village",
        role: "VILLAGE_COMMITTEE",
        displayName: staffDisplayNames.village,
        scope: villageScope,
        scopeIds: { villageId: firstVillage.id },
      },
      {
        username: "dept",
        role: "DEPARTMENT_STAFF",
        displayName: staffDisplayNames.dept,
        scope: firstDepartment.name,
        scopeIds: { departmentId: firstDepartment.id },
      },
      {
        username: "resident",
        role: "RESIDENT",
        displayName: firstHousehold.headName,
        scope: `${villageScope} · ${firstHousehold.number} ${firstHousehold.headName}`,
        scopeIds: { householdId: firstHousehold.id },
      },
    ];

    // An existing account of the same name (e.g. a bootstrapped admin) is kept as it is.
    const created = await tx
      .insert(users)
      .values(
        accounts.map((a) => ({
          username: a.username,
          passwordHash,
          displayName: a.displayName,
          role: a.role,
          // users_scope_ck: each role carries exactly the one scope id it needs, the others null.
          townshipId: a.scopeIds.townshipId ?? null,
          villageId: a.scopeIds.villageId ?? null,
          departmentId: a.scopeIds.departmentId ?? null,
          householdId: a.scopeIds.householdId ?? null,
        })),
      )
      .onConflictDoNothing({ target: users.username })
      .returning({ username: users.username });
    const createdNames = new Set(created.map((u) => u.username));

    if (options.history) {
      // Entries, batches, events and sales are recorded by the village's committee
      // user where the demo has one, else by the district admin.
      const staff = await tx.select().from(users).where(inArray(users.username, ["admin", "village"]));
      const admin = staff.find((u) => u.username === "admin" && u.role === "DISTRICT_ADMIN");
      if (!admin) throw new Error("the demo year needs the demo admin account");
      const committee = staff.find((u) => u.username === "village" && u.role === "VILLAGE_COMMITTEE");
      const [adminActor, committeeActor] = [actorFromUser(admin), committee && actorFromUser(committee)];
      const timezone = options.timezone ?? "Asia/Shanghai";
      await seedDemoYear(tx, {
        villages: villageRows.map((v) => ({ id: v.id, hasShop: v.hasShop, publicityDays: v.publicityDays })),
        households: householdRows,
        rules: ruleRows,
        recorderOf: (villageId) => (committeeActor && committeeActor.villageId === villageId ? committeeActor : adminActor),
        today: todayIn(timezone),
        timezone,
        random: seededRandom(HISTORY_SEED),
      });
      // A year of volunteer activities (their awards go through the ledger)
      // and of civic matters over every channel and outcome, each step by a
      // user allowed to take it: every unit's staff (not printed) first.
      const today = todayIn(timezone);
      await seedVolunteerHistory(tx, { today, random: seededRandom(HISTORY_SEED + 1), adminId: admin.id });
      await seedDemoStaff(tx, passwordHash);
      await seedCivicHistory(tx, { today, random: seededRandom(HISTORY_SEED + 2), adminId: admin.id, timezone });
      await seedDemoPhotos(tx, options.storage ?? databaseStorage, firstVillage.id);
      await settleSeededNotifications(tx, new Date(Date.now() - 3 * 86_400_000));
    }

    return accounts
      .filter((a) => createdNames.has(a.username))
      .map(({ username, role, scope }) => ({ username, role, scope }));
  });
}
