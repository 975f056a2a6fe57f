import { sql } from "drizzle-orm";
import type { Db } from "../db/database";
import { rowsOf } from "../db/rows";

// household_counts (migrations/0018): households by village, status and
// category, kept by triggers on households, read by districtReport's
// household roll. `pnpm rebuild-sums` recounts it, should it ever differ
// from the households (a table restored alone, a hand edit).

/** Recounts the households, their writes held off meanwhile; the rows written. */
export const rebuildHouseholdCounts = (db: Db): Promise<number> =>
  db.transaction(async (tx) => {
    await tx.execute(sql`lock table households in share mode`);
    await tx.execute(sql`delete from household_counts`);
    const [written] = rowsOf<{ n: number }>(
      await tx.execute(sql`
        with written as (
          insert into household_counts (village_id, status, category, households)
          select village_id, status, category, count(*) from households group by 1, 2, 3
          returning 1)
        select count(*)::int as n from written`),
    );
    return Number(written?.n ?? 0);
  });
