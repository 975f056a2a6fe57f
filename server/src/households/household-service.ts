import { and, eq, ilike, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { households, villages } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db, DbOrTx } from "../db/database";
import { audit } from "../audit/audit";
import { assertMayKeepHouseholdsOf, householdScope, searchesByPhone, villagesOfTownship } from "../auth/scope";
import { badInput, conflict, notFound } from "../errors";
import { selectPage } from "../common/list";
import { likePattern, orderBy, pageRequest, type SortInput } from "../common/paging";
import { Checks, parseId, parseIds } from "../common/validate";
import { duplicateError } from "../common/db-errors";
import type { CreateHouseholdInput, HouseholdFilter, UpdateHouseholdInput } from "./household-types";
import { throwIfRefused } from "../auth/allowed-actions";
import { archiveCheck, keepCheck } from "./household-actions";

const sortable = {
  id: households.id,
  villageId: households.villageId,
  number: households.number,
  headName: households.headName,
  memberCount: households.memberCount,
  category: households.category,
  status: households.status,
  balance: households.balance,
  createdAt: households.createdAt,
  updatedAt: households.updatedAt,
};
export const duplicateFields = { households_village_number_uq: "number" };

export async function listHouseholds(
  db: Db,
  actor: Actor,
  filter: HouseholdFilter | null | undefined,
  sort: SortInput[] | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
) {
  const paging = pageRequest(page, perPage);
  const conditions: (SQL | undefined)[] = [householdScope(actor)];
  const ids = parseIds(filter?.ids, "Household");
  if (ids) conditions.push(ids.length ? inArray(households.id, ids) : sql`false`);
  if (filter?.villageId) conditions.push(eq(households.villageId, parseId(filter.villageId, "Village", "villageId")));
  if (filter?.townshipId) {
    const townshipId = parseId(filter.townshipId, "Township", "townshipId");
    conditions.push(
      inArray(households.villageId, villagesOfTownship(townshipId)),
    );
  }
  if (filter?.category) conditions.push(eq(households.category, filter.category));
  if (filter?.status) conditions.push(eq(households.status, filter.status));
  // Archived households leave the list unless asked for by status or id.
  else if (!ids) conditions.push(ne(households.status, "ARCHIVED"));
  const q = filter?.q?.trim();
  if (q) {
    const pattern = likePattern(q);
    conditions.push(
      or(
        ilike(households.headName, pattern),
        ilike(households.number, pattern),
        // Only those who see whole phones may find a household by one.
        searchesByPhone(actor) ? ilike(households.phone, pattern) : undefined,
      ),
    );
  }
  return selectPage(db, households, and(...conditions), orderBy(sort, sortable), paging);
}

/**
 * Query.household, the hottest read: its statement is built once per scope
 * (role and scope id, the same condition householdScope gives) and kept,
 * prepared, on the database handle; building it each time (drizzle's entity
 * checks and SQL assembly) was 7 % of the read. Inside a transaction,
 * getHousehold below.
 */
export async function readHousehold(db: Db, actor: Actor, rawId: string) {
  const id = parseId(rawId, "Household");
  const [row] = await householdById(db, actor).execute({ id });
  if (!row) throw notFound("Household", rawId);
  return row;
}

const byIdStatements = new WeakMap<Db, Map<string, ReturnType<typeof prepareHouseholdById>>>();

const prepareHouseholdById = (db: Db, actor: Actor) =>
  db
    .select()
    .from(households)
    .where(and(eq(households.id, sql.placeholder("id")), householdScope(actor)))
    .prepare("household_by_id");

function householdById(db: Db, actor: Actor) {
  let statements = byIdStatements.get(db);
  if (!statements) byIdStatements.set(db, (statements = new Map()));
  const scope = `${actor.role}:${actor.townshipId}:${actor.villageId}:${actor.householdId}`;
  let statement = statements.get(scope);
  if (!statement) {
    // One per scope in use: bounded by the active committees, townships and households.
    if (statements.size >= 5_000) statements.clear();
    statements.set(scope, (statement = prepareHouseholdById(db, actor)));
  }
  return statement;
}

/** A household the actor may read; NOT_FOUND otherwise, so its existence does not leak. */
export async function getHousehold(db: DbOrTx, actor: Actor, rawId: string) {
  const id = parseId(rawId, "Household");
  const [row] = await db
    .select()
    .from(households)
    .where(and(eq(households.id, id), householdScope(actor)));
  if (!row) throw notFound("Household", rawId);
  return row;
}

/** Checks a household's fields into `checks` (shared by create, update and import) and returns the cleaned values. */
export function householdValues(checks: Checks, input: Partial<CreateHouseholdInput> | UpdateHouseholdInput) {
  const number = checks.requiredText("number", input.number, { max: 32 });
  if (number && !/^[A-Za-z0-9_-]+$/.test(number)) checks.fail("number", "INVALID");
  const values = {
    number,
    headName: checks.requiredText("headName", input.headName, { max: 30 }),
    memberCount: checks.int("memberCount", input.memberCount, 1, 99),
    phone: checks.phone("phone", input.phone),
    address: checks.text("address", input.address, { max: 200 }),
    category: checks.notNull("category", input.category),
    smsOptOut: input.smsOptOut ?? undefined,
  };
  return values;
}

function checkHousehold(input: Partial<CreateHouseholdInput> | UpdateHouseholdInput) {
  const checks = new Checks();
  const values = householdValues(checks, input);
  checks.throwIfAny();
  return values;
}

export async function createHousehold(db: Db, actor: Actor, input: CreateHouseholdInput) {
  const villageId = parseId(input.villageId, "Village", "villageId");
  const values = checkHousehold(input);
  try {
    return await db.transaction(async (tx) => {
      const [village] = await tx.select({ id: villages.id }).from(villages).where(eq(villages.id, villageId));
      if (!village) throw badInput({ villageId: "NOT_FOUND" }, `Village ${input.villageId} does not exist`);
      assertMayKeepHouseholdsOf(actor, villageId);
      const [row] = await tx
        .insert(households)
        .values({ ...values, number: values.number!, headName: values.headName!, memberCount: values.memberCount!, villageId })
        .returning();
      await audit(tx, actor, "create", "household", row!.id, { villageId, number: row!.number });
      return row!;
    });
  } catch (error) {
    throw duplicateError(error, duplicateFields);
  }
}

export async function updateHousehold(db: Db, actor: Actor, rawId: string, input: UpdateHouseholdInput) {
  const values = { ...checkHousehold(input), status: input.status ?? undefined };
  if (input.status === null) throw badInput({ status: "REQUIRED" });
  // Archiving has its own mutation (with its own check and audit entry).
  if (input.status === "ARCHIVED") throw badInput({ status: "INVALID" }, "Use archiveHousehold to archive a household");
  try {
    return await db.transaction(async (tx) => {
      const current = await getHousehold(tx, actor, rawId);
      throwIfRefused(keepCheck(actor, current));
      const [row] = await tx
        .update(households)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(households.id, current.id))
        .returning();
      // Which fields changed, never their personal values.
      const fields = Object.keys(values).filter((key) => values[key as keyof typeof values] !== undefined);
      await audit(tx, actor, "update", "household", current.id, { fields });
      return row!;
    });
  } catch (error) {
    throw duplicateError(error, duplicateFields);
  }
}

/** Archives a household: it keeps its record and history but leaves the default list. */
export async function archiveHousehold(db: Db, actor: Actor, rawId: string) {
  return db.transaction(async (tx) => {
    const current = await getHousehold(tx, actor, rawId);
    throwIfRefused(archiveCheck(actor, current));
    const [row] = await tx
      .update(households)
      .set({ status: "ARCHIVED", updatedAt: new Date() })
      .where(and(eq(households.id, current.id), eq(households.status, current.status)))
      .returning();
    if (!row) throw conflict("CHANGED_MEANWHILE", "The household changed meanwhile; try again");
    await audit(tx, actor, "archive", "household", current.id, { previousStatus: current.status });
    return row;
  });
}
