import { and, asc, desc, eq, gte, inArray, lte, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { households, pointEntries, villages } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import { villageRecordScope } from "../auth/scope";
import type { Db } from "../db/database";
import { notFound } from "../errors";
import { Checks, parseId } from "../common/validate";
import { RankingOrder } from "./points-report-types";
import { checkPeriod } from "./period";

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
