import DataLoader from "dataloader";
import { and, asc, eq, inArray } from "drizzle-orm";
import { civicCategories, civicMatters, followUps, matterAssignments, matterEvents, matterExtensions, matterSupervisions, users } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db } from "../db/database";
import { actorOf } from "../request/context";
import { byId, groupedBy, perRequest } from "../request/loaders";
import { eventAttachments, matterAttachments } from "../files/attach-service";
import { todayIn } from "../common/dates";
import { loadCalendar } from "./calendar";
import { seesInternal } from "./civic-scope";

/**
 * The civic module's per-request batch loaders: a page of matters costs one
 * statement per nested list, whatever its size. The parent matter has
 * already passed the scope check; the timeline loader leaves internal events
 * out for residents.
 */
function createCivicLoaders(db: Db, actor: Actor, timezone: string) {
  const today = todayIn(timezone);
  return {
    /** Matters by id, for their assignments' fields (the assignment was reached through its matter). */
    matter: byId((ids) => db.select().from(civicMatters).where(inArray(civicMatters.id, ids))),
    category: byId((ids) => db.select().from(civicCategories).where(inArray(civicCategories.id, ids))),
    /** Photos, for whoever got the matter (the matter's own scope decides who sees them). */
    attachments: groupedBy((ids) => matterAttachments(db, ids), (row) => row.matterId),
    /** Photos of timeline events; a resident's never include an internal event's (see eventAttachments). */
    eventAttachments: groupedBy((ids) => eventAttachments(db, ids, !seesInternal(actor)), (row) => row.eventId),
    timeline: groupedBy(
      (ids) =>
        db
          .select()
          .from(matterEvents)
          .where(and(inArray(matterEvents.matterId, ids), seesInternal(actor) ? undefined : eq(matterEvents.public, true)))
          .orderBy(asc(matterEvents.id)),
      (row) => row.matterId,
    ),
    assignments: groupedBy(
      (ids) => db.select().from(matterAssignments).where(inArray(matterAssignments.matterId, ids)).orderBy(asc(matterAssignments.id)),
      (row) => row.matterId,
    ),
    supervisions: groupedBy(
      (ids) => db.select().from(matterSupervisions).where(inArray(matterSupervisions.matterId, ids)).orderBy(asc(matterSupervisions.id)),
      (row) => row.matterId,
    ),
    extensions: groupedBy(
      (ids) => db.select().from(matterExtensions).where(inArray(matterExtensions.matterId, ids)).orderBy(asc(matterExtensions.id)),
      (row) => row.matterId,
    ),
    followUps: groupedBy(
      (ids) => db.select().from(followUps).where(inArray(followUps.matterId, ids)).orderBy(asc(followUps.id)),
      (row) => row.matterId,
    ),
    /** Display names of the people on timelines (names only, nothing else of the user). */
    userName: byId((ids) => db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, ids))),
    /** Working days from a due date (exclusive) to today (inclusive): one calendar read for the whole page. */
    workingDaysSince: new DataLoader<string, number>(async (days) => {
      const from = days.reduce((min, day) => (day < min ? day : min), today);
      const calendar = await loadCalendar(db, from, today);
      return days.map((day) => calendar.workingDaysBetween(day, today));
    }),
    today,
  };
}

export type CivicLoaders = ReturnType<typeof createCivicLoaders>;

export const civicLoaders = perRequest((ctx) => createCivicLoaders(ctx.db, actorOf(ctx), ctx.timezone));
