import { and, desc, eq, gte, inArray, lte } from "drizzle-orm";
import { civicMatters, matterAssignments, matterEvents } from "@cunwu/schema";
import { addDays, todayIn } from "../common/dates";
import { loadCalendar } from "../civic/calendar";
import { activeStatuses } from "../civic/assignment-actions";
import { matterLink } from "../notifications/civic-notices";
import { notify } from "../notifications/notify";
import { usersOfUnits } from "../notifications/recipients";
import { withJobLock } from "./job-lock";
import type { Job } from "./scheduler";

/** Working days ahead that count as 即将到期. */
export const dueSoonWorkingDays = 2;
/**
 * Calendar days back an overdue assignment is still looked at: each tick
 * reads only recent due dates, not every overdue assignment of the district
 * (each was told when it fell due; one that fell due while no scheduler ran
 * for longer than this is not told late).
 */
export const overdueLookbackDays = 14;

/**
 * Open assignments of matters in hand that are due within 2 working days
 * (即将到期) or past their due date (已逾期): their unit and whoever
 * assigned them are told, once per assignment and due date (an extension
 * makes a new due date, told again).
 */
export const dueAssignmentsJob: Job = {
  key: "due-assignments",
  run: ({ db, timezone, now }) =>
    withJobLock(db, "due-assignments", async (tx) => {
      const today = todayIn(timezone, now);
      const calendar = await loadCalendar(tx, today, addDays(today, 60));
      const soonUntil = calendar.addWorkingDays(today, dueSoonWorkingDays) ?? addDays(today, dueSoonWorkingDays);
      const open = await tx
        .select({ assignment: matterAssignments, code: civicMatters.code, title: civicMatters.title })
        .from(matterAssignments)
        .innerJoin(civicMatters, eq(civicMatters.id, matterAssignments.matterId))
        .where(
          and(
            inArray(matterAssignments.state, ["PENDING", "ACCEPTED"]),
            inArray(civicMatters.status, [...activeStatuses]),
            gte(matterAssignments.dueDate, addDays(today, -overdueLookbackDays)),
            lte(matterAssignments.dueDate, soonUntil),
          ),
        );
      if (!open.length) return { dueSoon: 0, overdue: 0 };
      // The assigner of each matter: the actor of its last 交办 or channel change.
      const assigners = await tx
        .selectDistinctOn([matterEvents.matterId], { matterId: matterEvents.matterId, actorId: matterEvents.actorId })
        .from(matterEvents)
        .where(and(inArray(matterEvents.matterId, [...new Set(open.map((o) => o.assignment.matterId))]), inArray(matterEvents.type, ["ASSIGNED", "CHANNEL_CHANGED"])))
        .orderBy(matterEvents.matterId, desc(matterEvents.id));
      const assignerOf = new Map(assigners.map((a) => [a.matterId, a.actorId]));
      let dueSoon = 0;
      let overdue = 0;
      for (const { assignment: a, code, title } of open) {
        const late = a.dueDate < today;
        const recipients = await usersOfUnits(tx, [a, { officialUserId: assignerOf.get(a.matterId) ?? null }]);
        const made = await notify(tx, recipients, {
          kind: late ? "ASSIGNMENT_OVERDUE" : "ASSIGNMENT_DUE_SOON",
          title: late ? "交办事项已逾期" : "交办事项即将到期",
          body: late ? `${code}「${title}」已于${a.dueDate}到期，尚未办结。` : `${code}「${title}」将于${a.dueDate}到期，请抓紧办理。`,
          link: matterLink(a.matterId),
          dedupeKey: `${late ? "overdue" : "due-soon"}:${a.id}:${a.dueDate}`,
        });
        if (late) overdue += made;
        else dueSoon += made;
      }
      return { dueSoon, overdue };
    }),
};

