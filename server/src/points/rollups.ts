import { sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/database";
import { replaceRows, rowsOf } from "../db/rows";

// The reports' rollups, each kept by a trigger in the ledger's own
// statements, so no writer can forget them:
// - ledger_month_sums (migrations/0004, 0015): the entries' sums by village,
//   deed month and kind, sales and refunds spread over slots while they
//   arrive (folded back by scheduler/month-sum-fold-job.ts);
// - redeemer_years (migrations/0013): each household's redemptions not
//   cancelled, by month of a district year, and redeemer_month_counts
//   (migrations/0019), its households and people summed by village, year
//   and month, kept by triggers on it (spread over slots like the monthly
//   sums). Their months depend on the
//   district's time zone, which the database learns from
//   `district_timezone()`; this module keeps that function equal to the
//   configuration.
// reconcileLedger compares each with a recomputation. Should they ever
// differ (a restore of one table, a hand edit), the rebuilds recompute them.

/** Recomputes the reports' monthly sums from the entries, writes held off meanwhile; returns the rows written. */
export const rebuildMonthSums = (db: Db): Promise<number> =>
  db.transaction(async (tx) => {
    await holdOffEntries(tx);
    return replaceRows(tx, ["ledger_month_sums"], sql`
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

/**
 * The rows' delete takes them off their counts (redeemer_month_counts, by
 * trigger); whatever is left there is off and goes too, and the insert's
 * trigger counts the new rows.
 */
const replaceRedeemerYears = (tx: DbOrTx) =>
  replaceRows(tx, ["redeemer_years", "redeemer_month_counts"], sql`
    insert into redeemer_years (household_id, year, village_id, people, counts)
    select household_id, year, village_id, people, counts from redeemer_years_recomputed`);

/**
 * The monthly sums and the redeemer counts spread a village's sales over 16
 * slots (migrations/0015, 0019) so that sales at one moment do not queue for
 * one row; the reports read every slot, so spread rows cost them time.
 * Folds every spread row untouched since `quietSince` into its slot 0, one
 * statement per rollup; the rows folded. A sale writing a slot meanwhile
 * either commits first (its row is then too recent and stays) or waits and
 * writes a new row after.
 */
export const foldMonthSumSlots = (tx: DbOrTx, quietSince: Date) => foldSlots(tx, "ledger_month_sums", ["village_id", "month", "kind"], ["points", "entries"], quietSince);
export const foldRedeemerMonthSlots = (tx: DbOrTx, quietSince: Date) =>
  foldSlots(tx, "redeemer_month_counts", ["village_id", "year", "month"], ["households", "people"], quietSince);

async function foldSlots(tx: DbOrTx, table: string, key: string[], sums: string[], quietSince: Date): Promise<number> {
  const name = sql.identifier(table);
  const columns = (names: string[]) => sql.join(names.map((n) => sql.identifier(n)), sql`, `);
  const added = sql.join(
    sums.map((n) => sql`${sql.identifier(n)} = ${name}.${sql.identifier(n)} + excluded.${sql.identifier(n)}`),
    sql`, `,
  );
  const [folded] = rowsOf<{ n: number }>(
    await tx.execute(sql`
      with gone as (
        delete from ${name} where slot > 0 and touched_at < ${quietSince.toISOString()}::timestamptz
        returning ${columns([...key, ...sums])}, touched_at
      ),
      kept as (
        insert into ${name} (${columns(key)}, slot, ${columns(sums)}, touched_at)
        select ${columns(key)}, 0, ${sql.join(sums.map((n) => sql`sum(${sql.identifier(n)})`), sql`, `)}, max(touched_at) from gone group by ${columns(key)}
        on conflict (${columns(key)}, slot) do update
          set ${added}, touched_at = greatest(${name}.touched_at, excluded.touched_at)
      )
      select count(*)::int as n from gone`),
  );
  return Number(folded?.n ?? 0);
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

export interface RedeemerMonthMismatch {
  villageId: number;
  year: number;
  month: number;
  storedHouseholds: number;
  households: number;
  storedPeople: number;
  people: number;
}

/** Counts (their slots added) that differ from redeemer_years counted again; a zero equals no row. */
export async function redeemerMonthMismatches(db: DbOrTx): Promise<RedeemerMonthMismatch[]> {
  const rows = rowsOf<{ village_id: number; year: number; month: number; sh: number | null; h: number | null; sp: number | null; p: number | null }>(
    await db.execute(sql`
      select coalesce(s.village_id, r.village_id) as village_id, coalesce(s.year, r.year) as year, coalesce(s.month, r.month) as month,
             s.households as sh, r.households as h, s.people as sp, r.people as p
      from (select village_id, year, month, sum(households)::int as households, sum(people)::int as people
            from redeemer_month_counts group by 1, 2, 3 having sum(households) <> 0 or sum(people) <> 0) s
      full join redeemer_month_counts_recomputed r on r.village_id = s.village_id and r.year = s.year and r.month = s.month
      where s.households is distinct from r.households or s.people is distinct from r.people
      order by 1, 2, 3`),
  );
  return rows.map((r) => ({
    villageId: Number(r.village_id),
    year: Number(r.year),
    month: Number(r.month),
    storedHouseholds: Number(r.sh ?? 0),
    households: Number(r.h ?? 0),
    storedPeople: Number(r.sp ?? 0),
    people: Number(r.p ?? 0),
  }));
}
