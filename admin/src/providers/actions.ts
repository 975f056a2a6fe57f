import { ImportHouseholdsDocument } from "../documents/households";
import {
  AwardBatchesWithPhotosDocument,
  AwardPointsDocument,
  DeductPointsDocument,
  HouseholdPassbookDocument,
  VillagePassbooksDocument,
  ObjectToAwardDocument,
  PostAwardBatchDocument,
  RemoveAwardLineDocument,
  ReversePointEntryDocument,
  WithdrawAwardBatchDocument,
} from "../documents/points";
import { PointsRankingDocument, PointsReportDocument } from "../documents/reports";
import {
  CancelRedemptionDocument,
  CloseExchangeEventDocument,
  RedeemDocument,
  RedemptionReceiptDocument,
  ReopenExchangeEventDocument,
  RestockProductDocument,
  StockMovementsDocument,
} from "../documents/shop";
import type {
  AwardBatchFilter,
  AwardPointsInput as AwardPointsSchemaInput,
  AwardPointsMutation,
  DeductPointsInput,
  ImportHouseholdsInput,
  ImportHouseholdsMutation,
  PointsRankingQuery,
  PointsRankingQueryVariables,
  PointsReportFieldsFragment,
  PointsReportFilter,
  RedeemInput,
} from "../gql/graphql";
import { volunteerActions } from "../volunteer/actions";
import { accountActions } from "../users/actions";
import { onboardingActions } from "../onboarding/actions";
import { run } from "./run";

// The ledger's and the shop's operations that are not create / update /
// delete of a resource. Each mutation that moves points carries the
// idempotency key its form generated (common/idempotency.ts).

export type { DeductPointsInput, RedeemInput };

/** Award points to households: a positive rule, or points with a reason. */
export type AwardPointsInput = AwardPointsSchemaInput;

/** Entries posted at once, or a batch put on publicity (公示). */
export type AwardResult = AwardPointsMutation["result"];

/** The points supermarket's figures for an area and period (the server's pointsReport). */
export type PointsReport = PointsReportFieldsFragment;

/** A village's 红黑榜: its red and black lists and their rule. */
export type RankingBoard = PointsRankingQuery["result"];
/** One household on the 红黑榜. */
export type RankingRow = RankingBoard["red"][number];

export interface Page<T> {
  items: T[];
  /** Matching rows, counted by the server up to its cap; with totalCapped, more match. */
  total: number;
  totalCapped?: boolean;
}

/** One row of a household file, cells as text (households/householdFile.ts reads them). */
export type HouseholdImportRow = ImportHouseholdsInput["rows"][number];

/** importHouseholds' answer: every row with its problems; nothing written unless all are OK. */
export type HouseholdImportResult = ImportHouseholdsMutation["result"];

export const actions = {
  awardPoints: (input: AwardPointsInput) => run(AwardPointsDocument, { input }),

  deductPoints: (input: DeductPointsInput) => run(DeductPointsDocument, { input }),

  reversePointEntry: (params: { id: string; reason: string; idempotencyKey: string }) =>
    run(ReversePointEntryDocument, params),

  householdPassbook: (params: { householdId: string; from?: string | null; to?: string | null }) =>
    run(HouseholdPassbookDocument, { householdId: params.householdId, from: params.from || null, to: params.to || null }),

  villagePassbooks: (params: { villageId: string; from: string; to: string }) => run(VillagePassbooksDocument, params),

  postAwardBatch: (params: { id: string }) => run(PostAwardBatchDocument, params),

  withdrawAwardBatch: (params: { id: string; reason: string }) => run(WithdrawAwardBatchDocument, params),

  removeAwardLine: (params: { lineId: string; reason: string }) => run(RemoveAwardLineDocument, params),

  objectToAward: (params: { lineId: string; reason: string }) => run(ObjectToAwardDocument, params),

  /** A page of batches with their photos and their lines' (pages of few: each line's photos count towards the server's cost limit). */
  awardBatchesWithPhotos: (params: { filter: AwardBatchFilter; page: number; perPage: number; newestFirst?: boolean }) =>
    run(AwardBatchesWithPhotosDocument, {
      filter: params.filter,
      page: params.page,
      perPage: params.perPage,
      sort: [{ field: "id", order: params.newestFirst ? "DESC" : "ASC" }],
    }),

  restockProduct: (params: { id: string; quantity: number; reason: string }) => run(RestockProductDocument, params),

  stockMovements: (params: { productId: string; page?: number; perPage?: number }) =>
    run(StockMovementsDocument, { page: 1, perPage: 50, ...params }),

  closeExchangeEvent: (params: { id: string }) => run(CloseExchangeEventDocument, params),

  reopenExchangeEvent: (params: { id: string }) => run(ReopenExchangeEventDocument, params),

  redeem: (input: RedeemInput) => run(RedeemDocument, { input }),

  redemptionReceipt: (params: { id: string }) => run(RedemptionReceiptDocument, params),

  pointsReport: (filter: PointsReportFilter) => run(PointsReportDocument, { filter }),

  pointsRanking: (params: PointsRankingQueryVariables) => run(PointsRankingDocument, params),

  cancelRedemption: (params: { id: string; reason: string }) => run(CancelRedemptionDocument, params),

  importHouseholds: (input: ImportHouseholdsInput) => run(ImportHouseholdsDocument, { input }),

  // 文明实践 / 志愿服务 and the district calendar (volunteer/actions.ts).
  ...volunteerActions,

  // Password resets and a village's committee accounts (users/actions.ts).
  ...accountActions,

  // Residents' accounts: activation slips and family logins (onboarding/actions.ts).
  ...onboardingActions,
};
