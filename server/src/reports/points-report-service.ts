import { and, asc, count, desc, eq, gte, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { exchangeEvents, households, pointEntries, redemptions, townships, villages } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import { reportArea, type ReportArea } from "../auth/report-area";
import { villageRecordScope } from "../auth/scope";
import type { Db, DbOrTx } from "../db/database";
import { notFound } from "../errors";
import { todayIn } from "../common/dates";
import { Checks, parseId } from "../common/validate";
import { RankingOrder, type PointsReportFilter } from "./report-types";

/**
 * The points supermarket's figures (pointsReport) and the honour board
 * (pointsRanking), read from the ledger, the shops' events and redemptions,
 * aggregated in SQL: a report costs a fixed handful of statements whatever
 * the size of the area.
 *
 * Periods: ledger entries count by their deed date; redemptions by the day
 * they were made in the district's time zone; exchange events by their date,
 * and only up to today (an event planned for next week has not been held).
 */

/** The figures one report row carries. */
export interface Figures {
  pointsAwarded: number;
  pointsDeducted: number;
  pointsRedeemed: number;
  pointsRefunded: number;
  pointsReversed: number;
  netRedeemed: number;
  exchangeEventsHeld: number;
  redeemingHouseholds: number;
  redeemingPeople: number;
}

/** Figures whose area total is the sum of its villages' (households are counted once, apart). */
const summed = ["pointsAwarded", "pointsDeducted", "pointsRedeemed", "pointsRefunded", "pointsReversed", "netRedeemed", "exchangeEventsHeld"] as const;

const noFigures = (): Figures => ({
  pointsAwarded: 0,
  pointsDeducted: 0,
  pointsRedeemed: 0,
  pointsRefunded: 0,
  pointsReversed: 0,
  netRedeemed: 0,
  exchangeEventsHeld: 0,
  redeemingHouseholds: 0,
  redeemingPeople: 0,
});


interface Period {
  from: string | null;
  to: string | null;
}

function checkPeriod(checks: Checks, from: string | null | undefined, to: string | null | undefined): Period {
  if (from && to && from > to) checks.fail("from", "INVALID");
  return { from: from ?? null, to: to ?? null };
}


/** Ids of the villages in the area, as a subquery. */
function areaVillages(db: DbOrTx, area: ReportArea) {
  return db.select({ id: villages.id }).from(villages).where(areaCondition(area));
}

function areaCondition(area: ReportArea): SQL | undefined {
  return and(
    area.townshipId === null ? undefined : eq(villages.townshipId, area.townshipId),
    area.villageId === null ? undefined : eq(villages.id, area.villageId),
  );
}

/** A sum that is never null and comes back as a JS number (drivers return bigint sums as text). */
const total = (expression: SQL) => sql<number>`coalesce(${expression}, 0)`.mapWith(Number);
const sumOfKind = (kind: string) => total(sql`sum(${pointEntries.delta}) filter (where ${pointEntries.kind} = ${kind})`);

/** Redemptions made (district days) in the period, not cancelled, in the area. */
function redemptionConditions(db: DbOrTx, area: ReportArea, period: Period, timezone: string) {
  return and(
    eq(redemptions.status, "COMPLETED"),
    inArray(redemptions.villageId, areaVillages(db, area)),
    period.from ? gte(redemptions.createdAt, sql`(${period.from}::date)::timestamp at time zone ${timezone}`) : undefined,
    period.to ? lt(redemptions.createdAt, sql`(${period.to}::date + 1)::timestamp at time zone ${timezone}`) : undefined,
  );
}

export async function pointsReport(db: Db, actor: Actor, timezone: string, filter: PointsReportFilter | null | undefined) {
  const checks = new Checks();
  const period = checkPeriod(checks, filter?.from, filter?.to);
  checks.throwIfAny();
  const today = todayIn(timezone);
  const eventsUpTo = period.to !== null && period.to < today ? period.to : today;

  // One snapshot, so the figures agree with each other.
  return db.transaction(
    async (tx) => {
      const area = await reportArea(tx, actor, filter);

      const villageRows = await tx
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

      const entrySums = await tx
        .select({
          villageId: pointEntries.villageId,
          pointsAwarded: sumOfKind("AWARD"),
          deducted: sumOfKind("DEDUCTION"),
          redeemed: sumOfKind("REDEMPTION"),
          pointsRefunded: sumOfKind("REFUND"),
          pointsReversed: sumOfKind("REVERSAL"),
        })
        .from(pointEntries)
        .where(
          and(
            inArray(pointEntries.villageId, areaVillages(tx, area)),
            period.from ? gte(pointEntries.deedDate, period.from) : undefined,
            period.to ? lte(pointEntries.deedDate, period.to) : undefined,
          ),
        )
        .groupBy(pointEntries.villageId);

      const eventCounts = await tx
        .select({ villageId: exchangeEvents.villageId, held: count() })
        .from(exchangeEvents)
        .where(
          and(
            inArray(exchangeEvents.villageId, areaVillages(tx, area)),
            period.from ? gte(exchangeEvents.date, period.from) : undefined,
            lte(exchangeEvents.date, eventsUpTo),
          ),
        )
        .groupBy(exchangeEvents.villageId);

      // Distinct (village, household) pairs first, then their people.
      const redeemers = tx
        .selectDistinct({ villageId: redemptions.villageId, householdId: redemptions.householdId })
        .from(redemptions)
        .where(redemptionConditions(tx, area, period, timezone))
        .as("redeemers");
      const redeemersByVillage = await tx
        .select({
          villageId: redeemers.villageId,
          households: count(),
          people: total(sql`sum(${households.memberCount})`),
        })
        .from(redeemers)
        .innerJoin(households, eq(households.id, redeemers.householdId))
        .groupBy(redeemers.villageId);

      // The area's total counts each household once, even if it redeemed in two villages (it moved).
      const redeemingIds = tx.select({ id: redemptions.householdId }).from(redemptions).where(redemptionConditions(tx, area, period, timezone));
      const [redeemersInArea] = await tx
        .select({ households: count(), people: total(sql`sum(${households.memberCount})`) })
        .from(households)
        .where(inArray(households.id, redeemingIds));

      const rows = villageRows.map((village) => {
        const figures = noFigures();
        const sums = entrySums.find((s) => s.villageId === village.villageId);
        if (sums) {
          figures.pointsAwarded = sums.pointsAwarded;
          figures.pointsDeducted = -sums.deducted;
          figures.pointsRedeemed = -sums.redeemed;
          figures.pointsRefunded = sums.pointsRefunded;
          figures.pointsReversed = sums.pointsReversed;
          figures.netRedeemed = figures.pointsRedeemed - figures.pointsRefunded;
        }
        figures.exchangeEventsHeld = eventCounts.find((e) => e.villageId === village.villageId)?.held ?? 0;
        const redeemed = redeemersByVillage.find((r) => r.villageId === village.villageId);
        figures.redeemingHouseholds = redeemed?.households ?? 0;
        figures.redeemingPeople = redeemed?.people ?? 0;
        return { ...village, ...figures };
      });

      const totals = noFigures();
      for (const row of rows) {
        for (const key of summed) totals[key] += row[key];
      }
      totals.redeemingHouseholds = redeemersInArea?.households ?? 0;
      totals.redeemingPeople = redeemersInArea?.people ?? 0;
      const villagesWithShop = rows.filter((row) => row.hasShop).length;

      return {
        townshipId: area.townshipId,
        villageId: area.villageId,
        from: period.from,
        to: period.to,
        ...totals,
        villages: rows.length,
        villagesWithShop,
        shopCoverage: rows.length === 0 ? 0 : villagesWithShop / rows.length,
        byVillage: rows,
      };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/** Most rows one honour board shows. */
export const maxRankingRows = 100;

/**
 * The honour board (红黑榜) of one village: its active households by points
 * earned in the period, i.e. their AWARD and DEDUCTION entries plus the
 * REVERSALs of such entries, each entry counted by its own deed date.
 * Redemptions and refunds are spending, not conduct, and do not count.
 * Households with no entries earned 0 and are ranked too. Ranks are standard
 * competition ranks (1, 2, 2, 4); equal points list by household number.
 * A village outside the caller's scope is NOT_FOUND, like a missing one.
 */
export async function pointsRanking(
  db: Db,
  actor: Actor,
  rawVillageId: string,
  from: string | null | undefined,
  to: string | null | undefined,
  limit: number | null | undefined,
  order: RankingOrder | null | undefined,
) {
  const villageId = parseId(rawVillageId, "Village", "villageId");
  const checks = new Checks();
  const period = checkPeriod(checks, from, to);
  const rows = checks.int("limit", limit ?? 10, 1, maxRankingRows) ?? 10;
  checks.throwIfAny();

  const [village] = await db
    .select({ id: villages.id })
    .from(villages)
    .where(and(eq(villages.id, villageId), villageRecordScope(actor, { villageId: villages.id })));
  if (!village) throw notFound("Village", rawVillageId);

  const reversed = alias(pointEntries, "reversed");
  const conduct = ["AWARD", "DEDUCTION"] as const;
  const earnedBy = db
    .select({ householdId: pointEntries.householdId, earned: sql<string>`sum(${pointEntries.delta})`.as("earned") })
    .from(pointEntries)
    .leftJoin(reversed, eq(reversed.id, pointEntries.reversesEntryId))
    .where(
      and(
        eq(pointEntries.villageId, villageId),
        or(inArray(pointEntries.kind, [...conduct]), and(eq(pointEntries.kind, "REVERSAL"), inArray(reversed.kind, [...conduct]))),
        period.from ? gte(pointEntries.deedDate, period.from) : undefined,
        period.to ? lte(pointEntries.deedDate, period.to) : undefined,
      ),
    )
    .groupBy(pointEntries.householdId)
    .as("earned_by");

  const earned = sql`coalesce(${earnedBy.earned}, 0)`;
  const direction = order === RankingOrder.BOTTOM ? sql`asc` : sql`desc`;
  return db
    .select({
      rank: sql<number>`rank() over (order by ${earned} ${direction})`.mapWith(Number),
      householdId: households.id,
      householdNumber: households.number,
      headName: households.headName,
      earned: sql<number>`${earned}`.mapWith(Number),
    })
    .from(households)
    .leftJoin(earnedBy, eq(earnedBy.householdId, households.id))
    .where(and(eq(households.villageId, villageId), eq(households.status, "ACTIVE")))
    .orderBy(order === RankingOrder.BOTTOM ? asc(earned) : desc(earned), asc(households.number))
    .limit(rows);
}
