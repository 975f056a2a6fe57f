import type {
  AwardBatch,
  AwardObjection,
  ExchangeEvent,
  Passbook,
  PointEntry,
  Product,
  Redemption,
  StockMovement,
} from "../types";
import { graphql } from "./graphqlClient";
import { queryOf, selectionOf } from "./resourceQueries";
import { getUser } from "./session";
import { volunteerActions } from "../volunteer/actions";

// The ledger's and the shop's operations that are not create / update /
// delete of a resource. Each mutation that moves points carries the
// idempotency key its form generated (common/idempotency.ts).

const fields = (resource: string): string => selectionOf(queryOf(resource), getUser()?.role);

/** One operation whose single field is aliased `result`. */
const run = async <T>(document: string, variables: Record<string, unknown>): Promise<T> =>
  (await graphql<{ result: T }>(document, variables)).result;

export interface AwardPointsInput {
  householdIds: string[];
  /** a positive rule; or points with a reason */
  ruleId?: string | null;
  points?: number | null;
  reason?: string | null;
  /** YYYY-MM-DD */
  deedDate: string;
  note?: string | null;
  idempotencyKey: string;
}

/** Entries posted at once, or a batch put on publicity (公示). */
export interface AwardResult {
  entries: PointEntry[];
  batch: AwardBatch | null;
}

export interface DeductPointsInput {
  householdId: string;
  /** a negative rule */
  ruleId: string;
  deedDate: string;
  note?: string | null;
  idempotencyKey: string;
}

export interface RedeemInput {
  householdId: string;
  eventId?: string | null;
  lines: { productId: string; quantity: number }[];
  idempotencyKey: string;
}

/** The points supermarket's figures for an area and period (the server's pointsReport). */
export interface PointsReport {
  pointsAwarded: number;
  pointsDeducted: number;
  pointsRedeemed: number;
  pointsRefunded: number;
  netRedeemed: number;
  redeemingHouseholds: number;
  redeemingPeople: number;
  exchangeEventsHeld: number;
  villages: number;
  villagesWithShop: number;
  shopCoverage: number;
}

/** One household on the 红黑榜. */
export interface RankingRow {
  rank: number;
  householdId: string;
  householdNumber: string;
  headName: string;
  earned: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** One row of a household file, cells as text (households/householdFile.ts reads them). */
export interface HouseholdImportRow {
  row: number;
  number: string;
  headName: string;
  memberCount: string;
  phone: string;
  address: string;
  category: string;
}

/** importHouseholds' answer: every row with its problems; nothing written unless all are OK. */
export interface HouseholdImportResult {
  dryRun: boolean;
  ok: boolean;
  total: number;
  failed: number;
  imported: number;
  rows: {
    row: number;
    ok: boolean;
    householdId: string | null;
    errors: { field: string; code: string; message: string; duplicateOfRow: number | null }[];
  }[];
}

export const actions = {
  awardPoints: (input: AwardPointsInput) =>
    run<AwardResult>(
      `mutation AwardPoints($input: AwardPointsInput!) {
        result: awardPoints(input: $input) {
          entries { ${fields("pointEntries")} }
          batch { ${fields("awardBatches")} }
        }
      }`,
      { input },
    ),

  deductPoints: (input: DeductPointsInput) =>
    run<PointEntry>(
      `mutation DeductPoints($input: DeductPointsInput!) {
        result: deductPoints(input: $input) { ${fields("pointEntries")} }
      }`,
      { input },
    ),

  reversePointEntry: (params: { id: string; reason: string; idempotencyKey: string }) =>
    run<PointEntry>(
      `mutation ReversePointEntry($id: ID!, $reason: String!, $idempotencyKey: String!) {
        result: reversePointEntry(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { ${fields("pointEntries")} }
      }`,
      params,
    ),

  householdPassbook: (params: { householdId: string; from?: string | null; to?: string | null }) =>
    run<Passbook>(
      `query HouseholdPassbook($householdId: ID!, $from: LocalDate, $to: LocalDate) {
        result: householdPassbook(householdId: $householdId, from: $from, to: $to) {
          householdId householdNumber headName villageName from to
          openingBalance closingBalance totalIn totalOut
          entries { ${fields("pointEntries")} }
        }
      }`,
      { householdId: params.householdId, from: params.from || null, to: params.to || null },
    ),

  postAwardBatch: (params: { id: string }) =>
    run<AwardBatch>(
      `mutation PostAwardBatch($id: ID!) { result: postAwardBatch(id: $id) { ${fields("awardBatches")} } }`,
      params,
    ),

  withdrawAwardBatch: (params: { id: string; reason: string }) =>
    run<AwardBatch>(
      `mutation WithdrawAwardBatch($id: ID!, $reason: String!) {
        result: withdrawAwardBatch(id: $id, reason: $reason) { ${fields("awardBatches")} }
      }`,
      params,
    ),

  removeAwardLine: (params: { lineId: string; reason: string }) =>
    run<AwardBatch>(
      `mutation RemoveAwardLine($lineId: ID!, $reason: String!) {
        result: removeAwardLine(lineId: $lineId, reason: $reason) { ${fields("awardBatches")} }
      }`,
      params,
    ),

  objectToAward: (params: { lineId: string; reason: string }) =>
    run<AwardObjection>(
      `mutation ObjectToAward($lineId: ID!, $reason: String!) {
        result: objectToAward(lineId: $lineId, reason: $reason) { id lineId reason createdAt }
      }`,
      params,
    ),

  restockProduct: (params: { id: string; quantity: number; reason: string }) =>
    run<Product>(
      `mutation RestockProduct($id: ID!, $quantity: Int!, $reason: String!) {
        result: restockProduct(id: $id, quantity: $quantity, reason: $reason) { ${fields("products")} }
      }`,
      params,
    ),

  stockMovements: (params: { productId: string; page?: number; perPage?: number }) =>
    run<Page<StockMovement>>(
      `query StockMovements($productId: ID!, $page: Int, $perPage: Int) {
        result: stockMovements(productId: $productId, page: $page, perPage: $perPage) {
          items { id productId delta reason recordedAt recordedBy }
          total
        }
      }`,
      { page: 1, perPage: 50, ...params },
    ),

  closeExchangeEvent: (params: { id: string }) =>
    run<ExchangeEvent>(
      `mutation CloseExchangeEvent($id: ID!) { result: closeExchangeEvent(id: $id) { ${fields("exchangeEvents")} } }`,
      params,
    ),

  reopenExchangeEvent: (params: { id: string }) =>
    run<ExchangeEvent>(
      `mutation ReopenExchangeEvent($id: ID!) { result: reopenExchangeEvent(id: $id) { ${fields("exchangeEvents")} } }`,
      params,
    ),

  redeem: (input: RedeemInput) =>
    run<Redemption>(
      `mutation Redeem($input: RedeemInput!) { result: redeem(input: $input) { ${fields("redemptions")} } }`,
      { input },
    ),

  pointsReport: (filter: { from?: string; to?: string; townshipId?: string; villageId?: string }) =>
    run<PointsReport>(
      `query PointsReport($filter: PointsReportFilter) {
        result: pointsReport(filter: $filter) {
          pointsAwarded pointsDeducted pointsRedeemed pointsRefunded netRedeemed
          redeemingHouseholds redeemingPeople exchangeEventsHeld villages villagesWithShop shopCoverage
        }
      }`,
      { filter },
    ),

  pointsRanking: (params: { villageId: string; from?: string; to?: string; order: "TOP" | "BOTTOM"; limit: number }) =>
    run<RankingRow[]>(
      `query PointsRanking($villageId: ID!, $from: LocalDate, $to: LocalDate, $order: RankingOrder, $limit: Int) {
        result: pointsRanking(villageId: $villageId, from: $from, to: $to, order: $order, limit: $limit) {
          rank householdId householdNumber headName earned
        }
      }`,
      params,
    ),

  cancelRedemption: (params: { id: string; reason: string }) =>
    run<Redemption>(
      `mutation CancelRedemption($id: ID!, $reason: String!) {
        result: cancelRedemption(id: $id, reason: $reason) { ${fields("redemptions")} }
      }`,
      params,
    ),

  importHouseholds: (input: { villageId: string; rows: HouseholdImportRow[]; dryRun: boolean }) =>
    run<HouseholdImportResult>(
      `mutation ImportHouseholds($input: ImportHouseholdsInput!) {
        result: importHouseholds(input: $input) {
          dryRun ok total failed imported rows { row ok householdId errors { field code message duplicateOfRow } }
        }
      }`,
      { input },
    ),
  // 文明实践 / 志愿服务 and the district calendar (volunteer/actions.ts).
  ...volunteerActions,
};
