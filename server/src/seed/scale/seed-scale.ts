import { sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/database";
import { hashPassword } from "../../auth/password";
import { todayIn } from "../../common/dates";
import { describeLedgerProblems, ledgerProblems, reconcileLedger } from "../../points/reconcile";
import { foldMonthSumSlots, foldRedeemerMonthSlots } from "../../points/rollups";
import { isDatabaseEmpty } from "../seed-demo";
import { seedGeography, seedHouseholds, seedUsers } from "./geography";
import { seedRedemptions, seedShops } from "./shop";
import { stageAwards, stageDebits, writeLedger } from "./ledger";
import { seedVolunteer } from "./volunteer";
import { planMatters, workingDays, writeMatters } from "./civic-matters";
import { writeAssignments, writeHandling } from "./civic-timeline";
import { writeEvents } from "./civic-events";
import { scaleSizes, type ScaleName } from "./sizes";
import { run, takeOffKeys, type ScaleContext } from "./sql";

/**
 * `pnpm seed --scale <district|township|test>`: a whole generated district
 * (sizes.ts) written set-based, a few large INSERT … SELECT statements per
 * table, in one transaction, into an empty database; then checked (the
 * ledger reconciles, no balance below zero) and counted.
 */

export interface ScaleOptions {
  scale: ScaleName;
  demoPassword: string;
  timezone?: string;
  /** Progress and the summary, a line at a time (default: nothing). */
  log?: (line: string) => void;
  /** Days of history before today (default 730, two years). */
  days?: number;
}

export interface ScaleResult {
  seconds: number;
  counts: Record<string, number>;
  mismatches: number;
  brokenEntries: number;
  negativeBalances: number;
}

/** The tables counted at the end, in the order they are written. */
export const scaleTables = [
  "townships", "villages", "departments", "point_rules", "civic_categories", "calendar_days", "households", "users",
  "products", "exchange_events", "award_batches", "award_batch_lines", "volunteer_teams", "service_brands", "activities",
  "activity_participants", "redemptions", "redemption_lines", "stock_movements", "point_entries", "civic_matters",
  "matter_assignments", "matter_supervisions", "matter_extensions", "follow_ups", "matter_events",
] as const;

/** Written without their keys and indexes (takeOffKeys). */
const bulkTables = [
  "households", "award_batch_lines", "activity_participants", "redemptions", "redemption_lines", "point_entries",
  "civic_matters", "matter_assignments", "follow_ups", "matter_events",
];

/** Serialises concurrent seeders, as the demo seed does. */
const SEED_LOCK_KEY = 0x5eed_c0de;

const count = async (db: Db | Tx, table: string) => Number((await run<{ n: string }>(db as Tx, `select count(*) as n from ${table}`))[0]!.n);

export async function seedScale(db: Db, options: ScaleOptions): Promise<ScaleResult> {
  const log = options.log ?? (() => {});
  const size = scaleSizes[options.scale];
  const timezone = options.timezone ?? "Asia/Shanghai";
  const started = performance.now();
  const passwordHash = await hashPassword(options.demoPassword);
  log(`Generating the ${size.name} scale: ${size.townships} townships, ${size.villages} villages, ~${size.households} households, ${size.matters} matters, ${size.activities} activities`);

  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    if (!(await isDatabaseEmpty(tx))) throw new Error("The database already holds data; a district is only generated into an empty one.");
    // Room for the big sorts (the ledger's running balances, the indexes put back) in memory.
    await run(tx, "set local work_mem = '512MB'");
    await run(tx, "set local maintenance_work_mem = '1GB'");
    const ctx: ScaleContext = { tx, size, timezone, today: todayIn(timezone), days: options.days ?? 730, log };
    const step = async (label: string, tables: readonly string[], work: () => Promise<void>) => {
      const t0 = performance.now();
      await work();
      const rows = [];
      for (const table of tables) rows.push(`${(await count(tx, table)).toLocaleString("en-US")} ${table}`);
      log(`  ${label.padEnd(26)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${rows.join(", ")}`);
    };
    // The big tables load without their foreign keys and secondary indexes; both come back at the end.
    const restore = await takeOffKeys(tx, bulkTables);
    await step("geography and catalogues", ["townships", "villages", "departments", "point_rules", "calendar_days"], () => seedGeography(ctx));
    await step("households", ["households"], () => seedHouseholds(ctx));
    await step("users", ["users"], () => seedUsers(ctx, passwordHash));
    await step("shops and events", ["products", "exchange_events"], () => seedShops(ctx));
    await step("awards (staged)", ["award_batches", "award_batch_lines", "s_entry"], () => stageAwards(ctx));
    await step("volunteer service", ["volunteer_teams", "service_brands", "activities", "activity_participants"], () => seedVolunteer(ctx));
    await step("deductions, reversals", ["s_entry", "s_spend"], () => stageDebits(ctx));
    await step("redemptions", ["redemptions", "redemption_lines", "stock_movements"], () => seedRedemptions(ctx));
    await step("ledger and balances", ["point_entries"], () => writeLedger(ctx));
    // The entries' triggers spread every sale of the history over the rollups'
    // slots (a running district's fold would gather them ten minutes later);
    // spread, they made a township's pointsReport ~3× slower.
    await step("rollups' slots folded", ["ledger_month_sums", "redeemer_month_counts"], async () => {
      const everything = new Date(Date.now() + 60_000);
      await foldMonthSumSlots(tx, everything);
      await foldRedeemerMonthSlots(tx, everything);
    });
    await step("civic matters", ["civic_matters"], async () => {
      await workingDays(ctx);
      await planMatters(ctx);
      await writeMatters(ctx);
    });
    await step("assignments, follow-ups", ["matter_assignments", "matter_supervisions", "matter_extensions", "follow_ups"], async () => {
      await writeAssignments(ctx);
      await writeHandling(ctx);
    });
    await step("matter timelines", ["matter_events"], () => writeEvents(ctx));
    await step("indexes and keys back", [], restore);
  });
  const t0 = performance.now();
  // VACUUM too: a table only inserted into has no visibility map until
  // autovacuum comes by, and until then every index-only scan reads the
  // table (a township's point entries, page 400: 27 ms p95 after, 558 before).
  await run(db as unknown as Tx, "vacuum analyze");
  log(`  ${"vacuum analyze".padEnd(26)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s`);

  const t1 = performance.now();
  const ledger = await reconcileLedger(db);
  const [negative] = await run<{ n: string }>(db as unknown as Tx, "select count(*) as n from households where balance < 0");
  log(
    `  ${"reconcile".padEnd(26)} ${((performance.now() - t1) / 1000).toFixed(1).padStart(6)} s  ` +
      `${ledger.householdsChecked.toLocaleString("en-US")} households, ${ledger.entriesChecked.toLocaleString("en-US")} entries: ` +
      `${describeLedgerProblems(ledger)}, ${negative!.n} negative balances`,
  );
  const counts: Record<string, number> = {};
  for (const table of scaleTables) counts[table] = await count(db, table);
  const seconds = (performance.now() - started) / 1000;
  log(`Done in ${seconds.toFixed(1)} s. Rows:`);
  for (const table of scaleTables) log(`  ${table.padEnd(24)} ${counts[table]!.toLocaleString("en-US").padStart(10)}`);
  return { seconds, counts, mismatches: ledger.mismatches.length, brokenEntries: ledgerProblems(ledger) - ledger.mismatches.length, negativeBalances: Number(negative!.n) };
}
