import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { GraphQLLocalDate } from "../common/local-date";
import { Allow } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { villageReaders, villageRunners, villageStaff } from "../request/actor";
import { SortInput } from "../common/paging";
import { cost } from "../request/costs";
import {
  AwardPointsInput,
  AwardResult,
  DeductPointsInput,
  LedgerReconciliation,
  Passbook,
  PointEntry,
  PointEntryAction,
  PointEntryFilter,
  PointEntryPage,
} from "./point-types";
import * as awards from "./award-service";
import * as entries from "./entry-service";
import { villagePassbooks } from "./village-passbooks";
import { reconcileLedger } from "./reconcile";
import { allowedEntryActions } from "./entry-actions";
import { pointsLoaders } from "./points-loaders";
import { Attachment } from "../files/attachment-types";

@Resolver(() => PointEntry)
export class PointEntryResolver {
  @Mutation(() => AwardResult, {
    description: "All or nothing. With the village's publicityDays > 0 the award waits as a batch on publicity (公示)",
  })
  @Allow(...villageRunners)
  awardPoints(@Ctx() ctx: Context, @Arg("input", () => AwardPointsInput) input: AwardPointsInput) {
    return awards.awardPoints(ctx.db, actorOf(ctx), ctx.timezone, input);
  }

  @Mutation(() => PointEntry, { description: "By a negative rule; never below zero (INSUFFICIENT_POINTS)" })
  @Allow(...villageRunners)
  deductPoints(@Ctx() ctx: Context, @Arg("input", () => DeductPointsInput) input: DeductPointsInput) {
    return entries.deductPoints(ctx.db, actorOf(ctx), ctx.timezone, input);
  }

  @Mutation(() => PointEntry, { description: "A REVERSAL entry cancelling an award or deduction, at most once" })
  @Allow(...villageRunners)
  reversePointEntry(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String) reason: string,
    @Arg("idempotencyKey", () => String) idempotencyKey: string,
  ) {
    return entries.reversePointEntry(ctx.db, actorOf(ctx), ctx.timezone, id, reason, idempotencyKey);
  }

  @Query(() => PointEntryPage, { complexity: cost.list })
  @Allow(...villageReaders)
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
  @Allow(...villageReaders)
  householdPassbook(
    @Ctx() ctx: Context,
    @Arg("householdId", () => ID) householdId: string,
    @Arg("from", () => GraphQLLocalDate, { nullable: true }) from?: string,
    @Arg("to", () => GraphQLLocalDate, { nullable: true }) to?: string,
  ) {
    return entries.passbook(ctx.db, actorOf(ctx), ctx.timezone, householdId, from, to);
  }

  @Query(() => [Passbook], {
    complexity: cost.villagePassbooks,
    description: "Every active household's passbook of a village for the period (recorded days), by household number: for printing them all",
  })
  @Allow(...villageStaff)
  villagePassbooks(
    @Ctx() ctx: Context,
    @Arg("villageId", () => ID) villageId: string,
    @Arg("from", () => GraphQLLocalDate, { nullable: true }) from?: string,
    @Arg("to", () => GraphQLLocalDate, { nullable: true }) to?: string,
  ) {
    return villagePassbooks(ctx.db, actorOf(ctx), ctx.timezone, villageId, from, to);
  }

  @Query(() => LedgerReconciliation, { complexity: cost.reconcile, description: "Every balance against its entries, every entry against the invariants" })
  @Allow("DISTRICT_ADMIN")
  reconcileLedger(@Ctx() ctx: Context) {
    return reconcileLedger(ctx.db);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "A DEDUCTION's points in full, as its rule sets them (negative); `delta` is what the balance could give, at most the balance. Null on other kinds.",
  })
  requestedDelta(@Root() entry: PointEntry): number | null {
    if (entry.kind !== "DEDUCTION") return null;
    // Deductions recorded before the full points were kept took exactly them.
    return entry.requestedDelta ?? entry.delta;
  }

  @FieldResolver(() => [Attachment], {
    description: "An AWARD's photos: the award's own, then its household's (posted at once or from a batch); [] for other entries",
  })
  attachments(@Root() entry: PointEntry, @Ctx() ctx: Context) {
    return pointsLoaders(ctx).entryAttachments.load(entry.id);
  }

  @FieldResolver(() => [PointEntryAction], { description: "What the caller may do with the entry now" })
  async allowedActions(@Root() entry: PointEntry, @Ctx() ctx: Context): Promise<PointEntryAction[]> {
    const actor = actorOf(ctx);
    const [reversal] = await pointsLoaders(ctx).reversals.load(entry.id);
    return allowedEntryActions(actor, entry, { reversedBy: reversal?.id ?? null });
  }
}
