import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { households, pointEntries, villages } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db } from "../db/database";
import { villageRecordScope } from "../auth/scope";
import { badInput, notFound } from "../errors";
import { parseId } from "../common/validate";
import type { PointEntryRow } from "./ledger";
import { bookOf } from "./entry-service";

/** The most entries one village's passbooks print together; a longer period is printed in parts. */
export const maxVillagePassbookEntries = 30_000;

/**
 * Every active household's passbook of a village for a period (recorded
 * days, as one passbook), in household-number order: four statements
 * whatever the village's size, for printing them all at once.
 */
export async function villagePassbooks(db: Db, actor: Actor, timezone: string, rawVillageId: string, from?: string | null, to?: string | null) {
  const villageId = parseId(rawVillageId, "Village", "villageId");
  if (from && to && from > to) throw badInput({ from: "INVALID" }, "from is after to");
  const [village] = await db
    .select({ id: villages.id, name: villages.name })
    .from(villages)
    .where(and(eq(villages.id, villageId), villageRecordScope(actor, { villageId: villages.id })));
  if (!village) throw notFound("Village", rawVillageId);

  const holders = await db
    .select({ id: households.id, number: households.number, headName: households.headName })
    .from(households)
    .where(and(eq(households.villageId, village.id), eq(households.status, "ACTIVE")))
    .orderBy(asc(households.number));
  if (holders.length === 0) return [];
  const ids = holders.map((h) => h.id);

  const recordedDay = sql`(${pointEntries.recordedAt} at time zone ${timezone})::date`;
  const conditions: SQL[] = [inArray(pointEntries.householdId, ids)];
  if (from) conditions.push(sql`${recordedDay} >= ${from}::date`);
  if (to) conditions.push(sql`${recordedDay} <= ${to}::date`);
  const entries = await db
    .select()
    .from(pointEntries)
    .where(and(...conditions))
    .orderBy(asc(pointEntries.householdId), asc(pointEntries.id))
    .limit(maxVillagePassbookEntries + 1);
  if (entries.length > maxVillagePassbookEntries) {
    throw badInput({ from: "OUT_OF_RANGE" }, `More than ${maxVillagePassbookEntries} entries; print a shorter period`);
  }
  const byHousehold = new Map<number, PointEntryRow[]>();
  for (const entry of entries) {
    const list = byHousehold.get(entry.householdId);
    if (list) list.push(entry);
    else byHousehold.set(entry.householdId, [entry]);
  }

  // A household with no entry in the period opens and closes at its last balance before it.
  const opening = new Map<number, number>();
  const quiet = ids.filter((id) => !byHousehold.has(id));
  if (from && quiet.length > 0) {
    const rows = await db
      .selectDistinctOn([pointEntries.householdId], { householdId: pointEntries.householdId, balanceAfter: pointEntries.balanceAfter })
      .from(pointEntries)
      .where(and(inArray(pointEntries.householdId, quiet), sql`${recordedDay} < ${from}::date`))
      .orderBy(asc(pointEntries.householdId), desc(pointEntries.id));
    for (const row of rows) opening.set(row.householdId, row.balanceAfter);
  }
  return holders.map((h) => bookOf(h, village.name, byHousehold.get(h.id) ?? [], opening.get(h.id) ?? 0, from, to));
}
