import { and, asc, count, eq, inArray } from "drizzle-orm";
import { awardBatchLines, awardBatches, awardObjections, households, pointEntries, villages } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db, Tx } from "../db/database";
import { audit } from "../audit/audit";
import { assertMayRunVillage, householdScope, villageRecordScope } from "../auth/scope";
import { badInput, conflict, forbidden, notFound } from "../errors";
import { selectPage } from "../common/list";
import { orderBy, pageRequest, SortOrder, type SortInput } from "../common/paging";
import { addDays, todayIn } from "../common/dates";
import { Checks, parseId } from "../common/validate";
import { checkKey, claimKey, saveResult } from "./idempotency";
import { postEntry } from "./ledger";
import { getRule } from "./rule-service";
import type { AwardBatchFilter, AwardPointsInput } from "./point-types";

type BatchRow = typeof awardBatches.$inferSelect;
type EntryRow = typeof pointEntries.$inferSelect;

export interface AwardOutcome {
  entries: EntryRow[];
  batch: BatchRow | null;
}

/** Most households one award may name: a village's whole roll fits. */
export const maxAwardHouseholds = 500;

/** A deed date: a real day, not in the future, at most a year back. */
export function checkDeedDate(checks: Checks, field: string, value: string, today: string): string {
  if (value > today) checks.fail(field, "OUT_OF_RANGE");
  else if (value < addDays(today, -366)) checks.fail(field, "OUT_OF_RANGE");
  return value;
}

export function checkReason(checks: Checks, field: string, value: string | null | undefined): string | undefined {
  // Left out counts as blank: an award by points needs its reason.
  return checks.text(field, value ?? "", { max: 200, required: true }) ?? undefined;
}

/** What a retried key returns: the first call's entries or batch. */
async function replay(tx: Tx, resultRef: string): Promise<AwardOutcome> {
  const ref = JSON.parse(resultRef) as { entryIds?: number[]; batchId?: number };
  if (ref.batchId !== undefined) {
    const [batch] = await tx.select().from(awardBatches).where(eq(awardBatches.id, ref.batchId));
    return { entries: [], batch: batch ?? null };
  }
  const entries = ref.entryIds?.length
    ? await tx.select().from(pointEntries).where(inArray(pointEntries.id, ref.entryIds)).orderBy(asc(pointEntries.id))
    : [];
  return { entries, batch: null };
}

/**
 * Awards one rule's points (or explicit points with a reason) to households
 * of one village, all or nothing. With publicity (公示) on, the award waits
 * as a batch; otherwise entries post at once.
 */
export async function awardPoints(db: Db, actor: Actor, timezone: string, input: AwardPointsInput, at?: Date): Promise<AwardOutcome> {
  // `at`: when it happens (default now); only the demo seed's past year passes it.
  const today = todayIn(timezone, at);
  const checks = new Checks();
  const key = checkKey(input.idempotencyKey);
  const householdIds = [...new Set(input.householdIds.map((id) => parseId(id, "Household", "householdIds")))];
  if (householdIds.length === 0) checks.fail("householdIds", "REQUIRED");
  if (householdIds.length > maxAwardHouseholds) checks.fail("householdIds", "OUT_OF_RANGE");
  if (householdIds.length !== input.householdIds.length) checks.fail("householdIds", "INVALID");
  const ruleId = input.ruleId ? parseId(input.ruleId, "PointRule", "ruleId") : null;
  if (ruleId === null) {
    if (input.points === undefined || input.points === null) checks.fail("points", "REQUIRED");
    else checks.int("points", input.points, 1, 1000);
    checkReason(checks, "reason", input.reason);
  } else if (input.points !== undefined && input.points !== null) checks.fail("points", "INVALID");
  checkDeedDate(checks, "deedDate", input.deedDate, today);
  const note = checks.text("note", input.note, { max: 500 });
  checks.throwIfAny();
  // The same households in another order are the same request.
  const request = {
    ruleId,
    points: input.points ?? null,
    reason: input.reason?.trim() ?? null,
    householdIds: [...householdIds].sort((a, b) => a - b),
    deedDate: input.deedDate,
    note,
  };

  return db.transaction(async (tx) => {
    const claim = await claimKey(tx, { key, operation: "awardPoints", request, userId: actor.userId });
    if (!claim.fresh) return replay(tx, claim.resultRef);

    const rule = ruleId === null ? null : await getRule(tx, ruleId).catch(() => null);
    if (ruleId !== null && (!rule || !rule.active)) throw badInput({ ruleId: "NOT_FOUND" }, "No such active rule");
    if (rule && rule.points < 0) throw badInput({ ruleId: "INVALID" }, "This rule is a deduction; use deductPoints");

    const found = await tx
      .select({ id: households.id, villageId: households.villageId, status: households.status })
      .from(households)
      .where(and(inArray(households.id, householdIds), householdScope(actor)));
    const missing = householdIds.filter((id) => !found.some((h) => h.id === id));
    if (missing.length) throw badInput({ householdIds: "NOT_FOUND" }, `No such household: ${missing.join(", ")}`);
    const villageIds = new Set(found.map((h) => h.villageId));
    if (villageIds.size > 1) throw badInput({ householdIds: "INVALID" }, "One award is for households of one village");
    const villageId = found[0]!.villageId;
    assertMayRunVillage(actor, villageId);
    const inactive = found.filter((h) => h.status !== "ACTIVE");
    if (inactive.length) {
      throw badInput({ householdIds: "INVALID" }, `Not active: ${inactive.map((h) => `${h.id} (${h.status})`).join(", ")}`);
    }
    if (rule?.villageId != null && rule.villageId !== villageId) {
      throw badInput({ ruleId: "INVALID" }, "This rule belongs to another village");
    }
    const points = rule ? rule.points : input.points!;
    const reason = rule ? rule.name : input.reason!.trim();
    const [village] = await tx.select().from(villages).where(eq(villages.id, villageId));

    if (village!.publicityDays > 0) {
      const [batch] = await tx
        .insert(awardBatches)
        .values({
          villageId,
          ruleId,
          points,
          reason,
          deedDate: input.deedDate,
          note,
          status: "ON_PUBLICITY",
          publicityEndsOn: addDays(today, village!.publicityDays),
          idempotencyKey: key,
          createdBy: actor.userId,
          createdAt: at,
        })
        .returning();
      await tx.insert(awardBatchLines).values(householdIds.map((householdId) => ({ batchId: batch!.id, householdId })));
      await saveResult(tx, key, JSON.stringify({ batchId: batch!.id }));
      await audit(tx, actor, "award-publicity", "award-batch", batch!.id, { villageId, points, households: householdIds.length });
      return { entries: [], batch: batch! };
    }

    const entries: EntryRow[] = [];
    // In household order, as postAwardBatch does, so concurrent awards to the
    // same households lock them in one order and cannot deadlock.
    for (const householdId of [...householdIds].sort((a, b) => a - b)) {
      entries.push(
        await postEntry(tx, {
          householdId,
          kind: "AWARD",
          delta: points,
          reason: note ? `${reason}（${note}）` : reason,
          deedDate: input.deedDate,
          recordedBy: actor.userId,
          ruleId,
          // Prefixed per operation, so no user key can read like another entry's key.
          idempotencyKey: `award:${key}:${householdId}`,
          recordedAt: at,
        }),
      );
    }
    await saveResult(tx, key, JSON.stringify({ entryIds: entries.map((e) => e.id) }));
    await audit(tx, actor, "award", "point-entry", null, { villageId, points, households: householdIds.length, key });
    return { entries, batch: null };
  });
}

// --- publicity: the batch's life ---------------------------------------------

async function batchInScope(tx: Tx, actor: Actor, batchId: number, forUpdate = false) {
  const query = tx
    .select()
    .from(awardBatches)
    .where(and(eq(awardBatches.id, batchId), villageRecordScope(actor, { villageId: awardBatches.villageId })));
  const [batch] = forUpdate ? await query.for("update") : await query;
  if (!batch) throw notFound("AwardBatch", batchId);
  return batch;
}

function assertOnPublicity(batch: BatchRow) {
  if (batch.status !== "ON_PUBLICITY") {
    throw conflict("BATCH_STATUS", `The batch is ${batch.status}, not on publicity`, { status: batch.status });
  }
}

/** Posts a batch after its publicity: only now are entries written. Once only. */
export async function postAwardBatch(db: Db, actor: Actor, timezone: string, rawId: string, at?: Date) {
  const id = parseId(rawId, "AwardBatch");
  const today = todayIn(timezone, at);
  return db.transaction(async (tx) => {
    const batch = await batchInScope(tx, actor, id, true);
    assertMayRunVillage(actor, batch.villageId);
    assertOnPublicity(batch);
    if (batch.publicityEndsOn !== null && batch.publicityEndsOn >= today) {
      throw conflict("PUBLICITY_RUNNING", `The batch is on publicity until ${batch.publicityEndsOn}`, { status: batch.status, publicityEndsOn: batch.publicityEndsOn });
    }
    const [posted] = await tx
      .update(awardBatches)
      .set({ status: "POSTED", postedAt: at ?? new Date(), postedBy: actor.userId })
      .where(and(eq(awardBatches.id, id), eq(awardBatches.status, "ON_PUBLICITY")))
      .returning();
    if (!posted) throw conflict("CHANGED_MEANWHILE", "The batch changed meanwhile", { status: batch.status });
    const lines = await tx
      .select()
      .from(awardBatchLines)
      .where(and(eq(awardBatchLines.batchId, id), eq(awardBatchLines.state, "INCLUDED")))
      .orderBy(asc(awardBatchLines.householdId));
    if (lines.length === 0) throw conflict("NO_LINES_LEFT", "Every line was removed: withdraw the batch instead", { status: batch.status });
    for (const line of lines) {
      await postEntry(tx, {
        householdId: line.householdId,
        kind: "AWARD",
        delta: batch.points,
        reason: batch.note ? `${batch.reason}（${batch.note}）` : batch.reason,
        deedDate: batch.deedDate,
        recordedBy: actor.userId,
        ruleId: batch.ruleId,
        batchId: batch.id,
        idempotencyKey: `batch:${batch.id}:${line.householdId}`,
        recordedAt: at,
      });
    }
    await audit(tx, actor, "post", "award-batch", id, { lines: lines.length });
    return posted;
  });
}

export async function withdrawAwardBatch(db: Db, actor: Actor, rawId: string, reason: string) {
  const id = parseId(rawId, "AwardBatch");
  const checks = new Checks();
  const why = checkReason(checks, "reason", reason);
  checks.throwIfAny();
  return db.transaction(async (tx) => {
    const batch = await batchInScope(tx, actor, id, true);
    assertMayRunVillage(actor, batch.villageId);
    assertOnPublicity(batch);
    const [row] = await tx
      .update(awardBatches)
      .set({ status: "WITHDRAWN", withdrawnAt: new Date(), withdrawnBy: actor.userId, withdrawReason: why })
      .where(and(eq(awardBatches.id, id), eq(awardBatches.status, "ON_PUBLICITY")))
      .returning();
    await audit(tx, actor, "withdraw", "award-batch", id, { reason: why });
    return row!;
  });
}

async function lineInScope(tx: Tx, actor: Actor, lineId: number) {
  const [line] = await tx.select().from(awardBatchLines).where(eq(awardBatchLines.id, lineId));
  if (!line) throw notFound("AwardBatchLine", lineId);
  const batch = await batchInScope(tx, actor, line.batchId, true).catch(() => {
    throw notFound("AwardBatchLine", lineId);
  });
  return { line, batch };
}

/** Takes one household off a batch on publicity, e.g. after a justified objection. */
export async function removeAwardLine(db: Db, actor: Actor, rawLineId: string, reason: string) {
  const lineId = parseId(rawLineId, "AwardBatchLine", "lineId");
  const checks = new Checks();
  const why = checkReason(checks, "reason", reason);
  checks.throwIfAny();
  return db.transaction(async (tx) => {
    const { line, batch } = await lineInScope(tx, actor, lineId);
    assertMayRunVillage(actor, batch.villageId);
    assertOnPublicity(batch);
    const [removed] = await tx
      .update(awardBatchLines)
      .set({ state: "REMOVED", removedReason: why })
      .where(and(eq(awardBatchLines.id, line.id), eq(awardBatchLines.state, "INCLUDED")))
      .returning();
    if (!removed) throw conflict("LINE_REMOVED", "The line was already removed", { state: line.state });
    await audit(tx, actor, "remove-line", "award-batch", batch.id, { lineId, householdId: line.householdId, reason: why });
    return batch;
  });
}

/** A resident of the village objects to a line while the batch is on publicity. */
export async function objectToAward(db: Db, actor: Actor, rawLineId: string, reason: string) {
  const lineId = parseId(rawLineId, "AwardBatchLine", "lineId");
  const checks = new Checks();
  const why = checks.requiredText("reason", reason, { max: 500 });
  checks.throwIfAny();
  if (actor.role !== "RESIDENT") throw forbidden("Objections are the residents'");
  return db.transaction(async (tx) => {
    const { line, batch } = await lineInScope(tx, actor, lineId);
    assertOnPublicity(batch);
    if (line.state !== "INCLUDED") throw conflict("LINE_REMOVED", "The line was already removed", { state: line.state });
    // One objection per resident and line: the count on the notice board means people.
    const [mine] = await tx
      .select({ id: awardObjections.id })
      .from(awardObjections)
      .where(and(eq(awardObjections.lineId, lineId), eq(awardObjections.userId, actor.userId)));
    if (mine) throw conflict("ALREADY_OBJECTED", "You have already objected to this line");
    const [objection] = await tx
      .insert(awardObjections)
      .values({ lineId, userId: actor.userId, reason: why! })
      .returning();
    await audit(tx, actor, "object", "award-batch", batch.id, { lineId });
    return objection!;
  });
}

// --- reads ---------------------------------------------------------------------

export async function listAwardBatches(
  db: Db,
  actor: Actor,
  filter: AwardBatchFilter | null | undefined,
  sort: SortInput[] | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
) {
  const paging = pageRequest(page, perPage);
  const conditions = [villageRecordScope(actor, { villageId: awardBatches.villageId })];
  if (filter?.villageId) conditions.push(eq(awardBatches.villageId, parseId(filter.villageId, "Village", "villageId")));
  if (filter?.status) conditions.push(eq(awardBatches.status, filter.status));
  const sortable = { id: awardBatches.id, createdAt: awardBatches.createdAt, deedDate: awardBatches.deedDate, publicityEndsOn: awardBatches.publicityEndsOn };
  return selectPage(db, awardBatches, and(...conditions), orderBy(sort, sortable, [{ field: "id", order: SortOrder.DESC }]), paging);
}

export async function getAwardBatch(db: Db, actor: Actor, rawId: string) {
  const id = parseId(rawId, "AwardBatch");
  return db.transaction((tx) => batchInScope(tx, actor, id));
}

/** Lines of some batches with the household number and head's name, as the publicity notice lists them. */
export async function batchLinesOf(db: Db, batchIds: number[]) {
  const objections = db
    .select({ lineId: awardObjections.lineId, n: count().as("n") })
    .from(awardObjections)
    .groupBy(awardObjections.lineId)
    .as("objections");
  const rows = await db
    .select({
      id: awardBatchLines.id,
      batchId: awardBatchLines.batchId,
      householdId: awardBatchLines.householdId,
      householdNumber: households.number,
      headName: households.headName,
      state: awardBatchLines.state,
      removedReason: awardBatchLines.removedReason,
      objectionCount: objections.n,
    })
    .from(awardBatchLines)
    .innerJoin(households, eq(households.id, awardBatchLines.householdId))
    .leftJoin(objections, eq(objections.lineId, awardBatchLines.id))
    .where(inArray(awardBatchLines.batchId, batchIds))
    .orderBy(asc(households.number));
  return rows.map((row) => ({ ...row, objectionCount: Number(row.objectionCount ?? 0) }));
}

/** Objections to the lines of some batches (texts only, never who objected). */
export async function batchObjectionsOf(db: Db, batchIds: number[]) {
  return db
    .select({
      id: awardObjections.id,
      batchId: awardBatchLines.batchId,
      lineId: awardObjections.lineId,
      reason: awardObjections.reason,
      createdAt: awardObjections.createdAt,
    })
    .from(awardObjections)
    .innerJoin(awardBatchLines, eq(awardBatchLines.id, awardObjections.lineId))
    .where(inArray(awardBatchLines.batchId, batchIds))
    .orderBy(asc(awardObjections.id));
}

