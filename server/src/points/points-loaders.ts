import { groupedBy, perRequest } from "../request/loaders";
import { batchLinesOf, batchObjectionsOf } from "./award-service";

/** Publicity lines and objections of the award batches on a page. */
export const pointsLoaders = perRequest(({ db }) => ({
  awardBatchLines: groupedBy((ids) => batchLinesOf(db, ids), (row) => row.batchId),
  awardObjections: groupedBy((ids) => batchObjectionsOf(db, ids), (row) => row.batchId),
}));
