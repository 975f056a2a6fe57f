// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { households, pointEntries, pointRules, villages } from "@cunwu/schema";
import { addDays, todayIn } from "@cunwu/server/common/dates";
import { startTestServer, type GraphQLResult, type TestServer } from "../support/server";
import { testDatabaseKind } from "../support/database";
import { expectOk, outcomeOf, rowsOf, tally } from "../support/assert";
import { expectNoNegativeBalanceAfter } from "../support/books";
import { newKey } from "../support/ops/keys";
import { awardPoints, deductPoints, postAwardBatch, reconcileLedger, reversePointEntry, type AwardPointsInput, type PointEntry } from "../support/ops/points";
import { cancelRedemption, createProduct, redeem } from "../support/ops/shop";
import { newUserToken } from "../support/ops/users";
import { postAtOnce } from "../support/ops/villages";

// The points ledger under concurrent use, on PostgreSQL with real parallel
// connections (PGlite has one connection, so nothing runs at once there):
// a household's points are never doubled, lost or overdrawn.

let t: TestServer;
const tokens: Record<string, string> = {};
const villageIds: Record<string, number> = {};
const householdIds = new Map<string, number>();
let ruleByName: Map<string, number>;
const today = todayIn("Asia/Shanghai");

const db = () => t.server.connection.db;
const hh = (number: string) => householdIds.get(number)!;
const rule = (name: string) => ruleByName.get(name)!;
const codeOf = outcomeOf;

const award = (householdIds: number[], args: Omit<AwardPointsInput, "householdIds"> = {}, token = tokens.village) =>
  awardPoints(t, { householdIds, deedDate: today, ...args }, token);
const deduct = (householdId: number, ruleId: number, token = tokens.village) => deductPoints(t, { householdId, ruleId, deedDate: today }, token);
const reverse = (entryId: string, token = tokens.village) => reversePointEntry(t, { id: entryId, reason: "录入错误" }, token);
async function awardedEntries(householdId: number, points: number): Promise<{ id: string }> {
  return expectOk(await award([householdId], { points, reason: "测试奖励" })).awardPoints.entries[0]!;
}
async function balanceOf(householdId: number): Promise<number> {
  const [row] = await db().select({ balance: households.balance }).from(households).where(eq(households.id, householdId));
  return row!.balance;
}
async function ledgerOf(householdId: number): Promise<number> {
  const [row] = await db().select({ total: sql<number>`coalesce(sum(${pointEntries.delta}), 0)::int` }).from(pointEntries).where(eq(pointEntries.householdId, householdId));
  return Number(row!.total);
}
async function expectReconciled() {
  const result = await reconcileLedger.ok(t, {}, tokens.admin);
  expect({ mismatches: result.mismatches, brokenEntries: result.brokenEntries }).toEqual({ mismatches: [], brokenEntries: [] });
  // And the running balances never went below zero.
  await expectNoNegativeBalanceAfter(t);
}

describe.skipIf(testDatabaseKind !== "postgres")("the points ledger under concurrency (PostgreSQL)", () => {
  beforeAll(async () => {
    t = await startTestServer();
    for (const name of ["admin", "village"]) tokens[name] = await t.login(name);
    for (const v of await db().select().from(villages)) villageIds[v.code] = v.id;
    // 石门村 runs 公示 in the demo; these races are about the ledger (publicity races in 青龙村).
    await postAtOnce(t, villageIds.PC01!, tokens.admin!);
    for (const h of await db().select({ id: households.id, number: households.number }).from(households)) householdIds.set(h.number, h.id);
    ruleByName = new Map((await db().select({ id: pointRules.id, name: pointRules.name }).from(pointRules)).map((r) => [r.name, r.id]));
    // A committee for 青龙村 (3 days of publicity).
    tokens.qinglong = await newUserToken(t, tokens.admin!, { username: "qinglong", password: "qinglong-password", role: "VILLAGE_COMMITTEE", villageId: villageIds.PC02! });
  });
  afterAll(() => t?.close());

  it("the same awardPoints key sent 20 times at once: one set of entries, 20 equal answers", async () => {
    const targets = [hh("PC01-002"), hh("PC01-003"), hh("PC01-004")];
    const idempotencyKey = newKey();
    const results = await Promise.all(Array.from({ length: 20 }, () => award(targets, { ruleId: rule("孝老爱亲"), idempotencyKey })));
    expect(tally(results)).toEqual({ OK: 20 });
    for (const result of results) expect(result.data).toEqual(results[0]!.data);
    expect(results[0]!.data!.awardPoints.entries).toHaveLength(3);
    const [made] = await db().select({ n: count() }).from(pointEntries).where(inArray(pointEntries.householdId, targets));
    expect(made!.n).toBe(3);
    for (const id of targets) expect(await balanceOf(id)).toBe(10);

    // On publicity too: one batch for the same key.
    const batchKey = newKey();
    const batches = await Promise.all(Array.from({ length: 20 }, () => award([hh("PC02-002")], { ruleId: rule("庭院整洁"), idempotencyKey: batchKey }, tokens.qinglong)));
    expect(tally(batches)).toEqual({ OK: 20 });
    expect(new Set(batches.map((r) => r.data!.awardPoints.batch!.id)).size).toBe(1);
    const [batchCount] = rowsOf<{ n: number }>(await db().execute(sql`select count(*)::int as n from award_batches where idempotency_key = ${batchKey}`));
    expect(Number(batchCount!.n)).toBe(1);
    await expectReconciled();
  });

  it("30 simultaneous deductions against a balance covering 12: all recorded, 12 in full, one with the rest, never below zero", async () => {
    const household = hh("PC01-005");
    const k = 12;
    await awardedEntries(household, k * 10 + 7);
    const results = await Promise.all(Array.from({ length: 30 }, () => deduct(household, rule("不履行赡养义务"))));
    expect(tally(results)).toEqual({ OK: 30 });
    expect(await balanceOf(household)).toBe(0);
    expect(await ledgerOf(household)).toBe(0);
    const entries = results.map((r) => r.data!.deductPoints);
    for (const entry of entries) expect(entry.requestedDelta).toBe(-10);
    const taken = entries.map((e) => 0 - e.delta).sort((a: number, b: number) => b - a);
    expect(taken).toEqual([...Array.from({ length: k }, () => 10), 7, ...Array.from({ length: 30 - k - 1 }, () => 0)]);
    const balancesAfter = entries.map((e) => e.balanceAfter).sort((a: number, b: number) => a - b);
    expect(balancesAfter).toEqual([...Array.from({ length: 30 - k }, () => 0), ...Array.from({ length: k }, (_, i) => 7 + i * 10)]);
    await expectReconciled();
  });

  it("simultaneous awards, deductions, reversals and redemptions on one household: balance = Σ entries", async () => {
    const household = hh("PC01-006");
    await awardedEntries(household, 100);
    const reversible: string[] = [];
    for (let i = 0; i < 6; i++) reversible.push((await awardedEntries(household, 5)).id);
    const initial = await balanceOf(household);
    expect(initial).toBe(130);
    const calls: Promise<GraphQLResult>[] = [];
    for (let i = 0; i < 10; i++) calls.push(award([household], { ruleId: rule("垃圾分类投放") }));
    for (let i = 0; i < 12; i++) calls.push(deduct(household, rule("乱堆乱放")));
    for (const id of reversible) calls.push(reverse(id));
    // …and redemptions at the village shop, all at once.
    const product = await createProduct.ok(t, { villageId: villageIds.PC01!, name: "并发测试香皂", unit: "块", price: 4, stock: 100 }, tokens.village);
    for (let i = 0; i < 5; i++) calls.push(redeem(t, { householdId: household, lines: [{ productId: product.id, quantity: 1 }] }, tokens.village));
    const results = await Promise.all(calls);
    expect(tally(results)).toEqual({ OK: 10 + 12 + 6 + 5 });
    expect(await balanceOf(household)).toBe(130 + 10 * 3 - 12 * 5 - 6 * 5 - 5 * 4);
    expect(await balanceOf(household)).toBe(await ledgerOf(household));
    await expectReconciled();

    // Racing spends near zero never overdraw: 8 deductions of 5 and 4 reversals of 5-point awards against 20.
    // Every deduction is recorded (taking what is left); a reversal needs its 5 points still there.
    const second = hh("PC01-007");
    const small: string[] = [];
    for (let i = 0; i < 4; i++) small.push((await awardedEntries(second, 5)).id);
    const raced = await Promise.all([...Array.from({ length: 8 }, () => deduct(second, rule("乱堆乱放"))), ...small.map((id) => reverse(id))]);
    const deductions = raced.slice(0, 8);
    const reversals = raced.slice(8);
    expect(tally(deductions)).toEqual({ OK: 8 });
    const reversed = reversals.filter((r) => !r.errors).length;
    expect(tally(reversals)).toEqual(reversed === 4 ? { OK: 4 } : reversed === 0 ? { INSUFFICIENT_POINTS: 4 } : { OK: reversed, INSUFFICIENT_POINTS: 4 - reversed });
    const takenByDeductions = deductions.reduce((sum, r) => sum - (r.data as { deductPoints: PointEntry }).deductPoints.delta, 0);
    expect(takenByDeductions + reversed * 5).toBe(20);
    expect(await balanceOf(second)).toBe(0);
    await expectReconciled();
  });

  it("deductions racing refunds: every one recorded, taking what the refunds brought back so far, never CONFLICT, never below zero", async () => {
    const product = await createProduct.ok(t, { villageId: villageIds.PC01!, name: "并发退款测试米", unit: "袋", price: 10, stock: 100 }, tokens.village);
    for (const number of ["PC01-020", "PC01-021", "PC01-022"]) {
      const household = hh(number);
      await awardedEntries(household, 40);
      // Four sales of 10 take the balance to 0 …
      const sales: string[] = [];
      for (let i = 0; i < 4; i++) {
        const sale = await redeem.ok(t, { householdId: household, lines: [{ productId: product.id, quantity: 1 }] }, tokens.village);
        sales.push(sale.id);
      }
      // … then their cancellations (refunds) race eight deductions of 5.
      const results = await Promise.all([
        ...sales.map((id) => cancelRedemption(t, { id, reason: "退货" }, tokens.village)),
        ...Array.from({ length: 8 }, () => deduct(household, rule("乱堆乱放"))),
      ]);
      expect(tally(results)).toEqual({ OK: 12 });
      const taken = results.slice(4).reduce((sum, r) => sum - (r.data as { deductPoints: PointEntry }).deductPoints.delta, 0);
      expect(taken).toBeGreaterThanOrEqual(0);
      expect(taken).toBeLessThanOrEqual(40);
      expect(await balanceOf(household)).toBe(await ledgerOf(household));
      expect(await balanceOf(household)).toBe(40 - taken);
    }
    await expectReconciled();
  });

  it("two simultaneous reversals of one entry: exactly one succeeds, the other is CONFLICT", async () => {
    // Round by round, with the household holding more than the entry and exactly the entry.
    for (let round = 0; round < 8; round++) {
      const household = hh(`PC03-${String(round + 1).padStart(3, "0")}`);
      if (round % 2 === 0) await award([household], { points: 100, reason: "底分" }, tokens.admin);
      const entry = (await award([household], { points: 10, reason: "待冲正" }, tokens.admin)).data!.awardPoints.entries[0]!;
      const before = await balanceOf(household);
      const results = await Promise.all([reverse(entry.id, tokens.admin), reverse(entry.id, tokens.admin)]);
      expect(results.map(codeOf).sort(), JSON.stringify(results.map((r) => r.errors))).toEqual(["CONFLICT", "OK"]);
      expect(await balanceOf(household)).toBe(before - 10);
      const [reversals] = await db().select({ n: count() }).from(pointEntries).where(and(eq(pointEntries.householdId, household), eq(pointEntries.kind, "REVERSAL")));
      expect(reversals!.n).toBe(1);
    }
    await expectReconciled();
  });

  it("awards to the same households in opposite orders at once all go through", async () => {
    const [a, b, c] = [hh("PC01-010"), hh("PC01-011"), hh("PC01-012")];
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => award(i % 2 === 0 ? [a, b, c] : [c, b, a], { ruleId: rule("参加志愿活动") })),
    );
    expect(tally(results), JSON.stringify(results.find((r) => r.errors)?.errors)).toEqual({ OK: 10 });
    for (const id of [a, b, c]) expect(await balanceOf(id)).toBe(50);
    await expectReconciled();
  });

  it("a batch posted twice at once posts once", async () => {
    const targets = [hh("PC02-003"), hh("PC02-004")];
    const batch = (await award(targets, { ruleId: rule("邻里互助") }, tokens.qinglong)).data!.awardPoints.batch!;
    await db().execute(sql`update award_batches set publicity_ends_on = ${addDays(today, -1)} where id = ${Number(batch.id)}`);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => postAwardBatch(t, { id: batch.id }, tokens.qinglong)),
    );
    expect(tally(results)).toEqual({ OK: 1, CONFLICT: 4 });
    for (const id of targets) expect(await balanceOf(id)).toBe(5);
    await expectReconciled();
  });
});
