import { eq, inArray } from "drizzle-orm";
import { calendarDays, civicCategories, departments, households, users, villages } from "@cunwu/schema";
import type { Tx } from "../db/database";
import { addDays } from "../common/dates";
import { loadCalendar, type WorkingCalendar } from "../civic/calendar";
import { demoCalendarDays, demoCategories } from "./civic/civic-demo-data";
import { localTime, type SimMatter } from "./civic/matter-sim";
import type { CivicWorld } from "./civic/matter-story";
import { tellMatter } from "./civic/matter-steps";
import { insertMatters } from "./civic/insert-matters";
import { actorFromUser } from "../request/actor";

export { demoCalendarDays } from "./civic/civic-demo-data";

/**
 * A year of civic service (民事直说) for the demo district: categories, the
 * public holidays with their 调休 working weekends, and about 300 matters
 * received over the past year, handled through every channel to every
 * outcome (rejected, merged, still waiting, overdue, extended, supervised,
 * returned and re-assigned, channel changed, reopened after an unsatisfied
 * follow-up, closed), each with a timeline that replays exactly to its
 * status. Each matter's story is told stage by stage (civic/matter-steps.ts)
 * in memory, then played (civic/insert-matters.ts): every step through its
 * service, as a user the service allows, at the story's time, so the rows
 * are the services' own (tests/api/civic-report.test.ts checks the
 * timelines). Every village needs its committee user, every department and
 * township a staff user (seedDemoStaff).
 *
 * Not wired into seedDemo by itself: call it inside the seed's transaction.
 */

export interface CivicHistoryOptions {
  /** The district's today ("YYYY-MM-DD"): matters are received over the 365 days up to it. */
  today: string;
  random: () => number;
  /** Acts where no better-placed demo user exists. */
  adminId: number;
  /** For the times of day (default Asia/Shanghai). */
  timezone?: string;
  /** How many matters (default 300). */
  count?: number;
}

export interface CivicHistorySummary {
  categories: number;
  calendarDays: number;
  matters: number;
  events: number;
}

const fail = (message: string): never => {
  throw new Error(message);
};

export async function seedCivicHistory(tx: Tx, opts: CivicHistoryOptions): Promise<CivicHistorySummary> {
  const { today, random, adminId } = opts;
  const count = opts.count ?? 300;
  const at = localTime(opts.timezone ?? "Asia/Shanghai");
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  // --- categories and calendar ---------------------------------------------------------
  await tx
    .insert(civicCategories)
    .values(demoCategories.map(({ titles: _titles, ...c }) => c))
    .onConflictDoNothing();
  const categoryRows = await tx.select().from(civicCategories).where(inArray(civicCategories.code, demoCategories.map((c) => c.code)));
  const exceptions = demoCalendarDays();
  await tx.insert(calendarDays).values(exceptions).onConflictDoNothing();
  // Wide enough for the longest story (a year back, up to ~415 working days of handling).
  const calendar: WorkingCalendar = await loadCalendar(tx, addDays(today, -400), addDays(today, 900));
  const plusWorking = (day: string, n: number) => {
    if (n <= 0) return day;
    const due = calendar.addWorkingDays(day, n);
    if (due === undefined) throw new Error(`seedCivicHistory: ${n} working days after ${day} is beyond the loaded calendar`);
    return due;
  };
  const previousWorkingDay = (day: string) => {
    let d = addDays(day, -1);
    while (!calendar.isWorkingDay(d)) d = addDays(d, -1);
    return d;
  };

  // --- who and where ---------------------------------------------------------------------
  const villageRows = await tx.select().from(villages);
  const householdRows = await tx
    .select({ id: households.id, villageId: households.villageId, headName: households.headName, phone: households.phone })
    .from(households)
    .where(eq(households.status, "ACTIVE"));
  const departmentRows = await tx.select().from(departments).where(eq(departments.active, true));
  const userRows = await tx.select().from(users).where(eq(users.active, true));
  const units = departmentRows.filter((d) => d.kind !== "SUPERVISION_OFFICE");
  const offices = departmentRows.filter((d) => d.kind === "SUPERVISION_OFFICE");
  const staffId = userRows.find((u) => u.role === "DISTRICT_STAFF")?.id ?? adminId;
  // Who acts for a unit: the story gives a unit's steps to its own user, as the services require.
  const userOf = (role: string, column: "villageId" | "departmentId" | "townshipId", id: number) =>
    userRows.find((u) => u.role === role && u[column] === id)?.id ?? fail(`seedCivicHistory: no ${role} user for ${column} ${id} (seedDemoStaff first)`);
  const committeeOf = (villageId: number) => userOf("VILLAGE_COMMITTEE", "villageId", villageId);
  const townshipStaffOf = (townshipId: number) => userOf("TOWNSHIP_STAFF", "townshipId", townshipId);
  const departmentStaffOf = (departmentId: number) => userOf("DEPARTMENT_STAFF", "departmentId", departmentId);
  const residentOf = (householdId: number) => userRows.find((u) => u.role === "RESIDENT" && u.householdId === householdId)?.id;
  // A matter goes to the district's units and its own township's, never another township's.
  const unitsOf = (townshipId: number) => units.filter((d) => d.townshipId === null || d.townshipId === townshipId);
  const officialsOf = (townshipId: number) =>
    userRows.filter(
      (u) =>
        (u.role === "DEPARTMENT_STAFF" && unitsOf(townshipId).some((d) => d.id === u.departmentId)) ||
        (u.role === "TOWNSHIP_STAFF" && u.townshipId === townshipId),
    );
  if (villageRows.length === 0 || units.length < 2) throw new Error("seedCivicHistory needs the demo geography and departments first");
  for (const v of villageRows) committeeOf(v.id);
  for (const d of departmentRows) departmentStaffOf(d.id);

  const world: CivicWorld = {
    random,
    pick,
    chance,
    between,
    at,
    plusWorking,
    previousWorkingDay,
    horizon: addDays(today, -1),
    categories: categoryRows,
    villages: villageRows,
    households: householdRows,
    units,
    unitsOf,
    officialsOf,
    offices,
    staffId,
    committeeOf,
    townshipStaffOf,
    departmentStaffOf,
    residentOf,
  };

  // --- tell each matter's story, in the order they came in ------------------------------
  const receivedDays = Array.from({ length: count }, () => addDays(today, -between(1, 365))).sort();
  // The latest few wait: the last 1% not yet triaged, the 2% before them assigned but not yet accepted.
  const notTriaged = receivedDays.length - Math.ceil(count / 100);
  const notAccepted = notTriaged - Math.ceil(count / 50);
  const standing: SimMatter[] = [];
  const matters = receivedDays.map((receivedDay, index) =>
    tellMatter(world, receivedDay, { waiting: index >= notAccepted, triaged: index < notTriaged }, standing),
  );

  const actors = new Map(userRows.map((u) => [u.id, actorFromUser(u)]));
  const actorOf = (userId: number) => actors.get(userId) ?? fail(`seedCivicHistory: no active user ${userId}`);
  const events = await insertMatters(tx, matters, { actorOf, timezone: opts.timezone ?? "Asia/Shanghai" });
  return { categories: categoryRows.length, calendarDays: exceptions.length, matters: matters.length, events };
}
