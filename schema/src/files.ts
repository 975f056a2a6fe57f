import { sql } from "drizzle-orm";
import { bigint, check, customType, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { civicMatters, matterEvents } from "./civic";
import { users } from "./users";

/** Raw bytes. postgres.js gives a Buffer, PGlite a Uint8Array: both are read as a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
});

/**
 * An uploaded photo, re-encoded by the server (server/src/files): what it is,
 * who sent it, and whether a record holds it. The bytes live in the storage
 * (file_blobs by default), so listing attachments never reads them.
 * attached_at is set once, in the transaction that attaches it to a record;
 * an upload never attached is removed by the scheduler.
 */
export const files = pgTable(
  "files",
  {
    id: id(),
    uploadedBy: integer("uploaded_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    contentType: text("content_type").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    /** Size of the full variant as stored. */
    bytes: integer("bytes").notNull(),
    thumbWidth: integer("thumb_width").notNull(),
    thumbHeight: integer("thumb_height").notNull(),
    thumbBytes: integer("thumb_bytes").notNull(),
    attachedAt: timestamp("attached_at", { withTimezone: true }),
  },
  (t) => [
    // The per-user upload limit counts the last minutes' uploads.
    index("files_uploaded_by_created_idx").on(t.uploadedBy, t.createdAt),
    // The scheduler's sweep of old uploads never attached.
    index("files_unattached_created_idx").on(t.createdAt).where(sql`${t.attachedAt} is null`),
    check("files_size_ck", sql`${t.width} > 0 and ${t.height} > 0 and ${t.bytes} > 0 and ${t.thumbWidth} > 0 and ${t.thumbHeight} > 0 and ${t.thumbBytes} > 0`),
  ],
);

/**
 * The database storage of file bytes (files/storage.ts): one row per variant,
 * one bytea each (a re-encoded photo is a few hundred KB to a few MB, far
 * below PostgreSQL's 1 GB per value; docs/design-notes.md, "Photos").
 */
export const fileBlobs = pgTable(
  "file_blobs",
  {
    fileId: integer("file_id")
      .notNull()
      .references(() => files.id, { onDelete: "cascade" }),
    /** full or thumb. */
    variant: text("variant").notNull(),
    data: bytea("data").notNull(),
  },
  (t) => [primaryKey({ columns: [t.fileId, t.variant] }), check("file_blobs_variant_ck", sql`${t.variant} in ('full', 'thumb')`)],
);

/** A civic matter's photos as its submitter sent them; append-only like the matter's history. */
export const civicMatterAttachments = pgTable(
  "civic_matter_attachments",
  {
    matterId: integer("matter_id")
      .notNull()
      .references(() => civicMatters.id),
    fileId: integer("file_id")
      .notNull()
      .references(() => files.id),
    /** The order the submitter gave them, from 0. */
    position: integer("position").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.matterId, t.position] }), uniqueIndex("civic_matter_attachments_file_uq").on(t.fileId)],
);

/**
 * Photos of a matter's later steps (progress, resolution, a co-unit's
 * report, a follow-up), on the step's event: they share its public/internal
 * flag, so an internal event's photos never reach residents. Append-only
 * like the events.
 */
export const matterEventAttachments = pgTable(
  "matter_event_attachments",
  {
    eventId: bigint("event_id", { mode: "number" })
      .notNull()
      .references(() => matterEvents.id),
    fileId: integer("file_id")
      .notNull()
      .references(() => files.id),
    /** The order the author gave them, from 0. */
    position: integer("position").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.position] }), uniqueIndex("matter_event_attachments_file_uq").on(t.fileId)],
);
