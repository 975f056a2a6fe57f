import { describe, expect, it } from "vitest";
import { and, asc, eq, sql } from "drizzle-orm";
import { ledgerMonthSums } from "@cunwu/schema";
import { postEntry } from "@cunwu/server/points/ledger";
import { foldMonthSumSlots } from "@cunwu/server/points/rollups";
import { foldQuietMinutes, monthSumFoldJob } from "@cunwu/server/scheduler/month-sum-fold-job";
import { todayIn } from "@cunwu/server/common/dates";
import { lastDayOf } from "@cunwu/server/reports/period";
import { createLogger } from "@cunwu/server/logger";
import { testDatabaseKind } from "../support/database";
import { reconcileLedger } from "../support/ops/points";
import { newKey } from "../support/ops/keys";
import { useShopWorld } from "../support/shop-world";
import { rowsOf } from "../support/assert";

// The reports' monthly sums spread a village's sales and refunds over 16
// rows by household (migrations/0015), so sales at the same moment do not
// queue for one row: each lands in its household's slot, the sums still add
// up to the ledger, the scheduler's fold puts quiet slots back into slot 0
// (the reports' figures unchanged), and on PostgreSQL one household's sale
// held open does not hold up another's.

const w = useShopWorld();
const { found, db, tokens, award, createProduct, redeem, cancel } = w;
const slotOf = (householdId: number) => householdId % 16;

/** Two active households of the home village in different slots. */
function twoSlots(): [number, number] {
  const [first, ...rest] = found.homeHouseholds.slice(1);
  return [first!, rest.find((id) => slotOf(id) !== slotOf(first!))!];
}

async function villageSums() {
  return db()
    .select({ month: ledgerMonthSums.month, kind: ledgerMonthSums.kind, slot: ledgerMonthSums.slot, points: ledgerMonthSums.points, entries: ledgerMonthSums.entries })
    .from(ledgerMonthSums)
    .where(eq(ledgerMonthSums.villageId, found.homeVillage))
    .orderBy(asc(ledgerMonthSums.month), asc(ledgerMonthSums.kind), asc(ledgerMonthSums.slot));
}

describe("the monthly sums' slots", () => {
  it("puts each sale and refund in its household's slot; the sums equal the ledger and the rebuild", async () => {
    const [first, second] = twoSlots();
    await award(first, 100);
    await award(second, 100);
    const product = await createProduct(7, 10);
    const month = todayIn("Asia/Shanghai").slice(0, 7);
    const sumIn = async (kind: "REDEMPTION" | "REFUND", householdId: number) => {
      const [row] = await db()
        .select({ points: ledgerMonthSums.points, entries: ledgerMonthSums.entries })
        .from(ledgerMonthSums)
        .where(and(eq(ledgerMonthSums.villageId, found.homeVillage), eq(ledgerMonthSums.month, month), eq(ledgerMonthSums.kind, kind), eq(ledgerMonthSums.slot, slotOf(householdId))));
      return row ?? { points: 0, entries: 0 };
    };
    const before = { first: await sumIn("REDEMPTION", first), second: await sumIn("REDEMPTION", second), refund: await sumIn("REFUND", first) };

    const sale = await redeem(first, [{ productId: product, quantity: 2 }]);
    expect(sale.errors).toBeUndefined();
    expect((await redeem(second, [{ productId: product, quantity: 1 }])).errors).toBeUndefined();
    expect((await cancel(sale.data!.redeem.id)).errors).toBeUndefined();

    expect(await sumIn("REDEMPTION", first)).toEqual({ points: before.first.points - 14, entries: before.first.entries + 1 });
    expect(await sumIn("REDEMPTION", second)).toEqual({ points: before.second.points - 7, entries: before.second.entries + 1 });
    expect(await sumIn("REFUND", first)).toEqual({ points: before.refund.points + 14, entries: before.refund.entries + 1 });
    // Awards are written in batches, one statement each: they keep one row.
    expect((await villageSums()).filter((row) => row.kind === "AWARD").every((row) => row.slot === 0)).toBe(true);

    expect((await reconcileLedger.ok(w.t, {}, tokens.admin)).monthSumMismatches).toEqual([]);

    // The fold: slots touched within ten minutes stay; quiet ones go into slot 0, the figures unchanged.
    // The month, whole: the report reads the monthly sums and the redeemer counts, both spread over slots.
    const figures = async () =>
      (
        await w.t.ok(`query ($filter: PointsReportFilter) { pointsReport(filter: $filter) { pointsRedeemed pointsRefunded netRedeemed redeemingHouseholds redeemingPeople } }`, {
          filter: { villageId: String(found.homeVillage), from: `${month}-01`, to: lastDayOf(month) },
        }, tokens.admin)
      ).pointsReport;
    const spreadCounts = async () => rowsOf<{ n: number }>(await db().execute(sql`select count(*)::int as n from redeemer_month_counts where slot > 0`))[0]!.n;
    const reported = await figures();
    const spread = async () => (await villageSums()).filter((row) => row.month === month && row.slot > 0).length;
    const justWritten = { first: await sumIn("REDEMPTION", first), second: await sumIn("REDEMPTION", second), refund: await sumIn("REFUND", first) };
    expect(await spread()).toBeGreaterThanOrEqual(3);
    const foldAt = (now: Date) => monthSumFoldJob.run({ db: db(), now, timezone: "Asia/Shanghai", logger: createLogger("silent") });
    expect(await foldAt(new Date())).toMatchObject({ slotsFolded: expect.any(Number) });
    expect({ first: await sumIn("REDEMPTION", first), second: await sumIn("REDEMPTION", second), refund: await sumIn("REFUND", first) }).toEqual(justWritten);
    // The job's own window: once the quiet time has passed since these sales, they are folded.
    const quietTimeLater = new Date(Date.now() + (foldQuietMinutes + 1) * 60_000);
    expect(reported.redeemingHouseholds).toBeGreaterThan(0);
    expect(await spreadCounts()).toBeGreaterThan(0);
    const folded = (await foldAt(quietTimeLater)) as { slotsFolded: number; redeemerSlotsFolded: number };
    expect(folded.slotsFolded).toBeGreaterThanOrEqual(3);
    expect(folded.redeemerSlotsFolded).toBeGreaterThan(0);
    expect(await spread()).toBe(0);
    expect(await spreadCounts()).toBe(0);
    expect(await figures()).toEqual(reported);
    const reconciled = await reconcileLedger.ok(w.t, {}, tokens.admin);
    expect({ sums: reconciled.monthSumMismatches, counts: reconciled.redeemerMonthMismatches }).toEqual({ sums: [], counts: [] });
    // A sale after the fold spreads again.
    expect((await redeem(second, [{ productId: product, quantity: 1 }])).errors).toBeUndefined();
    expect(await sumIn("REDEMPTION", second)).toEqual({ points: -7, entries: 1 });
  });

  it.skipIf(testDatabaseKind !== "postgres")("lets another household's sale through while one is held open (PostgreSQL)", async () => {
    const [first, second] = twoSlots();
    await award(first, 50);
    await award(second, 50);
    const product = await createProduct(5, 10);
    const sales = [await redeem(first, [{ productId: product, quantity: 1 }]), await redeem(second, [{ productId: product, quantity: 1 }])];
    const refundOf = (householdId: number, redemptionId: string) => ({
      householdId,
      kind: "REFUND" as const,
      delta: 5,
      reason: "test refund",
      deedDate: todayIn("Asia/Shanghai"),
      recordedBy: found.adminId,
      idempotencyKey: `test-refund:${newKey()}`,
      redemptionId: Number(redemptionId),
    });
    const undo = new Error("rolled back on purpose");
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    // The first refund's transaction stays open, holding the rows it wrote, until the second's statement has run.
    const firstOutcome = db()
      .transaction(async (tx) => {
        await postEntry(tx, refundOf(first, sales[0]!.data!.redeem.id));
        held();
        await released;
        throw undo;
      })
      .catch((error: unknown) => error);
    await holding;
    let secondEntry: { delta: number } | undefined;
    const secondOutcome = await db()
      .transaction(async (tx) => {
        await tx.execute(sql`set local lock_timeout = '5s'`);
        secondEntry = await postEntry(tx, refundOf(second, sales[1]!.data!.redeem.id));
        throw undo;
      })
      .catch((error: unknown) => error);
    release();
    expect(await firstOutcome).toBe(undo);
    // Without the slots this waited on the first's row of the village's refunds until its lock timeout.
    expect(secondOutcome).toBe(undo);
    expect(secondEntry?.delta).toBe(5);
  });

  it.skipIf(testDatabaseKind !== "postgres")("a sale that comes while its slot is being folded waits, then writes a new row: nothing counted twice or lost (PostgreSQL)", async () => {
    const household = found.homeHouseholds[5]!;
    await award(household, 50);
    const product = await createProduct(3, 10);
    expect((await redeem(household, [{ productId: product, quantity: 1 }])).errors).toBeUndefined();
    const month = todayIn("Asia/Shanghai").slice(0, 7);
    const slotRow = async () => (await villageSums()).find((row) => row.month === month && row.kind === "REDEMPTION" && row.slot === slotOf(household));
    expect(await slotRow()).toBeDefined();

    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let folded!: () => void;
    const folding = new Promise<void>((resolve) => (folded = resolve));
    // The fold has deleted the slot's row and not committed when the sale arrives.
    const fold = db().transaction(async (tx) => {
      // Quiet since a minute ahead: every spread row is folded.
      await foldMonthSumSlots(tx, new Date(Date.now() + 60_000));
      folded();
      await released;
    });
    await folding;
    const sale = redeem(household, [{ productId: product, quantity: 2 }]);
    // The sale's entry waits on the row the fold holds (seen in pg_locks, however slow the machine).
    for (;;) {
      const [waiting] = rowsOf<{ n: number }>(
        await db().execute(sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`),
      );
      if (waiting!.n > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    release();
    await fold;
    expect((await sale).errors).toBeUndefined();
    expect(await slotRow()).toMatchObject({ points: -6, entries: 1 });
    expect((await reconcileLedger.ok(w.t, {}, tokens.admin)).monthSumMismatches).toEqual([]);
  });
});
