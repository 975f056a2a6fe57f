import { and, eq } from "drizzle-orm";
import { civicMatters } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import { reportArea } from "../auth/report-area";
import type { Db, Tx } from "../db/database";
import { inLanes, readInOneSnapshot } from "../db/read-lanes";
import { todayIn } from "../common/dates";
import { Checks, parseId } from "../common/validate";
import { overdueCondition } from "../civic/matter-service";
import type { CivicReportFilter } from "./civic-report-types";
import { civicCounts, civicFigures, cohortCondition, type CivicCohort } from "./civic-figures";
import { checkPeriod, monthsOf } from "./period";
import { medianDaysToResolve, overdueAges } from "./civic-durations";
import { departmentWorkload, officialWorkload, supervisionsOverdue } from "./civic-workloads";

/**
 * The civic service's figures (civicReport) over the matters RECEIVED in the
 * period (district days) and area, optionally of one category and channel.
 * The counted figures and their months come from civic-figures.ts (shared
 * with districtReport); the working-day figures (median days to resolve,
 * overdue age) are counted in SQL (civic-durations.ts), the workloads too
 * (civic-workloads.ts). A report costs a fixed handful of statements, side
 * by side on `lanes` connections where the database allows
 * (db/read-lanes.ts).
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

export async function civicReport(db: Db, actor: Actor, timezone: string, filter: CivicReportFilter | null | undefined, lanes = 1) {
  const checks = new Checks();
  const period = checkPeriod(checks, filter?.from, filter?.to);
  checks.throwIfAny();
  const categoryId = filter?.categoryId ? parseId(filter.categoryId, "CivicCategory", "categoryId") : null;
  const channel = filter?.channel ?? null;
  const today = todayIn(timezone);

  // One snapshot, so the figures agree with each other; its statements side by side where they can be.
  return readInOneSnapshot(db, lanes, async (txs) => {
    const area = await reportArea(txs[0]!, actor, filter);
    const cohortOn = (tx: Tx): CivicCohort => ({
      tx,
      actor,
      area,
      period,
      timezone,
      narrowing: and(
        categoryId === null ? undefined : eq(civicMatters.categoryId, categoryId),
        channel === null ? undefined : eq(civicMatters.channel, channel),
      ),
    });
    const where = cohortCondition(cohortOn(txs[0]!));
    const [figures, departmentRows, medians, officialRows, supervisionCount, ages] = await inLanes(txs, [
      (tx) => civicFigures(cohortOn(tx)),
      (tx) => departmentWorkload(tx, where, today),
      (tx) => medianDaysToResolve(cohortOn(tx), today),
      (tx) => officialWorkload(tx, where, today),
      (tx) => supervisionsOverdue(tx, where, today),
      (tx) => overdueAges(tx, and(where, overdueCondition(today))!, today),
    ]);
    const seen = [...figures.keys()].filter((month): month is string => month !== null);
    const months = monthsOf(period, today, seen).map((m) => ({ ...m, ...(figures.get(m.month) ?? civicCounts(undefined)) }));

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
      supervisionsOverdue: supervisionCount,
      officialWorkload: officialRows,
      departmentWorkload: departmentRows,
    };
  });
}
