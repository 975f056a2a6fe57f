/**
 * A model-based property test of the points ledger and the village shop
 * (issue 3: "random sequences of award, publicity, objection, post, deduct,
 * redeem, cancel, reverse and retried keys, applied to the server and to an
 * in-memory model").
 *
 * Each run gets a world of its own: 4 fresh households of 石门村 (PC01,
 * publicity 0: awards post at once), 2 of 青龙村 (PC02, publicity 3 days:
 * awards wait as batches) and 3 fresh products of PC01's shop with random
 * price and small stock. fast-check generates up to 25 commands; each one is
 * sent to the real server over HTTP and applied to the model, which predicts
 * the outcome (success or the exact error code). After every command the
 * server's balances, stock and batches must equal the model's; after every run
 * reconcileLedger must find nothing.
 *
 * Replay a failure with LEDGER_MODEL_SEED, LEDGER_MODEL_PATH and
 * LEDGER_MODEL_REPLAY_PATH (fast-check prints the seed and path, and the
 * replayPath after the counterexample); LEDGER_MODEL_RUNS changes the number
 * of runs; LEDGER_MODEL_STATS=1 prints how often each outcome came up.
 */
import crypto from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, sql } from "drizzle-orm";
import { awardBatches, households, pointRules, villages } from "@cunwu/schema";
import { errorCode, startTestServer, type GraphQLResult, type TestServer } from "../support/server";
import { createHousehold as createHouseholdOp } from "../support/ops/households";
import { awardPoints, createPointRule, deductPoints, pointEntries, reversePointEntry } from "../support/ops/points";
import { cancelRedemption, createProduct, redeem } from "../support/ops/shop";
import { newUserToken } from "../support/ops/users";

let t: TestServer;
const tokens: Record<"admin" | "village" | "objector", string> = { admin: "", village: "", objector: "" };
const villageIds: Record<VillageCode, string> = { PC01: "", PC02: "" };

interface Rule {
  id: string;
  points: number;
  /** null: district-wide */
  village: VillageCode | null;
}
/** Positive rules: district-wide ones and PC01's own (which PC02 may not use). */
let awardRules: Rule[] = [];
/** Negative rules: district-wide ones and PC01's own. */
let deductRules: Rule[] = [];

const db = () => t.server.connection.db;
const newKey = () => `model-${crypto.randomUUID()}`;
/** A deed date safely in the past in any time zone, and within the last year. */
const deedDate = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestServer();
  tokens.admin = await t.login("admin");
  tokens.village = await t.login("village");
  const rows = await db().select({ id: villages.id, code: villages.code }).from(villages);
  for (const code of ["PC01", "PC02"] as const) villageIds[code] = String(rows.find((v) => v.code === code)!.id);
  const villageOf = (id: number | null): VillageCode | null => (id === null ? null : String(id) === villageIds.PC01 ? "PC01" : "PC02");

  // PC01 gets a deduction rule of its own, so deductions can use a rule of the wrong village.
  await createPointRule.ok(t, { category: "HYGIENE", name: "模型测试: 门前乱倒污水", points: -3, villageId: villageIds.PC01 }, tokens.village);
  const rules = await db()
    .select({ id: pointRules.id, points: pointRules.points, villageId: pointRules.villageId })
    .from(pointRules)
    .where(eq(pointRules.active, true))
    .orderBy(asc(pointRules.id));
  const usable = (r: (typeof rules)[number]) => r.villageId === null || String(r.villageId) === villageIds.PC01;
  const pick = (list: typeof rules, points: number[]) =>
    points.flatMap((p) => {
      const rule = list.find((r) => r.points === p && r.villageId === null);
      return rule ? [rule] : [];
    });
  const ownPositive = rules.filter((r) => String(r.villageId) === villageIds.PC01 && r.points > 0);
  const ownNegative = rules.filter((r) => String(r.villageId) === villageIds.PC01 && r.points < 0);
  awardRules = [...pick(rules, [3, 5, 10]), ...ownPositive.slice(0, 1)]
    .filter(usable)
    .map((r) => ({ id: String(r.id), points: r.points, village: villageOf(r.villageId) }));
  deductRules = [...pick(rules, [-5, -10]), ...ownNegative.slice(0, 1)].map((r) => ({
    id: String(r.id),
    points: r.points,
    village: villageOf(r.villageId),
  }));
  expect(awardRules.map((r) => r.village)).toContain("PC01");
  expect(awardRules.filter((r) => r.village === null).length).toBeGreaterThan(1);
  expect(deductRules.map((r) => r.village)).toContain("PC01");

  // A resident of 青龙村 (a demo household, outside the generated world) who objects to awards on publicity.
  const [neighbour] = await db()
    .select({ id: households.id })
    .from(households)
    .where(and(eq(households.villageId, Number(villageIds.PC02)), eq(households.status, "ACTIVE")))
    .orderBy(asc(households.id))
    .limit(1);
  tokens.objector = await newUserToken(t, tokens.admin, { username: "qinglong.objector", password: "objector-password", role: "RESIDENT", householdId: neighbour!.id });
});
afterAll(() => t?.close());

// ---------------------------------------------------------------- the model

type VillageCode = "PC01" | "PC02";
type EntryKind = "AWARD" | "DEDUCTION" | "REDEMPTION" | "REFUND" | "REVERSAL";
type BatchStatus = "ON_PUBLICITY" | "POSTED" | "WITHDRAWN";

/** Households 0–3 are PC01's, 4–5 PC02's. */
const pc01 = [0, 1, 2, 3];
const pc02 = [4, 5];
const productCount = 3;

interface MHousehold {
  id: string;
  village: VillageCode;
  balance: number;
}
interface MProduct {
  id: string;
  price: number;
  stock: number;
}
interface MEntry {
  id: string;
  h: number;
  kind: EntryKind;
  delta: number;
  reversed: boolean;
}
interface MLine {
  id: string;
  h: number;
  state: "INCLUDED" | "REMOVED";
  objections: number;
}
interface MBatch {
  id: string;
  points: number;
  status: BatchStatus;
  /** Publicity has ended (the test moved its end date into the past). */
  ended: boolean;
  lines: MLine[];
}
interface MRedemption {
  id: string;
  h: number;
  total: number;
  lines: { p: number; qty: number }[];
  status: "COMPLETED" | "CANCELLED";
}

/** A request that moves points, resolved against the model (indexes into its lists). */
type Req =
  | { op: "award"; hs: number[]; rule: number | null; points: number | null }
  | { op: "deduct"; h: number; rule: number }
  | { op: "redeem"; h: number; lines: { p: number; qty: number }[] }
  | { op: "reverse"; entry: number; reason: string };

interface Model {
  households: MHousehold[];
  products: MProduct[];
  entries: MEntry[];
  batches: MBatch[];
  redemptions: MRedemption[];
  /** Keys the server has claimed: only a successful call claims one (a failure rolls the claim back). */
  claimed: Map<string, { sig: string; ref: string }>;
  /** Every keyed call made, for retries and reused keys. */
  calls: { key: string; req: Req }[];
  /** What happened, for the failure message. */
  log: string[];
  /** Each command's kind and outcome, for LEDGER_MODEL_STATS. */
  tally: string[];
}

function note(m: Model, kind: string, outcome: string, line: string) {
  m.log.push(line);
  m.tally.push(`${kind} ${outcome}`);
}

type Real = TestServer;
type Cmd = fc.AsyncCommand<Model, Real>;

const villageOfReq = (m: Model, hs: number[]) => [...new Set(hs.map((h) => m.households[h]!.village))];
/** PC01's committee runs PC01; the district admin runs PC02 (and anything mixed). */
const tokenFor = (villages: VillageCode[]) => (villages.length === 1 && villages[0] === "PC01" ? tokens.village : tokens.admin);

/** The GraphQL call for a request with a key, and its signature (the request without the key). */
function callOf(m: Model, req: Req, key: string) {
  let query: string;
  let input: Record<string, unknown>;
  let token: string;
  switch (req.op) {
    case "award": {
      const rule = req.rule === null ? null : awardRules[req.rule]!;
      input = {
        householdIds: req.hs.map((h) => m.households[h]!.id),
        deedDate,
        ...(rule ? { ruleId: rule.id } : { points: req.points, reason: "模型测试奖励" }),
      };
      query = awardPoints.document;
      token = tokenFor(villageOfReq(m, req.hs));
      break;
    }
    case "deduct":
      input = { householdId: m.households[req.h]!.id, ruleId: deductRules[req.rule]!.id, deedDate };
      query = deductPoints.document;
      token = tokenFor([m.households[req.h]!.village]);
      break;
    case "redeem":
      input = {
        householdId: m.households[req.h]!.id,
        lines: req.lines.map((l) => ({ productId: m.products[l.p]!.id, quantity: l.qty })),
      };
      query = redeem.document;
      token = tokens.village;
      break;
    case "reverse": {
      const entry = m.entries[req.entry]!;
      input = { id: entry.id, reason: req.reason };
      query = reversePointEntry.document;
      token = tokenFor([m.households[entry.h]!.village]);
      break;
    }
  }
  const sig = `${req.op} ${JSON.stringify(input)}`;
  const variables = req.op === "reverse" ? { ...input, key } : { input: { ...input, idempotencyKey: key } };
  return { query, variables, token, sig };
}

/** What a first (fresh-key) call's result is remembered by: a retry must return the same. */
function refOf(op: Req["op"], data: any): string {
  switch (op) {
    case "award":
      return data.awardPoints.batch ? `batch ${data.awardPoints.batch.id}` : `entries ${data.awardPoints.entries.map((e: any) => e.id).join(",")}`;
    case "deduct":
      return `entry ${data.deductPoints.id}`;
    case "redeem":
      return `redemption ${data.redeem.id}`;
    case "reverse":
      return `entry ${data.reversePointEntry.id}`;
  }
}

type Prediction = { code: string } | { code: null; apply: (data: any) => void };
const fails = (code: string): Prediction => ({ code });

/** The model's prediction for a request on a fresh key: the error, or what success changes. */
function predict(m: Model, req: Req): Prediction {
  switch (req.op) {
    case "award": {
      const vs = villageOfReq(m, req.hs);
      if (vs.length > 1) return fails("BAD_USER_INPUT"); // one award, one village
      const village = vs[0]!;
      const rule = req.rule === null ? null : awardRules[req.rule]!;
      if (rule?.village && rule.village !== village) return fails("BAD_USER_INPUT"); // another village's rule
      const points = rule ? rule.points : req.points!;
      if (village === "PC02") {
        return {
          code: null,
          apply: (data) => {
            const batch = data.awardPoints.batch;
            expect(data.awardPoints.entries).toEqual([]);
            expect(batch).toMatchObject({ status: "ON_PUBLICITY", points });
            expect(batch.lines.map((l: any) => l.householdId).sort()).toEqual(req.hs.map((h) => m.households[h]!.id).sort());
            m.batches.push({
              id: batch.id,
              points,
              status: "ON_PUBLICITY",
              ended: false,
              lines: batch.lines.map((l: any) => ({
                id: l.id,
                h: m.households.findIndex((x) => x.id === l.householdId),
                state: "INCLUDED",
                objections: 0,
              })),
            });
          },
        };
      }
      return {
        code: null,
        apply: (data) => {
          const entries = data.awardPoints.entries;
          expect(data.awardPoints.batch).toBeNull();
          expect(entries).toHaveLength(req.hs.length);
          for (const h of req.hs) {
            const household = m.households[h]!;
            household.balance += points;
            const entry = entries.find((e: any) => e.householdId === household.id);
            expect(entry).toMatchObject({ kind: "AWARD", delta: points, balanceAfter: household.balance });
            m.entries.push({ id: entry.id, h, kind: "AWARD", delta: points, reversed: false });
          }
        },
      };
    }
    case "deduct": {
      const household = m.households[req.h]!;
      const rule = deductRules[req.rule]!;
      if (rule.village && rule.village !== household.village) return fails("BAD_USER_INPUT");
      if (household.balance < -rule.points) return fails("INSUFFICIENT_POINTS");
      return {
        code: null,
        apply: (data) => {
          household.balance += rule.points;
          expect(data.deductPoints).toMatchObject({ kind: "DEDUCTION", delta: rule.points, balanceAfter: household.balance });
          m.entries.push({ id: data.deductPoints.id, h: req.h, kind: "DEDUCTION", delta: rule.points, reversed: false });
        },
      };
    }
    case "redeem": {
      const household = m.households[req.h]!;
      // Stock is taken in product id order (the order they were created in): the first short one is named.
      const short = [...req.lines].sort((a, b) => a.p - b.p).find((l) => m.products[l.p]!.stock < l.qty);
      if (short) return fails("OUT_OF_STOCK");
      const total = req.lines.reduce((sum, l) => sum + m.products[l.p]!.price * l.qty, 0);
      if (household.balance < total) return fails("INSUFFICIENT_POINTS");
      return {
        code: null,
        apply: (data) => {
          const r = data.redeem;
          household.balance -= total;
          for (const l of req.lines) m.products[l.p]!.stock -= l.qty;
          expect(r).toMatchObject({ householdId: household.id, total, status: "COMPLETED" });
          expect(r.lines.map((l: any) => [l.productId, l.quantity, l.unitPrice])).toEqual(
            req.lines.map((l) => [m.products[l.p]!.id, l.qty, m.products[l.p]!.price]),
          );
          expect(r.entries).toHaveLength(1);
          expect(r.entries[0]).toMatchObject({ kind: "REDEMPTION", delta: -total, balanceAfter: household.balance });
          m.entries.push({ id: r.entries[0].id, h: req.h, kind: "REDEMPTION", delta: -total, reversed: false });
          m.redemptions.push({ id: r.id, h: req.h, total, lines: req.lines, status: "COMPLETED" });
        },
      };
    }
    case "reverse": {
      const entry = m.entries[req.entry]!;
      const household = m.households[entry.h]!;
      if (entry.kind !== "AWARD" && entry.kind !== "DEDUCTION") return fails("CONFLICT");
      if (entry.reversed) return fails("CONFLICT");
      if (household.balance < entry.delta) return fails("INSUFFICIENT_POINTS");
      return {
        code: null,
        apply: (data) => {
          household.balance -= entry.delta;
          entry.reversed = true;
          const reversal = data.reversePointEntry;
          expect(reversal).toMatchObject({ kind: "REVERSAL", delta: -entry.delta, balanceAfter: household.balance, reversesEntryId: entry.id });
          m.entries.push({ id: reversal.id, h: entry.h, kind: "REVERSAL", delta: -entry.delta, reversed: false });
        },
      };
    }
  }
}

/** What the server answered, in a line, for messages. */
const answer = (result: GraphQLResult) =>
  result.errors?.length ? `${errorCode(result)}: ${result.errors[0]!.message}` : "ok";

function expectOutcome(result: GraphQLResult, code: string | null, what: string) {
  const got = result.errors?.length ? (errorCode(result) ?? "?") : null;
  if (got !== code) {
    throw new Error(`${what}: expected ${code ?? "success"}, the server answered ${answer(result)}`);
  }
}

/** A call with an idempotency key: a claimed key replays or conflicts; a fresh one is predicted. */
async function keyed(m: Model, real: Real, key: string, req: Req, label: string, via: "new" | "retry" | "reused key" | "start") {
  const kind = via === "new" ? req.op : `${req.op} (${via})`;
  const call = callOf(m, req, key);
  const claimed = m.claimed.get(key);
  const result = await real.gql(call.query, call.variables, call.token);
  if (claimed && claimed.sig === call.sig) {
    note(m, kind, "replay", `${label} → replay of ${claimed.ref}: ${answer(result)}`);
    expectOutcome(result, null, label);
    expect(refOf(req.op, result.data), `${label}: a retry returns the first result`).toBe(claimed.ref);
    return;
  }
  if (claimed) {
    note(m, kind, "key CONFLICT", `${label} → key already used for another request: ${answer(result)}`);
    expectOutcome(result, "CONFLICT", label);
    return;
  }
  const prediction = predict(m, req);
  note(m, kind, prediction.code ?? "ok", `${label} → predicted ${prediction.code ?? "ok"}, got ${answer(result)}`);
  expectOutcome(result, prediction.code, label);
  if (prediction.code === null) {
    prediction.apply(result.data);
    m.claimed.set(key, { sig: call.sig, ref: refOf(req.op, result.data) });
  } else if (prediction.code === "OUT_OF_STOCK" && req.op === "redeem") {
    const short = [...req.lines].sort((a, b) => a.p - b.p).find((l) => m.products[l.p]!.stock < l.qty)!;
    expect(result.errors![0]!.extensions.productId, `${label}: names the first short product`).toBe(m.products[short.p]!.id);
  }
}

/** The server's balances, stock and batches must be the model's. */
async function expectWorld(m: Model, real: Real, label: string) {
  const batchFields = m.batches.map((b, i) => `b${i}: awardBatch(id: "${b.id}") { id status lines { id state objectionCount } }`).join("\n");
  const data = await real.ok<any>(
    `query ($h: [ID!], $p: [ID!]) {
      households(filter: { ids: $h }, perPage: 50) { items { id balance entries(perPage: 1) { total } } }
      products(filter: { ids: $p }, perPage: 50) { items { id stock } }
      ${batchFields}
    }`,
    { h: m.households.map((h) => h.id), p: m.products.map((p) => p.id) },
    tokens.admin,
  );
  const byId = <T extends { id: string }>(items: T[]) => Object.fromEntries(items.map((x) => [x.id, x]));
  const balances = byId<{ id: string; balance: number; entries: { total: number } }>(data.households.items);
  const stock = byId<{ id: string; stock: number }>(data.products.items);
  const context = `after ${label}\n  ${m.log.join("\n  ")}`;
  expect(
    m.households.map((h) => [h.id, balances[h.id]?.balance]),
    `balances ${context}`,
  ).toEqual(m.households.map((h) => [h.id, h.balance]));
  // Nothing written twice, nothing written by a failure: each household has exactly the model's entries.
  expect(
    m.households.map((h) => [h.id, balances[h.id]?.entries.total]),
    `entry counts ${context}`,
  ).toEqual(m.households.map((h, i) => [h.id, m.entries.filter((e) => e.h === i).length]));
  expect(
    m.products.map((p) => [p.id, stock[p.id]?.stock]),
    `stock ${context}`,
  ).toEqual(m.products.map((p) => [p.id, p.stock]));
  m.batches.forEach((b, i) => {
    const got = data[`b${i}`];
    const lines = [...got.lines].sort((x: any, y: any) => Number(x.id) - Number(y.id));
    expect(
      { status: got.status, lines: lines.map((l: any) => [l.id, l.state, l.objectionCount]) },
      `batch ${b.id} ${context}`,
    ).toEqual({
      status: b.status,
      lines: [...b.lines].sort((x, y) => Number(x.id) - Number(y.id)).map((l) => [l.id, l.state, l.objections]),
    });
  });
}

// ---------------------------------------------------------------- commands

/** A generated request: picks (any natural numbers) are resolved against the model when it runs. */
type ReqSpec =
  | { op: "award"; hs: number[]; rule: number | null; points: number }
  | { op: "deduct"; h: number; rule: number }
  | { op: "redeem"; h: number; lines: { p: number; qty: number }[] }
  | { op: "reverse"; pick: number; reason: string };

function resolve(m: Readonly<Model>, spec: ReqSpec): Req | null {
  switch (spec.op) {
    case "award":
      return { op: "award", hs: spec.hs, rule: spec.rule === null ? null : spec.rule % awardRules.length, points: spec.rule === null ? spec.points : null };
    case "deduct":
      return { op: "deduct", h: spec.h, rule: spec.rule % deductRules.length };
    case "redeem":
      return spec;
    case "reverse":
      return m.entries.length ? { op: "reverse", entry: spec.pick % m.entries.length, reason: spec.reason } : null;
  }
}

const awardSpec = fc.record({
  op: fc.constant("award" as const),
  hs: fc.oneof(
    { weight: 4, arbitrary: fc.uniqueArray(fc.constantFrom(...pc01), { minLength: 1, maxLength: 3 }) },
    { weight: 4, arbitrary: fc.uniqueArray(fc.constantFrom(...pc02), { minLength: 1, maxLength: 2 }) },
    { weight: 1, arbitrary: fc.uniqueArray(fc.nat(5), { minLength: 2, maxLength: 4 }) },
  ),
  rule: fc.option(fc.nat(99), { nil: null }),
  points: fc.integer({ min: 1, max: 20 }),
});
const deductSpec = fc.record({
  op: fc.constant("deduct" as const),
  h: fc.nat(5),
  rule: fc.nat(99),
});
const redeemSpec = fc.record({
  op: fc.constant("redeem" as const),
  h: fc.constantFrom(...pc01),
  lines: fc.uniqueArray(fc.record({ p: fc.nat(productCount - 1), qty: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 3 })) }), {
    selector: (l) => l.p,
    minLength: 1,
    maxLength: 2,
  }),
});
const reverseSpec = fc.record({
  op: fc.constant("reverse" as const),
  pick: fc.nat(),
  reason: fc.constantFrom("录入错误", "重复奖励"),
});
const anySpec = fc.oneof(awardSpec, deductSpec, redeemSpec, reverseSpec);

const describeReq = (m: Readonly<Model>, req: Req) => {
  switch (req.op) {
    case "award":
      return `award(h=[${req.hs}], ${req.rule === null ? `${req.points} points` : `rule ${awardRules[req.rule]!.points}${awardRules[req.rule]!.village ? "@PC01" : ""}`})`;
    case "deduct":
      return `deduct(h=${req.h}, rule ${deductRules[req.rule]!.points}${deductRules[req.rule]!.village ? "@PC01" : ""})`;
    case "redeem":
      return `redeem(h=${req.h}, ${req.lines.map((l) => `p${l.p}×${l.qty}`).join(" ")})`;
    case "reverse": {
      const e = m.entries[req.entry]!;
      return `reverse(entry #${req.entry}: ${e.kind} ${e.delta} h=${e.h})`;
    }
  }
};

/** A command: its check on the model, what it does, and how it prints in a counterexample. */
function command(name: string, check: (m: Readonly<Model>) => boolean, run: (m: Model, real: Real) => Promise<string | void>): Cmd {
  return {
    check,
    async run(m, real) {
      const label = (await run(m, real)) ?? name;
      await expectWorld(m, real, label);
    },
    toString: () => name,
  };
}

/** A new keyed request with a fresh key. */
const freshCommand = (spec: ReqSpec) =>
  command(
    `${spec.op}(${JSON.stringify(spec)})`,
    (m) => resolve(m, spec) !== null,
    async (m, real) => {
      const req = resolve(m, spec)!;
      const key = newKey();
      const label = `${describeReq(m, req)} key#${m.calls.length}`;
      m.calls.push({ key, req });
      await keyed(m, real, key, req, label, "new");
      return label;
    },
  );

/** The very same request again, with its key: a network retry. */
const retryCommand = (pick: number) =>
  command(
    `retry(${pick})`,
    (m) => m.calls.length > 0,
    async (m, real) => {
      const i = pick % m.calls.length;
      const { key, req } = m.calls[i]!;
      const label = `retry key#${i}: ${describeReq(m, req)}`;
      await keyed(m, real, key, req, label, "retry");
      return label;
    },
  );

/** An earlier key with another request: CONFLICT if the key was claimed. */
const reuseCommand = (pick: number, spec: ReqSpec) =>
  command(
    `reuseKey(${pick}, ${JSON.stringify(spec)})`,
    (m) => m.calls.length > 0 && resolve(m, spec) !== null,
    async (m, real) => {
      const i = pick % m.calls.length;
      const req = resolve(m, spec)!;
      const key = m.calls[i]!.key;
      const label = `${describeReq(m, req)} reusing key#${i}`;
      m.calls.push({ key, req });
      await keyed(m, real, key, req, label, "reused key");
      return label;
    },
  );

const hasBatches = (m: Readonly<Model>) => m.batches.length > 0;

/** Batch operations: as the admin (PC02's committee would do the same), objections as a PC02 resident. */
const objectCommand = (batchPick: number, linePick: number) =>
  command(`object(${batchPick}, ${linePick})`, hasBatches, async (m, real) => {
    const b = m.batches[batchPick % m.batches.length]!;
    const line = b.lines[linePick % b.lines.length]!;
    const label = `object(batch ${b.id} ${b.status}, line h=${line.h} ${line.state})`;
    // One resident objects to a line once: a second objection is CONFLICT.
    const code = b.status !== "ON_PUBLICITY" || line.state !== "INCLUDED" || line.objections > 0 ? "CONFLICT" : null;
    const result = await real.gql(
      `mutation ($id: ID!, $r: String!) { objectToAward(lineId: $id, reason: $r) { id lineId } }`,
      { id: line.id, r: "该户当月并未参加整治" },
      tokens.objector,
    );
    note(m, label.split("(")[0]!, code ?? "ok", `${label} → predicted ${code ?? "ok"}, got ${answer(result)}`);
    expectOutcome(result, code, label);
    if (code === null) {
      expect((result.data as any).objectToAward.lineId).toBe(line.id);
      line.objections += 1;
    }
    return label;
  });

const removeLineCommand = (batchPick: number, linePick: number) =>
  command(`removeLine(${batchPick}, ${linePick})`, hasBatches, async (m, real) => {
    const b = m.batches[batchPick % m.batches.length]!;
    const line = b.lines[linePick % b.lines.length]!;
    const label = `removeLine(batch ${b.id} ${b.status}, line h=${line.h} ${line.state})`;
    const code = b.status !== "ON_PUBLICITY" || line.state !== "INCLUDED" ? "CONFLICT" : null;
    const result = await real.gql(
      `mutation ($id: ID!, $r: String!) { removeAwardLine(lineId: $id, reason: $r) { id status } }`,
      { id: line.id, r: "异议属实" },
      tokens.admin,
    );
    note(m, label.split("(")[0]!, code ?? "ok", `${label} → predicted ${code ?? "ok"}, got ${answer(result)}`);
    expectOutcome(result, code, label);
    if (code === null) line.state = "REMOVED";
    return label;
  });

/** Time passes for one batch: its publicity ends (the end date moves to the past in the database). */
async function endPublicity(m: Model, b: MBatch) {
  await db()
    .update(awardBatches)
    .set({ publicityEndsOn: sql`current_date - 1` })
    .where(eq(awardBatches.id, Number(b.id)));
  b.ended = true;
  note(m, "endPublicity", "-", `endPublicity(batch ${b.id})`);
}

const endPublicityCommand = (batchPick: number) =>
  command(`endPublicity(${batchPick})`, hasBatches, async (m) => {
    const b = m.batches[batchPick % m.batches.length]!;
    await endPublicity(m, b);
    return `endPublicity(batch ${b.id})`;
  });

/** Posts a batch, with its publicity ended first (`endFirst`) or as it stands. */
const postCommand = (batchPick: number, endFirst: boolean) =>
  command(`post(${batchPick}${endFirst ? ", after publicity" : ""})`, hasBatches, async (m, real) => {
    const b = m.batches[batchPick % m.batches.length]!;
    if (endFirst) await endPublicity(m, b);
    const included = b.lines.filter((l) => l.state === "INCLUDED");
    const label = `post(batch ${b.id} ${b.status}${b.ended ? " ended" : ""}, ${included.length} lines)`;
    const code = b.status !== "ON_PUBLICITY" || !b.ended || included.length === 0 ? "CONFLICT" : null;
    const result = await real.gql(`mutation ($id: ID!) { postAwardBatch(id: $id) { id status } }`, { id: b.id }, tokens.admin);
    note(m, label.split("(")[0]!, code ?? "ok", `${label} → predicted ${code ?? "ok"}, got ${answer(result)}`);
    expectOutcome(result, code, label);
    if (code !== null) return label;
    expect((result.data as any).postAwardBatch.status).toBe("POSTED");
    b.status = "POSTED";
    // The entries it wrote are the newest AWARD entries of the village.
    const written = await pointEntries.ok(
      real,
      { filter: { villageId: villageIds.PC02, kind: "AWARD" }, perPage: included.length, sort: [{ field: "id", order: "DESC" }] },
      tokens.admin,
    );
    const items = written.items;
    expect(items.map((e) => e.batchId)).toEqual(included.map(() => b.id));
    expect(items.map((e) => e.householdId).sort()).toEqual(included.map((l) => m.households[l.h]!.id).sort());
    for (const line of included) {
      const household = m.households[line.h]!;
      household.balance += b.points;
      const entry = items.find((e) => e.householdId === household.id);
      expect(entry).toMatchObject({ delta: b.points, balanceAfter: household.balance });
      m.entries.push({ id: entry!.id, h: line.h, kind: "AWARD", delta: b.points, reversed: false });
    }
    return label;
  });

const withdrawCommand = (batchPick: number) =>
  command(`withdraw(${batchPick})`, hasBatches, async (m, real) => {
    const b = m.batches[batchPick % m.batches.length]!;
    const label = `withdraw(batch ${b.id} ${b.status})`;
    const code = b.status !== "ON_PUBLICITY" ? "CONFLICT" : null;
    const result = await real.gql(
      `mutation ($id: ID!, $r: String!) { withdrawAwardBatch(id: $id, reason: $r) { id status } }`,
      { id: b.id, r: "公示期间发现差错" },
      tokens.admin,
    );
    note(m, label.split("(")[0]!, code ?? "ok", `${label} → predicted ${code ?? "ok"}, got ${answer(result)}`);
    expectOutcome(result, code, label);
    if (code === null) b.status = "WITHDRAWN";
    return label;
  });

const cancelCommand = (pick: number) =>
  command(
    `cancel(${pick})`,
    (m) => m.redemptions.length > 0,
    async (m, real) => {
      const r = m.redemptions[pick % m.redemptions.length]!;
      const household = m.households[r.h]!;
      const label = `cancel(redemption ${r.id} ${r.status}, ${r.total} points)`;
      const code = r.status === "CANCELLED" ? "CONFLICT" : null;
      const result = await cancelRedemption(real, { id: r.id, reason: "退货" }, tokens.village);
      note(m, label.split("(")[0]!, code ?? "ok", `${label} → predicted ${code ?? "ok"}, got ${answer(result)}`);
      expectOutcome(result, code, label);
      if (code !== null) return label;
      r.status = "CANCELLED";
      household.balance += r.total;
      for (const l of r.lines) m.products[l.p]!.stock += l.qty;
      const cancelled = (result.data as any).cancelRedemption;
      expect(cancelled.status).toBe("CANCELLED");
      const refund = cancelled.entries.find((e: any) => e.kind === "REFUND");
      expect(refund).toMatchObject({ delta: r.total, balanceAfter: household.balance });
      m.entries.push({ id: refund.id, h: r.h, kind: "REFUND", delta: r.total, reversed: false });
      return label;
    },
  );

const restockCommand = (p: number, quantity: number) =>
  command(
    `restock(p${p}, ${quantity})`,
    () => true,
    async (m, real) => {
      const product = m.products[p]!;
      const label = `restock(p${p} with ${product.stock}, ${quantity})`;
      const code = product.stock + quantity < 0 ? "BAD_USER_INPUT" : null;
      const result = await real.gql(
        `mutation ($id: ID!, $q: Int!, $r: String!) { restockProduct(id: $id, quantity: $q, reason: $r) { stock } }`,
        { id: product.id, q: quantity, r: quantity > 0 ? "补货" : "盘点更正" },
        tokens.village,
      );
      note(m, label.split("(")[0]!, code ?? "ok", `${label} → predicted ${code ?? "ok"}, got ${answer(result)}`);
      expectOutcome(result, code, label);
      if (code === null) {
        product.stock += quantity;
        expect((result.data as any).restockProduct.stock).toBe(product.stock);
      }
      return label;
    },
  );

const commandArbs: fc.Arbitrary<Cmd>[] = [
  awardSpec.map(freshCommand),
  awardSpec.map(freshCommand),
  awardSpec.map(freshCommand),
  deductSpec.map(freshCommand),
  redeemSpec.map(freshCommand),
  redeemSpec.map(freshCommand),
  reverseSpec.map(freshCommand),
  reverseSpec.map(freshCommand),
  fc.nat().map(cancelCommand),
  fc.nat().map(cancelCommand),
  fc.tuple(fc.nat(), fc.nat()).map(([b, l]) => objectCommand(b, l)),
  fc.tuple(fc.nat(), fc.nat()).map(([b, l]) => removeLineCommand(b, l)),
  fc.nat().map(endPublicityCommand),
  fc.tuple(fc.nat(), fc.boolean()).map(([b, endFirst]) => postCommand(b, endFirst)),
  fc.tuple(fc.nat(), fc.boolean()).map(([b, endFirst]) => postCommand(b, endFirst)),
  fc.nat().map(withdrawCommand),
  fc
    .tuple(fc.nat(productCount - 1), fc.integer({ min: -3, max: 4 }).filter((q) => q !== 0))
    .map(([p, q]) => restockCommand(p, q)),
  fc.nat().map(retryCommand),
  fc.nat().map(retryCommand),
  fc.tuple(fc.nat(), anySpec).map(([pick, spec]) => reuseCommand(pick, spec)),
];

// ---------------------------------------------------------------- the world of one run

let runNumber = 0;

interface WorldSpec {
  products: { price: number; stock: number }[];
  /** Points PC01's households start with (an award each, at once), so spending starts early. */
  balances: number[];
  /** Points of a batch on publicity for both PC02 households, or null for none. */
  batchPoints: number | null;
}

const worldArb: fc.Arbitrary<WorldSpec> = fc.record({
  products: fc.array(fc.record({ price: fc.integer({ min: 1, max: 8 }), stock: fc.integer({ min: 1, max: 6 }) }), {
    minLength: productCount,
    maxLength: productCount,
  }),
  balances: fc.array(
    fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 10, max: 60 }) }),
    { minLength: pc01.length, maxLength: pc01.length },
  ),
  batchPoints: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
});

/**
 * Fresh households and products, so each run starts from known balances and
 * stock; the starting awards go through the same checks as any command.
 */
async function newWorld(world: WorldSpec): Promise<Model> {
  runNumber += 1;
  const run = `${process.pid}-${runNumber}`;
  const createHousehold = async (village: VillageCode, i: number) => {
    const created = await createHouseholdOp.ok(t, { villageId: villageIds[village], number: `M${run}-${i}`, headName: `模型户${i}`, memberCount: 3 }, tokens.admin);
    expect(created.balance).toBe(0);
    return { id: created.id, village, balance: 0 };
  };
  const hs: MHousehold[] = [];
  for (const i of pc01) hs.push(await createHousehold("PC01", i));
  for (const i of pc02) hs.push(await createHousehold("PC02", i));
  const ps: MProduct[] = [];
  for (const [i, p] of world.products.entries()) {
    const product = await createProduct.ok(t, { villageId: villageIds.PC01, name: `模型商品${run}-${i}`, unit: "件", price: p.price, stock: p.stock }, tokens.village);
    ps.push({ id: product.id, price: p.price, stock: p.stock });
  }
  const m: Model = { households: hs, products: ps, entries: [], batches: [], redemptions: [], claimed: new Map(), calls: [], log: [], tally: [] };
  const start = async (req: Req) => {
    const key = newKey();
    const label = `start: ${describeReq(m, req)} key#${m.calls.length}`;
    m.calls.push({ key, req });
    await keyed(m, t, key, req, label, "start");
  };
  for (const [h, points] of world.balances.entries()) if (points > 0) await start({ op: "award", hs: [h], rule: null, points });
  if (world.batchPoints !== null) await start({ op: "award", hs: pc02, rule: null, points: world.batchPoints });
  await expectWorld(m, t, "the start");
  return m;
}

/** Up to 25 commands, any length up to that equally likely. */
const commandsArb = (replayPath: string | undefined) =>
  fc.commands(commandArbs, { maxCommands: 25, size: "max", ...(replayPath ? { replayPath } : {}) });

describe("the points ledger against a model", () => {
  it(
    "agrees with the model on every outcome, balance, stock and batch, and reconciles after every run",
    async () => {
      const stats = { runs: 0, commands: 0, by: {} as Record<string, number> };
      const seed = process.env.LEDGER_MODEL_SEED;
      const path = process.env.LEDGER_MODEL_PATH;
      const replayPath = process.env.LEDGER_MODEL_REPLAY_PATH;
      await fc.assert(
        fc.asyncProperty(worldArb, commandsArb(replayPath), async (world, cmds) => {
          const model = await newWorld(world);
          await fc.asyncModelRun(() => ({ model, real: t }), cmds);
          stats.runs += 1;
          stats.commands += model.tally.filter((k) => !k.includes("(start)")).length;
          for (const k of model.tally) stats.by[k] = (stats.by[k] ?? 0) + 1;
          const data = await t.ok<any>(
            `{ reconcileLedger { householdsChecked entriesChecked mismatches { householdId cachedBalance ledgerBalance } brokenEntries { entryId problem } } }`,
            {},
            tokens.admin,
          );
          expect(data.reconcileLedger.mismatches, `reconcileLedger after\n  ${model.log.join("\n  ")}`).toEqual([]);
          expect(data.reconcileLedger.brokenEntries, `reconcileLedger after\n  ${model.log.join("\n  ")}`).toEqual([]);
        }),
        {
          numRuns: Number(process.env.LEDGER_MODEL_RUNS ?? 20),
          ...(seed ? { seed: Number(seed) } : {}),
          ...(path ? { path } : {}),
        },
      );
      if (process.env.LEDGER_MODEL_STATS) {
        const by = Object.entries(stats.by).sort(([a], [b]) => (a < b ? -1 : 1));
        console.log(`ledger model: ${stats.runs} runs, ${stats.commands} commands\n${by.map(([k, n]) => `  ${k}: ${n}`).join("\n")}`);
      }
    },
  );
});
