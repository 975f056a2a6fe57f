import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { users } from "./users";

/** What a notification is about; its title and body are written in Chinese by the server when it is made. */
export const notificationKindEnum = pgEnum("notification_kind", [
  "ASSIGNMENT_ARRIVED",
  "SUPERVISED",
  "ASSIGNMENT_DUE_SOON",
  "ASSIGNMENT_OVERDUE",
  "ASSIGNMENT_RETURNED",
  "EXTENSION_DECIDED",
  "MATTER_RESOLVED",
  "FOLLOW_UP_DUE",
  "AWARD_OBJECTION",
  "PUBLICITY_ENDS",
  "POINTS_RECORDED",
  // A login code by text message: an outbox delivery only, never a notification.
  "LOGIN_CODE",
]);
export const deliveryChannelEnum = pgEnum("delivery_channel", ["SMS"]);
export const deliveryStatusEnum = pgEnum("delivery_status", ["PENDING", "SENT", "FAILED"]);

/** One notification to one user; made once per (recipient, dedupe key). */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    kind: notificationKindEnum("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    /** A console route, e.g. /civicMatters/12/show. */
    link: text("link"),
    /** What makes it the same notification (e.g. `overdue:41:2026-12-04`): made at most once per user. */
    dedupeKey: text("dedupe_key").notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("notifications_user_dedupe_uq").on(t.userId, t.dedupeKey),
    index("notifications_user_newest_idx").on(t.userId, t.id),
    index("notifications_user_unread_idx").on(t.userId, t.id).where(sql`${t.readAt} is null`),
  ],
);

/**
 * The text-message outbox: one delivery per message a person should get on
 * the phone. It carries its own text, as the person texted (a submitter
 * named by phone only) may have no login; `notificationId` is the console
 * notification it goes with, when there is one.
 */
export const notificationDeliveries = pgTable(
  "notification_deliveries",
  {
    id: id(),
    notificationId: integer("notification_id").references(() => notifications.id),
    channel: deliveryChannelEnum("channel").notNull().default("SMS"),
    kind: notificationKindEnum("kind").notNull(),
    text: text("text").notNull(),
    /** Queued once per key (e.g. `resolved:12:1`). */
    dedupeKey: text("dedupe_key").notNull(),
    /** The full number, for the sender only: never in the API or the log. */
    phone: text("phone").notNull(),
    status: deliveryStatusEnum("status").notNull().default("PENDING"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    /** While a sender holds it: another process skips it until then. */
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("notification_deliveries_dedupe_uq").on(t.channel, t.dedupeKey),
    index("notification_deliveries_due_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'PENDING'`),
    check("notification_deliveries_attempts_ck", sql`${t.attempts} >= 0`),
  ],
);
