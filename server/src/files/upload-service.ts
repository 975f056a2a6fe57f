import { and, asc, count, eq, gt, inArray, isNull, lt, min } from "drizzle-orm";
import { files } from "@cunwu/schema";
import type { Db, DbOrTx, Tx } from "../db/database";
import type { Actor } from "../request/actor";
import type { ProcessedImage } from "./image";
import type { FileStorage } from "./storage";

export interface StoredFile {
  id: number;
  contentType: string;
  width: number;
  height: number;
  bytes: number;
}

const windowMinutes = 10;

/**
 * Seconds until the user may upload again, or 0 when under the limit: the
 * uploads of the last ten minutes, counted in the database so every server
 * behind a load balancer counts the same ones.
 */
export async function uploadWait(db: Db, actor: Actor, perWindow: number, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - windowMinutes * 60_000);
  const [row] = await db
    .select({ n: count(), oldest: min(files.createdAt) })
    .from(files)
    .where(and(eq(files.uploadedBy, actor.userId), gt(files.createdAt, since)));
  if (!row || row.n < perWindow || !row.oldest) return 0;
  // When the oldest of them leaves the window, one more is allowed.
  return Math.max(1, Math.ceil((new Date(row.oldest).getTime() + windowMinutes * 60_000 - now.getTime()) / 1000));
}

/** Keeps a re-encoded photo: its row and its bytes in one transaction. `at`: when it came (the demo seed's past). */
export async function storeUpload(db: DbOrTx, storage: FileStorage, actor: Actor, image: ProcessedImage, at?: Date): Promise<StoredFile> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(files)
      .values({
        uploadedBy: actor.userId,
        createdAt: at,
        contentType: image.contentType,
        width: image.full.width,
        height: image.full.height,
        bytes: image.full.data.length,
        thumbWidth: image.thumb.width,
        thumbHeight: image.thumb.height,
        thumbBytes: image.thumb.data.length,
      })
      .returning({ id: files.id, contentType: files.contentType, width: files.width, height: files.height, bytes: files.bytes });
    await storage.put(tx, row!.id, { full: image.full.data, thumb: image.thumb.data });
    return row!;
  });
}

/** What GET /files/:id serves: the variant's bytes and when the file was made (for the ETag). */
export async function readVariant(db: Db, storage: FileStorage, fileId: number, variant: "full" | "thumb") {
  const [row] = await db.select({ contentType: files.contentType, createdAt: files.createdAt }).from(files).where(eq(files.id, fileId));
  if (!row) return null;
  const data = await storage.get(db, fileId, variant);
  return data ? { contentType: row.contentType, data } : null;
}


/** Uploads no record took within this long are removed by the scheduler. */
export const abandonedAfterHours = 24;

/**
 * Removes uploads never attached and older than `before`, at most `limit` a
 * run: bytes first, then the row, in the caller's transaction. The rows are
 * locked (SKIP LOCKED: an upload being attached right now is left for the
 * next run), and the DELETE repeats `attached_at is null`, which the
 * database's trigger also insists on.
 */
export async function removeAbandonedUploads(tx: Tx, storage: FileStorage, before: Date, limit = 500): Promise<number> {
  const old = await tx
    .select({ id: files.id })
    .from(files)
    .where(and(isNull(files.attachedAt), lt(files.createdAt, before)))
    .orderBy(asc(files.createdAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  if (!old.length) return 0;
  const ids = old.map((row) => row.id);
  for (const id of ids) await storage.delete(tx, id);
  const removed = await tx
    .delete(files)
    .where(and(inArray(files.id, ids), isNull(files.attachedAt)))
    .returning({ id: files.id });
  return removed.length;
}
