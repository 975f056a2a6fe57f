import { sql } from "drizzle-orm";
import type { Db } from "../db/database";
import type { EntryKind } from "./ledger";
import { rowsOf } from "../db/rows";
import { redeemerMonthMismatches, redeemerYearMismatches } from "./rollups";
import { householdCountMismatches } from "../households/household-counts";

interface Mismatch {
  householdId: number;
  cachedBalance: number;
  ledgerBalance: number;
}
interface Broken {
  entryId: number;
  problem: string;
}
interface MonthSumMismatch {
  villageId: number;
  month: string;
  kind: EntryKind;
  storedPoints: number;
  entryPoints: number;
}


/**
 * Checks the ledger against itself: every cached balance against the sum of
 * its entries, and every entry against the invariants (running balance,
 * reversals, redemptions and refunds), and the reports' rollups (monthly
 * sums, redeemers by year) against a recomputation. Expected to find nothing, ever.
 */
export async function reconcileLedger(db: Db) {
  const mismatches = rowsOf<{ household_id: number; cached: number; ledger: string | number }>(
    await db.execute(sql`
      select h.id as household_id, h.balance as cached, coalesce(sum(e.delta), 0) as ledger
      from households h left join point_entries e on e.household_id = h.id
      group by h.id
      having h.balance <> coalesce(sum(e.delta), 0)
      order by h.id`),
  ).map((r): Mismatch => ({ householdId: Number(r.household_id), cachedBalance: Number(r.cached), ledgerBalance: Number(r.ledger) }));

  const broken = rowsOf<{ entry_id: string | number; problem: string }>(
    await db.execute(sql`
      select id as entry_id, 'balanceAfter does not follow the previous entry' as problem from (
        select id, balance_after, delta,
               lag(balance_after) over (partition by household_id order by id) as previous
        from point_entries) chain
      where balance_after <> coalesce(previous, 0) + delta
      union all
      select e.id, 'village differs from the household''s'
      from point_entries e join households h on h.id = e.household_id
      where e.village_id <> h.village_id
      union all
      select r.id, 'reversal does not cancel its entry exactly'
      from point_entries r join point_entries o on o.id = r.reverses_entry_id
      where r.delta <> -o.delta or r.household_id <> o.household_id or o.kind not in ('AWARD', 'DEDUCTION')
      union all
      select e.id, 'redemption entry does not match its redemption'
      from point_entries e left join redemptions r on r.id = e.redemption_id
      where e.kind = 'REDEMPTION' and (r.id is null or e.delta <> -r.total or e.household_id <> r.household_id)
      union all
      select e.id, 'refund without a cancelled redemption of that amount'
      from point_entries e left join redemptions r on r.id = e.redemption_id
      where e.kind = 'REFUND' and (r.id is null or r.status <> 'CANCELLED' or e.delta <> r.total or e.household_id <> r.household_id)
      union all
      select min(e.id), 'redemption charged more than once'
      from point_entries e where e.kind = 'REDEMPTION' group by e.redemption_id having count(*) > 1
      union all
      select min(e.id), 'redemption refunded more than once'
      from point_entries e where e.kind = 'REFUND' group by e.redemption_id having count(*) > 1
      order by 1`),
  ).map((r): Broken => ({ entryId: Number(r.entry_id), problem: r.problem }));

  const monthSums = rowsOf<{ village_id: number; month: string; kind: EntryKind; stored: string | number; recomputed: string | number }>(
    await db.execute(sql`
      select coalesce(s.village_id, e.village_id) as village_id, coalesce(s.month, e.month) as month, coalesce(s.kind, e.kind) as kind,
             coalesce(s.points, 0) as stored, coalesce(e.points, 0) as recomputed
      from (select village_id, month, kind, sum(points) as points, sum(entries) as entries from ledger_month_sums group by 1, 2, 3) s
      full join (
        select village_id, to_char(deed_date, 'YYYY-MM') as month, kind, sum(delta) as points, count(*) as entries
        from point_entries group by 1, 2, 3) e
        on e.village_id = s.village_id and e.month = s.month and e.kind = s.kind
      where s.points is distinct from e.points or s.entries is distinct from e.entries
      order by 1, 2, 3`),
  ).map(
    (r): MonthSumMismatch => ({ villageId: Number(r.village_id), month: r.month, kind: r.kind, storedPoints: Number(r.stored), entryPoints: Number(r.recomputed) }),
  );

  const [counts] = rowsOf<{ households: string | number; entries: string | number }>(
    await db.execute(sql`select (select count(*) from households) as households, (select count(*) from point_entries) as entries`),
  );
  return {
    householdsChecked: Number(counts?.households ?? 0),
    entriesChecked: Number(counts?.entries ?? 0),
    mismatches,
    brokenEntries: broken,
    monthSumMismatches: monthSums,
    redeemerYearMismatches: await redeemerYearMismatches(db),
    redeemerMonthMismatches: await redeemerMonthMismatches(db),
    householdCountMismatches: await householdCountMismatches(db),
  };
}

/** How many things a reconciliation found wrong: balances, entries, monthly sums, redeemer years and counts, household counts. */
export const ledgerProblems = (ledger: Awaited<ReturnType<typeof reconcileLedger>>): number =>
  ledger.mismatches.length + ledger.brokenEntries.length + ledger.monthSumMismatches.length + ledger.redeemerYearMismatches.length + ledger.redeemerMonthMismatches.length +
  ledger.householdCountMismatches.length;

/** The reconciliation's findings in one line, for the command line. */
export const describeLedgerProblems = (ledger: Awaited<ReturnType<typeof reconcileLedger>>): string =>
  `${ledger.mismatches.length} balances differ from their entries, ${ledger.brokenEntries.length} entries broken, ${ledger.monthSumMismatches.length} monthly sums off, ${ledger.redeemerYearMismatches.length} redeemer years off, ${ledger.redeemerMonthMismatches.length} redeemer counts off, ${ledger.householdCountMismatches.length} household counts off`;
