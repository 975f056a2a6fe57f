import { and, count, eq, gt, gte, inArray, lt, notInArray, or, sql, type SQL } from "drizzle-orm";
import { civicChannelEnum, civicMatters, civicStatusEnum } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { ReportArea } from "../auth/report-area";
import type { Tx } from "../db/database";
import { matterScope } from "../civic/civic-scope";
import type { CivicChannel, CivicStatus } from "../civic/civic-types";
import { dayEnd, dayStart, monthOfInstant, type Period } from "./period";
import { countWhere, int, rate } from "./report-sql";

/**
 * The civic service's counted figures, over the matters RECEIVED in the
 * period (district days) and area that the caller sees, by the month they
 * were received and for the whole period (one statement each, GROUPING
 * SETS). civicReport and districtReport both read them from here.
 */

export interface CivicCohort {
  tx: Tx;
  actor: Actor;
  area: ReportArea;
  period: Period;
  timezone: string;
  /** civicReport's own narrowing (category, channel). */
  narrowing?: SQL | undefined;
}

export const channels = civicChannelEnum.enumValues as readonly CivicChannel[];
export const statuses = civicStatusEnum.enumValues as readonly CivicStatus[];

/** The cohort: matters received in the period, in the area, that the caller sees (civic-scope.ts). */
export function cohortCondition({ actor, area, period, timezone, narrowing }: CivicCohort): SQL | undefined {
  return and(
    period.from ? gte(civicMatters.receivedAt, dayStart(period.from, timezone)) : undefined,
    period.to ? lt(civicMatters.receivedAt, dayEnd(period.to, timezone)) : undefined,
    area.townshipId === null ? undefined : eq(civicMatters.townshipId, area.townshipId),
    area.villageId === null ? undefined : eq(civicMatters.villageId, area.villageId),
    narrowing,
    matterScope(actor),
  );
}

/** The counts one slice (a month, or the period) states. */
export function civicCounts(row: CohortRow | undefined) {
  const r = row ?? emptyCohortRow;
  return {
    received: r.received,
    byChannel: [
      ...channels.map((channel, i) => ({ channel: channel as CivicChannel | null, count: r.channels[i]! })),
      { channel: null, count: r.unassigned },
    ],
    byStatus: statuses.map((status, i) => ({ status, count: r.statuses[i]! })),
    resolutionRate: rate(r.resolved, r.countable),
    onTimeRate: rate(r.onTime, r.resolved),
    followUpRate: rate(r.followedUp, r.resolved),
    satisfactionRate: rate(r.satisfied, r.reached),
    reworkRate: rate(r.reworked, r.everResolved),
    escalationRate: rate(r.escalated, r.assigned),
  };
}
export type CivicCounts = ReturnType<typeof civicCounts>;

interface CohortRow {
  received: number;
  countable: number;
  resolved: number;
  onTime: number;
  followedUp: number;
  reworked: number;
  everResolved: number;
  assigned: number;
  escalated: number;
  reached: number;
  satisfied: number;
  unassigned: number;
  channels: number[];
  statuses: number[];
}
const emptyCohortRow: CohortRow = {
  received: 0,
  countable: 0,
  resolved: 0,
  onTime: 0,
  followedUp: 0,
  reworked: 0,
  everResolved: 0,
  assigned: 0,
  escalated: 0,
  reached: 0,
  satisfied: 0,
  unassigned: 0,
  channels: channels.map(() => 0),
  statuses: statuses.map(() => 0),
};

/** Every counted civic figure, per month received ("YYYY-MM") and for the period (key null). */
export async function civicFigures(cohort: CivicCohort): Promise<Map<string | null, CivicCounts>> {
  const { tx, timezone } = cohort;
  const where = cohortCondition(cohort);
  const resolvedNow = inArray(civicMatters.status, ["RESOLVED", "CLOSED"]);
  const flags = tx
    .select({
      month: monthOfInstant(civicMatters.receivedAt, timezone).as("month"),
      channel: civicMatters.channel,
      status: civicMatters.status,
      countable: sql<boolean>`${notInArray(civicMatters.status, ["REJECTED", "MERGED"])}`.as("countable"),
      resolved: sql<boolean>`${resolvedNow}`.as("resolved"),
      onTime: sql<boolean>`${and(resolvedNow, sql`(${civicMatters.resolvedAt} at time zone ${timezone})::date <= ${civicMatters.dueDate}`)}`.as("on_time"),
      // The three "ever" flags are kept on the matter by triggers (migrations/0016).
      followedUp: sql<boolean>`${and(resolvedNow, civicMatters.hasFollowUp)}`.as("followed_up"),
      reworked: sql<boolean>`${gt(civicMatters.reworkCount, 0)}`.as("reworked"),
      everResolved: sql<boolean>`${or(resolvedNow, gt(civicMatters.reworkCount, 0))}`.as("ever_resolved"),
      assigned: sql<boolean>`${civicMatters.hasAssignment}`.as("assigned"),
      escalated: sql<boolean>`${civicMatters.wasEscalated}`.as("escalated"),
      // The latest follow-up that reached the resident, kept on the matter (migrations/0017).
      reached: sql<boolean>`${civicMatters.residentReached}`.as("reached"),
      satisfied: sql<boolean>`${inArray(civicMatters.residentSatisfaction, ["SATISFIED", "BASICALLY"])}`.as("satisfied"),
    })
    .from(civicMatters)
    .where(where)
    .as("cohort");
  const flagged = (flag: SQL.Aliased<boolean>) => countWhere(sql`${flag}`);
  const rows = await tx
    .select({
      month: flags.month,
      set: sql<number>`grouping(${flags.month})`.mapWith(Number),
      received: count(),
      countable: flagged(flags.countable),
      resolved: flagged(flags.resolved),
      onTime: flagged(flags.onTime),
      followedUp: flagged(flags.followedUp),
      reworked: flagged(flags.reworked),
      everResolved: flagged(flags.everResolved),
      assigned: flagged(flags.assigned),
      escalated: flagged(flags.escalated),
      reached: flagged(flags.reached),
      satisfied: flagged(flags.satisfied),
      unassigned: int(sql`count(*) filter (where ${flags.channel} is null)`),
      ...Object.fromEntries(channels.map((c) => [`channel_${c}`, countWhere(sql`${flags.channel} = ${c}`)])),
      ...Object.fromEntries(statuses.map((s) => [`status_${s}`, countWhere(sql`${flags.status} = ${s}`)])),
    })
    .from(flags)
    .groupBy(sql`grouping sets ((${flags.month}), ())`);

  const keyOf = (row: { month: string | null; set: number }) => (row.set === 1 ? null : row.month);
  const out = new Map<string | null, CivicCounts>();
  for (const row of rows) {
    const byKey = row as unknown as Record<string, number>;
    const counts = { ...row, channels: channels.map((c) => byKey[`channel_${c}`]!), statuses: statuses.map((s) => byKey[`status_${s}`]!) };
    out.set(keyOf(row), civicCounts(counts));
  }
  // GROUPING SETS yields the period's `()` row even over no matters.
  return out;
}
