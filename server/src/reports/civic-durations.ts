import { sql, type SQL } from "drizzle-orm";
import { calendarDays, civicMatters } from "@cunwu/schema";
import type { Tx } from "../db/database";
import { rowsOf } from "../db/rows";
import type { CivicChannel } from "../civic/civic-types";
import { channels, cohortCondition, cohortFirstDay, type CivicCohort } from "./civic-figures";

/**
 * civicReport's working-day figures, counted in SQL so a district's year
 * (tens of thousands of matters) comes back as a handful of rows rather than
 * one row per matter parsed and counted on the event loop.
 *
 * The rule is civic/calendar.ts's: a day works when the calendar says
 * WORKDAY, or it is Monday to Friday and not a HOLIDAY; working days in
 * (a, b] = n(b) − n(a), where n is a running count of working days over the
 * days from the earliest one asked about to the latest.
 */

/** `days(day, n)`: every day from `lo` to `hi` (SQL date expressions) and its running count of working days. */
const workingDayNumbers = (lo: SQL, hi: SQL) => sql`
  select d::date as day,
         sum(case ${calendarDays.kind} when 'WORKDAY' then 1 when 'HOLIDAY' then 0
             else case when extract(isodow from d) >= 6 then 0 else 1 end end) over (order by d) as n
  from generate_series(${lo}, ${hi}, interval '1 day') as d
  left join ${calendarDays} on ${calendarDays.date} = d::date`;

export interface ChannelMedian {
  channel: CivicChannel;
  resolved: number;
  medianWorkingDays: number | null;
}

/**
 * Per channel: the matters of `where` resolved at least once, and the median
 * working days from receipt to their first resolution (district days; the
 * mean of the two middle values for an even count). The first resolution is
 * kept on the matter (civic_matters.first_resolved_at, by a trigger on the
 * append-only timeline: migrations/0017), so the timeline is not read.
 *
 * A matter's district day is found without converting its instants: the
 * days' first instants and running counts are two arrays, and
 * `width_bucket` finds an instant's day among them (binary search), so the
 * district's year reads its ~19,000 matters index-only and looks each up
 * (psql: 72 → 34 ms). The days run from the period's first (or the first
 * matter's) to tomorrow or the period's end, whichever is later; a first
 * resolution later than that (a clock far ahead) counts as that last day.
 */
export async function medianDaysToResolve(cohort: CivicCohort, today: string): Promise<ChannelMedian[]> {
  const { tx, period, timezone } = cohort;
  const first = cohortFirstDay(cohort);
  const last = sql`greatest(${period.to ?? today}::date, ${today}::date + 1)`;
  const dayOf = (instant: SQL) => sql`(select ns from days)[width_bucket(${instant}, (select starts from days))]`;
  const result = await tx.execute(sql`
    with days as (
      select array_agg(day::timestamp at time zone ${timezone} order by day) as starts, array_agg(n order by day) as ns
      from (${workingDayNumbers(first, last)}) numbered)
    select ${civicMatters.channel} as channel, count(*)::int as resolved,
           percentile_cont(0.5) within group (order by ${dayOf(sql`${civicMatters.firstResolvedAt}`)} - ${dayOf(sql`${civicMatters.receivedAt}`)})::float8 as median
    from ${civicMatters}
    where ${civicMatters.firstResolvedAt} is not null and ${cohortCondition(cohort) ?? sql`true`}
    group by ${civicMatters.channel}`);
  const byChannel = new Map(rowsOf<{ channel: CivicChannel; resolved: number; median: number }>(result).map((row) => [row.channel, row]));
  return channels.map((channel) => {
    const row = byChannel.get(channel);
    return { channel, resolved: Number(row?.resolved ?? 0), medianWorkingDays: row ? Number(row.median) : null };
  });
}

/** How many matters of `where` are overdue by each number of working days (from their due date to today). */
export async function overdueAges(tx: Tx, where: SQL, today: string): Promise<{ age: number; matters: number }[]> {
  const result = await tx.execute(sql`
    with overdue as (select ${civicMatters.dueDate} as due from ${civicMatters} where ${where}),
    days as (${workingDayNumbers(sql`(select least(min(due), ${today}::date) from overdue)`, sql`${today}::date`)})
    select (select n from days where day = ${today}::date) - due_day.n as age, count(*)::int as matters
    from overdue join days due_day on due_day.day = overdue.due
    group by 1`);
  return rowsOf<{ age: number; matters: number }>(result).map((row) => ({ age: Number(row.age), matters: Number(row.matters) }));
}
