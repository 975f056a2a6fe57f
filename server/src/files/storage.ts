import { and, eq } from "drizzle-orm";
import { fileBlobs } from "@cunwu/schema";
import type { Db, Tx } from "../db/database";

/** The two sizes the server keeps of every photo. */
export type FileVariant = "full" | "thumb";
export const fileVariants: readonly FileVariant[] = ["full", "thumb"];

/**
 * Where the bytes of uploaded photos live, by file id. The files table keeps
 * what they are (size, type, owner); this keeps only bytes, so an object
 * store (S3, MinIO) can take its place later without touching the rest.
 * put runs inside the upload's transaction: a failed upload leaves nothing.
 */
export interface FileStorage {
  put(tx: Tx, fileId: number, variants: Record<FileVariant, Buffer>): Promise<void>;
  get(db: Db, fileId: number, variant: FileVariant): Promise<Buffer | null>;
  delete(tx: Tx, fileId: number): Promise<void>;
}

/**
 * The default: the bytes in the database (file_blobs, one bytea per
 * variant), so backups, transactions and both databases are one code path.
 */
export const databaseStorage: FileStorage = {
  async put(tx, fileId, variants) {
    await tx.insert(fileBlobs).values(fileVariants.map((variant) => ({ fileId, variant, data: variants[variant] })));
  },
  async get(db, fileId, variant) {
    const [row] = await db
      .select({ data: fileBlobs.data })
      .from(fileBlobs)
      .where(and(eq(fileBlobs.fileId, fileId), eq(fileBlobs.variant, variant)));
    return row?.data ?? null;
  },
  async delete(tx, fileId) {
    await tx.delete(fileBlobs).where(eq(fileBlobs.fileId, fileId));
  },
};
