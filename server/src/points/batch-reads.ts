import { and, asc, count, eq, inArray } from "drizzle-orm";
import { awardBatchLines, awardBatches, awardObjections, households } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db, Tx } from "../db/database";
import { villageRecordScope } from "../auth/scope";
import { notFound } from "../errors";
import { selectPage } from "../common/list";
import { orderBy, pageRequest, SortOrder, type SortInput } from "../common/paging";
import { parseId } from "../common/validate";
import type { AwardBatchFilter } from "./point-types";

/** A batch the actor may read (locked for a step when `forUpdate`); NOT_FOUND otherwise. */
export async function batchInScope(tx: Tx, actor: Actor, batchId: number, forUpdate = false) {
  const query = tx
    .select()
    .from(awardBatches)
    .where(and(eq(awardBatches.id, batchId), villageRecordScope(actor, { villageId: awardBatches.villageId })));
  const [batch] = forUpdate ? await query.for("update") : await query;
  if (!batch) throw notFound("AwardBatch", batchId);
  return batch;
}

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

/** Which of some lines one user has objected to. */
export async function linesObjectedBy(db: Db, userId: number, lineIds: number[]) {
  const rows = await db
    .select({ lineId: awardObjections.lineId })
    .from(awardObjections)
    .where(and(eq(awardObjections.userId, userId), inArray(awardObjections.lineId, lineIds)));
  return new Set(rows.map((row) => row.lineId));
}
