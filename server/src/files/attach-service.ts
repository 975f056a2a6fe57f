import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { civicMatterAttachments, files, matterEventAttachments, matterEvents } from "@cunwu/schema";
import type { Db, Tx } from "../db/database";
import type { Actor } from "../request/actor";
import { parseId } from "../common/validate";
import { AppError, badInput } from "../errors";

/** Photos one record may carry (a matter, a step, an award, a household's line, an activity); Query.photoLimits reads it. */
export const maxAttachments = 9;
/** Photos a product shows: one; a new one replaces it (the old stays in its history). */
export const maxProductPhotos = 1;

/**
 * More photos than a record may carry: `most` it may, `count` it would
 * have. The console says so with both numbers, not a generic "too many".
 */
export const tooManyPhotos = (field: string, most: number, count: number, message: string) =>
  new AppError("BAD_USER_INPUT", "TOO_MANY_PHOTOS", message, { fields: { [field]: "TOO_MANY" }, most, count });

/**
 * The ids of `attachmentIds`, checked before any transaction: at most 9,
 * each well formed and named once. Nothing is read yet.
 */
export function parseAttachmentIds(raw: readonly string[] | null | undefined): number[] {
  if (!raw?.length) return [];
  if (raw.length > maxAttachments) throw tooManyPhotos("attachmentIds", maxAttachments, raw.length, `At most ${maxAttachments} photos per record`);
  const ids = raw.map((value) => parseId(value, "File", "attachmentIds"));
  if (new Set(ids).size !== ids.length) throw badInput({ attachmentIds: "DUPLICATE" }, "The same photo is named twice");
  return ids;
}

/**
 * Marks the caller's own uploads attached, in the transaction that writes
 * the record, so a record and its photos come in together or not at all.
 * One conditional UPDATE claims them: an upload is attached once, only by
 * who uploaded it, and of two records racing for it one wins. Another
 * user's upload, or one that does not exist (any more), is NOT_FOUND alike:
 * whether someone else uploaded that id is not told.
 */
export async function claimUploads(tx: Tx, actor: Actor, ids: readonly number[], at?: Date): Promise<void> {
  if (!ids.length) return;
  const claimed = await tx
    .update(files)
    .set({ attachedAt: at ?? new Date() })
    .where(and(inArray(files.id, [...ids]), eq(files.uploadedBy, actor.userId), isNull(files.attachedAt)))
    .returning({ id: files.id });
  if (claimed.length === ids.length) return;
  const mine = await tx
    .select({ id: files.id })
    .from(files)
    .where(and(inArray(files.id, [...ids]), eq(files.uploadedBy, actor.userId)));
  const missing = ids.filter((id) => !mine.some((row) => row.id === id));
  if (missing.length) throw badInput({ attachmentIds: "NOT_FOUND" }, `No upload of yours with id ${missing.join(", ")}`);
  throw badInput({ attachmentIds: "ALREADY_ATTACHED" }, "A photo is already attached to a record; upload it again");
}

/** A civic matter's photos, in the order given, claimed in the matter's own transaction. */
export async function attachToMatter(tx: Tx, actor: Actor, matterId: number, ids: readonly number[], at?: Date): Promise<void> {
  if (!ids.length) return;
  await claimUploads(tx, actor, ids, at);
  await tx.insert(civicMatterAttachments).values(ids.map((fileId, position) => ({ matterId, fileId, position, createdAt: at })));
}

/** What an Attachment reads of its file, whatever record it belongs to. */
export const attachmentColumns = {
  id: files.id,
  contentType: files.contentType,
  width: files.width,
  height: files.height,
  bytes: files.bytes,
  createdAt: files.createdAt,
  createdBy: files.uploadedBy,
};

/** The photos of the given matters, in their order (for the matters' loader). */
export function matterAttachments(db: Db, matterIds: number[]) {
  return db
    .select({
      matterId: civicMatterAttachments.matterId,
      ...attachmentColumns,
    })
    .from(civicMatterAttachments)
    .innerJoin(files, eq(files.id, civicMatterAttachments.fileId))
    .where(inArray(civicMatterAttachments.matterId, matterIds))
    .orderBy(asc(civicMatterAttachments.matterId), asc(civicMatterAttachments.position));
}

export type AttachmentRow = Awaited<ReturnType<typeof matterAttachments>>[number];

/** What an event's data says of its photos: their ids, as the SUBMITTED event does ({} for none). */
export const photoData = (ids: readonly number[]) => (ids.length ? { attachmentIds: [...ids] } : {});

/** A matter event's photos (a later step of the workflow), claimed in the step's own transaction. */
export async function attachToEvent(tx: Tx, actor: Actor, eventId: number, ids: readonly number[], at?: Date): Promise<void> {
  if (!ids.length) return;
  await claimUploads(tx, actor, ids, at);
  await tx.insert(matterEventAttachments).values(ids.map((fileId, position) => ({ eventId, fileId, position, createdAt: at })));
}

/**
 * The photos of the given events, in their order (for the timeline's
 * loader). `publicOnly` repeats the timeline's own rule for residents in the
 * query: an internal event's photos are never read for them, whatever path
 * reached the event.
 */
export function eventAttachments(db: Db, eventIds: number[], publicOnly: boolean) {
  return db
    .select({
      eventId: matterEventAttachments.eventId,
      ...attachmentColumns,
    })
    .from(matterEventAttachments)
    .innerJoin(files, eq(files.id, matterEventAttachments.fileId))
    .innerJoin(matterEvents, eq(matterEvents.id, matterEventAttachments.eventId))
    .where(and(inArray(matterEventAttachments.eventId, eventIds), publicOnly ? eq(matterEvents.public, true) : undefined))
    .orderBy(asc(matterEventAttachments.eventId), asc(matterEventAttachments.position));
}
