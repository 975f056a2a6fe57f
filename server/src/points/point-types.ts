import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { GraphQLLocalDate } from "../common/local-date";
import { awardBatchStatusEnum, awardLineStateEnum, entryKindEnum, ruleCategoryEnum } from "@cunwu/schema";
import { awardBatchActions, awardBatchLineActions } from "./batch-actions";
import { pointEntryActions } from "./entry-actions";
import { pointRuleActions } from "./rule-actions";
import { enumOf } from "../common/enums";
import { PageOf } from "../common/page-type";
import { HouseholdCategory, HouseholdStatus } from "../households/household-types";

/** Every value of an action enum described (the mutation it allows), or it does not compile. */
type Descriptions<T extends readonly string[]> = Record<T[number], { description: string }>;

export type RuleCategory = (typeof ruleCategoryEnum.enumValues)[number];
export const RuleCategory = enumOf(ruleCategoryEnum.enumValues);
registerEnumType(RuleCategory, {
  name: "RuleCategory",
  description: "HYGIENE 环境卫生, FILIAL_PIETY 孝老爱亲, CUSTOMS_REFORM 移风易俗, VOLUNTEERING 志愿服务, LAW_ABIDING 遵纪守法, INDUSTRY 产业发展, OTHER",
});

export type EntryKind = (typeof entryKindEnum.enumValues)[number];
export const EntryKind = enumOf(entryKindEnum.enumValues);
registerEnumType(EntryKind, { name: "EntryKind" });

export type AwardBatchStatus = (typeof awardBatchStatusEnum.enumValues)[number];
export const AwardBatchStatus = enumOf(awardBatchStatusEnum.enumValues);
registerEnumType(AwardBatchStatus, { name: "AwardBatchStatus", description: "ON_PUBLICITY 公示中, POSTED 已入账, WITHDRAWN 已撤回" });

export type AwardLineState = (typeof awardLineStateEnum.enumValues)[number];
export const AwardLineState = enumOf(awardLineStateEnum.enumValues);
registerEnumType(AwardLineState, { name: "AwardLineState" });

// What a caller may do with a record, in its `allowedActions`; the checks are in *-actions.ts.
export type PointRuleAction = (typeof pointRuleActions)[number];
export const PointRuleAction = enumOf(pointRuleActions);
registerEnumType(PointRuleAction, {
  name: "PointRuleAction",
  valuesConfig: { UPDATE: { description: "updatePointRule" } } satisfies Descriptions<typeof pointRuleActions>,
});
export type PointEntryAction = (typeof pointEntryActions)[number];
export const PointEntryAction = enumOf(pointEntryActions);
registerEnumType(PointEntryAction, {
  name: "PointEntryAction",
  valuesConfig: { REVERSE: { description: "reversePointEntry (an award or deduction not yet reversed)" } } satisfies Descriptions<
    typeof pointEntryActions
  >,
});
export type AwardBatchAction = (typeof awardBatchActions)[number];
export const AwardBatchAction = enumOf(awardBatchActions);
registerEnumType(AwardBatchAction, {
  name: "AwardBatchAction",
  valuesConfig: {
    POST: { description: "postAwardBatch (after publicity, with a line left)" },
    WITHDRAW: { description: "withdrawAwardBatch (while on publicity)" },
  } satisfies Descriptions<typeof awardBatchActions>,
});
export type AwardBatchLineAction = (typeof awardBatchLineActions)[number];
export const AwardBatchLineAction = enumOf(awardBatchLineActions);
registerEnumType(AwardBatchLineAction, {
  name: "AwardBatchLineAction",
  valuesConfig: {
    REMOVE: { description: "removeAwardLine (the committee, while on publicity)" },
    OBJECT: { description: "objectToAward (a resident of the village, once per line, while on publicity)" },
  } satisfies Descriptions<typeof awardBatchLineActions>,
});

@ObjectType({ description: "积分细则: district-wide when villageId is null, else one village's own" })
export class PointRule {
  @Field(() => ID) id!: number;
  @Field(() => ID, { nullable: true }) villageId!: number | null;
  @Field(() => RuleCategory) category!: RuleCategory;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Int, { description: "Positive: an award; negative: a deduction" }) points!: number;
  @Field(() => Boolean) active!: boolean;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO) updatedAt!: Date;
}

@ObjectType()
export class PointRulePage extends PageOf(PointRule) {}

@ObjectType({ description: "积分流水: one change of a household's balance; never changed or deleted" })
export class PointEntry {
  @Field(() => ID) id!: number;
  @Field(() => ID) householdId!: number;
  @Field(() => ID) villageId!: number;
  @Field(() => EntryKind) kind!: EntryKind;
  @Field(() => Int, { description: "Signed change of the balance" }) delta!: number;
  /** Stored only on deductions recorded in full; read through the `requestedDelta` field resolver. */
  requestedDelta!: number | null;
  @Field(() => Int, { description: "The household's balance after this entry (the passbook's running balance)" })
  balanceAfter!: number;
  @Field(() => ID, { nullable: true }) ruleId!: number | null;
  @Field(() => ID, { nullable: true }) batchId!: number | null;
  @Field(() => ID, { nullable: true }) activityId!: number | null;
  @Field(() => ID, { nullable: true }) redemptionId!: number | null;
  @Field(() => ID, { nullable: true, description: "The entry a REVERSAL cancels" }) reversesEntryId!: number | null;
  @Field(() => String) reason!: string;
  @Field(() => GraphQLLocalDate, { description: "The day of the deed (or of the sale)" }) deedDate!: string;
  @Field(() => ID) recordedBy!: number;
  @Field(() => GraphQLDateTimeISO) recordedAt!: Date;
}

@ObjectType()
export class PointEntryPage extends PageOf(PointEntry) {}

@ObjectType({ description: "One household on an award batch, as the publicity notice shows it" })
export class AwardBatchLine {
  @Field(() => ID) id!: number;
  @Field(() => ID) householdId!: number;
  @Field(() => String) householdNumber!: string;
  @Field(() => String) headName!: string;
  @Field(() => AwardLineState) state!: AwardLineState;
  @Field(() => String, { nullable: true }) removedReason!: string | null;
  @Field(() => Int) objectionCount!: number;
}

@ObjectType()
export class AwardObjection {
  @Field(() => ID) id!: number;
  @Field(() => ID) lineId!: number;
  @Field(() => String) reason!: string;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
}

@ObjectType({ description: "An award on publicity (公示); its entries are written when it posts" })
export class AwardBatch {
  @Field(() => ID) id!: number;
  @Field(() => ID) villageId!: number;
  @Field(() => ID, { nullable: true }) ruleId!: number | null;
  @Field(() => Int) points!: number;
  @Field(() => String) reason!: string;
  @Field(() => GraphQLLocalDate) deedDate!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => AwardBatchStatus) status!: AwardBatchStatus;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Last day of publicity; it may post from the day after" })
  publicityEndsOn!: string | null;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) postedAt!: Date | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) withdrawnAt!: Date | null;
  @Field(() => String, { nullable: true }) withdrawReason!: string | null;
}

@ObjectType()
export class AwardBatchPage extends PageOf(AwardBatch) {}

@ObjectType({ description: "What an award did: entries posted at once, or a batch put on publicity" })
export class AwardResult {
  @Field(() => [PointEntry]) entries!: PointEntry[];
  @Field(() => AwardBatch, { nullable: true }) batch!: AwardBatch | null;
}

@InputType()
export class PointRuleFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => ID, { nullable: true, description: "Rules that apply in this village: district-wide ones and its own" })
  villageId?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Only district-wide rules" }) districtOnly?: boolean | null;
  @Field(() => RuleCategory, { nullable: true }) category?: RuleCategory | null;
  @Field(() => Boolean, { nullable: true, description: "true: awards; false: deductions" }) positive?: boolean | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => String, { nullable: true }) q?: string | null;
}

@InputType()
export class CreatePointRuleInput {
  @Field(() => ID, { nullable: true, description: "Leave out for a district-wide rule (district admin only)" })
  villageId?: string | null;
  @Field(() => RuleCategory) category!: RuleCategory;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int) points!: number;
}

@InputType()
export class UpdatePointRuleInput {
  @Field(() => RuleCategory, { nullable: true }) category?: RuleCategory | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int, { nullable: true }) points?: number | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@InputType()
export class HouseholdAttachmentsInput {
  @Field(() => ID) householdId!: string;
  @Field(() => [ID]) attachmentIds!: string[];
}

@InputType()
export class AwardPointsInput {
  @Field(() => ID, { nullable: true, description: "A positive rule; or give points and reason" }) ruleId?: string | null;
  @Field(() => Int, { nullable: true }) points?: number | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => [ID], { description: "Households of one village" }) householdIds!: string[];
  @Field(() => GraphQLLocalDate) deedDate!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { description: "A fresh key (e.g. a UUID) per award; a retry with the same key does nothing twice" })
  idempotencyKey!: string;
  @Field(() => [ID], { nullable: true, description: "Photos of the deed for the award as a whole, at most 9" })
  attachmentIds?: string[] | null;
  @Field(() => [HouseholdAttachmentsInput], {
    nullable: true,
    description: "Photos per household (a courtyard each), at most 9 per household; each householdId must be one of householdIds, named once",
  })
  householdAttachments?: HouseholdAttachmentsInput[] | null;
}

@InputType()
export class DeductPointsInput {
  @Field(() => ID, { description: "A negative rule" }) ruleId!: string;
  @Field(() => ID) householdId!: string;
  @Field(() => GraphQLLocalDate) deedDate!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String) idempotencyKey!: string;
}

@InputType()
export class PointEntryFilter {
  @Field(() => ID, { nullable: true }) townshipId?: string | null;
  @Field(() => ID, { nullable: true }) villageId?: string | null;
  @Field(() => ID, { nullable: true }) householdId?: string | null;
  @Field(() => EntryKind, { nullable: true }) kind?: EntryKind | null;
  @Field(() => ID, { nullable: true }) ruleId?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Deed date from (inclusive)" }) from?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Deed date to (inclusive)" }) to?: string | null;
}

@InputType()
export class AwardBatchFilter {
  @Field(() => ID, { nullable: true }) villageId?: string | null;
  @Field(() => AwardBatchStatus, { nullable: true }) status?: AwardBatchStatus | null;
}

@ObjectType({ description: "积分存折: a household's entries in a period with running balances" })
export class Passbook {
  @Field(() => ID) householdId!: number;
  @Field(() => String) householdNumber!: string;
  @Field(() => String) headName!: string;
  @Field(() => String) villageName!: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) from!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) to!: string | null;
  @Field(() => Int, { description: "Balance before the first entry shown" }) openingBalance!: number;
  @Field(() => Int, { description: "Balance after the last entry shown" }) closingBalance!: number;
  @Field(() => Int) totalIn!: number;
  @Field(() => Int) totalOut!: number;
  @Field(() => [PointEntry]) entries!: PointEntry[];
}

@ObjectType()
export class BalanceMismatch {
  @Field(() => ID) householdId!: number;
  @Field(() => Int) cachedBalance!: number;
  @Field(() => Int) ledgerBalance!: number;
}

@ObjectType()
export class BrokenEntry {
  @Field(() => ID) entryId!: number;
  @Field(() => String) problem!: string;
}

@ObjectType({ description: "A village's monthly sum of one kind of entry (kept for the reports) that differs from its entries" })
export class MonthSumMismatch {
  @Field(() => ID) villageId!: number;
  @Field(() => String, { description: "YYYY-MM of the deed date" }) month!: string;
  @Field(() => EntryKind) kind!: EntryKind;
  @Field(() => Int) storedPoints!: number;
  @Field(() => Int) entryPoints!: number;
}

@ObjectType({ description: "A household's year of redemptions (kept for the reports) that differs from its redemptions not cancelled" })
export class RedeemerYearMismatch {
  @Field(() => ID) householdId!: number;
  @Field(() => Int, { description: "The district year" }) year!: number;
  @Field(() => [Int], { description: "Redemptions per month as kept, January first" }) storedCounts!: number[];
  @Field(() => [Int], { description: "Redemptions not cancelled per month, January first" }) redemptionCounts!: number[];
  @Field(() => Int, { nullable: true, description: "Member count as kept; null without a kept row" }) storedPeople!: number | null;
  @Field(() => Int, { nullable: true, description: "The household's member count; null without redemptions that year" }) people!: number | null;
}

@ObjectType({ description: "A village's redeeming households and people of a month (or year) as kept for the reports, differing from its redeemers by year counted again" })
export class RedeemerMonthMismatch {
  @Field(() => ID) villageId!: number;
  @Field(() => Int, { description: "The district year" }) year!: number;
  @Field(() => Int, { description: "1–12, or 0 for the whole year" }) month!: number;
  @Field(() => Int, { description: "Households as kept (its slots added)" }) storedHouseholds!: number;
  @Field(() => Int, { description: "Households counted again from the redeemers by year" }) households!: number;
  @Field(() => Int, { description: "People as kept" }) storedPeople!: number;
  @Field(() => Int, { description: "People counted again" }) people!: number;
}

@ObjectType({ description: "A village's households of one status and category as kept for districtReport, differing from the households counted again" })
export class HouseholdCountMismatch {
  @Field(() => ID) villageId!: number;
  @Field(() => HouseholdStatus) status!: HouseholdStatus;
  @Field(() => HouseholdCategory) category!: HouseholdCategory;
  @Field(() => Int, { description: "Households as kept" }) storedHouseholds!: number;
  @Field(() => Int, { description: "Households counted again" }) households!: number;
}

@ObjectType({ description: "Expected: no mismatches and no broken entries" })
export class LedgerReconciliation {
  @Field(() => Int) householdsChecked!: number;
  @Field(() => Int) entriesChecked!: number;
  @Field(() => [BalanceMismatch]) mismatches!: BalanceMismatch[];
  @Field(() => [BrokenEntry]) brokenEntries!: BrokenEntry[];
  @Field(() => [MonthSumMismatch], { description: "The reports' monthly sums against a recomputation from the entries" })
  monthSumMismatches!: MonthSumMismatch[];
  @Field(() => [RedeemerYearMismatch], { description: "The reports' redeemers by year against a recomputation from the redemptions" })
  redeemerYearMismatches!: RedeemerYearMismatch[];
  @Field(() => [RedeemerMonthMismatch], { description: "The reports' redeemer counts by village and month against a recount of the redeemers by year" })
  redeemerMonthMismatches!: RedeemerMonthMismatch[];
  @Field(() => [HouseholdCountMismatch], { description: "districtReport's household counts by village, status and category against a recount of the households" })
  householdCountMismatches!: HouseholdCountMismatch[];
}
