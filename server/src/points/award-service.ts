import { and, asc, eq, inArray } from "drizzle-orm";
import { awardBatchLines, awardBatches, households, pointEntries, villages } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db, Tx } from "../db/database";
import { audit } from "../audit/audit";
import { householdScope } from "../auth/scope";
import { throwIfRefused } from "../auth/allowed-actions";
import { pointsMoveCheck } from "../households/household-actions";
import { badInput } from "../errors";
import { addDays, todayIn } from "../common/dates";
import { Checks, parseId } from "../common/validate";
import { checkKey, claimKey, saveResult } from "./idempotency";
import { postEntry } from "./ledger";
import { getRule } from "./rule-service";
import type { AwardPointsInput } from "./point-types";
import { noticeEntriesById } from "../notifications/points-notices";
import { awardPhotosRequest, claimAwardPhotos, linkBatchPhotos, linkEntryPhotos, parseAwardPhotos } from "./award-photos";

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
  const photos = parseAwardPhotos(input, householdIds);
  // The same households in another order are the same request; the photos are part of it.
  const request = {
    ...awardPhotosRequest(photos),
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
    // One village: the first refusal is the caller's (FORBIDDEN) or a household's status.
    throwIfRefused(found.map((h) => pointsMoveCheck(actor, h, "householdIds")).find(Boolean) ?? null);
    if (rule?.villageId != null && rule.villageId !== villageId) {
      throw badInput({ ruleId: "INVALID" }, "This rule belongs to another village");
    }
    const points = rule ? rule.points : input.points!;
    const reason = rule ? rule.name : input.reason!.trim();
    const [village] = await tx.select().from(villages).where(eq(villages.id, villageId));
    await claimAwardPhotos(tx, actor, photos, at);

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
      const lines = await tx
        .insert(awardBatchLines)
        .values(householdIds.map((householdId) => ({ batchId: batch!.id, householdId })))
        .returning({ id: awardBatchLines.id, householdId: awardBatchLines.householdId });
      await linkBatchPhotos(tx, batch!.id, lines, photos, at);
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
    await linkEntryPhotos(tx, entries, photos, at);
    await saveResult(tx, key, JSON.stringify({ entryIds: entries.map((e) => e.id) }));
    await noticeEntriesById(tx, entries.map((e) => e.id));
    await audit(tx, actor, "award", "point-entry", null, { villageId, points, households: householdIds.length, key });
    return { entries, batch: null };
  });
}
