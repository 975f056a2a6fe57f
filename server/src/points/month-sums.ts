import { sql } from "drizzle-orm";
import type { Db } from "../db/database";

// ledger_month_sums is kept by a trigger on point_entries (migrations/0004);
// reconcileLedger compares it with a recomputation. Should they ever differ
// (a restore of one table, a hand edit), this recomputes it from the entries.

/** Recomputes the reports' monthly sums from the entries, writes held off meanwhile; returns the rows written. */
export async function rebuildMonthSums(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    // New entries wait (their trigger would add to sums being replaced).
    await tx.execute(sql`lock table point_entries in share mode`);
    await tx.execute(sql`delete from ledger_month_sums`);
    const rows = await tx.execute(sql`
      insert into ledger_month_sums (village_id, month, kind, points, entries)
      select village_id, to_char(deed_date, 'YYYY-MM'), kind, sum(delta), count(*)
      from point_entries group by 1, 2, 3
      returning 1`);
    return Array.isArray(rows) ? rows.length : ((rows as { rows?: unknown[] }).rows?.length ?? 0);
  });
}
