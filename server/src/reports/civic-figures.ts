import { and, eq, gt, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { civicChannelEnum, civicMatters, civicStatusEnum } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { ReportArea } from "../auth/report-area";
import type { Tx } from "../db/database";
import { matterScope } from "../civic/civic-scope";
import { resolvedStatuses, setAsideStatuses } from "../civic/matter-service";
import type { CivicChannel, CivicStatus } from "../civic/civic-types";
import { rowsOf } from "../db/rows";
import { dayEnd, dayStart, type Period } from "./period";
import { rate } from "./report-sql";

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
  const r = row ?? emptyCohortRow();
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
const emptyCohortRow = (): CohortRow => ({
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
});

/** The matters of one month received that share a channel, a status and every flag the figures count. */
interface CohortSlice {
  month: string;
  channel: CivicChannel | null;
  status: CivicStatus;
  on_time: boolean | null;
  followed_up: boolean;
  reworked: boolean;
  assigned: boolean;
  escalated: boolean;
  reached: boolean;
  satisfied: boolean;
  matters: number;
}


function addSlice(into: CohortRow, slice: CohortSlice) {
  const n = slice.matters;
  const resolved = (resolvedStatuses as readonly CivicStatus[]).includes(slice.status);
  into.received += n;
  // Rejected and merged matters were not the service's to resolve.
  if (!(setAsideStatuses as readonly CivicStatus[]).includes(slice.status)) into.countable += n;
  if (resolved) into.resolved += n;
  if (resolved && slice.on_time) into.onTime += n;
  if (resolved && slice.followed_up) into.followedUp += n;
  if (slice.reworked) into.reworked += n;
  if (resolved || slice.reworked) into.everResolved += n;
  if (slice.assigned) into.assigned += n;
  if (slice.escalated) into.escalated += n;
  if (slice.reached) into.reached += n;
  if (slice.satisfied) into.satisfied += n;
  if (slice.channel === null) into.unassigned += n;
  else into.channels[channels.indexOf(slice.channel)]! += n;
  into.statuses[statuses.indexOf(slice.status)]! += n;
}

/**
 * The first day of the period's first month and its last day, from the
 * matters themselves where the period is open (both ends are an index's
 * first and last entry).
 */
const periodEnds = ({ period, timezone }: CivicCohort) => ({
  first: period.from === null ? sql`((select min(${civicMatters.receivedAt}) from ${civicMatters}) at time zone ${timezone})::date` : sql`${period.from}::date`,
  last: period.to === null ? sql`((select max(${civicMatters.receivedAt}) from ${civicMatters}) at time zone ${timezone})::date` : sql`${period.to}::date`,
});
export const cohortFirstDay = (cohort: CivicCohort) => periodEnds(cohort).first;

/**
 * Every counted civic figure, per month received ("YYYY-MM") and for the
 * period (key null). One statement groups the cohort by month, channel,
 * status and the flags the figures count (a district's year: ~25,000
 * matters into ~700 slices); the figures are the slices added up here.
 * A matter's month is found without converting its instant: the months'
 * first instants are an array, and `width_bucket` finds it among them
 * (the district's year in psql: 77 → ~30 ms, against a converted month per
 * matter and twenty filtered counts under GROUPING SETS).
 */
export async function civicFigures(cohort: CivicCohort): Promise<Map<string | null, CivicCounts>> {
  const { tx, timezone } = cohort;
  const { first, last } = periodEnds(cohort);
  const resolvedNow = inArray(civicMatters.status, [...resolvedStatuses]);
  const slices = rowsOf<CohortSlice>(
    await tx.execute(sql`
      with months as (
        select array_agg(m::timestamp at time zone ${timezone} order by m) as starts, array_agg(to_char(m, 'YYYY-MM') order by m) as labels
        from generate_series(date_trunc('month', ${first}::timestamp), ${last}::timestamp, interval '1 month') as m)
      select (select labels from months)[bucket] as month, channel, status, on_time, followed_up, reworked, assigned, escalated, reached, satisfied, matters
      from (
        select width_bucket(${civicMatters.receivedAt}, (select starts from months)) as bucket,
               ${civicMatters.channel} as channel, ${civicMatters.status} as status,
               ${resolvedNow} and ${civicMatters.resolvedAt} < (${civicMatters.dueDate} + 1)::timestamp at time zone ${timezone} as on_time,
               -- The three "ever" flags are kept on the matter by triggers (migrations/0016),
               -- the latest reached follow-up's answer too (migrations/0017).
               ${civicMatters.hasFollowUp} as followed_up, ${gt(civicMatters.reworkCount, 0)} as reworked,
               ${civicMatters.hasAssignment} as assigned, ${civicMatters.wasEscalated} as escalated,
               ${civicMatters.residentReached} as reached,
               coalesce(${inArray(civicMatters.residentSatisfaction, ["SATISFIED", "BASICALLY"])}, false) as satisfied,
               count(*)::int as matters
        from ${civicMatters}
        where ${cohortCondition(cohort) ?? sql`true`}
        group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10) sliced`),
  );
  const rows = new Map<string | null, CohortRow>([[null, emptyCohortRow()]]);
  for (const slice of slices) {
    slice.matters = Number(slice.matters);
    addSlice(rows.get(null)!, slice);
    if (!rows.has(slice.month)) rows.set(slice.month, emptyCohortRow());
    addSlice(rows.get(slice.month)!, slice);
  }
  return new Map([...rows].map(([key, row]) => [key, civicCounts(row)]));
}
