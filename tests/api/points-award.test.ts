// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { beforeAll, describe, expect, it } from "vitest";
import { count, eq, inArray } from "drizzle-orm";
import { pointEntries } from "@cunwu/schema";
import { addDays } from "@cunwu/server/common/dates";
import { expectError, expectOk } from "../support/assert";
import { expectBalancesMatchEntries } from "../support/books";
import { archiveHousehold } from "../support/ops/households";
import { createPointRule, updatePointRule } from "../support/ops/points";
import { cancelRedemption, createProduct, redeem } from "../support/ops/shop";
import { districtToday, newKey } from "../support/ops/keys";
import { usePointsWorld } from "../support/points-world";
import type { TestServer } from "../support/server";

// Awards in 石门村 (no publicity: entries at once) and the idempotency keys
// that make a retried award, deduction or reversal happen once. Every
// refused call is checked to leave balances, entries, batches, keys, rules
// and the audit log exactly as they were.

const w = usePointsWorld();
const { tokens, userIds, villageIds, hh, fresh, rule, award, awarded, deduct, reverse, balanceOf, nothingChanges, db } = w;
let t: TestServer;
beforeAll(async () => {
  t = w.t;
  // A district-wide rule no longer in force: an award by it is refused.
  const retired = await createPointRule.ok(t, { category: "OTHER", name: "待停用细则", points: 3 }, tokens.admin);
  await updatePointRule.ok(t, { id: retired.id, input: { active: false } }, tokens.admin);
  w.nameRule("待停用细则", Number(retired.id));
});
const today = districtToday();
const tomorrow = addDays(today, 1);
const yesterday = addDays(today, -1);

// ---------------------------------------------------------------- awards at once

describe("awardPoints in 石门村 (no publicity): entries at once", () => {
  it("awards a rule's points to several households: entries with balanceAfter, balances moved", async () => {
    const resident = hh("PC01-001");
    const [a, b] = [fresh("PC01"), fresh("PC01")];
    const entries = await awarded({ householdIds: [resident, a, b], ruleId: rule("庭院整洁") });
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      expect(entry).toMatchObject({
        villageId: String(villageIds.PC01),
        kind: "AWARD",
        delta: 5,
        balanceAfter: 5,
        ruleId: String(rule("庭院整洁")),
        batchId: null,
        reversesEntryId: null,
        reason: "庭院整洁",
        deedDate: today,
        recordedBy: String(userIds.village),
      });
    }
    expect(entries.map((e) => Number(e.householdId)).sort((x, y) => x - y)).toEqual([resident, a, b].sort((x, y) => x - y));
    for (const id of [resident, a, b]) expect(await balanceOf(id)).toBe(5);
    // The resident sees its own balance and entry.
    expect(await balanceOf(resident, tokens.resident)).toBe(5);

    // A second award runs the balance on, with the note in the reason.
    const [second] = await awarded({ householdIds: [a], ruleId: rule("孝老爱亲"), note: "照料瘫痪婆婆", deedDate: yesterday });
    expect(second).toMatchObject({ delta: 10, balanceAfter: 15, reason: "孝老爱亲（照料瘫痪婆婆）", deedDate: yesterday });
    expect(await balanceOf(a)).toBe(15);
    await expectBalancesMatchEntries(t);
  });

  it("awards explicit points with a reason, and a village's own rule, also by the admin", async () => {
    const [a, b] = [fresh("PC01"), fresh("PC01")];
    const explicit = await awarded({ householdIds: [a, b], points: 7, reason: " 扑救山火 " });
    expect(explicit.map((e) => [e.delta, e.balanceAfter, e.reason, e.ruleId])).toEqual([
      [7, 7, "扑救山火", null],
      [7, 7, "扑救山火", null],
    ]);
    const [own] = await awarded({ householdIds: [a], ruleId: rule("河道清漂护河") });
    expect(own).toMatchObject({ delta: 3, balanceAfter: 10, ruleId: String(rule("河道清漂护河")) });
    const [byAdmin] = await awarded({ householdIds: [b], points: 1000, reason: "见义勇为（区级表彰）" }, tokens.admin);
    expect(byAdmin).toMatchObject({ delta: 1000, balanceAfter: 1007, recordedBy: String(userIds.admin) });
    // A year back is still a deed date.
    const [old] = await awarded({ householdIds: [b], ruleId: rule("垃圾分类投放"), deedDate: addDays(today, -365) });
    expect(old).toMatchObject({ deedDate: addDays(today, -365), balanceAfter: 1010 });
    expect(await balanceOf(a)).toBe(10);
    expect(await balanceOf(b)).toBe(1010);
  });

  it("is all or nothing: one unknown, archived, moved, other-village or out-of-scope household writes nothing for the others", async () => {
    const [a, b] = [fresh("PC01"), fresh("PC01")];
    const archived = fresh("PC01");
    await archiveHousehold.ok(t, { id: archived }, tokens.village);
    const pc03 = fresh("PC03");
    const moved = hh("PC02-017");
    await nothingChanges(async () => {
      const rule5 = rule("庭院整洁");
      expectError(await award({ householdIds: [a, b, 999_999], ruleId: rule5 }), "BAD_USER_INPUT", { householdIds: "NOT_FOUND" });
      expectError(await award({ householdIds: [a, archived, b], ruleId: rule5 }), "BAD_USER_INPUT", { householdIds: "INVALID" });
      expectError(await award({ householdIds: [a, archived], ruleId: rule5 }, tokens.admin), "BAD_USER_INPUT", { householdIds: "INVALID" });
      expectError(await award({ householdIds: [moved], ruleId: rule5 }, tokens.admin), "BAD_USER_INPUT", { householdIds: "INVALID" });
      // Another village's household is out of the committee's scope: it does not exist for it.
      expectError(await award({ householdIds: [a, pc03], ruleId: rule5 }), "BAD_USER_INPUT", { householdIds: "NOT_FOUND" });
      expectError(await award({ householdIds: [pc03], ruleId: rule5 }), "BAD_USER_INPUT", { householdIds: "NOT_FOUND" });
      // The admin sees both villages, but one award is for one village.
      expectError(await award({ householdIds: [a, pc03], ruleId: rule5 }, tokens.admin), "BAD_USER_INPUT", { householdIds: "INVALID" });
      expectError(await award({ householdIds: [], ruleId: rule5 }), "BAD_USER_INPUT", { householdIds: "REQUIRED" });
      expectError(await award({ householdIds: [a, b, a], ruleId: rule5 }), "BAD_USER_INPUT", { householdIds: "INVALID" });
      expectError(await award({ householdIds: [a, "x1"], ruleId: rule5 }), "BAD_USER_INPUT");
    });
    for (const id of [a, b, archived, pc03]) expect(await balanceOf(id)).toBe(0);
    const written = await db().select({ n: count() }).from(pointEntries).where(inArray(pointEntries.householdId, [a, b, archived, pc03, moved]));
    expect(written[0]!.n).toBe(0);
  });

  it("refuses a deduction rule, an inactive rule and another village's rule", async () => {
    const a = fresh("PC01");
    await nothingChanges(async () => {
      expectError(await award({ householdIds: [a], ruleId: rule("乱堆乱放") }), "BAD_USER_INPUT", { ruleId: "INVALID" });
      expectError(await award({ householdIds: [a], ruleId: rule("待停用细则") }), "BAD_USER_INPUT", { ruleId: "NOT_FOUND" });
      expectError(await award({ householdIds: [a], ruleId: rule("参与锅庄文化传承") }), "BAD_USER_INPUT", { ruleId: "INVALID" });
      expectError(await award({ householdIds: [a], ruleId: rule("参与锅庄文化传承") }, tokens.admin), "BAD_USER_INPUT", { ruleId: "INVALID" });
      expectError(await award({ householdIds: [a], ruleId: 999_999 }), "BAD_USER_INPUT", { ruleId: "NOT_FOUND" });
      expectError(await award({ householdIds: [a], ruleId: rule("庭院整洁"), points: 5 }), "BAD_USER_INPUT", { points: "INVALID" });
    });
  });

  it("checks the deed date, points, reason and key", async () => {
    const a = fresh("PC01");
    const r = rule("庭院整洁");
    await nothingChanges(async () => {
      expectError(await award({ householdIds: [a], ruleId: r, deedDate: tomorrow }), "BAD_USER_INPUT", { deedDate: "OUT_OF_RANGE" });
      expectError(await award({ householdIds: [a], ruleId: r, deedDate: addDays(today, -367) }), "BAD_USER_INPUT", { deedDate: "OUT_OF_RANGE" });
      expectError(await award({ householdIds: [a], ruleId: r, deedDate: "2026-02-30" }), "BAD_USER_INPUT");
      expectError(await award({ householdIds: [a] }), "BAD_USER_INPUT", { points: "REQUIRED", reason: "REQUIRED" });
      expectError(await award({ householdIds: [a], points: 5 }), "BAD_USER_INPUT", { reason: "REQUIRED" });
      expectError(await award({ householdIds: [a], reason: "好人好事" }), "BAD_USER_INPUT", { points: "REQUIRED" });
      expectError(await award({ householdIds: [a], points: 5, reason: "   " }), "BAD_USER_INPUT", { reason: "REQUIRED" });
      expectError(await award({ householdIds: [a], points: 0, reason: "零分" }), "BAD_USER_INPUT", { points: "OUT_OF_RANGE" });
      expectError(await award({ householdIds: [a], points: -5, reason: "负分" }), "BAD_USER_INPUT", { points: "OUT_OF_RANGE" });
      expectError(await award({ householdIds: [a], points: 1001, reason: "太多" }), "BAD_USER_INPUT", { points: "OUT_OF_RANGE" });
      expectError(await award({ householdIds: [a], points: 5, reason: "长".repeat(201) }), "BAD_USER_INPUT", { reason: "TOO_LONG" });
      expectError(await award({ householdIds: [a], ruleId: r, idempotencyKey: "short" }), "BAD_USER_INPUT", { idempotencyKey: "INVALID" });
      expectError(await award({ householdIds: [a], ruleId: r, idempotencyKey: "has a space" }), "BAD_USER_INPUT", { idempotencyKey: "INVALID" });
      expectError(await award({ householdIds: [a], ruleId: r, idempotencyKey: "k".repeat(101) }), "BAD_USER_INPUT", { idempotencyKey: "INVALID" });
    });
    expect(await balanceOf(a)).toBe(0);
  });

  it("is refused to roles that do not move points, and to a committee outside its village", async () => {
    const a = fresh("PC01");
    const pc03 = fresh("PC03");
    await nothingChanges(async () => {
      for (const role of ["district", "township", "dept", "resident", "qinglongResident"]) {
        expectError(await award({ householdIds: [a], ruleId: rule("庭院整洁") }, tokens[role]), "FORBIDDEN");
      }
      // 青龙村's committee cannot award to 石门村 or 白鹤村 households.
      expectError(await award({ householdIds: [a], ruleId: rule("庭院整洁") }, tokens.qinglong), "BAD_USER_INPUT", { householdIds: "NOT_FOUND" });
      expectError(await award({ householdIds: [pc03], points: 3, reason: "帮忙" }, tokens.qinglong), "BAD_USER_INPUT", { householdIds: "NOT_FOUND" });
    });
  });
});

// ---------------------------------------------------------------- idempotency

describe("idempotency keys", () => {
  it("returns the first entries for the same key and request, moving the balance once", async () => {
    const [a, b] = [fresh("PC01"), fresh("PC01")];
    const idempotencyKey = newKey();
    const first = await awarded({ householdIds: [a, b], ruleId: rule("邻里互助"), idempotencyKey });
    const again = await awarded({ householdIds: [a, b], ruleId: rule("邻里互助"), idempotencyKey });
    expect(again).toEqual(first);
    const third = await awarded({ householdIds: [a, b], ruleId: rule("邻里互助"), idempotencyKey });
    expect(third.map((e) => e.id)).toEqual(first.map((e) => e.id));
    expect(await balanceOf(a)).toBe(5);
    expect(await balanceOf(b)).toBe(5);
    const [made] = await db().select({ n: count() }).from(pointEntries).where(inArray(pointEntries.householdId, [a, b]));
    expect(made!.n).toBe(2);
  });

  it("refuses the same key for a different request as CONFLICT, also across operations", async () => {
    const [a, b] = [fresh("PC01"), fresh("PC01")];
    const idempotencyKey = newKey();
    await awarded({ householdIds: [a], ruleId: rule("邻里互助"), idempotencyKey });
    await awarded({ householdIds: [b], points: 20, reason: "先进个人" });
    await nothingChanges(async () => {
      expectError(await award({ householdIds: [a, b], ruleId: rule("邻里互助"), idempotencyKey }), "CONFLICT");
      expectError(await award({ householdIds: [a], ruleId: rule("庭院整洁"), idempotencyKey }), "CONFLICT");
      expectError(await award({ householdIds: [a], ruleId: rule("邻里互助"), note: "另一件事", idempotencyKey }), "CONFLICT");
      expectError(await award({ householdIds: [a], ruleId: rule("邻里互助"), deedDate: yesterday, idempotencyKey }), "CONFLICT");
      expectError(await deduct(b, rule("乱堆乱放"), { idempotencyKey }), "CONFLICT");
      const [entry] = await db().select({ id: pointEntries.id }).from(pointEntries).where(eq(pointEntries.householdId, b));
      expectError(await reverse(entry!.id, { idempotencyKey }), "CONFLICT");
    });
    expect(await balanceOf(a)).toBe(5);
  });

  it("keeps a key to the user who first used it: the same request from anyone else is CONFLICT and shows nothing", async () => {
    const a = fresh("PC01");
    const idempotencyKey = newKey();
    const args = { householdIds: [a], points: 6, reason: "义务植树", idempotencyKey };
    const [first] = await awarded(args);
    await nothingChanges(async () => {
      for (const token of [tokens.qinglong, tokens.admin]) {
        const replayed = await award(args, token);
        expectError(replayed, "CONFLICT");
        expect(replayed.data ?? null).toBeNull();
      }
    });
    expect((await awarded(args)).map((e) => e.id)).toEqual([first!.id]);
    expect(await balanceOf(a)).toBe(6);
  });

  it("does not consume the key of a failed call: fixed and retried with the same key, it works", async () => {
    const a = fresh("PC01");
    const pc03 = fresh("PC03");
    const idempotencyKey = newKey();
    await nothingChanges(async () => {
      expectError(await award({ householdIds: [a], ruleId: rule("庭院整洁"), deedDate: tomorrow, idempotencyKey }), "BAD_USER_INPUT");
      expectError(await award({ householdIds: [a, pc03], ruleId: rule("庭院整洁"), idempotencyKey }), "BAD_USER_INPUT");
      expectError(await award({ householdIds: [a], ruleId: rule("乱堆乱放"), idempotencyKey }), "BAD_USER_INPUT");
    });
    const [entry] = await awarded({ householdIds: [a], ruleId: rule("庭院整洁"), idempotencyKey });
    expect(entry).toMatchObject({ delta: 5, balanceAfter: 5 });
    // A deduction refused (a deed date in the future) keeps its key free too.
    const deductKey = newKey();
    await nothingChanges(async () =>
      expectError(await deduct(a, rule("不履行赡养义务"), { idempotencyKey: deductKey, deedDate: tomorrow }), "BAD_USER_INPUT", { deedDate: "OUT_OF_RANGE" }),
    );
    await awarded({ householdIds: [a], ruleId: rule("庭院整洁") });
    const retried = await deduct(a, rule("不履行赡养义务"), { idempotencyKey: deductKey });
    expect(retried.data?.deductPoints).toMatchObject({ kind: "DEDUCTION", delta: -10, balanceAfter: 0 });
  });

  it("keeps user keys apart from the ledger's own entry keys (redemptions, refunds, awards)", async () => {
    // A redemption's entry and its refund are keyed by the ledger itself; a
    // user's key that happens to read the same must not block them.
    const a = fresh("PC01");
    await awarded({ householdIds: [a], points: 50, reason: "年度表彰" });
    const product = (await createProduct.ok(t, { villageId: villageIds.PC01!, name: "洗洁精", unit: "瓶", price: 8, stock: 10 }, tokens.village)).id;
    const redeemKey = `shop-${newKey()}`;
    // An award whose key and household read like that redemption's entry key.
    const [first] = await awarded({ householdIds: [a], points: 2, reason: "小事", idempotencyKey: `redeem:${redeemKey.slice(0, -2)}` });
    expect(first!.delta).toBe(2);
    const sold = expectOk(await redeem(t, { householdId: a, lines: [{ productId: product, quantity: 1 }], idempotencyKey: redeemKey }, tokens.village));
    const redemptionId = sold.redeem.id;
    // A deduction whose key reads like the refund's entry key.
    const deducted = await deduct(a, rule("乱堆乱放"), { idempotencyKey: `cancel:${redemptionId}` });
    expect(deducted.errors, JSON.stringify(deducted.errors)).toBeUndefined();
    const cancelled = expectOk(await cancelRedemption(t, { id: redemptionId, reason: "退货" }, tokens.village));
    expect(cancelled.cancelRedemption.status).toBe("CANCELLED");
    expect(await balanceOf(a)).toBe(50 + 2 - 5);
  });
});
