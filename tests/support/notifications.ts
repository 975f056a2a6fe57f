import { asc, eq } from "drizzle-orm";
import { notificationDeliveries, notifications } from "@cunwu/schema";
import type { TestServer } from "./server";

/** Reading notifications as their recipients do, and as rows, for the notification tests. */

export const NOTIFICATION = "id kind title body link readAt createdAt";

export interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export function notificationApi(t: TestServer) {
  const db = () => t.server.connection.db;
  return {
    async inbox(token: string, args: { unreadOnly?: boolean; page?: number; perPage?: number } = {}) {
      const data = await t.ok<{ notifications: { items: NotificationItem[]; total: number } }>(
        `query ($u: Boolean, $p: Int, $pp: Int) { notifications(unreadOnly: $u, page: $p, perPage: $pp) { items { ${NOTIFICATION} } total } }`,
        { u: args.unreadOnly ?? null, p: args.page ?? null, pp: args.perPage ?? null },
        token,
      );
      return data.notifications;
    },
    async unread(token: string) {
      return (await t.ok<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`, {}, token)).unreadNotificationCount;
    },
    async markRead(token: string, ids?: string[]) {
      return (await t.ok<{ markNotificationsRead: number }>(`mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: ids ?? null }, token))
        .markNotificationsRead;
    },
    /** Every notification row of a kind, oldest first: who got what. */
    rowsOf(kind: string) {
      return db().select().from(notifications).where(eq(notifications.kind, kind as never)).orderBy(asc(notifications.id));
    },
    /** Recipients (user ids, sorted) of the notifications with this dedupe key. */
    async recipientsOf(dedupeKey: string) {
      const rows = await db().select({ userId: notifications.userId }).from(notifications).where(eq(notifications.dedupeKey, dedupeKey));
      return rows.map((r) => r.userId).sort((a, b) => a - b);
    },
    deliveries() {
      return db().select().from(notificationDeliveries).orderBy(asc(notificationDeliveries.id));
    },
  };
}

export const sorted = (ids: (number | undefined)[]) => ids.map((id) => id!).sort((a, b) => a - b);
