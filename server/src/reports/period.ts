import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Checks } from "../common/validate";

/**
 * The period of a report, in district days, both bounds inclusive (either
 * may be open), and the months it is cut into. Every report dates its
 * records with these few expressions, so a month means the same everywhere.
 */
export interface Period {
  from: string | null;
  to: string | null;
}

export function checkPeriod(checks: Checks, from: string | null | undefined, to: string | null | undefined): Period {
  if (from && to && from > to) checks.fail("from", "INVALID");
  return { from: from ?? null, to: to ?? null };
}

/** The instant a district day begins (its midnight in the district's time zone). */
export const dayStart = (day: string, timezone: string) => sql`(${day}::date)::timestamp at time zone ${timezone}`;
/** The instant after a district day ends. */
export const dayEnd = (day: string, timezone: string) => sql`(${day}::date + 1)::timestamp at time zone ${timezone}`;

/** "YYYY-MM" of a date column (deed dates, event dates). */
export const monthOfDate = (column: AnyColumn): SQL<string> => sql<string>`to_char(${column}, 'YYYY-MM')`;
/** The months a series may hold: those of the years districtReport accepts. */
export const firstMonth = "2000-01";
export const lastMonth = "2100-12";

export interface MonthPeriod {
  /** "YYYY-MM" */
  month: string;
  /** Its first day inside the period. */
  from: string;
  /** Its last day inside the period. */
  to: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
/** The last day ("YYYY-MM-DD") of a month ("YYYY-MM"). */
export const lastDayOf = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${month}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
};
const nextMonth = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
};

/**
 * The calendar months of a period, each cut to the period's days. An open
 * start begins at the first month with any record (`seen`), an open end at
 * the current month; months outside 2000–2100 are left out. Empty when the
 * start is open and nothing was seen.
 */
export function monthsOf(period: Period, today: string, seen: Iterable<string>): MonthPeriod[] {
  let first = period.from?.slice(0, 7) ?? null;
  if (first === null) for (const month of seen) if (first === null || month < first) first = month;
  if (first === null) return [];
  if (first < firstMonth) first = firstMonth;
  let last = (period.to ?? today).slice(0, 7);
  if (last > lastMonth) last = lastMonth;
  const months: MonthPeriod[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) {
    const start = `${month}-01`;
    const end = lastDayOf(month);
    months.push({
      month,
      from: period.from && period.from > start ? period.from : start,
      to: period.to && period.to < end ? period.to : end,
    });
  }
  return months;
}

/** The twelve months of a year, January first. */
export const monthsOfYear = (year: number): string[] => Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`);

const previousMonth = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
};

/**
 * A period cut for monthly sums: the whole calendar months it covers (a
 * null bound is open), or none, and the days left over at either end, to be
 * read day by day. Together they cover the period exactly once.
 */
export interface MonthCut {
  /** The whole months, "YYYY-MM" bounds (null: open); null when the period covers no whole month. */
  wholeMonths: { from: string | null; to: string | null } | null;
  /** Day ranges (inclusive, null: open) outside the whole months. */
  days: { from: string | null; to: string | null }[];
}

export function cutIntoMonths(period: Period): MonthCut {
  const fromMonth = period.from?.slice(0, 7) ?? null;
  const toMonth = period.to?.slice(0, 7) ?? null;
  const startsOnFirst = period.from === null || period.from.endsWith("-01");
  const endsOnLast = period.to === null || period.to === lastDayOf(toMonth!);
  const wholeFrom = fromMonth === null ? null : startsOnFirst ? fromMonth : nextMonth(fromMonth);
  const wholeTo = toMonth === null ? null : endsOnLast ? toMonth : previousMonth(toMonth);
  if (wholeFrom !== null && wholeTo !== null && wholeFrom > wholeTo) return { wholeMonths: null, days: [{ from: period.from, to: period.to }] };
  const days: MonthCut["days"] = [];
  if (!startsOnFirst) days.push({ from: period.from, to: lastDayOf(fromMonth!) });
  if (!endsOnLast) days.push({ from: `${toMonth}-01`, to: period.to });
  return { wholeMonths: { from: wholeFrom, to: wholeTo }, days };
}
