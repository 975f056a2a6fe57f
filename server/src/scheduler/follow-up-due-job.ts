import { and, eq, gte } from "drizzle-orm";
import { civicMatters } from "@cunwu/schema";
import { todayIn } from "../common/dates";
import { loadCalendar } from "../civic/calendar";
import { matterLink } from "../notifications/civic-notices";
import { notify } from "../notifications/notify";
import { usersOfUnits } from "../notifications/recipients";
import { withJobLock } from "./job-lock";
import type { Job } from "./scheduler";

/** Working days after 办结 by which the 回访 is due. */
export const followUpAfterWorkingDays = 2;
/** Calendar days back a resolution is looked at: each tick reads recent ones only (see overdueLookbackDays). */
export const followUpLookbackDays = 30;

/**
 * Matters resolved at least 2 working days ago and still waiting for their
 * follow-up visit (回访): the township's staff are told, once per matter and
 * resolution (a reworked matter resolved again is told again).
 */
export const followUpDueJob: Job = {
  key: "follow-up-due",
  run: ({ db, timezone, now }) =>
    withJobLock(db, "follow-up-due", async (tx) => {
      const today = todayIn(timezone, now);
      const waiting = await tx
        .select({ id: civicMatters.id, code: civicMatters.code, title: civicMatters.title, townshipId: civicMatters.townshipId, resolvedAt: civicMatters.resolvedAt, reworkCount: civicMatters.reworkCount })
        .from(civicMatters)
        .where(and(eq(civicMatters.status, "RESOLVED"), gte(civicMatters.resolvedAt, new Date(now.getTime() - followUpLookbackDays * 86_400_000))));
      if (!waiting.length) return { followUpDue: 0 };
      const resolvedDay = (m: (typeof waiting)[number]) => todayIn(timezone, m.resolvedAt ?? now);
      const earliest = waiting.map(resolvedDay).reduce((a, b) => (a < b ? a : b));
      const calendar = await loadCalendar(tx, earliest, today);
      let followUpDue = 0;
      for (const m of waiting) {
        if (calendar.workingDaysBetween(resolvedDay(m), today) < followUpAfterWorkingDays) continue;
        followUpDue += await notify(tx, await usersOfUnits(tx, [{ townshipId: m.townshipId }]), {
          kind: "FOLLOW_UP_DUE",
          title: "事项待回访",
          body: `${m.code}「${m.title}」已办结${followUpAfterWorkingDays}个工作日以上，请安排回访。`,
          link: matterLink(m.id),
          dedupeKey: `follow-up:${m.id}:${m.reworkCount}`,
        });
      }
      return { followUpDue };
    }),
};
