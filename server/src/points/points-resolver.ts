import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { Allow, LoggedIn } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { pageRequest, SortInput } from "../common/paging";
import { Household } from "../households/household-types";
import {
  AwardBatch,
  AwardBatchFilter,
  AwardBatchLine,
  AwardBatchPage,
  AwardObjection,
  AwardPointsInput,
  AwardResult,
  CreatePointRuleInput,
  DeductPointsInput,
  LedgerReconciliation,
  Passbook,
  PointEntry,
  PointEntryFilter,
  PointEntryPage,
  PointRule,
  PointRuleFilter,
  PointRulePage,
  UpdatePointRuleInput,
} from "./point-types";
import * as rules from "./rule-service";
import * as awards from "./award-service";
import * as entries from "./entry-service";
import { reconcileLedger } from "./reconcile";
import { cost } from "../request/costs";
import { pointsLoaders } from "./points-loaders";

/** Who reads ledger records, each within its scope (auth/scope.ts villageRecordScope). */
const ledgerReaders = ["DISTRICT_ADMIN", "DISTRICT_STAFF", "TOWNSHIP_STAFF", "VILLAGE_COMMITTEE", "RESIDENT"] as const;
/** Who moves points: a village's committee in its village, the district admin anywhere. */
const ledgerWriters = ["DISTRICT_ADMIN", "VILLAGE_COMMITTEE"] as const;

@Resolver(() => PointRule)
export class PointRuleResolver {
  @Query(() => PointRulePage, { complexity: cost.list, description: "The rule catalogue is public to every logged-in user" })
  @LoggedIn()
  pointRules(
    @Ctx() ctx: Context,
    @Arg("filter", () => PointRuleFilter, { nullable: true }) filter?: PointRuleFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return rules.listRules(ctx.db, filter, sort, page, perPage);
  }

  @Query(() => PointRule, { complexity: cost.byId })
  @LoggedIn()
  pointRule(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return rules.getRule(ctx.db, id);
  }

  @Mutation(() => PointRule, { description: "District-wide rules: district admin; a village's own: its committee" })
  @Allow(...ledgerWriters)
  createPointRule(@Ctx() ctx: Context, @Arg("input", () => CreatePointRuleInput) input: CreatePointRuleInput) {
    return rules.createRule(ctx.db, actorOf(ctx), input);
  }

  @Mutation(() => PointRule)
  @Allow(...ledgerWriters)
  updatePointRule(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => UpdatePointRuleInput) input: UpdatePointRuleInput) {
    return rules.updateRule(ctx.db, actorOf(ctx), id, input);
  }
}

@Resolver(() => PointEntry)
export class PointEntryResolver {
  @Mutation(() => AwardResult, {
    description: "All or nothing. With the village's publicityDays > 0 the award waits as a batch on publicity (公示)",
  })
  @Allow(...ledgerWriters)
  awardPoints(@Ctx() ctx: Context, @Arg("input", () => AwardPointsInput) input: AwardPointsInput) {
    return awards.awardPoints(ctx.db, actorOf(ctx), ctx.timezone, input);
  }

  @Mutation(() => PointEntry, { description: "By a negative rule; never below zero (INSUFFICIENT_POINTS)" })
  @Allow(...ledgerWriters)
  deductPoints(@Ctx() ctx: Context, @Arg("input", () => DeductPointsInput) input: DeductPointsInput) {
    return entries.deductPoints(ctx.db, actorOf(ctx), ctx.timezone, input);
  }

  @Mutation(() => PointEntry, { description: "A REVERSAL entry cancelling an award or deduction, at most once" })
  @Allow(...ledgerWriters)
  reversePointEntry(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String) reason: string,
    @Arg("idempotencyKey", () => String) idempotencyKey: string,
  ) {
    return entries.reversePointEntry(ctx.db, actorOf(ctx), ctx.timezone, id, reason, idempotencyKey);
  }

  @Query(() => PointEntryPage, { complexity: cost.list })
  @Allow(...ledgerReaders)
  pointEntries(
    @Ctx() ctx: Context,
    @Arg("filter", () => PointEntryFilter, { nullable: true }) filter?: PointEntryFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return entries.listPointEntries(ctx.db, actorOf(ctx), filter, sort, page, perPage);
  }

  @Query(() => Passbook, { complexity: cost.passbook, description: "积分存折: entries recorded in the period (district days), with running balances" })
  @Allow(...ledgerReaders)
  householdPassbook(
    @Ctx() ctx: Context,
    @Arg("householdId", () => ID) householdId: string,
    @Arg("from", () => GraphQLLocalDate, { nullable: true }) from?: string,
    @Arg("to", () => GraphQLLocalDate, { nullable: true }) to?: string,
  ) {
    return entries.passbook(ctx.db, actorOf(ctx), ctx.timezone, householdId, from, to);
  }

  @Query(() => LedgerReconciliation, { complexity: cost.reconcile, description: "Every balance against its entries, every entry against the invariants" })
  @Allow("DISTRICT_ADMIN")
  reconcileLedger(@Ctx() ctx: Context) {
    return reconcileLedger(ctx.db);
  }
}

@Resolver(() => AwardBatch)
export class AwardBatchResolver {
  @Query(() => AwardBatchPage, { complexity: cost.list, description: "Residents see their village's batches: publicity is public" })
  @Allow(...ledgerReaders)
  awardBatches(
    @Ctx() ctx: Context,
    @Arg("filter", () => AwardBatchFilter, { nullable: true }) filter?: AwardBatchFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return awards.listAwardBatches(ctx.db, actorOf(ctx), filter, sort, page, perPage);
  }

  @Query(() => AwardBatch, { complexity: cost.byId })
  @Allow(...ledgerReaders)
  awardBatch(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return awards.getAwardBatch(ctx.db, actorOf(ctx), id);
  }

  @Mutation(() => AwardBatch, { description: "After publicity ends: writes the entries. Once only" })
  @Allow(...ledgerWriters)
  postAwardBatch(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return awards.postAwardBatch(ctx.db, actorOf(ctx), ctx.timezone, id);
  }

  @Mutation(() => AwardBatch)
  @Allow(...ledgerWriters)
  withdrawAwardBatch(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("reason", () => String) reason: string) {
    return awards.withdrawAwardBatch(ctx.db, actorOf(ctx), id, reason);
  }

  @Mutation(() => AwardBatch, { description: "Takes one household off a batch on publicity" })
  @Allow(...ledgerWriters)
  removeAwardLine(@Ctx() ctx: Context, @Arg("lineId", () => ID) lineId: string, @Arg("reason", () => String) reason: string) {
    return awards.removeAwardLine(ctx.db, actorOf(ctx), lineId, reason);
  }

  @Mutation(() => AwardObjection, { description: "A resident of the village objects to a line on publicity" })
  @Allow("RESIDENT")
  objectToAward(@Ctx() ctx: Context, @Arg("lineId", () => ID) lineId: string, @Arg("reason", () => String) reason: string) {
    return awards.objectToAward(ctx.db, actorOf(ctx), lineId, reason);
  }

  @FieldResolver(() => [AwardBatchLine])
  lines(@Root() batch: AwardBatch, @Ctx() ctx: Context) {
    return pointsLoaders(ctx).awardBatchLines.load(batch.id);
  }

  @FieldResolver(() => [AwardObjection], { description: "For the committee and staff; residents see counts only" })
  @Allow("DISTRICT_ADMIN", "DISTRICT_STAFF", "TOWNSHIP_STAFF", "VILLAGE_COMMITTEE")
  objections(@Root() batch: AwardBatch, @Ctx() ctx: Context) {
    return pointsLoaders(ctx).awardObjections.load(batch.id);
  }
}

@Resolver(() => Household)
export class HouseholdLedgerResolver {
  @FieldResolver(() => PointEntryPage, { complexity: cost.ownQuery, description: "The household's entries, newest first" })
  entries(
    @Root() household: Household,
    @Ctx() ctx: Context,
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return entries.householdEntries(ctx.db, household.id, pageRequest(page, perPage));
  }
}
