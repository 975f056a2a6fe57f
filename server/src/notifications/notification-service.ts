import { and, count, desc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { notifications } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db } from "../db/database";
import { pageOf, countRows } from "../common/list";
import { pageRequest } from "../common/paging";
import { maxId, parseId } from "../common/validate";

// A user's own notifications: every query is narrowed to the caller, so
// nobody reads or marks another's.

const mine = (actor: Actor, unreadOnly?: boolean | null): SQL =>
  and(eq(notifications.userId, actor.userId), unreadOnly ? isNull(notifications.readAt) : undefined)!;

/** The caller's notifications, newest first (by when they were made: the demo year is played matter by matter, so ids do not follow time). */
export async function listNotifications(db: Db, actor: Actor, unreadOnly: boolean | null | undefined, page: number | null | undefined, perPage: number | null | undefined) {
  const paging = pageRequest(page, perPage);
  const where = mine(actor, unreadOnly);
  const items = await db.select().from(notifications).where(where).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(paging.limit).offset(paging.offset);
  return pageOf(items, (limit) => countRows(db, notifications, where, limit));
}

export async function unreadNotificationCount(db: Db, actor: Actor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(notifications).where(mine(actor, true));
  return row?.n ?? 0;
}

/**
 * Marks the caller's unread notifications read: these ids, or all of them
 * without ids. Another user's ids (and ids of none) change nothing; the
 * answer is how many became read.
 */
export async function markNotificationsRead(db: Db, actor: Actor, rawIds: readonly string[] | null | undefined, at?: Date): Promise<number> {
  // An id beyond any the database holds is nobody's notification: nothing to mark.
  const ids = rawIds?.filter((raw) => !(/^\d+$/.test(raw) && Number(raw) > maxId)).map((raw) => parseId(raw, "Notification", "ids"));
  if (ids && ids.length === 0) return 0;
  const marked = await db
    .update(notifications)
    .set({ readAt: at ?? new Date() })
    .where(and(mine(actor, true), ids ? inArray(notifications.id, ids) : undefined))
    .returning({ id: notifications.id });
  return marked.length;
}
