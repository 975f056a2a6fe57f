import { notificationDeliveries, notifications, notificationKindEnum } from "@cunwu/schema";
import type { DbOrTx } from "../db/database";

export type NotificationKind = (typeof notificationKindEnum.enumValues)[number];

/** A text message to queue with the notification (the outbox sends it; outbox-sender.ts). */
export interface SmsRequest {
  /** The full number; kept server-side only. */
  phone: string;
  text: string;
}

export interface NotificationInput {
  kind: NotificationKind;
  /** Chinese, as the recipient reads it: the console shows it as given. */
  title: string;
  body: string;
  /** A console route such as /civicMatters/12/show. */
  link: string | null;
  /** The same key for the same user makes nothing new (each notification once). */
  dedupeKey: string;
  sms?: SmsRequest | null;
  /** When it happened (default now); only the demo seed's past year passes it. */
  at?: Date;
}

/**
 * Makes one notification for each recipient user, in the caller's
 * transaction, and queues its text message when one is asked for. Each
 * (user, dedupe key) and each text message's key is made once: a second call
 * (a retried job, a second server process) adds nothing. The caller chooses
 * recipients and words so that they carry only what the recipient may see.
 */
export async function notify(tx: DbOrTx, recipients: readonly number[], input: NotificationInput): Promise<number> {
  const userIds = [...new Set(recipients)];
  const made = userIds.length
    ? await tx
        .insert(notifications)
        .values(userIds.map((userId) => ({ userId, kind: input.kind, title: input.title, body: input.body, link: input.link, dedupeKey: input.dedupeKey, createdAt: input.at })))
        .onConflictDoNothing()
        .returning({ id: notifications.id })
    : [];
  if (input.sms) {
    await tx
      .insert(notificationDeliveries)
      .values({ notificationId: made[0]?.id ?? null, kind: input.kind, text: input.sms.text, phone: input.sms.phone, dedupeKey: input.dedupeKey, nextAttemptAt: input.at, createdAt: input.at })
      .onConflictDoNothing();
  }
  return made.length;
}

/**
 * Queues one text message with no console notification (a login code), in
 * the caller's transaction; its id, for sending at once (PromptOutbox).
 */
export async function queueText(tx: DbOrTx, input: { kind: NotificationKind; phone: string; text: string; dedupeKey: string }): Promise<number> {
  const [row] = await tx.insert(notificationDeliveries).values(input).returning({ id: notificationDeliveries.id });
  return row!.id;
}
