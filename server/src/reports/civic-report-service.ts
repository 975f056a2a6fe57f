import { and, count, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { civicMatters, departments, matterAssignments, matterEvents, users } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import { reportArea } from "../auth/report-area";
import type { Db } from "../db/database";
import { todayIn } from "../common/dates";
import { Checks, parseId } from "../common/validate";
import { loadCalendar } from "../civic/calendar";
import { overdueCondition } from "../civic/matter-service";
import type { CivicReportFilter } from "./civic-report-types";
import { channels, civicCounts, civicFigures, cohortCondition, type CivicCohort } from "./civic-figures";
import { checkPeriod, monthsOf } from "./period";
import { countWhere } from "./report-sql";

/**
 * The civic service's figures (civicReport) over the matters RECEIVED in the
 * period (district days) and area, optionally of one category and channel.
 * The counted figures and their months come from civic-figures.ts (shared
 * with districtReport); the working-day figures (median days to resolve,
 * overdue age) are counted in TypeScript over one calendar read. A report
 * costs a fixed handful of statements.
 */

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Overdue age buckets in working days; a matter overdue only over a weekend (0 working days) counts in the first. */
export const overdueBuckets = [
  { label: "1-5", minDays: 1, maxDays: 5 },
  { label: "6-10", minDays: 6, maxDays: 10 },
  { label: "11-20", minDays: 11, maxDays: 20 },
  { label: ">20", minDays: 21, maxDays: null },
] as const;

export function bucketOf(age: number) {
  return overdueBuckets.find((b) => b.maxDays === null || age <= b.maxDays)!;
}

export async function civicReport(db: Db, actor: Actor, timezone: string, filter: CivicReportFilter | null | undefined) {
  const checks = new Checks();
  const period = checkPeriod(checks, filter?.from, filter?.to);
  checks.throwIfAny();
  const categoryId = filter?.categoryId ? parseId(filter.categoryId, "CivicCategory", "categoryId") : null;
  const channel = filter?.channel ?? null;
  const today = todayIn(timezone);

  // One snapshot, so the figures agree with each other.
  return db.transaction(
    async (tx) => {
      const area = await reportArea(tx, actor, filter);
      const cohort: CivicCohort = {
        tx,
        actor,
        area,
        period,
        timezone,
        narrowing: and(
          categoryId === null ? undefined : eq(civicMatters.categoryId, categoryId),
          channel === null ? undefined : eq(civicMatters.channel, channel),
        ),
      };
      const where = cohortCondition(cohort);
      const figures = await civicFigures(cohort);
      const seen = [...figures.keys()].filter((month): month is string => month !== null);
      const months = monthsOf(period, today, seen).map((m) => ({ ...m, ...(figures.get(m.month) ?? civicCounts(undefined, undefined)) }));

      // Receipt and first resolution (district days) of every matter resolved at least once.
      const resolutions = await tx
        .select({
          channel: civicMatters.channel,
          receivedDay: sql<string>`to_char(${civicMatters.receivedAt} at time zone ${timezone}, 'YYYY-MM-DD')`,
          resolvedDay: sql<string>`to_char(min(${matterEvents.at}) at time zone ${timezone}, 'YYYY-MM-DD')`,
        })
        .from(civicMatters)
        .innerJoin(matterEvents, and(eq(matterEvents.matterId, civicMatters.id), eq(matterEvents.type, "RESOLVED")))
        .where(where)
        .groupBy(civicMatters.id);

      const overdueRows = await tx
        .select({ dueDate: civicMatters.dueDate })
        .from(civicMatters)
        .where(and(where, overdueCondition(today)));

      const openAssignment = and(where, inArray(matterAssignments.state, ["PENDING", "ACCEPTED"]));
      const officialRows = await tx
        .select({
          userId: users.id,
          name: users.displayName,
          open: count(),
          overdue: countWhere(lt(matterAssignments.dueDate, today)),
        })
        .from(matterAssignments)
        .innerJoin(civicMatters, eq(civicMatters.id, matterAssignments.matterId))
        .innerJoin(users, eq(users.id, matterAssignments.officialUserId))
        .where(openAssignment)
        .groupBy(users.id, users.displayName)
        .orderBy(desc(count()), users.id);
      const departmentRows = await tx
        .select({
          departmentId: departments.id,
          name: departments.name,
          open: count(),
          overdue: countWhere(lt(matterAssignments.dueDate, today)),
        })
        .from(matterAssignments)
        .innerJoin(civicMatters, eq(civicMatters.id, matterAssignments.matterId))
        .innerJoin(departments, eq(departments.id, matterAssignments.departmentId))
        .where(openAssignment)
        .groupBy(departments.id, departments.name)
        .orderBy(desc(count()), departments.id);

      // Working days, over one read of the calendar.
      const earliest = [...resolutions.map((r) => r.receivedDay), ...overdueRows.map((r) => r.dueDate!)].reduce(
        (min, day) => (day < min ? day : min),
        today,
      );
      const calendar = await loadCalendar(tx, earliest, today);
      const medianDaysToResolve = channels.map((c) => {
        const days = resolutions.filter((r) => r.channel === c).map((r) => calendar.workingDaysBetween(r.receivedDay, r.resolvedDay));
        return { channel: c, resolved: days.length, medianWorkingDays: median(days) };
      });
      const ages = overdueRows.map((r) => calendar.workingDaysBetween(r.dueDate!, today));
      const buckets = overdueBuckets.map((b) => ({
        ...b,
        count: ages.filter((age) => bucketOf(age) === b).length,
      }));

      return {
        from: period.from,
        to: period.to,
        townshipId: area.townshipId,
        villageId: area.villageId,
        categoryId,
        channel,
        ...figures.get(null)!,
        months,
        medianDaysToResolve,
        overdue: overdueRows.length,
        overdueBuckets: buckets,
        officialWorkload: officialRows,
        departmentWorkload: departmentRows,
      };
    },
    { accessMode: "read only", isolationLevel: "repeatable read" },
  );
}
