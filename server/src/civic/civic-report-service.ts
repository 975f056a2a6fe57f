import { and, count, desc, eq, gt, gte, inArray, lt, notInArray, or, sql, type SQL } from "drizzle-orm";
import {
  civicChannelEnum,
  civicMatters,
  civicStatusEnum,
  departments,
  followUps,
  matterAssignments,
  matterEvents,
  matterSupervisions,
  users,
} from "@cunwu/schema";
import type { Actor } from "../request/actor";
import { reportArea } from "../auth/report-area";
import type { Db } from "../db/database";
import { todayIn } from "../common/dates";
import { Checks, parseId } from "../common/validate";
import { loadCalendar } from "./calendar";
import { overdueCondition } from "./matter-service";
import type { CivicChannel, CivicReportFilter, CivicStatus } from "./civic-types";
import { matterScope } from "./civic-scope";

/**
 * The civic service's figures (civicReport) over the matters RECEIVED in the
 * period (district days) and area, optionally of one category and channel.
 * Counts and rates come from SQL aggregates; the working-day figures (median
 * days to resolve, overdue age) are counted in TypeScript over one calendar
 * read. A report costs a fixed handful of statements.
 */



const rate = (numerator: number, denominator: number) => ({ numerator, denominator, rate: denominator === 0 ? 0 : numerator / denominator });
const countWhere = (condition: SQL | undefined) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

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
  const from = filter?.from ?? null;
  const to = filter?.to ?? null;
  if (from && to && from > to) checks.fail("from", "INVALID");
  checks.throwIfAny();
  const categoryId = filter?.categoryId ? parseId(filter.categoryId, "CivicCategory", "categoryId") : null;
  const channel = filter?.channel ?? null;
  const today = todayIn(timezone);

  // One snapshot, so the figures agree with each other.
  return db.transaction(
    async (tx) => {
      const area = await reportArea(tx, actor, filter);
      const where = and(
        from ? gte(civicMatters.receivedAt, sql`(${from}::date)::timestamp at time zone ${timezone}`) : undefined,
        to ? lt(civicMatters.receivedAt, sql`(${to}::date + 1)::timestamp at time zone ${timezone}`) : undefined,
        area.townshipId === null ? undefined : eq(civicMatters.townshipId, area.townshipId),
        area.villageId === null ? undefined : eq(civicMatters.villageId, area.villageId),
        categoryId === null ? undefined : eq(civicMatters.categoryId, categoryId),
        channel === null ? undefined : eq(civicMatters.channel, channel),
        // Only matters the caller sees (civic-scope.ts): for a department, those assigned to it or led by its staff.
        matterScope(actor),
      );
      const resolvedNow = inArray(civicMatters.status, ["RESOLVED", "CLOSED"]);

      const [totals] = await tx
        .select({
          received: sql<number>`count(*)`.mapWith(Number),
          countable: countWhere(notInArray(civicMatters.status, ["REJECTED", "MERGED"])),
          resolved: countWhere(resolvedNow),
          onTime: countWhere(and(resolvedNow, sql`(${civicMatters.resolvedAt} at time zone ${timezone})::date <= ${civicMatters.dueDate}`)),
          followedUp: countWhere(and(resolvedNow, sql`exists (select 1 from ${followUps} where ${followUps.matterId} = ${civicMatters.id})`)),
          reworked: countWhere(gt(civicMatters.reworkCount, 0)),
          everResolved: countWhere(or(resolvedNow, gt(civicMatters.reworkCount, 0))),
          assigned: countWhere(sql`exists (select 1 from ${matterAssignments} where ${matterAssignments.matterId} = ${civicMatters.id})`),
          escalated: countWhere(
            sql`exists (select 1 from ${matterSupervisions} where ${matterSupervisions.matterId} = ${civicMatters.id} and ${matterSupervisions.level} = 'ESCALATED')`,
          ),
        })
        .from(civicMatters)
        .where(where);

      const channelRows = await tx
        .select({ channel: civicMatters.channel, count: count() })
        .from(civicMatters)
        .where(where)
        .groupBy(civicMatters.channel);
      const statusRows = await tx
        .select({ status: civicMatters.status, count: count() })
        .from(civicMatters)
        .where(where)
        .groupBy(civicMatters.status);

      // The latest reached follow-up of each matter.
      const latest = await tx
        .selectDistinctOn([followUps.matterId], { satisfaction: followUps.satisfaction })
        .from(followUps)
        .innerJoin(civicMatters, eq(civicMatters.id, followUps.matterId))
        .where(and(where, eq(followUps.reached, true)))
        .orderBy(followUps.matterId, desc(followUps.createdAt), desc(followUps.id));
      const satisfied = latest.filter((f) => f.satisfaction === "SATISFIED" || f.satisfaction === "BASICALLY").length;

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
      const medianDaysToResolve = (civicChannelEnum.enumValues as readonly CivicChannel[]).map((c) => {
        const days = resolutions.filter((r) => r.channel === c).map((r) => calendar.workingDaysBetween(r.receivedDay, r.resolvedDay));
        return { channel: c, resolved: days.length, medianWorkingDays: median(days) };
      });
      const ages = overdueRows.map((r) => calendar.workingDaysBetween(r.dueDate!, today));
      const buckets = overdueBuckets.map((b) => ({
        ...b,
        count: ages.filter((age) => bucketOf(age) === b).length,
      }));

      const t = totals!;
      return {
        from,
        to,
        townshipId: area.townshipId,
        villageId: area.villageId,
        categoryId,
        channel,
        received: t.received,
        byChannel: [
          ...(civicChannelEnum.enumValues as readonly CivicChannel[]).map((c) => ({
            channel: c as CivicChannel | null,
            count: channelRows.find((r) => r.channel === c)?.count ?? 0,
          })),
          { channel: null, count: channelRows.find((r) => r.channel === null)?.count ?? 0 },
        ],
        byStatus: (civicStatusEnum.enumValues as readonly CivicStatus[]).map((s) => ({
          status: s,
          count: statusRows.find((r) => r.status === s)?.count ?? 0,
        })),
        resolutionRate: rate(t.resolved, t.countable),
        onTimeRate: rate(t.onTime, t.resolved),
        followUpRate: rate(t.followedUp, t.resolved),
        satisfactionRate: rate(satisfied, latest.length),
        reworkRate: rate(t.reworked, t.everResolved),
        escalationRate: rate(t.escalated, t.assigned),
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
