import { and, asc, count, eq, gte, lt, lte, sql, type SQL } from "drizzle-orm";
import { exchangeEvents, households, ledgerMonthSums, pointEntries, redeemerYears, redemptions, townships, villages } from "@cunwu/schema";
import type { ReportArea } from "../auth/report-area";
import type { Tx } from "../db/database";
import { cutIntoMonths, dayEnd, dayStart, monthOfDate, type Period } from "./period";
import { unionAll } from "drizzle-orm/pg-core";
import type { EntryKind } from "../points/ledger";
import { areaCondition, bySlices, inAreaVillages, sliced, total, type Sliced } from "./report-sql";
import { rowsOf } from "../db/rows";

/**
 * The points supermarket's figures, each one statement that gives every
 * village, every month and the area's total (report-sql.ts `bySlices`).
 * pointsReport and districtReport both read them from here; definitions.ts
 * says in words what each counts.
 */

export interface ReportScope {
  tx: Tx;
  area: ReportArea;
  period: Period;
  timezone: string;
  today: string;
}

export interface LedgerSums {
  pointsAwarded: number;
  pointsDeducted: number;
  pointsRedeemed: number;
  pointsRefunded: number;
  pointsReversed: number;
  netRedeemed: number;
}
export const noLedgerSums = (): LedgerSums => ({
  pointsAwarded: 0,
  pointsDeducted: 0,
  pointsRedeemed: 0,
  pointsRefunded: 0,
  pointsReversed: 0,
  netRedeemed: 0,
});

/**
 * Ledger entries of the area by kind, each by its deed date: the whole
 * months from the monthly sums (ledger_month_sums, kept by a trigger with
 * the entries), the days left at the period's ends from the entries
 * themselves. A district's year is ~80,000 sums instead of 2 M entries.
 */
export async function ledgerSums({ tx, area, period }: ReportScope): Promise<Sliced<LedgerSums>> {
  const cut = cutIntoMonths(period);
  const parts = [];
  if (cut.wholeMonths) {
    const { from, to } = cut.wholeMonths;
    parts.push(
      tx
        .select({
          villageId: sql<number>`${ledgerMonthSums.villageId}`.as("village_id"),
          month: sql<string>`${ledgerMonthSums.month}`.as("month"),
          kind: sql<EntryKind>`${ledgerMonthSums.kind}`.as("kind"),
          delta: sql<number>`${ledgerMonthSums.points}`.as("delta"),
        })
        .from(ledgerMonthSums)
        .where(
          and(
            inAreaVillages(tx, area, ledgerMonthSums.villageId),
            from ? gte(ledgerMonthSums.month, from) : undefined,
            to ? lte(ledgerMonthSums.month, to) : undefined,
          ),
        ),
    );
  }
  for (const days of cut.days) {
    parts.push(
      tx
        .select({
          villageId: sql<number>`${pointEntries.villageId}`.as("village_id"),
          month: monthOfDate(pointEntries.deedDate).as("month"),
          kind: sql<EntryKind>`${pointEntries.kind}`.as("kind"),
          delta: sql<number>`${pointEntries.delta}::bigint`.as("delta"),
        })
        .from(pointEntries)
        .where(
          and(
            inAreaVillages(tx, area, pointEntries.villageId),
            days.from ? gte(pointEntries.deedDate, days.from) : undefined,
            days.to ? lte(pointEntries.deedDate, days.to) : undefined,
          ),
        ),
    );
  }
  // The parts select the same columns from different tables, which drizzle's
  // types cannot unite; the SQL is a plain UNION ALL of like rows.
  const [first, second, ...rest] = parts;
  const united = second ? (unionAll as (...queries: unknown[]) => typeof first)(first, second, ...rest) : first;
  const entries = united!.as("entries");
  const sumOfKind = (kind: string) => total(sql`sum(${entries.delta}) filter (where ${entries.kind} = ${kind})`);
  const slices = bySlices(entries.villageId, entries.month);
  const rows = await tx
    .select({
      set: slices.set,
      villageId: entries.villageId,
      month: entries.month,
      awarded: sumOfKind("AWARD"),
      deducted: sumOfKind("DEDUCTION"),
      redeemed: sumOfKind("REDEMPTION"),
      refunded: sumOfKind("REFUND"),
      reversed: sumOfKind("REVERSAL"),
    })
    .from(entries)
    .groupBy(slices.groupBy);
  return sliced(
    rows,
    (row) => ({
      pointsAwarded: row.awarded,
      pointsDeducted: -row.deducted,
      pointsRedeemed: -row.redeemed,
      pointsRefunded: row.refunded,
      pointsReversed: row.reversed,
      netRedeemed: -row.redeemed - row.refunded,
    }),
    noLedgerSums,
  );
}

/** The last day an event may be dated to count as held: the period's end, but never after today. */
export const heldUpTo = (period: Period, today: string) => (period.to !== null && period.to < today ? period.to : today);

/** Exchange events dated in the period and not after today, whatever their status. */
export async function eventsHeld({ tx, area, period, today }: ReportScope): Promise<Sliced<number>> {
  const events = tx
    .select({ villageId: exchangeEvents.villageId, month: monthOfDate(exchangeEvents.date).as("month") })
    .from(exchangeEvents)
    .where(
      and(
        inAreaVillages(tx, area, exchangeEvents.villageId),
        period.from ? gte(exchangeEvents.date, period.from) : undefined,
        lte(exchangeEvents.date, heldUpTo(period, today)),
      ),
    )
    .as("events");
  const slices = bySlices(events.villageId, events.month);
  const rows = await tx
    .select({ set: slices.set, villageId: events.villageId, month: events.month, held: count() })
    .from(events)
    .groupBy(slices.groupBy);
  return sliced(rows, (row) => row.held, () => 0);
}

export interface Redeemers {
  households: number;
  people: number;
}

/** The twelve months as (n, bit) pairs, January first, for the SQL the month figures are built from. */
const monthNumbers = Array.from({ length: 12 }, (_, i) => ({ n: i + 1, bit: 1 << i }));
const wholeYear = 0xfff;
/** The bits of months first…last (1–12) of a year. */
const monthBits = (first: number, last: number) => ((1 << last) - 1) & ~((1 << (first - 1)) - 1);

/**
 * Distinct households with a redemption made in the period (district days)
 * and not cancelled, and the sum of their member counts as they are now.
 * Each slice counts a household once: a month its own, a village and the
 * area over the whole period.
 *
 * The whole months come from redeemer_years (one row per household and
 * year, its months as bits, kept by the ledger's triggers: migrations/0013),
 * the days left at the period's ends from the redemptions themselves; a
 * month's bit is in one row only, so a month's figures are sums. A household
 * never changes village, so a household's rows name one village.
 */
export async function redeemers({ tx, area, period, timezone }: ReportScope): Promise<Sliced<Redeemers>> {
  const cut = cutIntoMonths(period);
  const parts: SQL[] = [];
  if (cut.wholeMonths) {
    const [fromYear, fromMonth] = splitMonth(cut.wholeMonths.from);
    const [toYear, toMonth] = splitMonth(cut.wholeMonths.to);
    const mask = wholeMonthsMask(fromYear, fromMonth, toYear, toMonth);
    const months = mask === wholeYear ? sql`${redeemerYears.months}` : sql`(${redeemerYears.months} & ${mask}::int)`;
    parts.push(sql`
      select ${redeemerYears.householdId} as household_id, ${redeemerYears.villageId} as village_id, ${redeemerYears.people} as people,
             ${redeemerYears.year} as year, ${months} as months
      from ${redeemerYears}
      where ${and(
        inAreaVillages(tx, area, redeemerYears.villageId),
        fromYear === null ? undefined : gte(redeemerYears.year, fromYear),
        toYear === null ? undefined : lte(redeemerYears.year, toYear),
        sql`${months} <> 0`,
      )}`);
  }
  for (const days of cut.days) {
    const local = sql`(${redemptions.createdAt} at time zone ${timezone})`;
    parts.push(sql`
      select ${redemptions.householdId} as household_id, min(${redemptions.villageId}) as village_id, min(${households.memberCount}) as people,
             extract(year from ${local})::int as year, bit_or(1 << (extract(month from ${local})::int - 1)) as months
      from ${redemptions} join ${households} on ${households.id} = ${redemptions.householdId}
      where ${and(
        eq(redemptions.status, "COMPLETED"),
        inAreaVillages(tx, area, redemptions.villageId),
        days.from ? gte(redemptions.createdAt, dayStart(days.from, timezone)) : undefined,
        days.to ? lt(redemptions.createdAt, dayEnd(days.to, timezone)) : undefined,
      )}
      group by 1, 4`);
  }
  const rows = sql`(${sql.join(parts, sql` union all `)}) as part`;
  const byMonth = sql.raw(
    monthNumbers.map(({ n, bit }) => `count(*) filter (where months & ${bit} <> 0) as h${n}, sum(people) filter (where months & ${bit} <> 0) as p${n}`).join(", "),
  );
  const eachMonth = sql.raw(monthNumbers.map(({ n }) => `(${n}, h${n}, p${n})`).join(", "));
  // One year's whole months: a household has one row, so every figure is a
  // sum of the villages' and one pass over the rows gives them all (the
  // district's year 102–153 → ~98 ms). Otherwise villages and the area count
  // each household once over the years, the months come from a second pass.
  const oneYear = parts.length === 1 && cut.wholeMonths?.from != null && cut.wholeMonths.from.slice(0, 4) === cut.wholeMonths.to?.slice(0, 4);
  const statement = oneYear
    ? sql`
      with village as materialized (select village_id, year, count(*) as households, sum(people) as people, ${byMonth} from ${rows} group by village_id, year)
      select 1 as set, village_id, null as month, households, people from village
      union all
      select 3, null, null, sum(households), sum(people) from village
      union all
      select 2, null, year || '-' || lpad(m.n::text, 2, '0'), sum(m.households), sum(m.people)
      from village, lateral (values ${eachMonth}) as m(n, households, people)
      group by year, m.n having sum(m.households) > 0`
    : sql`
      select case grouping(village_id) when 0 then 1 else 3 end as set, village_id, null as month, count(*) as households, sum(people) as people
      from (select household_id, min(village_id) as village_id, min(people) as people from ${rows} group by household_id) as household
      group by grouping sets ((village_id), ())
      union all
      select 2, null, year || '-' || lpad(m.n::text, 2, '0'), m.households, m.people
      from (select year, ${byMonth} from ${rows} group by year) y, lateral (values ${eachMonth}) as m(n, households, people)
      where m.households > 0`;
  const result = rowsOf<{ set: number; village_id: number | null; month: string | null; households: number | string | null; people: number | string | null }>(
    await tx.execute(statement),
  );
  return sliced(
    result.map((row) => ({ set: Number(row.set), villageId: row.village_id === null ? null : Number(row.village_id), month: row.month, households: Number(row.households ?? 0), people: Number(row.people ?? 0) })),
    (row) => ({ households: row.households, people: row.people }),
    () => ({ households: 0, people: 0 }),
  );
}

/** "YYYY-MM" (or null: open) as year and month numbers. */
const splitMonth = (month: string | null): [number | null, number | null] =>
  month === null ? [null, null] : [Number(month.slice(0, 4)), Number(month.slice(5, 7))];

/** The bits of the whole months within each year: a number when one mask serves every year, else SQL choosing by year. */
function wholeMonthsMask(fromYear: number | null, fromMonth: number | null, toYear: number | null, toMonth: number | null): number | SQL {
  if (fromYear !== null && fromYear === toYear) return monthBits(fromMonth!, toMonth!);
  const cutFirst = fromYear !== null && fromMonth !== 1;
  const cutLast = toYear !== null && toMonth !== 12;
  if (!cutFirst && !cutLast) return wholeYear;
  const firstYear = cutFirst ? sql`when ${fromYear}::int then ${monthBits(fromMonth!, 12)}::int ` : sql``;
  const lastYear = cutLast ? sql`when ${toYear}::int then ${monthBits(1, toMonth!)}::int ` : sql``;
  return sql`(case ${redeemerYears.year} ${firstYear}${lastYear}else ${wholeYear} end)`;
}

/** The area's villages as they stand now, by township and village code. */
export function areaVillageRows(tx: Tx, area: ReportArea) {
  return tx
    .select({
      villageId: villages.id,
      villageCode: villages.code,
      villageName: villages.name,
      townshipId: villages.townshipId,
      townshipName: townships.name,
      hasShop: villages.hasShop,
    })
    .from(villages)
    .innerJoin(townships, eq(townships.id, villages.townshipId))
    .where(areaCondition(area))
    .orderBy(asc(townships.code), asc(villages.code));
}

/** Villages, those with a shop, and the ratio (0 for an area without villages). */
export function shopCoverage(rows: readonly { hasShop: boolean }[]) {
  const withShop = rows.filter((row) => row.hasShop).length;
  return { villages: rows.length, villagesWithShop: withShop, shopCoverage: rows.length === 0 ? 0 : withShop / rows.length };
}
