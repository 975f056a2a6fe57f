import { bigint, integer, pgTable, primaryKey, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { files } from "./files";
import { awardBatchLines, awardBatches, pointEntries } from "./points";
import { activities } from "./volunteer";
import { products } from "./shop";

/**
 * Photos of the records beside civic matters (issue 17): one link table per
 * record type, each with a real foreign key to its record and a position,
 * append-only like the records' history (migration 0012). files.attached_at
 * stays the one flag that a file is taken.
 */

/** An award batch's photos of the deed as a whole (公示), in the order given. */
export const awardBatchAttachments = pgTable(
  "award_batch_attachments",
  {
    batchId: integer("batch_id")
      .notNull()
      .references(() => awardBatches.id),
    fileId: integer("file_id")
      .notNull()
      .references(() => files.id),
    position: integer("position").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.position] }), uniqueIndex("award_batch_attachments_file_uq").on(t.fileId)],
);

/** A batch line's photos: that household's deed (a courtyard each). */
export const awardLineAttachments = pgTable(
  "award_line_attachments",
  {
    lineId: integer("line_id")
      .notNull()
      .references(() => awardBatchLines.id),
    fileId: integer("file_id")
      .notNull()
      .references(() => files.id),
    position: integer("position").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.lineId, t.position] }), uniqueIndex("award_line_attachments_file_uq").on(t.fileId)],
);

/**
 * An AWARD entry's photos: the award's own, then its household's. Not unique
 * per file: one photo of the award as a whole is on every household's entry
 * (posted at once, or copied from the batch when it posts).
 */
export const pointEntryAttachments = pgTable(
  "point_entry_attachments",
  {
    entryId: bigint("entry_id", { mode: "number" })
      .notNull()
      .references(() => pointEntries.id),
    fileId: integer("file_id")
      .notNull()
      .references(() => files.id),
    position: integer("position").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.position] }), uniqueIndex("point_entry_attachments_entry_file_uq").on(t.entryId, t.fileId)],
);

/** A volunteer activity's photos, in the order they were added (at most 9 in all). */
export const activityAttachments = pgTable(
  "activity_attachments",
  {
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id),
    fileId: integer("file_id")
      .notNull()
      .references(() => files.id),
    position: integer("position").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.position] }), uniqueIndex("activity_attachments_file_uq").on(t.fileId)],
);

/**
 * A product's photos over time: the one with the highest position is shown,
 * the earlier ones stay as its history (a new photo replaces, never deletes).
 */
export const productAttachments = pgTable(
  "product_attachments",
  {
    productId: integer("product_id")
      .notNull()
      .references(() => products.id),
    fileId: integer("file_id")
      .notNull()
      .references(() => files.id),
    position: integer("position").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.position] }), uniqueIndex("product_attachments_file_uq").on(t.fileId)],
);
