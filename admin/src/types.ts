import type {
  AttachmentFieldsFragment,
  AwardBatchFieldsFragment,
  AwardBatchStaffFieldsFragment,
  AwardObjectionFieldsFragment,
  DepartmentFieldsFragment,
  ExchangeEventFieldsFragment,
  HouseholdFieldsFragment,
  HouseholdPassbookQuery,
  PointEntryFieldsFragment,
  PointRuleFieldsFragment,
  ProductFieldsFragment,
  RedemptionFieldsFragment,
  StockMovementsQuery,
  TownshipFieldsFragment,
  UserFieldsFragment,
  VillageFieldsFragment,
} from "./gql/graphql";

// Records as the data provider returns them: the result types of the
// documents in src/documents/, generated from the schema (`pnpm codegen`).

export type Township = TownshipFieldsFragment;
export type Village = VillageFieldsFragment;
export type Department = DepartmentFieldsFragment;
/** `phone` may come back masked, e.g. 138****5678 */
export type Household = HouseholdFieldsFragment;
export type User = UserFieldsFragment;
/** `points` positive: an award, negative: a deduction; `villageId` null: district-wide */
export type PointRule = PointRuleFieldsFragment;
/** A photo as a record reads it back: signed links, valid a few minutes */
export type Attachment = AttachmentFieldsFragment;
/** `attachments` where the list asked for them (the household's passbook and entries; not the village's printed passbooks) */
export type PointEntry = PointEntryFieldsFragment & { attachments?: Attachment[] };
/** `attachments` where the batch was read with its photos (one batch, the 公示榜) */
export type AwardBatchLine = AwardBatchFieldsFragment["lines"][number] & { attachments?: Attachment[] };
export type AwardObjection = AwardObjectionFieldsFragment;
/** `objections` absent for residents, who see counts only */
export type AwardBatch = Omit<AwardBatchFieldsFragment, "lines"> &
  Partial<Pick<AwardBatchStaffFieldsFragment, "objections">> & { attachments?: Attachment[]; lines: AwardBatchLine[] };
export type Passbook = Omit<HouseholdPassbookQuery["result"], "entries"> & { entries: PointEntry[] };
export type Product = ProductFieldsFragment;
export type StockMovement = StockMovementsQuery["result"]["items"][number];
export type ExchangeEvent = ExchangeEventFieldsFragment;
export type RedemptionLine = RedemptionFieldsFragment["lines"][number];
export type Redemption = RedemptionFieldsFragment;
