import { and, count, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import { civicMatters, departments, matterAssignments, matterSupervisions, users } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import { reportArea } from "../auth/report-area";
import type { Db } from "../db/database";
import { todayIn } from "../common/dates";
import { Checks, parseId } from "../common/validate";
import { overdueCondition, supervisionOverdueCondition } from "../civic/matter-service";
import { activeStatuses } from "../civic/assignment-actions";
import type { CivicReportFilter } from "./civic-report-types";
import { civicCounts, civicFigures, cohortCondition, type CivicCohort } from "./civic-figures";
import { checkPeriod, monthsOf } from "./period";
import { countWhere, total } from "./report-sql";
import { medianDaysToResolve, overdueAges } from "./civic-durations";

/**
 * The civic service's figures (civicReport) over the matters RECEIVED in the
 * period (district days) and area, optionally of one category and channel.
 * The counted figures and their months come from civic-figures.ts (shared
 * with districtReport); the working-day figures (median days to resolve,
 * overdue age) are counted in SQL (civic-durations.ts). A report costs a
 * fixed handful of statements.
 */

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
      const months = monthsOf(period, today, seen).map((m) => ({ ...m, ...(figures.get(m.month) ?? civicCounts(undefined)) }));

      const medians = await medianDaysToResolve(cohort, today);
      const ages = await overdueAges(tx, and(where, overdueCondition(today))!, today);

      const open = and(inArray(matterAssignments.state, ["PENDING", "ACCEPTED"]), inArray(civicMatters.status, [...activeStatuses]));
      const openAssignment = and(where, open);
      // A co-unit's part the matter was resolved without (DESIGN.md 联办): it counts against the unit.
      const unreported = and(
        eq(matterAssignments.role, "CO_UNIT"),
        inArray(matterAssignments.state, ["PENDING", "ACCEPTED"]),
        inArray(civicMatters.status, ["RESOLVED", "CLOSED"]),
      );
      // A unit's overdue 督办: those of the matters it holds the open lead assignment of.
      const supervisionsOverdue = total(
        sql`sum(case when ${inArray(matterAssignments.role, ["LEAD_UNIT", "LEAD_OFFICIAL"])} then (select count(*) from ${matterSupervisions}
          where ${matterSupervisions.matterId} = ${civicMatters.id} and ${supervisionOverdueCondition(today)}) else 0 end)`,
      );
      const [supervisionRow] = await tx
        .select({ overdue: count() })
        .from(matterSupervisions)
        .innerJoin(civicMatters, eq(civicMatters.id, matterSupervisions.matterId))
        .where(and(where, supervisionOverdueCondition(today)));
      const officialRows = await tx
        .select({
          userId: users.id,
          name: users.displayName,
          open: count(),
          overdue: countWhere(lt(matterAssignments.dueDate, today)),
          supervisionsOverdue,
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
          open: countWhere(open!),
          overdue: countWhere(and(open, lt(matterAssignments.dueDate, today))!),
          supervisionsOverdue: total(
            sql`sum(case when ${and(open, inArray(matterAssignments.role, ["LEAD_UNIT", "LEAD_OFFICIAL"]))} then (select count(*) from ${matterSupervisions}
              where ${matterSupervisions.matterId} = ${civicMatters.id} and ${supervisionOverdueCondition(today)}) else 0 end)`,
          ),
          partsUnreported: countWhere(unreported!),
        })
        .from(matterAssignments)
        .innerJoin(civicMatters, eq(civicMatters.id, matterAssignments.matterId))
        .innerJoin(departments, eq(departments.id, matterAssignments.departmentId))
        .where(and(where, or(open, unreported)))
        .groupBy(departments.id, departments.name)
        .orderBy(desc(countWhere(open!)), departments.id);

      const buckets = overdueBuckets.map((b) => ({
        ...b,
        count: ages.filter(({ age }) => bucketOf(age) === b).reduce((sum, { matters }) => sum + matters, 0),
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
        medianDaysToResolve: medians,
        overdue: ages.reduce((sum, { matters }) => sum + matters, 0),
        overdueBuckets: buckets,
        supervisionsOverdue: supervisionRow?.overdue ?? 0,
        officialWorkload: officialRows,
        departmentWorkload: departmentRows,
      };
    },
    { accessMode: "read only", isolationLevel: "repeatable read" },
  );
}
