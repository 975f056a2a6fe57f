import { and, asc, eq, inArray, isNull, lte, lt, or, sql } from "drizzle-orm";
import { notificationDeliveries } from "@cunwu/schema";
import type { Db } from "../db/database";
import type { Logger } from "../logger";
import { redactedText, type SmsSender } from "./sms-sender";

export interface OutboxOptions {
  /** The moment of this run (tests pass their own). */
  now: Date;
  /** Attempts before a delivery is FAILED for good. */
  maxAttempts: number;
  /** Deliveries claimed per run. */
  batchSize?: number;
  /** How long a claimed delivery is held by this sender: longer than a send can take. */
  leaseMs?: number;
  /** The first retry's wait; each next one doubles, up to an hour. */
  backoffMs?: number;
  /** Only these deliveries (a login code sent at once), when given. */
  ids?: readonly number[];
}

const hour = 3_600_000;
/** Wait before the next attempt after `attempts` failed ones: backoff, 2×, 4× … up to an hour. */
export const retryDelayMs = (attempts: number, backoffMs = 30_000) => Math.min(backoffMs * 2 ** (attempts - 1), hour);

/**
 * Sends the text messages due now. Claims them in one short transaction
 * (FOR UPDATE SKIP LOCKED, so another server process takes others, and a
 * lease, so none is taken again while it is being sent), sends each outside
 * any transaction, then records the outcome: SENT; or a retry after an
 * exponential backoff; or FAILED after the last attempt or a final refusal.
 * A sender that dies mid-way leaves its claims to be taken again when the
 * lease runs out.
 */
export async function sendDueDeliveries(db: Db, sender: SmsSender, options: OutboxOptions) {
  const { now, maxAttempts, batchSize = 20, leaseMs = 5 * 60_000, backoffMs = 30_000, ids } = options;
  const due = db
    .select({ id: notificationDeliveries.id })
    .from(notificationDeliveries)
    .where(
      and(
        eq(notificationDeliveries.status, "PENDING"),
        lte(notificationDeliveries.nextAttemptAt, now),
        or(isNull(notificationDeliveries.leaseUntil), lt(notificationDeliveries.leaseUntil, now)),
        ids ? inArray(notificationDeliveries.id, [...ids]) : undefined,
      ),
    )
    .orderBy(asc(notificationDeliveries.nextAttemptAt), asc(notificationDeliveries.id))
    .limit(batchSize)
    .for("update", { skipLocked: true });
  // One statement: the rows it locks are claimed (leased, an attempt counted) as it commits.
  const claimed = await db
    .update(notificationDeliveries)
    .set({ leaseUntil: new Date(now.getTime() + leaseMs), attempts: sql`${notificationDeliveries.attempts} + 1` })
    .where(inArray(notificationDeliveries.id, due))
    .returning();
  claimed.sort((a, b) => a.id - b.id);

  const counts = { sent: 0, retried: 0, failed: 0 };
  for (const delivery of claimed) {
    const outcome = await sender.send({ id: delivery.id, to: delivery.phone, text: delivery.text, kind: delivery.kind, createdAt: delivery.createdAt });
    const mine = and(eq(notificationDeliveries.id, delivery.id), eq(notificationDeliveries.attempts, delivery.attempts));
    // Once it is done with, a secret (a login code) leaves the outbox too.
    const text = redactedText(delivery.kind, delivery.text);
    if (outcome.ok) {
      await db.update(notificationDeliveries).set({ status: "SENT", sentAt: new Date(), leaseUntil: null, lastError: null, text }).where(mine);
      counts.sent++;
    } else if (outcome.final || delivery.attempts >= maxAttempts) {
      await db.update(notificationDeliveries).set({ status: "FAILED", leaseUntil: null, lastError: outcome.error, text }).where(mine);
      counts.failed++;
    } else {
      const next = new Date(now.getTime() + retryDelayMs(delivery.attempts, backoffMs));
      await db.update(notificationDeliveries).set({ nextAttemptAt: next, leaseUntil: null, lastError: outcome.error }).where(mine);
      counts.retried++;
    }
  }
  return counts;
}

/** Sends given deliveries now, beside the scheduler (a login code cannot wait for its next tick). */
export interface PromptOutbox {
  /** Starts sending these deliveries in the background; the caller does not wait (nor learn anything from how long it takes). */
  sendSoon(ids: readonly number[]): void;
  /** Waits for the sends under way (closing the server). */
  settle(): Promise<void>;
}

/**
 * The outbox's own path (claim, lease, send, record; retries left to the
 * scheduler's outbox job), for chosen deliveries, started at once. With the
 * scheduler off (tests) a failed first attempt stays PENDING.
 */
export function promptOutbox(db: Db, sender: SmsSender, options: { maxAttempts: number; leaseMs: number }, logger: Logger): PromptOutbox {
  const running = new Set<Promise<unknown>>();
  return {
    sendSoon(ids) {
      if (ids.length === 0) return;
      const sending = sendDueDeliveries(db, sender, { now: new Date(), maxAttempts: options.maxAttempts, leaseMs: options.leaseMs, ids })
        .catch((error: unknown) => logger.error({ err: error, deliveryIds: ids }, "sending a text message at once failed; the outbox job tries again"))
        .finally(() => running.delete(sending));
      running.add(sending);
    },
    async settle() {
      await Promise.all([...running]);
    },
  };
}
