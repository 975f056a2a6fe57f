import { and, asc, count, eq, gte, lte, sql } from "drizzle-orm";
import { exchangeEvents, ledgerMonthSums, pointEntries, townships, villages } from "@cunwu/schema";
import type { ReportArea } from "../auth/report-area";
import type { Tx } from "../db/database";
import { cutIntoMonths, monthOfDate, type Period } from "./period";
import { unionAll } from "drizzle-orm/pg-core";
import type { EntryKind } from "../points/ledger";
import { areaCondition, bySlices, inAreaVillages, sliced, total, type Sliced } from "./report-sql";

/**
 * The points supermarket's figures, each one statement that gives every
 * village, every month and the area's total (report-sql.ts `bySlices`).
 * pointsReport and districtReport both read them from here (the redeemers
 * from redeemer-figures.ts); definitions.ts says in words what each counts.
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
