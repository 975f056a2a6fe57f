import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/database";
import { rowsOf } from "../db/rows";
import { withJobLock } from "./job-lock";
import type { Job } from "./scheduler";

// The monthly sums spread a village's sales and refunds over 16 slots
// (migrations/0015) so that sales at one moment do not queue for one row.
// The reports read every slot, so spread rows cost them time: once no entry
// has touched a slot for ten minutes, the slot is folded back into slot 0.
// A sale writing a slot meanwhile either commits first (its row is then
// touched too recently and stays) or waits and writes a new row after.

export const foldQuietMinutes = 10;

/** Folds every spread row quiet since `quietSince` into its slot 0, in one statement; the rows folded. */
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

/** The scheduler's fold of quiet slots, one server process at a time. */
export const monthSumFoldJob: Job = {
  key: "month-sum-fold",
  run: ({ db, now }) =>
    withJobLock(db, "month-sum-fold", async (tx) => ({ slotsFolded: await foldMonthSumSlots(tx, new Date(now.getTime() - foldQuietMinutes * 60_000)) })),
};
