import DataLoader from "dataloader";
import { inArray } from "drizzle-orm";
import { pointEntries } from "@cunwu/schema";
import type { PointEntryRow } from "./ledger";
import { countBy, groupedBy, perRequest } from "../request/loaders";
import type { PageRequest } from "../common/paging";
import type { AskedColumns } from "../request/asked-columns";
import { batchLinesOf, batchObjectionsOf, linesObjectedBy } from "./batch-reads";
import { entryCounts } from "./entry-service";
import { entriesOfHouseholds } from "./household-entries";
import { batchAttachments, entryAttachments, lineAttachments } from "../files/record-attachments";

/**
 * Publicity lines and objections of the award batches on a page, and what
 * the records' allowedActions need: each entry's reversal, the lines the
 * caller has objected to.
 */
export const pointsLoaders = perRequest(({ db, actor }) => {
  // One loader per page size, offset and columns asked: households listed together share it.
  const entryPages = new Map<string, DataLoader<number, PointEntryRow[]>>();
  return {
    /** Each household's page of newest entries, with only the `asked` columns when given. */
    householdEntries(paging: PageRequest, asked: AskedColumns | undefined) {
      const key = `${paging.limit}:${paging.offset}:${asked?.key ?? "*"}`;
      let loader = entryPages.get(key);
      if (!loader) {
        loader = groupedBy((ids) => entriesOfHouseholds(db, ids, paging, asked), (row) => row.householdId);
        entryPages.set(key, loader);
      }
      return loader;
    },
    entryCounts: countBy((ids) => entryCounts(db, ids)),
    awardBatchLines: groupedBy((ids) => batchLinesOf(db, ids), (row) => row.batchId),
    awardObjections: groupedBy((ids) => batchObjectionsOf(db, ids), (row) => row.batchId),
    /** Photos of batches and lines: whoever got the batch (its village's residents too: publicity is public). */
    batchAttachments: groupedBy((ids) => batchAttachments(db, ids), (row) => row.batchId),
    lineAttachments: groupedBy((ids) => lineAttachments(db, ids), (row) => row.lineId),
    /** An entry's photos; for a resident only its own household's (entryAttachments). */
    entryAttachments: groupedBy((ids) => (actor ? entryAttachments(db, actor, ids) : Promise.resolve([])), (row) => row.entryId),
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
  };
});
