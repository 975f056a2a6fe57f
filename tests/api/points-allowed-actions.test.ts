import { afterAll, beforeAll, describe, it } from "vitest";
import { and, asc, eq, lt } from "drizzle-orm";
import { awardBatches, pointRules, users, villages } from "@cunwu/schema";
import { startTestServer, type TestServer } from "../support/server";
import { checkActions, conflict, notAllowed, type Outcome } from "../support/allowed-actions";
import { newKey } from "../support/ops/keys";
import { households } from "../support/ops/households";
import {
  awardBatch,
  awardPoints,
  createPointRule,
  deductPoints,
  objectToAward,
  postAwardBatch,
  removeAwardLine,
  reversePointEntry,
  updatePointRule,
  withdrawAwardBatch,
} from "../support/ops/points";
import { cancelRedemption, createProduct, redeem } from "../support/ops/shop";
import { postAtOnce } from "../support/ops/villages";

// The allowedActions of point rules, ledger entries, award batches and their
// lines, for every state and demo user: each listed action goes through,
// each other one is refused with its code and reason.

let t: TestServer;
const tokens: Record<string, string> = {};
let homeVillage: number;
let residentHousehold: string;
let otherHousehold: string;
let deductionRule: string;
let productId: string;

const db = () => t.server.connection.db;
const users6 = ["admin", "district", "township", "village", "dept", "resident"] as const;
const runners = new Set(["admin", "village"]);
const deedDate = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestServer();
  for (const name of users6) tokens[name] = await t.login(name);
  const [committee] = await db().select().from(users).where(eq(users.username, "village"));
  homeVillage = committee!.villageId!;
  const [resident] = await db().select().from(users).where(eq(users.username, "resident"));
  residentHousehold = String(resident!.householdId);
  await postAtOnce(t, homeVillage, tokens.admin!);
  const page = await households.ok(t, { perPage: 2, sort: [{ field: "id" }] }, tokens.village);
  otherHousehold = page.items.find((h) => h.id !== residentHousehold)!.id;
  const [rule] = await db().select().from(pointRules).where(and(lt(pointRules.points, 0), eq(pointRules.active, true))).orderBy(asc(pointRules.id));
  deductionRule = String(rule!.id);
  productId = (await createProduct.ok(t, { villageId: homeVillage, name: "测试香皂", unit: "块", price: 1, stock: 10_000 }, tokens.admin)).id;
});
afterAll(() => t?.close());

const forUser = <A extends string>(user: string, own: Record<A, Outcome>): Record<A, Outcome> =>
  runners.has(user) ? own : (Object.fromEntries(Object.keys(own).map((action) => [action, notAllowed])) as Record<A, Outcome>);

const award = (householdIds: string[], points = 5) => awardPoints.ok(t, { householdIds, points, reason: "测试", deedDate }, tokens.admin);

describe("PointRule.allowedActions", () => {
  const make = (villageId: number | null) => async () => {
    const input = { villageId, category: "OTHER", name: `测试细则${newKey().slice(0, 8)}`, points: 3 };
    return (await createPointRule.ok(t, input, tokens.admin)).id;
  };
  const cases = [
    { name: "district-wide", villageId: null, own: { admin: "ok", village: notAllowed } },
    { name: "the committee's village's own", villageId: 0, own: { admin: "ok", village: "ok" } },
  ] as const;
  for (const c of cases) {
    it(`a ${c.name} rule, for every demo user (every logged-in user reads rules)`, async () => {
      for (const user of users6) {
        const own = (c.own as Record<string, Outcome>)[user] ?? notAllowed;
        await checkActions<"UPDATE", string>({
          name: `${c.name} / ${user}`,
          make: make(c.villageId === null ? null : homeVillage),
          read: (id) => t.gql(`query ($id: ID!) { pointRule(id: $id) { allowedActions } }`, { id }, tokens[user]),
          listed: (data) => data.pointRule.allowedActions,
          act: (_action, id) => updatePointRule(t, { id, input: { description: "改" } }, tokens[user]),
          expected: { UPDATE: own },
        });
      }
    });
  }
});

describe("PointEntry.allowedActions", () => {
  type State = "AWARD" | "DEDUCTION" | "AWARD_REVERSED" | "REVERSAL" | "REDEMPTION" | "REFUND";
  const reverse = (id: string, token: string) => reversePointEntry(t, { id, reason: "测试" }, token);
  /** An entry of the resident's household (so the resident reads it) in the state. */
  async function make(state: State): Promise<string> {
    const [awarded] = (await award([residentHousehold], 20)).entries;
    if (state === "AWARD") return awarded!.id;
    if (state === "DEDUCTION") {
      return (await deductPoints.ok(t, { ruleId: deductionRule, householdId: residentHousehold, deedDate }, tokens.admin)).id;
    }
    if (state === "AWARD_REVERSED" || state === "REVERSAL") {
      const reversal = await reverse(awarded!.id, tokens.admin!);
      return state === "REVERSAL" ? reversal.data!.reversePointEntry.id : awarded!.id;
    }
    const sold = await redeem.ok(t, { householdId: residentHousehold, lines: [{ productId, quantity: 1 }] }, tokens.admin);
    if (state === "REDEMPTION") return sold.entries[0]!.id;
    const cancelled = await cancelRedemption.ok(t, { id: sold.id, reason: "测试" }, tokens.admin);
    return cancelled.entries.find((e) => e.kind === "REFUND")!.id;
  }
  const notReversible = conflict("ENTRY_NOT_REVERSIBLE");
  const expected: Record<State, Outcome> = {
    AWARD: "ok",
    DEDUCTION: "ok",
    AWARD_REVERSED: conflict("ALREADY_REVERSED"),
    REVERSAL: notReversible,
    REDEMPTION: notReversible,
    REFUND: notReversible,
  };
  for (const state of Object.keys(expected) as State[]) {
    it(`${state}, for every demo user`, async () => {
      for (const user of users6) {
        await checkActions<"REVERSE", string>({
          name: `${state} / ${user}`,
          make: () => make(state),
          read: () =>
            t.gql(
              `query ($h: ID!) { pointEntries(filter: { householdId: $h }, perPage: 200) { items { id allowedActions } } }`,
              { h: residentHousehold },
              tokens[user],
            ),
          listed: (data, id) => data.pointEntries.items.find((e: { id: string }) => e.id === id).allowedActions,
          act: (_action, id) => reverse(id, tokens[user]!),
          expected: forUser(user, { REVERSE: expected[state] }),
          unreadable: user === "dept" ? notAllowed : undefined,
        });
      }
    });
  }
});

describe("AwardBatch and AwardBatchLine allowedActions", () => {
  type BatchState = "RUNNING" | "ENDED" | "NO_LINES_LEFT" | "POSTED" | "WITHDRAWN";
  type LineState = "INCLUDED" | "REMOVED" | "OBJECTED" | "ON_POSTED_BATCH";
  interface Made {
    batch: string;
    line: string;
  }

  beforeAll(async () => {
    // Publicity on in the committee's village, so awards wait as batches.
    await db().update(villages).set({ publicityDays: 3 }).where(eq(villages.id, homeVillage));
  });
  afterAll(async () => {
    await db().update(villages).set({ publicityDays: 0 }).where(eq(villages.id, homeVillage));
  });

  const endPublicity = (batch: string) => db().update(awardBatches).set({ publicityEndsOn: deedDate }).where(eq(awardBatches.id, Number(batch)));
  const lineOf = async (batch: string, householdId: string) =>
    (await awardBatch.ok(t, { id: batch }, tokens.admin)).lines.find((line) => line.householdId === householdId)!.id;
  const removeLine = (line: string, token: string) => removeAwardLine(t, { lineId: line, reason: "测试" }, token);
  const objectTo = (line: string, token: string) => objectToAward(t, { lineId: line, reason: "不属实" }, token);
  const post = (batch: string, token: string) => postAwardBatch(t, { id: batch }, token);
  const withdraw = (batch: string, token: string) => withdrawAwardBatch(t, { id: batch, reason: "测试" }, token);

  /** A batch of the resident's household in the state; `line` is the resident's line. */
  async function makeBatch(state: BatchState): Promise<Made> {
    const { batch } = await award([residentHousehold]);
    const made = { batch: batch!.id, line: await lineOf(batch!.id, residentHousehold) };
    if (state !== "RUNNING" && state !== "WITHDRAWN") await endPublicity(made.batch);
    if (state === "NO_LINES_LEFT") await removeLine(made.line, tokens.admin!);
    if (state === "POSTED") await postAwardBatch.ok(t, { id: made.batch }, tokens.admin);
    if (state === "WITHDRAWN") await withdrawAwardBatch.ok(t, { id: made.batch, reason: "测试" }, tokens.admin);
    return made;
  }

  const batchStatus = conflict("BATCH_STATUS");
  const batchExpected: Record<BatchState, Record<"POST" | "WITHDRAW", Outcome>> = {
    RUNNING: { POST: conflict("PUBLICITY_RUNNING"), WITHDRAW: "ok" },
    ENDED: { POST: "ok", WITHDRAW: "ok" },
    NO_LINES_LEFT: { POST: conflict("NO_LINES_LEFT"), WITHDRAW: "ok" },
    POSTED: { POST: batchStatus, WITHDRAW: batchStatus },
    WITHDRAWN: { POST: batchStatus, WITHDRAW: batchStatus },
  };
  for (const state of Object.keys(batchExpected) as BatchState[]) {
    it(`a batch ${state}, for every demo user`, async () => {
      for (const user of users6) {
        await checkActions<"POST" | "WITHDRAW", Made>({
          name: `${state} / ${user}`,
          make: () => makeBatch(state),
          read: ({ batch }) => t.gql(`query ($id: ID!) { awardBatch(id: $id) { allowedActions } }`, { id: batch }, tokens[user]),
          listed: (data) => data.awardBatch.allowedActions,
          act: (action, { batch }) => (action === "POST" ? post(batch, tokens[user]!) : withdraw(batch, tokens[user]!)),
          expected: forUser(user, batchExpected[state]),
          unreadable: user === "dept" ? notAllowed : undefined,
        });
      }
    });
  }

  /** A line (the other household's, so that removing it leaves the resident's) in the state. */
  async function makeLine(state: LineState): Promise<Made> {
    const { batch } = await award([residentHousehold, otherHousehold]);
    const made = { batch: batch!.id, line: await lineOf(batch!.id, otherHousehold) };
    if (state === "REMOVED") await removeLine(made.line, tokens.admin!);
    if (state === "OBJECTED") await objectTo(made.line, tokens.resident!);
    if (state === "ON_POSTED_BATCH") {
      await endPublicity(made.batch);
      await postAwardBatch.ok(t, { id: made.batch }, tokens.admin);
    }
    return made;
  }
  /** Removing is the runners'; objecting the residents' (one objection each per line). */
  const lineExpected: Record<LineState, { REMOVE: Outcome; OBJECT: Outcome }> = {
    INCLUDED: { REMOVE: "ok", OBJECT: "ok" },
    REMOVED: { REMOVE: conflict("LINE_REMOVED"), OBJECT: conflict("LINE_REMOVED") },
    OBJECTED: { REMOVE: "ok", OBJECT: conflict("ALREADY_OBJECTED") },
    ON_POSTED_BATCH: { REMOVE: batchStatus, OBJECT: batchStatus },
  };
  for (const state of Object.keys(lineExpected) as LineState[]) {
    it(`a line ${state}, for every demo user`, async () => {
      for (const user of users6) {
        const own = lineExpected[state];
        await checkActions<"REMOVE" | "OBJECT", Made>({
          name: `line ${state} / ${user}`,
          make: () => makeLine(state),
          read: ({ batch }) => t.gql(`query ($id: ID!) { awardBatch(id: $id) { lines { id allowedActions } } }`, { id: batch }, tokens[user]),
          listed: (data, { line }) => data.awardBatch.lines.find((l: { id: string }) => l.id === line).allowedActions,
          act: (action, { line }) => (action === "REMOVE" ? removeLine(line, tokens[user]!) : objectTo(line, tokens[user]!)),
          expected: {
            REMOVE: runners.has(user) ? own.REMOVE : notAllowed,
            OBJECT: user === "resident" ? own.OBJECT : notAllowed,
          },
          unreadable: user === "dept" ? notAllowed : undefined,
        });
      }
    });
  }
});
