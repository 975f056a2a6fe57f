import crypto from "node:crypto";
import type fc from "fast-check";
import type { TestServer } from "../server";
import { awardPoints, deductPoints, reversePointEntry } from "../ops/points";
import { redeem } from "../ops/shop";
import type { LedgerSetup, VillageCode } from "./setup";

// The in-memory model of one run's world, and how a request that moves
// points is sent to the server.

export type EntryKind = "AWARD" | "DEDUCTION" | "REDEMPTION" | "REFUND" | "REVERSAL";
export type BatchStatus = "ON_PUBLICITY" | "POSTED" | "WITHDRAWN";

/** Households 0–3 are PC01's, 4–5 PC02's. */
export const pc01 = [0, 1, 2, 3];
export const pc02 = [4, 5];
export const productCount = 3;

export interface MHousehold {
  id: string;
  village: VillageCode;
  balance: number;
}
export interface MProduct {
  id: string;
  price: number;
  stock: number;
}
export interface MEntry {
  id: string;
  h: number;
  kind: EntryKind;
  delta: number;
  reversed: boolean;
}
export interface MLine {
  id: string;
  h: number;
  state: "INCLUDED" | "REMOVED";
  objections: number;
}
export interface MBatch {
  id: string;
  points: number;
  status: BatchStatus;
  /** Publicity has ended (the test moved its end date into the past). */
  ended: boolean;
  lines: MLine[];
}
export interface MRedemption {
  id: string;
  h: number;
  total: number;
  lines: { p: number; qty: number }[];
  status: "COMPLETED" | "CANCELLED";
}

/** A request that moves points, resolved against the model (indexes into its lists). */
export type Req =
  | { op: "award"; hs: number[]; rule: number | null; points: number | null }
  | { op: "deduct"; h: number; rule: number }
  | { op: "redeem"; h: number; lines: { p: number; qty: number }[] }
  | { op: "reverse"; entry: number; reason: string };

export interface Model {
  /** The run's fixed facts: tokens, villages, rules. */
  setup: LedgerSetup;
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

export function note(m: Model, kind: string, outcome: string, line: string) {
  m.log.push(line);
  m.tally.push(`${kind} ${outcome}`);
}

export type Real = TestServer;
export type Cmd = fc.AsyncCommand<Model, Real>;

export const newKey = () => `model-${crypto.randomUUID()}`;
/** A deed date safely in the past in any time zone, and within the last year. */
const deedDate = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);

export const villageOfReq = (m: Model, hs: number[]) => [...new Set(hs.map((h) => m.households[h]!.village))];
/** PC01's committee runs PC01; the district admin runs PC02 (and anything mixed). */
const tokenFor = (m: Model, villages: VillageCode[]) =>
  villages.length === 1 && villages[0] === "PC01" ? m.setup.tokens.village : m.setup.tokens.admin;

/** The GraphQL call for a request with a key, and its signature (the request without the key). */
export function callOf(m: Model, req: Req, key: string) {
  const { awardRules, deductRules, tokens } = m.setup;
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
      token = tokenFor(m, villageOfReq(m, req.hs));
      break;
    }
    case "deduct":
      input = { householdId: m.households[req.h]!.id, ruleId: deductRules[req.rule]!.id, deedDate };
      query = deductPoints.document;
      token = tokenFor(m, [m.households[req.h]!.village]);
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
      token = tokenFor(m, [m.households[entry.h]!.village]);
      break;
    }
  }
  const sig = `${req.op} ${JSON.stringify(input)}`;
  const variables = req.op === "reverse" ? { ...input, key } : { input: { ...input, idempotencyKey: key } };
  return { query, variables, token, sig };
}

/** What a first (fresh-key) call's result is remembered by: a retry must return the same. */
export function refOf(op: Req["op"], data: any): string {
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
