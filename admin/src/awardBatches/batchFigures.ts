import type { AwardBatch } from "../types";

/** Households still on the batch (lines not removed). */
export const includedLines = (batch: AwardBatch) => batch.lines.filter((line) => line.state === "INCLUDED");

/** Objections against the batch's lines. */
export const objectionTotal = (batch: AwardBatch) => batch.lines.reduce((sum, line) => sum + line.objectionCount, 0);
