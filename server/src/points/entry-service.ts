import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import { households, pointEntries, villages } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db, DbOrTx, Tx } from "../db/database";
import { audit } from "../audit/audit";
import { villageRecordScope, villagesOfTownship } from "../auth/scope";
import { throwIfRefused } from "../auth/allowed-actions";
import { pointsMoveCheck } from "../households/household-actions";
import { badInput, conflict, notFound } from "../errors";
import { selectPage } from "../common/list";
import { orderBy, pageRequest, SortOrder, type SortInput } from "../common/paging";
import { todayIn } from "../common/dates";
import { Checks, parseId } from "../common/validate";
import { uniqueViolation } from "../common/db-errors";
import { getHousehold } from "../households/household-service";
import { checkKey, claimKey, saveResult } from "./idempotency";
import { postEntry, type PointEntryRow } from "./ledger";
import { getRule } from "./rule-service";
import { townshipEntriesPage } from "./township-entries";
import { checkDeedDate, checkReason } from "./award-service";
import { reverseCheck } from "./entry-actions";
import type { DeductPointsInput, PointEntryFilter } from "./point-types";

async function replayEntry(tx: Tx, resultRef: string): Promise<PointEntryRow> {
  const { entryId } = JSON.parse(resultRef) as { entryId: number };
  const [entry] = await tx.select().from(pointEntries).where(eq(pointEntries.id, entryId));
  return entry!;
}

/**
 * A deduction by a negative rule, always recorded: the rule's points in full
 * (`requestedDelta`) and what the balance could give (`delta`), so a
 * violation is on the record even when the household has fewer points than
 * the rule takes, and the balance never goes below zero.
 */
export async function deductPoints(db: Db, actor: Actor, timezone: string, input: DeductPointsInput, at?: Date) {
  const key = checkKey(input.idempotencyKey);
  const ruleId = parseId(input.ruleId, "PointRule", "ruleId");
  const householdId = parseId(input.householdId, "Household", "householdId");
  const checks = new Checks();
  checkDeedDate(checks, "deedDate", input.deedDate, todayIn(timezone, at));
  const note = checks.text("note", input.note, { max: 500 });
  checks.throwIfAny();
  const request = { ruleId, householdId, deedDate: input.deedDate, note };
  return db.transaction(async (tx) => {
    const claim = await claimKey(tx, { key, operation: "deductPoints", request, userId: actor.userId });
    if (!claim.fresh) return replayEntry(tx, claim.resultRef);
    const rule = await getRule(tx, ruleId).catch(() => null);
    if (!rule || !rule.active) throw badInput({ ruleId: "NOT_FOUND" }, "No such active rule");
    if (rule.points > 0) throw badInput({ ruleId: "INVALID" }, "This rule is an award; use awardPoints");
    const household = await getHousehold(tx, actor, String(householdId)).catch(() => {
      throw badInput({ householdId: "NOT_FOUND" }, `No such household: ${householdId}`);
    });
    throwIfRefused(pointsMoveCheck(actor, household, "householdId"));
    if (rule.villageId !== null && rule.villageId !== household.villageId) {
      throw badInput({ ruleId: "INVALID" }, "This rule belongs to another village");
    }
    // Read under the lock the balance's UPDATE takes: what it can give stays true until the entry is written.
    const [{ balance }] = (await tx
      .select({ balance: households.balance })
      .from(households)
      .where(eq(households.id, householdId))
      .for("no key update")) as [{ balance: number }];
    const entry = await postEntry(tx, {
      householdId,
      kind: "DEDUCTION",
      delta: -Math.min(balance, -rule.points),
      requestedDelta: rule.points,
      reason: note ? `${rule.name}（${note}）` : rule.name,
      deedDate: input.deedDate,
      recordedBy: actor.userId,
      ruleId,
      idempotencyKey: `deduct:${key}`,
      recordedAt: at,
    });
    await saveResult(tx, key, JSON.stringify({ entryId: entry.id }));
    await audit(tx, actor, "deduct", "point-entry", entry.id, { householdId, points: rule.points, taken: -entry.delta });
    return entry;
  });
}

/** Undoes an award or deduction with a REVERSAL entry, at most once. */
export async function reversePointEntry(
  db: Db,
  actor: Actor,
  timezone: string,
  rawId: string,
  reason: string,
  idempotencyKey: string,
  at?: Date,
) {
  const entryId = parseId(rawId, "PointEntry");
  const key = checkKey(idempotencyKey);
  const checks = new Checks();
  const why = checkReason(checks, "reason", reason);
  checks.throwIfAny();
  try {
    return await db.transaction(async (tx) => {
      const claim = await claimKey(tx, { key, operation: "reversePointEntry", request: { entryId, reason: why }, userId: actor.userId });
      if (!claim.fresh) return replayEntry(tx, claim.resultRef);
      const [entry] = await tx
        .select()
        .from(pointEntries)
        .where(and(eq(pointEntries.id, entryId), villageRecordScope(actor, pointEntryColumns)));
      if (!entry) throw notFound("PointEntry", rawId);
      // Who and which kind first, so nothing is locked for a refusal.
      throwIfRefused(reverseCheck(actor, entry, { reversedBy: null }));
      // Lock the household first: a concurrent reversal of this entry then
      // commits before the check below, which sees it (CONFLICT), instead of
      // this one failing on a balance the other already took.
      await tx.select({ id: households.id }).from(households).where(eq(households.id, entry.householdId)).for("no key update");
      const [already] = await tx.select({ id: pointEntries.id }).from(pointEntries).where(eq(pointEntries.reversesEntryId, entryId));
      throwIfRefused(reverseCheck(actor, entry, { reversedBy: already?.id ?? null }));
      const reversal = await postEntry(tx, {
        householdId: entry.householdId,
        kind: "REVERSAL",
        delta: -entry.delta,
        // Names what it undoes in words a resident reads (reversesEntryId links the entry itself).
        reason: `冲正「${entry.reason}」：${why}`,
        deedDate: todayIn(timezone, at),
        recordedBy: actor.userId,
        ruleId: entry.ruleId,
        reversesEntryId: entry.id,
        idempotencyKey: `reverse:${key}`,
        recordedAt: at,
      });
      await saveResult(tx, key, JSON.stringify({ entryId: reversal.id }));
      await audit(tx, actor, "reverse", "point-entry", entry.id, { reversal: reversal.id, reason: why });
      return reversal;
    });
  } catch (error) {
    // Two reversals of one entry at once: the unique index lets one through.
    if (uniqueViolation(error) === "point_entries_reverses_uq") throw conflict("ALREADY_REVERSED", `Entry ${entryId} was already reversed`);
    throw error;
  }
}

const pointEntryColumns = { villageId: pointEntries.villageId, householdId: pointEntries.householdId };
const sortable = {
  id: pointEntries.id,
  deedDate: pointEntries.deedDate,
  recordedAt: pointEntries.recordedAt,
  delta: pointEntries.delta,
  kind: pointEntries.kind,
};

export async function listPointEntries(
  db: Db,
  actor: Actor,
  filter: PointEntryFilter | null | undefined,
  sort: SortInput[] | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
) {
  const paging = pageRequest(page, perPage);
  const conditions: (SQL | undefined)[] = [villageRecordScope(actor, pointEntryColumns)];
  if (filter?.villageId) conditions.push(eq(pointEntries.villageId, parseId(filter.villageId, "Village", "villageId")));
  const townshipId = filter?.townshipId ? parseId(filter.townshipId, "Township", "townshipId") : undefined;
  if (townshipId !== undefined) conditions.push(inArray(pointEntries.villageId, villagesOfTownship(townshipId)));
  if (filter?.householdId) conditions.push(eq(pointEntries.householdId, parseId(filter.householdId, "Household", "householdId")));
  if (filter?.kind) conditions.push(eq(pointEntries.kind, filter.kind));
  if (filter?.ruleId) conditions.push(eq(pointEntries.ruleId, parseId(filter.ruleId, "PointRule", "ruleId")));
  if (filter?.from) conditions.push(gte(pointEntries.deedDate, filter.from));
  if (filter?.to) conditions.push(lte(pointEntries.deedDate, filter.to));
  // Ties (one deed day, one kind) in the sort's own direction: the newest posted first under "newest deed first".
  const keys: SortInput[] = sort && sort.length > 0 ? [...sort] : [{ field: "id", order: SortOrder.DESC }];
  if (!keys.some((key) => key.field === "id")) keys.push({ field: "id", order: keys[0]!.order });
  // A township's entries in id order, without a village or household to narrow them: merged per village.
  const township = townshipId ?? (actor.role === "TOWNSHIP_STAFF" ? actor.townshipId : null);
  if (township != null && !filter?.villageId && !filter?.householdId && keys.length === 1) {
    return townshipEntriesPage(db, township, and(...conditions), keys[0]!.order, paging);
  }
  return selectPage(db, pointEntries, and(...conditions), orderBy(keys, sortable), paging);
}

/** How many entries each household has. */
export function entryCounts(db: DbOrTx, householdIds: number[]) {
  return db
    .select({ key: pointEntries.householdId, n: count() })
    .from(pointEntries)
    .where(inArray(pointEntries.householdId, householdIds))
    .groupBy(pointEntries.householdId);
}

/** The most entries one passbook prints; a longer period is asked for in parts. */
export const maxPassbookEntries = 2000;

/**
 * The passbook (积分存折): entries recorded in a period, in the order they
 * moved the balance, opening and closing balances. Periods go by the day an
 * entry was recorded in the district, like a bank book.
 */
export async function passbook(db: Db, actor: Actor, timezone: string, rawHouseholdId: string, from?: string | null, to?: string | null) {
  const household = await getHousehold(db, actor, rawHouseholdId);
  if (from && to && from > to) throw badInput({ from: "INVALID" }, "from is after to");
  const recordedDay = sql`(${pointEntries.recordedAt} at time zone ${timezone})::date`;
  const conditions: SQL[] = [eq(pointEntries.householdId, household.id)];
  if (from) conditions.push(sql`${recordedDay} >= ${from}::date`);
  if (to) conditions.push(sql`${recordedDay} <= ${to}::date`);
  const entries = await db
    .select()
    .from(pointEntries)
    .where(and(...conditions))
    .orderBy(asc(pointEntries.id))
    .limit(maxPassbookEntries + 1);
  if (entries.length > maxPassbookEntries) {
    throw badInput({ from: "OUT_OF_RANGE" }, `More than ${maxPassbookEntries} entries; print a shorter period`);
  }
  let openingIfEmpty = 0;
  if (!entries[0] && from) {
    const [before] = await db
      .select({ balanceAfter: pointEntries.balanceAfter })
      .from(pointEntries)
      .where(and(eq(pointEntries.householdId, household.id), sql`${recordedDay} < ${from}::date`))
      .orderBy(desc(pointEntries.id))
      .limit(1);
    openingIfEmpty = before?.balanceAfter ?? 0;
  }
  const [village] = await db.select({ name: villages.name }).from(villages).where(eq(villages.id, household.villageId));
  return bookOf(household, village!.name, entries, openingIfEmpty, from, to);
}

/**
 * One passbook from a household's entries in a period (in posting order);
 * `openingIfEmpty` is the balance before the period, used only when no entry
 * falls in it (otherwise the first entry says it).
 */
export function bookOf(
  household: { id: number; number: string; headName: string },
  villageName: string,
  entries: PointEntryRow[],
  openingIfEmpty: number,
  from?: string | null,
  to?: string | null,
) {
  const first = entries[0];
  const openingBalance = first ? first.balanceAfter - first.delta : openingIfEmpty;
  const last = entries.at(-1);
  return {
    householdId: household.id,
    householdNumber: household.number,
    headName: household.headName,
    villageName,
    from: from ?? null,
    to: to ?? null,
    openingBalance,
    closingBalance: last ? last.balanceAfter : openingBalance,
    totalIn: entries.filter((e) => e.delta > 0).reduce((sum, e) => sum + e.delta, 0),
    totalOut: entries.filter((e) => e.delta < 0).reduce((sum, e) => sum - e.delta, 0),
    entries,
  };
}

