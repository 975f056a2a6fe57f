import { and, asc, eq } from "drizzle-orm";
import { awardBatchLines, awardBatches, awardObjections } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db, Tx } from "../db/database";
import { audit } from "../audit/audit";
import { conflict, notFound } from "../errors";
import { todayIn } from "../common/dates";
import { Checks, parseId } from "../common/validate";
import { postEntry } from "./ledger";
import { checkReason } from "./award-service";
import { throwIfRefused } from "../auth/allowed-actions";
import { batchInScope } from "./batch-reads";
import { objectCheck, postCheck, removeLineCheck, withdrawCheck } from "./batch-actions";
import { noticeBatchPosted, noticeObjection } from "../notifications/points-notices";
import { copyBatchPhotosToEntries } from "./award-photos";

/**
 * The life of an award batch on publicity (公示): posted after it, withdrawn,
 * lines removed, objections raised. Each step locks the batch, asks its check
 * (batch-actions.ts) and moves the status by a conditional update.
 */

/** Posts a batch after its publicity: only now are entries written. Once only. */
export async function postAwardBatch(db: Db, actor: Actor, timezone: string, rawId: string, at?: Date) {
  // `at`: when it happens (default now); only the demo seed's past year passes it.
  const id = parseId(rawId, "AwardBatch");
  const today = todayIn(timezone, at);
  return db.transaction(async (tx) => {
    const batch = await batchInScope(tx, actor, id, true);
    // Lines change only under the batch's lock (removeAwardLine), so these stand.
    const lines = await tx
      .select()
      .from(awardBatchLines)
      .where(and(eq(awardBatchLines.batchId, id), eq(awardBatchLines.state, "INCLUDED")))
      .orderBy(asc(awardBatchLines.householdId));
    throwIfRefused(postCheck(actor, batch, { today, includedLines: lines.length }));
    const [posted] = await tx
      .update(awardBatches)
      .set({ status: "POSTED", postedAt: at ?? new Date(), postedBy: actor.userId })
      .where(and(eq(awardBatches.id, id), eq(awardBatches.status, "ON_PUBLICITY")))
      .returning();
    if (!posted) throw conflict("CHANGED_MEANWHILE", "The batch changed meanwhile", { status: batch.status });
    const entries: { id: number; householdId: number }[] = [];
    for (const line of lines) {
      const entry = await postEntry(tx, {
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
      entries.push(entry);
    }
    await copyBatchPhotosToEntries(tx, id, entries, at);
    await noticeBatchPosted(tx, id);
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
    throwIfRefused(withdrawCheck(actor, batch));
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
    throwIfRefused(removeLineCheck(actor, batch, line));
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
  return db.transaction(async (tx) => {
    const { line, batch } = await lineInScope(tx, actor, lineId);
    // One objection per resident and line: the count on the notice board means people.
    const [mine] = await tx
      .select({ id: awardObjections.id })
      .from(awardObjections)
      .where(and(eq(awardObjections.lineId, lineId), eq(awardObjections.userId, actor.userId)));
    throwIfRefused(objectCheck(actor, batch, line, { objected: mine !== undefined }));
    const [objection] = await tx
      .insert(awardObjections)
      .values({ lineId, userId: actor.userId, reason: why! })
      .returning();
    await noticeObjection(tx, batch.id, objection!.id);
    await audit(tx, actor, "object", "award-batch", batch.id, { lineId });
    return objection!;
  });
}
