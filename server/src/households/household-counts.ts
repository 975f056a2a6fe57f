import { sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/database";
import { replaceRows, rowsOf } from "../db/rows";
import type { HouseholdCategory, HouseholdStatus } from "./household-types";

// household_counts (migrations/0018): households by village, status and
// category, kept by triggers on households, read by districtReport's
// household roll. `pnpm rebuild-sums` recounts it, should it ever differ
// from the households (a table restored alone, a hand edit).

/** Recounts the households, their writes held off meanwhile; the rows written. */
export const rebuildHouseholdCounts = (db: Db): Promise<number> =>
  db.transaction(async (tx) => {
    await tx.execute(sql`lock table households in share mode`);
    return replaceRows(tx, ["household_counts"], sql`
      insert into household_counts (village_id, status, category, households)
      select village_id, status, category, count(*) from households group by 1, 2, 3`);
  });

export interface HouseholdCountMismatch {
  villageId: number;
  status: HouseholdStatus;
  category: HouseholdCategory;
  storedHouseholds: number;
  households: number;
}

/** Counts that differ from the households counted again; a zero equals no row. reconcileLedger names them. */
export async function householdCountMismatches(db: DbOrTx): Promise<HouseholdCountMismatch[]> {
  const rows = rowsOf<{ village_id: number; status: HouseholdStatus; category: HouseholdCategory; stored: number | null; counted: number | null }>(
    await db.execute(sql`
      select coalesce(s.village_id, h.village_id) as village_id, coalesce(s.status, h.status) as status,
             coalesce(s.category, h.category) as category, s.households as stored, h.households as counted
      from (select * from household_counts where households <> 0) s
      full join (select village_id, status, category, count(*)::int as households from households group by 1, 2, 3) h
        on h.village_id = s.village_id and h.status = s.status and h.category = s.category
      where s.households is distinct from h.households
      order by 1, 2, 3`),
  );
  return rows.map((r) => ({
    villageId: Number(r.village_id),
    status: r.status,
    category: r.category,
    storedHouseholds: Number(r.stored ?? 0),
    households: Number(r.counted ?? 0),
  }));
}
