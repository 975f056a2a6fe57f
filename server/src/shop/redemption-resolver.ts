import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { SortInput } from "../common/paging";
import { todayIn } from "../common/dates";
import { notFound } from "../errors";
import { Household } from "../households/household-types";
import { PointEntry } from "../points/point-types";
import { RedeemInput, Redemption, RedemptionAction, RedemptionFilter, RedemptionLine, RedemptionPage } from "./shop-types";
import * as redemptionService from "./redemption-service";
import { shopLoaders } from "./shop-loaders";
import { cost } from "../request/costs";
import { villageReaders, villageRunners } from "../request/actor";
import { allowedRedemptionActions } from "./redemption-actions";

// Readers see the shops within their scope (shop-scope.ts); runners run their village's; staff read stock history.

@Resolver(() => Redemption)
export class RedemptionResolver {
  @Query(() => RedemptionPage, { complexity: cost.list, description: "Redemptions you see (a resident: its own household's), newest first by default" })
  @Allow(...villageReaders)
  redemptions(
    @Ctx() ctx: Context,
    @Arg("filter", () => RedemptionFilter, { nullable: true }) filter?: RedemptionFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return redemptionService.listRedemptions(ctx.db, actorOf(ctx), ctx.timezone, filter, sort, page, perPage);
  }

  @Query(() => Redemption, { complexity: cost.byId })
  @Allow(...villageReaders)
  redemption(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return redemptionService.getRedemption(ctx.db, actorOf(ctx), id);
  }

  @Mutation(() => Redemption, {
    description:
      "Sells goods for points, all or nothing: INSUFFICIENT_POINTS or OUT_OF_STOCK (naming the product) change nothing; " +
      "a retry with the same idempotencyKey returns the first redemption",
  })
  @Allow(...villageRunners)
  redeem(@Ctx() ctx: Context, @Arg("input", () => RedeemInput) input: RedeemInput) {
    return redemptionService.redeem(ctx.db, actorOf(ctx), input, todayIn(ctx.timezone));
  }

  @Mutation(() => Redemption, {
    description: "Refunds the points (a REFUND entry) and restocks the goods, once; the redemption stays on record as CANCELLED",
  })
  @Allow(...villageRunners)
  cancelRedemption(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("reason", () => String) reason: string) {
    return redemptionService.cancelRedemption(ctx.db, actorOf(ctx), id, reason, todayIn(ctx.timezone));
  }

  @FieldResolver(() => [RedemptionLine], { description: "The goods, each at its frozen unit price" })
  lines(@Root() redemption: Redemption, @Ctx() ctx: Context) {
    return shopLoaders(ctx).redemptionLines.load(redemption.id);
  }

  @FieldResolver(() => [PointEntry], { description: "The ledger entries it made: its REDEMPTION, and a REFUND once cancelled" })
  entries(@Root() redemption: Redemption, @Ctx() ctx: Context) {
    return shopLoaders(ctx).redemptionEntries.load(redemption.id);
  }

  @FieldResolver(() => Household, { description: "The household that redeemed" })
  async household(@Root() redemption: Redemption, @Ctx() ctx: Context) {
    // Whoever sees a redemption sees its household (the scopes match).
    const row = await shopLoaders(ctx).household.load(redemption.householdId);
    if (!row) throw notFound("Household", redemption.householdId);
    return row;
  }

  // A receipt's words: whoever sees a redemption sees its village, event and who recorded it.
  @FieldResolver(() => String, { description: "The village's name (the shop's)" })
  async villageName(@Root() redemption: Redemption, @Ctx() ctx: Context): Promise<string> {
    return (await shopLoaders(ctx).villageName.load(redemption.villageId))?.name ?? "";
  }

  @FieldResolver(() => String, { nullable: true, description: "The exchange event's title, if made at one" })
  async eventTitle(@Root() redemption: Redemption, @Ctx() ctx: Context): Promise<string | null> {
    if (redemption.eventId === null) return null;
    return (await shopLoaders(ctx).eventTitle.load(redemption.eventId))?.title ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Who recorded it (display name)" })
  async recorderName(@Root() redemption: Redemption, @Ctx() ctx: Context): Promise<string | null> {
    return (await shopLoaders(ctx).userName.load(redemption.recordedBy))?.displayName ?? null;
  }

  @FieldResolver(() => [RedemptionAction], { description: "What the caller may do with the redemption now" })
  allowedActions(@Root() redemption: Redemption, @Ctx() ctx: Context): RedemptionAction[] {
    const actor = actorOf(ctx);
    return allowedRedemptionActions(actor, redemption);
  }
}
