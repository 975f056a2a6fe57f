import DataLoader from "dataloader";
import { inArray } from "drizzle-orm";
import { pointEntries } from "@cunwu/schema";
import { groupedBy, perRequest } from "../request/loaders";
import { batchLinesOf, batchObjectionsOf, linesObjectedBy } from "./batch-reads";

/**
 * Publicity lines and objections of the award batches on a page, and what
 * the records' allowedActions need: each entry's reversal, the lines the
 * caller has objected to.
 */
export const pointsLoaders = perRequest(({ db, actor }) => ({
  awardBatchLines: groupedBy((ids) => batchLinesOf(db, ids), (row) => row.batchId),
  awardObjections: groupedBy((ids) => batchObjectionsOf(db, ids), (row) => row.batchId),
  reversals: groupedBy(
    (ids) =>
      db
        .select({ id: pointEntries.id, reversesEntryId: pointEntries.reversesEntryId })
        .from(pointEntries)
        .where(inArray(pointEntries.reversesEntryId, ids)),
    (row) => row.reversesEntryId!,
  ),
  objectedByCaller: new DataLoader<number, boolean>(async (lineIds) => {
    const mine = actor ? await linesObjectedBy(db, actor.userId, [...lineIds]) : new Set<number>();
    return lineIds.map((id) => mine.has(id));
  }),
}));
