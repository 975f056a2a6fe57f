import { and, asc, desc, eq, inArray, max } from "drizzle-orm";
import {
  activityAttachments,
  awardBatchAttachments,
  awardLineAttachments,
  files,
  pointEntries,
  pointEntryAttachments,
  productAttachments,
} from "@cunwu/schema";
import type { Db, Tx } from "../db/database";
import type { Actor } from "../request/actor";
import { attachmentColumns, claimUploads, maxAttachments, maxProductPhotos, parseAttachmentIds, tooManyPhotos } from "./attach-service";

/**
 * Photos of awards, activities and products: what their services write
 * (awards: points/award-photos.ts) and what their loaders read, each query
 * for all records of a request at once. The parent record has passed its
 * scope; an entry's photos repeat the resident's rule in the query.
 */

/** Adds photos to an activity (at most 9 in all), in its own transaction; the activity row is locked by the caller. */
export async function addActivityPhotos(tx: Tx, actor: Actor, activityId: number, ids: readonly number[], at?: Date): Promise<void> {
  if (!ids.length) return;
  const [row] = await tx
    .select({ n: max(activityAttachments.position) })
    .from(activityAttachments)
    .where(eq(activityAttachments.activityId, activityId));
  const next = row?.n === null || row?.n === undefined ? 0 : Number(row.n) + 1;
  if (next + ids.length > maxAttachments) {
    throw tooManyPhotos("attachmentIds", maxAttachments, next + ids.length, `An activity carries at most ${maxAttachments} photos; it has ${next}`);
  }
  await claimUploads(tx, actor, ids, at);
  await tx.insert(activityAttachments).values(ids.map((fileId, i) => ({ activityId, fileId, position: next + i, createdAt: at })));
}

/** A product's photo ids from an input: none or one (TOO_MANY above). */
export function parseProductPhoto(raw: readonly string[] | null | undefined): number[] {
  if ((raw?.length ?? 0) > maxProductPhotos) throw tooManyPhotos("attachmentIds", maxProductPhotos, raw!.length, `A product has at most ${maxProductPhotos} photo`);
  return parseAttachmentIds(raw);
}

/**
 * Shows a new photo on a product, in the product's own transaction: a row
 * after its earlier ones, which stay (attached, kept) as its history.
 */
export async function setProductPhoto(tx: Tx, actor: Actor, productId: number, ids: readonly number[], at?: Date): Promise<void> {
  if (!ids.length) return;
  await claimUploads(tx, actor, ids, at);
  const [row] = await tx
    .select({ n: max(productAttachments.position) })
    .from(productAttachments)
    .where(eq(productAttachments.productId, productId));
  const next = row?.n === null || row?.n === undefined ? 0 : Number(row.n) + 1;
  await tx.insert(productAttachments).values(ids.map((fileId, i) => ({ productId, fileId, position: next + i, createdAt: at })));
}

export function batchAttachments(db: Db, batchIds: number[]) {
  return db
    .select({ batchId: awardBatchAttachments.batchId, ...attachmentColumns })
    .from(awardBatchAttachments)
    .innerJoin(files, eq(files.id, awardBatchAttachments.fileId))
    .where(inArray(awardBatchAttachments.batchId, batchIds))
    .orderBy(asc(awardBatchAttachments.batchId), asc(awardBatchAttachments.position));
}

export function lineAttachments(db: Db, lineIds: number[]) {
  return db
    .select({ lineId: awardLineAttachments.lineId, ...attachmentColumns })
    .from(awardLineAttachments)
    .innerJoin(files, eq(files.id, awardLineAttachments.fileId))
    .where(inArray(awardLineAttachments.lineId, lineIds))
    .orderBy(asc(awardLineAttachments.lineId), asc(awardLineAttachments.position));
}

/**
 * Entries' photos. A resident reaches only its own household's entries; the
 * query repeats that rule, so another household's photos are never read for
 * a resident, whatever path reached the entry.
 */
export function entryAttachments(db: Db, actor: Actor, entryIds: number[]) {
  return db
    .select({ entryId: pointEntryAttachments.entryId, ...attachmentColumns })
    .from(pointEntryAttachments)
    .innerJoin(files, eq(files.id, pointEntryAttachments.fileId))
    .innerJoin(pointEntries, eq(pointEntries.id, pointEntryAttachments.entryId))
    .where(
      and(
        inArray(pointEntryAttachments.entryId, entryIds),
        actor.role === "RESIDENT" ? eq(pointEntries.householdId, actor.householdId!) : undefined,
      ),
    )
    .orderBy(asc(pointEntryAttachments.entryId), asc(pointEntryAttachments.position));
}

export function activityPhotos(db: Db, activityIds: number[]) {
  return db
    .select({ activityId: activityAttachments.activityId, ...attachmentColumns })
    .from(activityAttachments)
    .innerJoin(files, eq(files.id, activityAttachments.fileId))
    .where(inArray(activityAttachments.activityId, activityIds))
    .orderBy(asc(activityAttachments.activityId), asc(activityAttachments.position));
}

/** Each product's shown photo: its latest (DISTINCT ON the product, newest position first). */
export function productPhotos(db: Db, productIds: number[]) {
  return db
    .selectDistinctOn([productAttachments.productId], { productId: productAttachments.productId, ...attachmentColumns })
    .from(productAttachments)
    .innerJoin(files, eq(files.id, productAttachments.fileId))
    .where(inArray(productAttachments.productId, productIds))
    .orderBy(asc(productAttachments.productId), desc(productAttachments.position));
}
