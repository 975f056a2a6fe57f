import { and, eq, gte, inArray, lte, or, sql, type AnyColumn } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { households, pointEntries, villages } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import { villageRecordScope } from "../auth/scope";
import type { Db } from "../db/database";
import { notFound } from "../errors";
import { Checks, parseId } from "../common/validate";
import { checkPeriod } from "./period";
import { rankingRule, splitBoard } from "./ranking-rule";

/** The most ranks a list may name: the bound of villages.ranking_size. */
export const maxRankingSize = 50;

/**
 * A village's 红黑榜 for a period (the rule: ranking-rule.ts). Conduct counts
 * by each entry's own deed date: AWARDs, DEDUCTIONs at the rule's points
 * (requested_delta: a violation counts in full though the balance was
 * smaller), and REVERSALs of either, which take back the reversed entry's
 * conduct points. Redemptions and refunds are spending, not conduct.
 * `limit` may shorten the lists (a dashboard's preview), never lengthen them
 * past the village's setting. A village outside the caller's scope is
 * NOT_FOUND, like a missing one.
 */
export async function pointsRanking(
  db: Db,
  actor: Actor,
  rawVillageId: string,
  from: string | null | undefined,
  to: string | null | undefined,
  limit: number | null | undefined,
) {
  const villageId = parseId(rawVillageId, "Village", "villageId");
  const checks = new Checks();
  const period = checkPeriod(checks, from, to);
  if (limit !== undefined && limit !== null) checks.int("limit", limit, 1, maxRankingSize);
  checks.throwIfAny();

  const [village] = await db
    .select({ id: villages.id, rankingSize: villages.rankingSize })
    .from(villages)
    .where(and(eq(villages.id, villageId), villageRecordScope(actor, { villageId: villages.id })));
  if (!village) throw notFound("Village", rawVillageId);
  const size = Math.min(limit ?? village.rankingSize, village.rankingSize);

  const reversed = alias(pointEntries, "reversed");
  const rulePoints = (e: { requestedDelta: AnyColumn; delta: AnyColumn }) => sql`coalesce(${e.requestedDelta}, ${e.delta})`;
  const reversesDeduction = and(eq(pointEntries.kind, "REVERSAL"), eq(reversed.kind, "DEDUCTION"));
  const conduct = sql<string>`sum(case
      when ${pointEntries.kind} = 'AWARD' then ${pointEntries.delta}
      when ${pointEntries.kind} = 'DEDUCTION' then ${rulePoints(pointEntries)}
      when ${reversesDeduction} then -${rulePoints(reversed)}
      else ${pointEntries.delta} end)`;
  const deducted = sql<string>`sum(case
      when ${pointEntries.kind} = 'DEDUCTION' then -${rulePoints(pointEntries)}
      when ${reversesDeduction} then ${rulePoints(reversed)}
      else 0 end)`;
  const kinds = ["AWARD", "DEDUCTION"] as const;
  const standings = await db
    .select({
      householdId: households.id,
      householdNumber: households.number,
      headName: households.headName,
      earned: conduct.mapWith(Number),
      deducted: deducted.mapWith(Number),
    })
    .from(pointEntries)
    .innerJoin(households, eq(households.id, pointEntries.householdId))
    .leftJoin(reversed, eq(reversed.id, pointEntries.reversesEntryId))
    .where(
      and(
        eq(pointEntries.villageId, villageId),
        eq(households.status, "ACTIVE"),
        or(inArray(pointEntries.kind, [...kinds]), and(eq(pointEntries.kind, "REVERSAL"), inArray(reversed.kind, [...kinds]))),
        period.from ? gte(pointEntries.deedDate, period.from) : undefined,
        period.to ? lte(pointEntries.deedDate, period.to) : undefined,
      ),
    )
    .groupBy(households.id, households.number, households.headName);

  return { villageId, from: period.from, to: period.to, size, rule: rankingRule(size), ...splitBoard(standings, size) };
}
