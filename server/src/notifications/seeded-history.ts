import { and, inArray, lt, sql } from "drizzle-orm";
import { notificationDeliveries, notifications } from "@cunwu/schema";
import type { Tx } from "../db/database";

/**
 * The demo's past year is played through the services, which notify as
 * they go: what it notified before `before` counts as read, and none of its
 * text messages waits to be sent (nobody texts a year-old resolution).
 */
export async function settleSeededNotifications(tx: Tx, before: Date) {
  await tx.update(notifications).set({ readAt: sql`${notifications.createdAt}` }).where(lt(notifications.createdAt, before));
  await tx.delete(notificationDeliveries).where(and(lt(notificationDeliveries.createdAt, before), inArray(notificationDeliveries.status, ["PENDING"])));
}
