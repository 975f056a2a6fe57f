import { and, eq, gte, lt, lte, sql, type SQL } from "drizzle-orm";
import { households, redeemerMonthCounts, redeemerYears, redemptions } from "@cunwu/schema";
import type { ReportArea } from "../auth/report-area";
import type { Tx } from "../db/database";
import { rowsOf } from "../db/rows";
import { cutIntoMonths, dayEnd, dayStart } from "./period";
import { inAreaVillages, sliced, type Sliced } from "./report-sql";
import type { ReportScope } from "./shop-figures";

/**
 * The points supermarket's redeeming households and people (pointsReport,
 * districtReport): one statement that gives every village, every month and
 * the area's total (report-sql.ts `sliced`), from the reports' rollups of
 * the redemptions.
 */

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
 * A whole year or one whole month comes from their counts by village
 * (countedRedeemers). Other periods' whole months come from redeemer_years
 * (one row per household and year, its months as bits, kept by the ledger's
 * triggers: migrations/0013), the days left at the period's ends from the
 * redemptions themselves; a month's bit is in one row only, so a month's
 * figures are sums. A household never changes village, so a household's
 * rows name one village.
 */
export async function redeemers({ tx, area, period, timezone }: ReportScope): Promise<Sliced<Redeemers>> {
  const cut = cutIntoMonths(period);
  const counted = countedMonth(cut);
  if (counted) return countedRedeemers(tx, area, counted.year, counted.month);
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
  // Whole months within one year (a quarter, say): a household has one row,
  // so every figure is a sum of the villages' and one pass over the rows
  // gives them all (measured on the district's whole year before it was
  // counted: 102–153 → ~98 ms). Otherwise villages and the area count each
  // household once over the years, the months come from a second pass.
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
  return slicedRedeemers(await tx.execute(statement));
}

/** The statements' rows (set 1 a village, 2 a month, 3 the area) as figures. */
function slicedRedeemers(result: Parameters<typeof rowsOf>[0]): Sliced<Redeemers> {
  const rows = rowsOf<{ set: number; village_id: number | null; month: string | null; households: number | string | null; people: number | string | null }>(result);
  return sliced(
    rows.map((row) => ({ set: Number(row.set), villageId: row.village_id === null ? null : Number(row.village_id), month: row.month, households: Number(row.households ?? 0), people: Number(row.people ?? 0) })),
    (row) => ({ households: row.households, people: row.people }),
    () => ({ households: 0, people: 0 }),
  );
}

/** A period of one whole year (month 0) or one whole month: the counts by village and month answer it. */
function countedMonth(cut: ReturnType<typeof cutIntoMonths>): { year: number; month: number } | null {
  if (cut.days.length || !cut.wholeMonths?.from || !cut.wholeMonths.to) return null;
  const [fromYear, fromMonth] = splitMonth(cut.wholeMonths.from);
  const [toYear, toMonth] = splitMonth(cut.wholeMonths.to);
  if (fromYear !== toYear) return null;
  if (fromMonth === 1 && toMonth === 12) return { year: fromYear!, month: 0 };
  return fromMonth === toMonth ? { year: fromYear!, month: fromMonth! } : null;
}

/**
 * A whole year's or one month's redeemers from redeemer_month_counts
 * (migrations/0019: households and people by village, year and month, a
 * year's household counted once in month 0), its slots added: a few
 * thousand rows for the district instead of ~93,000 (~90 ms).
 */
async function countedRedeemers(tx: Tx, area: ReportArea, year: number, month: number): Promise<Sliced<Redeemers>> {
  const c = redeemerMonthCounts;
  const inArea = and(eq(c.year, year), inAreaVillages(tx, area, c.villageId));
  const months = month === 0 ? and(gte(c.month, 1), lte(c.month, 12)) : eq(c.month, month);
  return slicedRedeemers(
    await tx.execute(sql`
      select 1 as set, ${c.villageId} as village_id, null as month, sum(${c.households}) as households, sum(${c.people}) as people
      from ${c} where ${and(inArea, eq(c.month, month))} group by ${c.villageId}
      union all
      select 3, null, null, sum(${c.households}), sum(${c.people}) from ${c} where ${and(inArea, eq(c.month, month))}
      union all
      select 2, null, ${year}::int || '-' || lpad(${c.month}::text, 2, '0'), sum(${c.households}), sum(${c.people})
      from ${c} where ${and(inArea, months)} group by ${c.month} having sum(${c.households}) > 0`),
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
