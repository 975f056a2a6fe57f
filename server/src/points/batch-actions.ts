import type { awardBatches, awardBatchLines } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import { runsVillage } from "../auth/scope";
import { allowedActions, type Refusal } from "../auth/allowed-actions";
import { conflict, forbidden } from "../errors";

/**
 * What may happen to an award batch on publicity (公示) and to its lines: one
 * check per step, thrown by the step's mutation (publicity-service.ts) and
 * listed by the records' `allowedActions`. Each answers the refusal or null.
 */

export const awardBatchActions = ["POST", "WITHDRAW"] as const;
export type AwardBatchAction = (typeof awardBatchActions)[number];
export const awardBatchLineActions = ["REMOVE", "OBJECT"] as const;
export type AwardBatchLineAction = (typeof awardBatchLineActions)[number];

type Batch = Pick<typeof awardBatches.$inferSelect, "villageId" | "status" | "publicityEndsOn">;
type Line = Pick<typeof awardBatchLines.$inferSelect, "state">;

const notRunner = (actor: Actor, batch: Batch): Refusal =>
  runsVillage(actor, batch.villageId) ? null : forbidden("Only the village's own committee or the district admin does this");

const notOnPublicity = (batch: Batch): Refusal =>
  batch.status === "ON_PUBLICITY" ? null : conflict("BATCH_STATUS", `The batch is ${batch.status}, not on publicity`, { status: batch.status });

const lineRemoved = (line: Line): Refusal =>
  line.state === "INCLUDED" ? null : conflict("LINE_REMOVED", "The line was already removed", { state: line.state });

/** Posting: the committee, after the last day of publicity, with a line left. */
export function postCheck(actor: Actor, batch: Batch, state: { today: string; includedLines: number }): Refusal {
  const refusal = notRunner(actor, batch) ?? notOnPublicity(batch);
  if (refusal) return refusal;
  if (batch.publicityEndsOn !== null && batch.publicityEndsOn >= state.today) {
    return conflict("PUBLICITY_RUNNING", `The batch is on publicity until ${batch.publicityEndsOn}`, {
      status: batch.status,
      publicityEndsOn: batch.publicityEndsOn,
    });
  }
  if (state.includedLines === 0) return conflict("NO_LINES_LEFT", "Every line was removed: withdraw the batch instead", { status: batch.status });
  return null;
}

/** Withdrawing: the committee, while the batch is on publicity. */
export const withdrawCheck = (actor: Actor, batch: Batch): Refusal => notRunner(actor, batch) ?? notOnPublicity(batch);

/** Taking a household off: the committee, while on publicity, once. */
export const removeLineCheck = (actor: Actor, batch: Batch, line: Line): Refusal =>
  notRunner(actor, batch) ?? notOnPublicity(batch) ?? lineRemoved(line);

/** Objecting: a resident of the village (the batch is in its scope), while on publicity, once per line. */
export function objectCheck(actor: Actor, batch: Batch, line: Line, state: { objected: boolean }): Refusal {
  if (actor.role !== "RESIDENT") return forbidden("Objections are the residents'");
  const refusal = notOnPublicity(batch) ?? lineRemoved(line);
  if (refusal) return refusal;
  return state.objected ? conflict("ALREADY_OBJECTED", "You have already objected to this line") : null;
}

/** What the caller may do with the batch now. */
export const allowedBatchActions = (actor: Actor, batch: Batch, state: { today: string; includedLines: number }): AwardBatchAction[] =>
  allowedActions({ POST: () => postCheck(actor, batch, state), WITHDRAW: () => withdrawCheck(actor, batch) });

/** What the caller may do with one line of a batch now. */
export const allowedLineActions = (actor: Actor, batch: Batch, line: Line, state: { objected: boolean }): AwardBatchLineAction[] =>
  allowedActions({ REMOVE: () => removeLineCheck(actor, batch, line), OBJECT: () => objectCheck(actor, batch, line, state) });
