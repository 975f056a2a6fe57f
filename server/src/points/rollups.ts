import { sql, type SQL } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/database";
import { rowsOf } from "../db/rows";

// The reports' rollups, each kept by a trigger in the ledger's own
// statements, so no writer can forget them:
// - ledger_month_sums (migrations/0004, 0015): the entries' sums by village,
//   deed month and kind, sales and refunds spread over slots while they
//   arrive (folded back by scheduler/month-sum-fold-job.ts);
// - redeemer_years (migrations/0013): each household's redemptions not
//   cancelled, by month of a district year. Its months depend on the
//   district's time zone, which the database learns from
//   `district_timezone()`; this module keeps that function equal to the
//   configuration.
// reconcileLedger compares both with a recomputation. Should they ever
// differ (a restore of one table, a hand edit), the rebuilds recompute them.

/** Recomputes the reports' monthly sums from the entries, writes held off meanwhile; returns the rows written. */
export const rebuildMonthSums = (db: Db): Promise<number> =>
  db.transaction(async (tx) => {
    await holdOffEntries(tx);
    return replaceRows(tx, "ledger_month_sums", sql`
      insert into ledger_month_sums (village_id, month, kind, points, entries)
      select village_id, to_char(deed_date, 'YYYY-MM'), kind, sum(delta), count(*)
      from point_entries group by 1, 2, 3`);
  });

/** Recomputes the redeemers by year from the redemptions, writes held off meanwhile; returns the rows written. */
export const rebuildRedeemerYears = (db: Db): Promise<number> =>
  db.transaction(async (tx) => {
    await holdOffEntries(tx);
    return replaceRedeemerYears(tx);
  });

/**
 * Makes `district_timezone()` name the configured zone. When it named
 * another, the rollup is rebuilt in the same transaction, its months being
 * the old zone's. Called after the migrations, before anything is served.
 */
export async function alignDistrictTimezone(db: Db, timezone: string): Promise<boolean> {
  const [current] = rowsOf<{ zone: string }>(await db.execute(sql`select district_timezone() as zone`));
  if (current?.zone === timezone) return false;
  await db.transaction(async (tx) => {
    await holdOffEntries(tx);
    // The configuration checked the zone (config.ts); a quote is still doubled, as a literal needs.
    const literal = `'${timezone.replace(/'/g, "''")}'`;
    await tx.execute(sql.raw(`create or replace function district_timezone() returns text immutable language sql as $$ select ${literal} $$`));
    await replaceRedeemerYears(tx);
  });
  return true;
}

/** New entries wait: their triggers would add to rows being replaced. */
const holdOffEntries = (tx: DbOrTx) => tx.execute(sql`lock table point_entries in share mode`);

const replaceRedeemerYears = (tx: DbOrTx) =>
  replaceRows(tx, "redeemer_years", sql`
    insert into redeemer_years (household_id, year, village_id, people, counts)
    select household_id, year, village_id, people, counts from redeemer_years_recomputed`);

/**
 * The monthly sums spread a village's sales and refunds over 16 slots
 * (migrations/0015) so that sales at one moment do not queue for one row;
 * the reports read every slot, so spread rows cost them time. Folds every
 * spread row untouched since `quietSince` into its slot 0, in one
 * statement; the rows folded. A sale writing a slot meanwhile either
 * commits first (its row is then too recent and stays) or waits and writes
 * a new row after.
 */
export async function foldMonthSumSlots(tx: DbOrTx, quietSince: Date): Promise<number> {
  const [folded] = rowsOf<{ n: number }>(
    await tx.execute(sql`
      with gone as (
        delete from ledger_month_sums where slot > 0 and touched_at < ${quietSince.toISOString()}::timestamptz
        returning village_id, month, kind, points, entries, touched_at
      ),
      kept as (
        insert into ledger_month_sums (village_id, month, kind, slot, points, entries, touched_at)
        select village_id, month, kind, 0, sum(points), sum(entries), max(touched_at) from gone group by 1, 2, 3
        on conflict (village_id, month, kind, slot) do update
          set points = ledger_month_sums.points + excluded.points,
              entries = ledger_month_sums.entries + excluded.entries,
              touched_at = greatest(ledger_month_sums.touched_at, excluded.touched_at)
      )
      select count(*)::int as n from gone`),
  );
  return Number(folded?.n ?? 0);
}

/** Empties a rollup and fills it by `insert`; the rows written. */
async function replaceRows(tx: DbOrTx, table: "ledger_month_sums" | "redeemer_years", insert: SQL): Promise<number> {
  await tx.execute(sql`delete from ${sql.identifier(table)}`);
  const [written] = rowsOf<{ n: number }>(await tx.execute(sql`with written as (${insert} returning 1) select count(*)::int as n from written`));
  return Number(written?.n ?? 0);
}

export interface RedeemerYearMismatch {
  householdId: number;
  year: number;
  storedCounts: number[];
  redemptionCounts: number[];
  storedPeople: number | null;
  people: number | null;
}

const noCounts = () => Array.from({ length: 12 }, () => 0);

/** Rows of the rollup that differ from the redemptions (a row of twelve zeros equals no row). */
export async function redeemerYearMismatches(db: DbOrTx): Promise<RedeemerYearMismatch[]> {
  const rows = rowsOf<{ household_id: number; year: number; stored: number[] | null; recomputed: number[] | null; stored_people: number | null; people: number | null }>(
    await db.execute(sql`
      select coalesce(s.household_id, r.household_id) as household_id, coalesce(s.year, r.year) as year,
             s.counts as stored, r.counts as recomputed, s.people as stored_people, r.people
      from (select * from redeemer_years where months <> 0) s
      full join redeemer_years_recomputed r on r.household_id = s.household_id and r.year = s.year
      where s.counts is distinct from r.counts or s.people is distinct from r.people or s.village_id is distinct from r.village_id
      order by 1, 2`),
  );
  return rows.map((r) => ({
    householdId: Number(r.household_id),
    year: Number(r.year),
    storedCounts: r.stored?.map(Number) ?? noCounts(),
    redemptionCounts: r.recomputed?.map(Number) ?? noCounts(),
    storedPeople: r.stored_people === null ? null : Number(r.stored_people),
    people: r.people === null ? null : Number(r.people),
  }));
}
