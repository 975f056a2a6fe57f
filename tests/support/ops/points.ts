import { operation, type Id } from "./operation";
import { districtToday, newKey } from "./keys";

// The points ledger's operations: rules, awards (at once or on publicity),
// deductions, reversals and the ledger's reads. Each selects every field a
// test reads, so one document serves every test.

export const ENTRY = `id householdId villageId kind delta requestedDelta balanceAfter ruleId batchId redemptionId reversesEntryId reason deedDate recordedBy recordedAt`;
export const BATCH = `id villageId ruleId points reason note deedDate status publicityEndsOn postedAt withdrawnAt withdrawReason
  lines { id householdId householdNumber headName state removedReason objectionCount }`;
const RULE = `id villageId category name description points active`;

export type EntryKind = "AWARD" | "DEDUCTION" | "REDEMPTION" | "REFUND" | "REVERSAL";

export interface PointEntry {
  id: string;
  householdId: string;
  villageId: string;
  kind: EntryKind;
  delta: number;
  /** A DEDUCTION's points in full; null on other kinds. */
  requestedDelta: number | null;
  balanceAfter: number;
  ruleId: string | null;
  batchId: string | null;
  redemptionId: string | null;
  reversesEntryId: string | null;
  reason: string;
  deedDate: string;
  recordedBy: string;
  recordedAt: string;
}

export interface AwardLine {
  id: string;
  householdId: string;
  householdNumber: string;
  headName: string;
  state: "INCLUDED" | "REMOVED";
  removedReason: string | null;
  objectionCount: number;
}

export interface AwardBatch {
  id: string;
  villageId: string;
  ruleId: string | null;
  points: number;
  reason: string;
  note: string | null;
  deedDate: string;
  status: "ON_PUBLICITY" | "POSTED" | "WITHDRAWN";
  publicityEndsOn: string;
  postedAt: string | null;
  withdrawnAt: string | null;
  withdrawReason: string | null;
  lines: AwardLine[];
}

/** Entries when the village has no publicity, else the batch on publicity. */
export interface AwardResult {
  entries: PointEntry[];
  batch: AwardBatch | null;
}

export interface PointRule {
  id: string;
  villageId: string | null;
  category: string;
  name: string;
  description: string | null;
  points: number;
  active: boolean;
}

export interface AwardPointsInput {
  householdIds: Id[];
  ruleId?: Id;
  points?: number | null;
  reason?: string | null;
  note?: string;
  /** Default: today in the district. */
  deedDate?: string;
  /** Default: a fresh key. */
  idempotencyKey?: string;
}
export const awardPoints = operation<AwardPointsInput, "awardPoints", AwardResult>(
  "awardPoints",
  `mutation ($input: AwardPointsInput!) { awardPoints(input: $input) { entries { ${ENTRY} } batch { ${BATCH} } } }`,
  (input) => ({ input: { ...input, deedDate: input.deedDate ?? districtToday(), idempotencyKey: input.idempotencyKey ?? newKey() } }),
);

export interface DeductPointsInput {
  householdId: Id;
  ruleId: Id;
  note?: string;
  /** Default: today in the district. */
  deedDate?: string;
  /** Default: a fresh key. */
  idempotencyKey?: string;
}
export const deductPoints = operation<DeductPointsInput, "deductPoints", PointEntry>(
  "deductPoints",
  `mutation ($input: DeductPointsInput!) { deductPoints(input: $input) { ${ENTRY} } }`,
  (input) => ({ input: { ...input, deedDate: input.deedDate ?? districtToday(), idempotencyKey: input.idempotencyKey ?? newKey() } }),
);

export interface ReverseArgs {
  id: Id;
  /** Default: 录入错误. */
  reason?: string;
  /** Default: a fresh key. */
  idempotencyKey?: string;
}
export const reversePointEntry = operation<ReverseArgs, "reversePointEntry", PointEntry>(
  "reversePointEntry",
  `mutation ($id: ID!, $reason: String!, $key: String!) { reversePointEntry(id: $id, reason: $reason, idempotencyKey: $key) { ${ENTRY} } }`,
  ({ id, reason, idempotencyKey }) => ({ id, reason: reason ?? "录入错误", key: idempotencyKey ?? newKey() }),
);

// ---------------------------------------------------------------- publicity

export const awardBatch = operation<{ id: Id }, "awardBatch", AwardBatch>("awardBatch", `query ($id: ID!) { awardBatch(id: $id) { ${BATCH} } }`);

export const postAwardBatch = operation<{ id: Id }, "postAwardBatch", AwardBatch>(
  "postAwardBatch",
  `mutation ($id: ID!) { postAwardBatch(id: $id) { ${BATCH} } }`,
);
export const withdrawAwardBatch = operation<{ id: Id; reason: string }, "withdrawAwardBatch", AwardBatch>(
  "withdrawAwardBatch",
  `mutation ($id: ID!, $reason: String!) { withdrawAwardBatch(id: $id, reason: $reason) { ${BATCH} } }`,
);
export const removeAwardLine = operation<{ lineId: Id; reason: string }, "removeAwardLine", AwardBatch>(
  "removeAwardLine",
  `mutation ($lineId: ID!, $reason: String!) { removeAwardLine(lineId: $lineId, reason: $reason) { ${BATCH} } }`,
);
export interface Objection {
  id: string;
  lineId: string;
  reason: string;
  createdAt: string;
}
export const objectToAward = operation<{ lineId: Id; reason: string }, "objectToAward", Objection>(
  "objectToAward",
  `mutation ($lineId: ID!, $reason: String!) { objectToAward(lineId: $lineId, reason: $reason) { id lineId reason createdAt } }`,
);

// ---------------------------------------------------------------- rules

export interface CreatePointRuleInput {
  category: string;
  name: string;
  points: number;
  description?: string;
  /** Null or absent: a district-wide rule. */
  villageId?: Id | null;
}
export const createPointRule = operation<CreatePointRuleInput, "createPointRule", PointRule>(
  "createPointRule",
  `mutation ($input: CreatePointRuleInput!) { createPointRule(input: $input) { ${RULE} } }`,
  (input) => ({ input }),
);
export type UpdatePointRuleInput = Partial<Pick<PointRule, "category" | "name" | "description" | "points">> & { active?: boolean | null };
export const updatePointRule = operation<{ id: Id; input: UpdatePointRuleInput }, "updatePointRule", PointRule>(
  "updatePointRule",
  `mutation ($id: ID!, $input: UpdatePointRuleInput!) { updatePointRule(id: $id, input: $input) { ${RULE} } }`,
);

// ---------------------------------------------------------------- reads

export interface Reconciliation {
  householdsChecked: number;
  entriesChecked: number;
  mismatches: { householdId: string; cachedBalance: number; ledgerBalance: number }[];
  brokenEntries: { entryId: string; problem: string }[];
  monthSumMismatches: { villageId: string; month: string; kind: string; storedPoints: number; entryPoints: number }[];
  redeemerYearMismatches: { householdId: string; year: number; storedCounts: number[]; redemptionCounts: number[]; storedPeople: number | null; people: number | null }[];
  redeemerMonthMismatches: { villageId: string; year: number; month: number; storedHouseholds: number; households: number; storedPeople: number; people: number }[];
  householdCountMismatches: { villageId: string; status: string; category: string; storedHouseholds: number; households: number }[];
}
export const reconcileLedger = operation<Record<string, never>, "reconcileLedger", Reconciliation>(
  "reconcileLedger",
  `{ reconcileLedger { householdsChecked entriesChecked mismatches { householdId cachedBalance ledgerBalance } brokenEntries { entryId problem } monthSumMismatches { villageId month kind storedPoints entryPoints }
    redeemerYearMismatches { householdId year storedCounts redemptionCounts storedPeople people }
    redeemerMonthMismatches { villageId year month storedHouseholds households storedPeople people }
    householdCountMismatches { villageId status category storedHouseholds households } } }`,
);

export interface PointEntryListArgs {
  filter?: Record<string, unknown>;
  sort?: { field: string; order?: string }[];
  page?: number;
  perPage?: number;
}
export const pointEntries = operation<PointEntryListArgs, "pointEntries", { total: number; items: PointEntry[] }>(
  "pointEntries",
  `query ($filter: PointEntryFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
    pointEntries(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { total items { ${ENTRY} } }
  }`,
);

export const awardBatches = operation<{ filter?: Record<string, unknown>; perPage?: number }, "awardBatches", { total: number; items: { id: string; villageId: string; status: string }[] }>(
  "awardBatches",
  `query ($filter: AwardBatchFilter, $perPage: Int) { awardBatches(filter: $filter, perPage: $perPage) { total items { id villageId status } } }`,
);

export interface Passbook {
  householdId: string;
  householdNumber: string;
  headName: string;
  villageName: string;
  from: string | null;
  to: string | null;
  openingBalance: number;
  closingBalance: number;
  totalIn: number;
  totalOut: number;
  entries: { id: string; delta: number; balanceAfter: number; kind: EntryKind }[];
}
export const villagePassbooks = operation<{ villageId: Id; from?: string; to?: string }, "villagePassbooks", Passbook[]>(
  "villagePassbooks",
  `query ($villageId: ID!, $from: LocalDate, $to: LocalDate) {
    villagePassbooks(villageId: $villageId, from: $from, to: $to) {
      householdId householdNumber headName villageName from to openingBalance closingBalance totalIn totalOut entries { id delta balanceAfter kind }
    }
  }`,
);

export const householdPassbook = operation<{ householdId: Id; from?: string; to?: string }, "householdPassbook", Passbook>(
  "householdPassbook",
  `query ($householdId: ID!, $from: LocalDate, $to: LocalDate) {
    householdPassbook(householdId: $householdId, from: $from, to: $to) {
      householdId householdNumber headName villageName from to openingBalance closingBalance totalIn totalOut entries { id delta balanceAfter kind }
    }
  }`,
);
