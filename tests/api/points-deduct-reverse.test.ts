// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@cunwu/server/common/dates";
import { expectError } from "../support/assert";
import { createPointRule, updatePointRule, type PointEntry } from "../support/ops/points";
import { createProduct, redeem } from "../support/ops/shop";
import { districtToday, newKey } from "../support/ops/keys";
import { usePointsWorld } from "../support/points-world";
import type { TestServer } from "../support/server";

// Deductions (always recorded in full, never below zero) and reversals
// (once, never of spent points), each refused call leaving everything as it was.

const w = usePointsWorld();
const { tokens, userIds, villageIds, fresh, rule, awarded, deduct, reverse, balanceOf, nothingChanges } = w;
let t: TestServer;
beforeAll(async () => {
  t = w.t;
  // 石门村's own deduction rule, which applies in its village only.
  const own = await createPointRule.ok(t, { category: "OTHER", name: "散养家禽", points: -3, villageId: villageIds.PC01! }, tokens.village);
  w.nameRule("散养家禽", Number(own.id));
});
const today = districtToday();
const tomorrow = addDays(today, 1);
const yesterday = addDays(today, -1);

// ---------------------------------------------------------------- deductions

describe("deductPoints", () => {
  it("deducts by a negative rule, with balanceAfter, and a retry with the same key does it once", async () => {
    const a = fresh("PC01");
    await awarded({ householdIds: [a], points: 12, reason: "评为文明家庭" });
    const idempotencyKey = newKey();
    const first = await deduct(a, rule("乱堆乱放"), { idempotencyKey, note: "柴草堆在村道", deedDate: yesterday });
    expect(first.data?.deductPoints).toMatchObject({
      householdId: String(a),
      villageId: String(villageIds.PC01),
      kind: "DEDUCTION",
      delta: -5,
      balanceAfter: 7,
      ruleId: String(rule("乱堆乱放")),
      reason: "乱堆乱放（柴草堆在村道）",
      deedDate: yesterday,
      recordedBy: String(userIds.village),
    });
    const again = await deduct(a, rule("乱堆乱放"), { idempotencyKey, note: "柴草堆在村道", deedDate: yesterday });
    expect(again.data?.deductPoints).toEqual(first.data?.deductPoints);
    expect(await balanceOf(a)).toBe(7);
    // A village's own deduction rule applies in its village.
    const own = await deduct(a, rule("散养家禽"));
    expect(own.data?.deductPoints).toMatchObject({ delta: -3, balanceAfter: 4 });
    // Down to exactly zero is fine.
    await awarded({ householdIds: [a], points: 1, reason: "补足" });
    expect((await deduct(a, rule("乱堆乱放"))).data?.deductPoints.balanceAfter).toBe(0);
    expect(await balanceOf(a)).toBe(0);
  });

  it("records a violation larger than the balance in full, taking the balance to zero at most; reversing it gives back what it took", async () => {
    const [a, empty] = [fresh("PC01"), fresh("PC01")];
    await awarded({ householdIds: [a], points: 7, reason: "帮扶邻居" });
    const capped = (await deduct(a, rule("不履行赡养义务"))).data?.deductPoints as PointEntry;
    expect(capped).toMatchObject({ kind: "DEDUCTION", requestedDelta: -10, delta: -7, balanceAfter: 0, reason: "不履行赡养义务" });
    expect(await balanceOf(a)).toBe(0);
    // Nothing left to take: still on the record, taking nothing.
    const nothing = (await deduct(empty, rule("乱堆乱放"))).data?.deductPoints as PointEntry;
    expect(nothing).toMatchObject({ kind: "DEDUCTION", requestedDelta: -5, delta: 0, balanceAfter: 0 });
    expect(await balanceOf(empty)).toBe(0);
    // A deduction the balance covers takes the rule's points, as before.
    await awarded({ householdIds: [a], points: 12, reason: "评为文明家庭" });
    expect((await deduct(a, rule("乱堆乱放"))).data?.deductPoints).toMatchObject({ requestedDelta: -5, delta: -5, balanceAfter: 7 });
    // Reversed, each gives back exactly what it took.
    expect((await reverse(capped.id, { reason: "已整改" })).data?.reversePointEntry).toMatchObject({ kind: "REVERSAL", delta: 7, balanceAfter: 14 });
    expect((await reverse(nothing.id, { reason: "已整改" })).data?.reversePointEntry).toMatchObject({ kind: "REVERSAL", delta: 0, balanceAfter: 0 });
    expect(await balanceOf(a)).toBe(14);
    expect(await balanceOf(empty)).toBe(0);
  });

  it("refuses award rules, inactive or unknown rules, bad dates and keys, other villages and other roles", async () => {
    const a = fresh("PC01");
    await awarded({ householdIds: [a], points: 30, reason: "见义勇为" });
    const inactive = (await createPointRule.ok(t, { category: "OTHER", name: "停用的扣分", points: -2, villageId: villageIds.PC01! }, tokens.village)).id;
    await updatePointRule.ok(t, { id: inactive, input: { active: false } }, tokens.village);
    const pc03 = fresh("PC03");
    await awarded({ householdIds: [pc03], points: 30, reason: "见义勇为" }, tokens.admin);
    await nothingChanges(async () => {
      expectError(await deduct(a, rule("庭院整洁")), "BAD_USER_INPUT", { ruleId: "INVALID" });
      expectError(await deduct(a, Number(inactive)), "BAD_USER_INPUT", { ruleId: "NOT_FOUND" });
      expectError(await deduct(a, 999_999), "BAD_USER_INPUT", { ruleId: "NOT_FOUND" });
      expectError(await deduct(pc03, rule("散养家禽"), { token: tokens.admin }), "BAD_USER_INPUT", { ruleId: "INVALID" });
      expectError(await deduct(a, rule("乱堆乱放"), { deedDate: tomorrow }), "BAD_USER_INPUT", { deedDate: "OUT_OF_RANGE" });
      expectError(await deduct(a, rule("乱堆乱放"), { deedDate: addDays(today, -400) }), "BAD_USER_INPUT", { deedDate: "OUT_OF_RANGE" });
      expectError(await deduct(a, rule("乱堆乱放"), { idempotencyKey: "1234567" }), "BAD_USER_INPUT", { idempotencyKey: "INVALID" });
      expectError(await deduct(pc03, rule("乱堆乱放")), "BAD_USER_INPUT", { householdId: "NOT_FOUND" });
      expectError(await deduct(999_999, rule("乱堆乱放"), { token: tokens.admin }), "BAD_USER_INPUT", { householdId: "NOT_FOUND" });
      for (const role of ["district", "township", "dept", "resident"]) expectError(await deduct(a, rule("乱堆乱放"), { token: tokens[role] }), "FORBIDDEN");
    });
  });
});


// ---------------------------------------------------------------- reversals

describe("reversePointEntry", () => {
  it("reverses an award (balance back) and a deduction, once each; a retry returns the same reversal", async () => {
    const a = fresh("PC01");
    await awarded({ householdIds: [a], ruleId: rule("孝老爱亲") });
    const [fiveEntry] = await awarded({ householdIds: [a], ruleId: rule("庭院整洁") });
    const deduction = (await deduct(a, rule("乱堆乱放"))).data!.deductPoints as PointEntry;
    expect(await balanceOf(a)).toBe(10);

    const idempotencyKey = newKey();
    const reversal = await reverse(fiveEntry!.id, { idempotencyKey, reason: "重复录入" });
    const reversed = reversal.data?.reversePointEntry as PointEntry;
    expect(reversed).toMatchObject({
      householdId: String(a),
      villageId: String(villageIds.PC01),
      kind: "REVERSAL",
      delta: -5,
      balanceAfter: 5,
      reversesEntryId: fiveEntry!.id,
      ruleId: String(rule("庭院整洁")),
      reason: `冲正「${fiveEntry!.reason}」：重复录入`,
      deedDate: today,
      recordedBy: String(userIds.village),
    });
    expect((await reverse(fiveEntry!.id, { idempotencyKey, reason: "重复录入" })).data?.reversePointEntry).toEqual(reversed);
    expect(await balanceOf(a)).toBe(5);

    const undone = await reverse(deduction.id, { reason: "已整改" });
    expect(undone.data?.reversePointEntry).toMatchObject({ kind: "REVERSAL", delta: 5, balanceAfter: 10, reversesEntryId: deduction.id });
    expect(await balanceOf(a)).toBe(10);

    await nothingChanges(async () => {
      const twice = await reverse(fiveEntry!.id);
      expectError(twice, "CONFLICT");
      expect(twice.errors![0]!.extensions.reversedBy).toBe(reversed.id);
      expectError(await reverse(deduction.id), "CONFLICT");
      expectError(await reverse(reversed.id), "CONFLICT");
      expectError(await reverse(reversed.id, { token: tokens.admin }), "CONFLICT");
      // The same key with another reason is another request.
      expectError(await reverse(fiveEntry!.id, { idempotencyKey, reason: "另一个理由" }), "CONFLICT");
    });
  });

  it("refuses to reverse an award whose points were spent (deducted or redeemed): INSUFFICIENT_POINTS, nothing changes", async () => {
    const [a, b] = [fresh("PC01"), fresh("PC01")];
    const [spentByDeduction] = await awarded({ householdIds: [a], ruleId: rule("孝老爱亲") });
    await deduct(a, rule("不履行赡养义务"));
    const [spentInShop] = await awarded({ householdIds: [b], points: 20, reason: "扶贫济困" });
    const product = (await createProduct.ok(t, { villageId: villageIds.PC01!, name: "大米", unit: "袋", price: 15, stock: 5 }, tokens.village)).id;
    const sold = await redeem.ok(t, { householdId: b, lines: [{ productId: product, quantity: 1 }] }, tokens.village);
    const redemptionEntry = sold.entries.find((e) => e.kind === "REDEMPTION")!.id;
    expect(await balanceOf(a)).toBe(0);
    expect(await balanceOf(b)).toBe(5);

    const retryKey = newKey();
    await nothingChanges(async () => {
      const result = await reverse(spentByDeduction!.id, { idempotencyKey: retryKey });
      expectError(result, "INSUFFICIENT_POINTS");
      expect(result.errors![0]!.extensions).toMatchObject({ balance: 0, needed: 10 });
      expectError(await reverse(spentInShop!.id), "INSUFFICIENT_POINTS");
      // A redemption is undone by cancelling it, not by a reversal.
      expectError(await reverse(redemptionEntry), "CONFLICT");
    });
    // Once the household has the points again, the reversal goes through, with the same key.
    await awarded({ householdIds: [a], points: 10, reason: "补录" });
    const later = await reverse(spentByDeduction!.id, { idempotencyKey: retryKey });
    expect(later.data?.reversePointEntry).toMatchObject({ delta: -10, balanceAfter: 0 });
  });

  it("is NOT_FOUND outside the committee's village, FORBIDDEN to roles that move no points, and checks reason and key", async () => {
    const pc03 = fresh("PC03");
    const [entry] = await awarded({ householdIds: [pc03], ruleId: rule("庭院整洁") }, tokens.admin);
    await nothingChanges(async () => {
      expectError(await reverse(entry!.id), "NOT_FOUND");
      expectError(await reverse(entry!.id, { token: tokens.qinglong }), "NOT_FOUND");
      for (const role of ["district", "township", "dept", "resident"]) expectError(await reverse(entry!.id, { token: tokens[role] }), "FORBIDDEN");
      expectError(await reverse(999_999_999, { token: tokens.admin }), "NOT_FOUND");
      expectError(await reverse("abc", { token: tokens.admin }), "BAD_USER_INPUT");
      expectError(await reverse(entry!.id, { token: tokens.admin, reason: " " }), "BAD_USER_INPUT", { reason: "REQUIRED" });
      expectError(await reverse(entry!.id, { token: tokens.admin, idempotencyKey: "short" }), "BAD_USER_INPUT", { idempotencyKey: "INVALID" });
    });
    expect((await reverse(entry!.id, { token: tokens.admin })).data?.reversePointEntry.balanceAfter).toBe(0);
  });
});
