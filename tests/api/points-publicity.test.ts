// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { beforeAll, describe, expect, it } from "vitest";
import { asc, count, inArray } from "drizzle-orm";
import { households, pointEntries as pointEntriesTable } from "@cunwu/schema";
import { addDays } from "@cunwu/server/common/dates";
import { expectError } from "../support/assert";
import { archiveHousehold } from "../support/ops/households";
import {
  awardBatch,
  awardBatches,
  objectToAward,
  pointEntries,
  postAwardBatch,
  removeAwardLine,
  withdrawAwardBatch,
  type AwardBatch,
} from "../support/ops/points";
import { districtToday, newKey } from "../support/ops/keys";
import { usePointsWorld } from "../support/points-world";
import type { TestServer } from "../support/server";

// Awards on publicity (公示) in 青龙村 (3 days): the batch, objections, removed
// lines, posting once after publicity ends, withdrawal.

const w = usePointsWorld();
const { tokens, userIds, villageIds, hh, fresh, rule, award, awarded, deduct, balanceOf, nothingChanges, endPublicity, db } = w;
let t: TestServer;
beforeAll(() => {
  t = w.t;
});
const today = districtToday();
const tomorrow = addDays(today, 1);

// ---------------------------------------------------------------- publicity

describe("publicity (公示) in 青龙村, 3 days", () => {
  const get = (args: { id: string }, token?: string) => awardBatch(t, args, token);
  const post = (id: string, token = tokens.qinglong) => postAwardBatch(t, { id }, token);
  const withdraw = (id: string, reason = "评议未通过", token = tokens.qinglong) => withdrawAwardBatch(t, { id, reason }, token);
  const removeLine = (lineId: string, reason = "核实后不符合", token = tokens.qinglong) => removeAwardLine(t, { lineId, reason }, token);
  const object = (lineId: string, reason = "他家门前仍有垃圾", token = tokens.qinglongResident) => objectToAward(t, { lineId, reason }, token);
  const listed = async (token: string | undefined, filter: Record<string, unknown> = {}) =>
    (await awardBatches.ok(t, { filter, perPage: 200 }, token)).items.map((b) => b.id);
  /** An award that must go on publicity; returns its batch. */
  const onPublicity = async (...args: Parameters<typeof award>): Promise<AwardBatch> => (await award(...args)).data!.awardPoints.batch!;

  let batch: AwardBatch;
  let awardKey: string;
  let mb01Batch: string;
  const p1 = () => hh("PC02-001");
  let p2: number;
  let p3: number;
  const lineOf = (householdId: number) => batch.lines.find((l) => l.householdId === String(householdId))!;

  it("puts an award on publicity: a batch with its lines, no entries, balances unchanged", async () => {
    [p2, p3] = [fresh("PC02"), fresh("PC02")];
    awardKey = newKey();
    const before = await db().select({ n: count() }).from(pointEntriesTable);
    const result = await award({ householdIds: [p3, p1(), p2], ruleId: rule("庭院整洁"), note: "三月评比", idempotencyKey: awardKey }, tokens.qinglong);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.data!.awardPoints.entries).toEqual([]);
    batch = result.data!.awardPoints.batch!;
    expect(batch).toMatchObject({
      villageId: String(villageIds.PC02),
      ruleId: String(rule("庭院整洁")),
      points: 5,
      reason: "庭院整洁",
      note: "三月评比",
      deedDate: today,
      status: "ON_PUBLICITY",
      publicityEndsOn: addDays(today, 3),
      postedAt: null,
      withdrawnAt: null,
    });
    const rows = await db().select().from(households).where(inArray(households.id, [p1(), p2, p3])).orderBy(asc(households.number));
    expect(batch.lines).toEqual(
      rows.map((h) => expect.objectContaining({ householdId: String(h.id), householdNumber: h.number, headName: h.headName, state: "INCLUDED", removedReason: null, objectionCount: 0 })),
    );
    for (const id of [p1(), p2, p3]) expect(await balanceOf(id)).toBe(0);
    expect(await db().select({ n: count() }).from(pointEntriesTable)).toEqual(before);

    // A retry with the same key returns the same batch and makes no other.
    const retried = await award({ householdIds: [p3, p1(), p2], ruleId: rule("庭院整洁"), note: "三月评比", idempotencyKey: awardKey }, tokens.qinglong);
    expect(retried.data!.awardPoints).toEqual({ entries: [], batch });
    expect(await listed(tokens.qinglong)).toEqual([batch.id]);

    // 磨坝村 publishes for 5 days.
    const mb01 = await award({ householdIds: [fresh("MB01")], ruleId: rule("参与锅庄文化传承") }, tokens.admin);
    expect(mb01.data!.awardPoints.batch).toMatchObject({ status: "ON_PUBLICITY", publicityEndsOn: addDays(today, 5), points: 3 });
    mb01Batch = mb01.data!.awardPoints.batch!.id;
  });

  it("shows the batch to the village's residents with numbers and names, and to no other village", async () => {
    const seen = await awardBatch.ok(t, { id: batch.id }, tokens.qinglongResident);
    expect(seen).toEqual(batch);
    expect(await listed(tokens.qinglongResident)).toEqual([batch.id]);
    expect(await listed(tokens.qinglongResident, { status: "ON_PUBLICITY" })).toEqual([batch.id]);
    expect(await listed(tokens.qinglongResident, { status: "POSTED" })).toEqual([]);

    // 石门村's resident and committee: the batch does not exist for them.
    expectError(await get({ id: batch.id }, tokens.resident), "NOT_FOUND");
    expectError(await get({ id: batch.id }, tokens.village), "NOT_FOUND");
    expect(await listed(tokens.resident)).toEqual([]);
    expect(await listed(tokens.village)).toEqual([]);
    expect(await listed(tokens.village, { villageId: String(villageIds.PC02) })).toEqual([]);
    expectError(await get({ id: mb01Batch }, tokens.qinglongResident), "NOT_FOUND");
    // 蒲池乡's staff sees its township's batch, not 磨坝村's; the district sees both.
    expect(await listed(tokens.township)).toEqual([batch.id]);
    expectError(await get({ id: mb01Batch }, tokens.township), "NOT_FOUND");
    expect((await listed(tokens.district)).sort()).toEqual([batch.id, mb01Batch].sort());
    expect(await listed(tokens.admin, { villageId: String(villageIds.MB01) })).toEqual([mb01Batch]);
    expectError(await awardBatches(t, {}, tokens.dept), "FORBIDDEN");
    expectError(await get({ id: batch.id }, tokens.dept), "FORBIDDEN");
    expectError(await get({ id: "999999" }, tokens.admin), "NOT_FOUND");
  });

  it("lets the village's residents object; the committee sees the objections, residents only the counts", async () => {
    const line = lineOf(p2);
    await nothingChanges(async () => {
      expectError(await object(line.id, "不实", tokens.qinglong), "FORBIDDEN");
      expectError(await object(line.id, "不实", tokens.admin), "FORBIDDEN");
      expectError(await object(line.id, "不实", tokens.resident), "NOT_FOUND");
      expectError(await object(line.id, "  "), "BAD_USER_INPUT", { reason: "REQUIRED" });
      expectError(await object("999999"), "NOT_FOUND");
    });
    const objection = await object(line.id);
    expect(objection.data?.objectToAward).toMatchObject({ lineId: line.id, reason: "他家门前仍有垃圾" });
    // One objection per resident and line.
    expectError(await object(line.id, "再说一遍"), "CONFLICT");

    const asResident = await awardBatch.ok(t, { id: batch.id }, tokens.qinglongResident);
    expect(asResident.lines.map((l) => l.objectionCount)).toEqual(
      batch.lines.map((l) => (l.id === line.id ? 1 : 0)),
    );
    const hidden = await t.gql(`query ($id: ID!) { awardBatch(id: $id) { id objections { id reason } } }`, { id: batch.id }, tokens.qinglongResident);
    expectError(hidden, "FORBIDDEN");
    expect(hidden.errors![0]!.path).toEqual(["awardBatch", "objections"]);
    const listedHidden = await t.gql(`{ awardBatches { items { id objections { reason } } } }`, {}, tokens.qinglongResident);
    expectError(listedHidden, "FORBIDDEN");
    for (const token of [tokens.qinglong, tokens.township, tokens.admin]) {
      const seen = await t.ok(`query ($id: ID!) { awardBatch(id: $id) { objections { id lineId reason } } }`, { id: batch.id }, token);
      expect(seen.awardBatch.objections).toEqual([{ id: objection.data!.objectToAward.id, lineId: line.id, reason: "他家门前仍有垃圾" }]);
    }
  });

  it("cannot post before publicity ends; a line can be removed; posting writes entries for the included lines only, once", async () => {
    const removed = lineOf(p2);
    await nothingChanges(async () => {
      const early = await post(batch.id);
      expectError(early, "CONFLICT");
      expect(early.errors![0]!.extensions).toMatchObject({ status: "ON_PUBLICITY", publicityEndsOn: addDays(today, 3) });
      expectError(await post(batch.id, tokens.admin), "CONFLICT");
      expectError(await post(batch.id, tokens.village), "NOT_FOUND");
      for (const role of ["qinglongResident", "township", "district", "dept"]) expectError(await post(batch.id, tokens[role]), "FORBIDDEN");
      expectError(await removeLine(removed.id, "x", tokens.village), "NOT_FOUND");
      expectError(await removeLine(removed.id, "x", tokens.qinglongResident), "FORBIDDEN");
      expectError(await removeLine(removed.id, " "), "BAD_USER_INPUT", { reason: "REQUIRED" });
      expectError(await removeLine("999999"), "NOT_FOUND");
    });
    const afterRemoval = await removeLine(removed.id);
    expect(afterRemoval.data?.removeAwardLine.lines.find((l: { id: string }) => l.id === removed.id)).toMatchObject({
      state: "REMOVED",
      removedReason: "核实后不符合",
      objectionCount: 1,
    });
    await nothingChanges(async () => {
      expectError(await removeLine(removed.id), "CONFLICT");
      expectError(await object(removed.id), "CONFLICT");
    });

    await endPublicity(batch.id);
    const posted = await post(batch.id);
    expect(posted.errors, JSON.stringify(posted.errors)).toBeUndefined();
    expect(posted.data!.postAwardBatch).toMatchObject({ id: batch.id, status: "POSTED" });
    expect(posted.data!.postAwardBatch.postedAt).toBeTruthy();
    const entries = await pointEntries.ok(t, { filter: { villageId: villageIds.PC02 }, sort: [{ field: "id" }] }, tokens.qinglong);
    expect(entries.total).toBe(2);
    expect(entries.items.map((e) => Number(e.householdId)).sort()).toEqual([p1(), p3].sort());
    for (const entry of entries.items) {
      expect(entry).toMatchObject({ kind: "AWARD", delta: 5, balanceAfter: 5, batchId: batch.id, ruleId: String(rule("庭院整洁")), reason: "庭院整洁（三月评比）", deedDate: today, recordedBy: String(userIds.qinglong) });
    }
    expect(await balanceOf(p1())).toBe(5);
    expect(await balanceOf(p1(), tokens.qinglongResident)).toBe(5);
    expect(await balanceOf(p2)).toBe(0);
    expect(await balanceOf(p3)).toBe(5);

    await nothingChanges(async () => {
      expectError(await post(batch.id), "CONFLICT");
      expectError(await post(batch.id, tokens.admin), "CONFLICT");
      expectError(await withdraw(batch.id), "CONFLICT");
      expectError(await removeLine(lineOf(p3).id), "CONFLICT");
      expectError(await object(lineOf(p3).id), "CONFLICT");
      // Retrying the original award returns the (now posted) batch and writes nothing.
      const retried = await award({ householdIds: [p3, p1(), p2], ruleId: rule("庭院整洁"), note: "三月评比", idempotencyKey: awardKey }, tokens.qinglong);
      expect(retried.data!.awardPoints).toMatchObject({ entries: [], batch: { id: batch.id, status: "POSTED" } });
    });
  });

  it("withdraws a batch on publicity; a withdrawn batch never posts", async () => {
    const p4 = fresh("PC02");
    const second = await onPublicity({ householdIds: [p4], points: 8, reason: "调解纠纷" }, tokens.qinglong);
    await nothingChanges(async () => {
      expectError(await withdraw(second.id, " "), "BAD_USER_INPUT", { reason: "REQUIRED" });
      expectError(await withdraw(second.id, "x", tokens.village), "NOT_FOUND");
      expectError(await withdraw(second.id, "x", tokens.qinglongResident), "FORBIDDEN");
    });
    const withdrawn = await withdraw(second.id);
    expect(withdrawn.data?.withdrawAwardBatch).toMatchObject({ status: "WITHDRAWN", withdrawReason: "评议未通过", postedAt: null });
    expect(withdrawn.data?.withdrawAwardBatch.withdrawnAt).toBeTruthy();
    await endPublicity(second.id);
    await nothingChanges(async () => {
      expectError(await post(second.id), "CONFLICT");
      expectError(await withdraw(second.id), "CONFLICT");
      expectError(await object(second.lines[0]!.id), "CONFLICT");
      expectError(await removeLine(second.lines[0]!.id), "CONFLICT");
    });
    expect(await balanceOf(p4)).toBe(0);
    expect(await listed(tokens.qinglongResident, { status: "WITHDRAWN" })).toEqual([second.id]);
  });

  it("cannot post a batch whose every line was removed", async () => {
    const [p5, p6] = [fresh("PC02"), fresh("PC02")];
    const third = await onPublicity({ householdIds: [p5, p6], ruleId: rule("参加志愿活动") }, tokens.qinglong);
    for (const line of third.lines) await removeLine(line.id);
    await endPublicity(third.id);
    await nothingChanges(async () => {
      expectError(await post(third.id), "CONFLICT");
    });
    expect((await awardBatch.ok(t, { id: third.id }, tokens.qinglong)).status).toBe("ON_PUBLICITY");
    expect((await withdraw(third.id, "全部撤销")).data?.withdrawAwardBatch.status).toBe("WITHDRAWN");
    expect(await balanceOf(p5)).toBe(0);
  });

  it("is all or nothing on publicity too: no batch for a bad household or rule", async () => {
    const p7 = fresh("PC02");
    await nothingChanges(async () => {
      expectError(await award({ householdIds: [p7, hh("PC02-017")], ruleId: rule("庭院整洁") }, tokens.qinglong), "BAD_USER_INPUT", { householdIds: "INVALID" });
      expectError(await award({ householdIds: [p7, hh("PC01-001")], ruleId: rule("庭院整洁") }, tokens.qinglong), "BAD_USER_INPUT", { householdIds: "NOT_FOUND" });
      expectError(await award({ householdIds: [p7], ruleId: rule("大操大办") }, tokens.qinglong), "BAD_USER_INPUT", { ruleId: "INVALID" });
      expectError(await award({ householdIds: [p7], ruleId: rule("河道清漂护河") }, tokens.qinglong), "BAD_USER_INPUT", { ruleId: "INVALID" });
      expectError(await award({ householdIds: [p7], ruleId: rule("庭院整洁"), deedDate: tomorrow }, tokens.qinglong), "BAD_USER_INPUT", { deedDate: "OUT_OF_RANGE" });
    });
  });

  it("will not post while a household on it was archived meanwhile; removing its line lets it post", async () => {
    const [p9, p10] = [fresh("PC02"), fresh("PC02")];
    const fifth = await onPublicity({ householdIds: [p9, p10], ruleId: rule("邻里互助") }, tokens.qinglong);
    await archiveHousehold.ok(t, { id: p10 }, tokens.qinglong);
    await endPublicity(fifth.id);
    await nothingChanges(async () => {
      const refused = await post(fifth.id);
      expectError(refused, "CONFLICT");
      expect(refused.errors![0]!.extensions).toMatchObject({ householdId: String(p10), status: "ARCHIVED" });
    });
    const line = fifth.lines.find((l: { householdId: string }) => l.householdId === String(p10));
    await removeLine(line!.id, "已迁出注销");
    expect((await post(fifth.id)).data?.postAwardBatch.status).toBe("POSTED");
    expect(await balanceOf(p9)).toBe(5);
    expect(await balanceOf(p10)).toBe(0);
  });

  it("posts even when some user's key reads like the batch's own entry keys", async () => {
    const p8 = fresh("PC02");
    const fourth = await onPublicity({ householdIds: [p8], ruleId: rule("庭院整洁") }, tokens.qinglong);
    // 石门村's committee picks, by chance or not, a key that reads like the batch's entry for p8.
    const a = fresh("PC01");
    await awarded({ householdIds: [a], points: 10, reason: "好人好事" });
    const deducted = await deduct(a, rule("乱堆乱放"), { idempotencyKey: `batch:${fourth.id}:${p8}` });
    expect(deducted.errors, JSON.stringify(deducted.errors)).toBeUndefined();
    await endPublicity(fourth.id);
    const posted = await post(fourth.id);
    expect(posted.errors, JSON.stringify(posted.errors)).toBeUndefined();
    expect(posted.data!.postAwardBatch.status).toBe("POSTED");
    expect(await balanceOf(p8)).toBe(5);
  });
});
