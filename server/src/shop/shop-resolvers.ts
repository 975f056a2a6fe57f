import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { SortInput } from "../common/paging";
import { todayIn } from "../common/dates";
import { notFound } from "../errors";
import { Household } from "../households/household-types";
import { PointEntry } from "../points/point-types";
import {
  CreateExchangeEventInput,
  CreateProductInput,
  ExchangeEvent,
  ExchangeEventAction,
  ExchangeEventFilter,
  ExchangeEventPage,
  Product,
  ProductFilter,
  ProductPage,
  RedeemInput,
  Redemption,
  RedemptionAction,
  RedemptionFilter,
  RedemptionLine,
  RedemptionPage,
  StockMovementPage,
  UpdateProductInput,
} from "./shop-types";
import * as productService from "./product-service";
import * as eventService from "./event-service";
import * as redemptionService from "./redemption-service";
import { shopLoaders } from "./shop-loaders";
import { cost } from "../request/costs";
import { villageReaders, villageRunners, villageStaff } from "../request/actor";
import { allowedActions } from "../auth/allowed-actions";
import { eventStepCheck } from "./event-actions";
import { cancelCheck } from "./redemption-actions";

// Readers see the shops within their scope (shop-scope.ts); runners run their village's; staff read stock history.

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => ProductPage, { complexity: cost.list, description: "Products of the shops you see; residents see their village's active catalogue" })
  @Allow(...villageReaders)
  products(
    @Ctx() ctx: Context,
    @Arg("filter", () => ProductFilter, { nullable: true }) filter?: ProductFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return productService.listProducts(ctx.db, actorOf(ctx), filter, sort, page, perPage);
  }

  @Query(() => Product, { complexity: cost.byId })
  @Allow(...villageReaders)
  product(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return productService.getProduct(ctx.db, actorOf(ctx), id);
  }

  @Query(() => StockMovementPage, { complexity: cost.list, description: "A product's restocking and corrections, newest first" })
  @Allow(...villageStaff)
  stockMovements(
    @Ctx() ctx: Context,
    @Arg("productId", () => ID) productId: string,
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return productService.listStockMovements(ctx.db, actorOf(ctx), productId, page, perPage);
  }

  @Mutation(() => Product, { description: "Puts a product on a village shop's shelf; initial stock is recorded as a stock movement" })
  @Allow(...villageRunners)
  createProduct(@Ctx() ctx: Context, @Arg("input", () => CreateProductInput) input: CreateProductInput) {
    return productService.createProduct(ctx.db, actorOf(ctx), input);
  }

  @Mutation(() => Product, { description: "Name, unit, price, active; stock changes only by restockProduct" })
  @Allow(...villageRunners)
  updateProduct(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateProductInput) input: UpdateProductInput,
  ) {
    return productService.updateProduct(ctx.db, actorOf(ctx), id, input);
  }

  @Mutation(() => Product, {
    description: "Adds stock, or with a negative quantity corrects it (never below 0); recorded with who, when and why",
  })
  @Allow(...villageRunners)
  restockProduct(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("quantity", () => Int) quantity: number,
    @Arg("reason", () => String) reason: string,
  ) {
    return productService.restockProduct(ctx.db, actorOf(ctx), id, quantity, reason);
  }
}

@Resolver(() => ExchangeEvent)
export class ExchangeEventResolver {
  @Query(() => ExchangeEventPage, { complexity: cost.list, description: "Exchange events (兑换活动) of the shops you see, newest first by default" })
  @Allow(...villageReaders)
  exchangeEvents(
    @Ctx() ctx: Context,
    @Arg("filter", () => ExchangeEventFilter, { nullable: true }) filter?: ExchangeEventFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return eventService.listExchangeEvents(ctx.db, actorOf(ctx), filter, sort, page, perPage);
  }

  @Query(() => ExchangeEvent, { complexity: cost.byId })
  @Allow(...villageReaders)
  exchangeEvent(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return eventService.getExchangeEvent(ctx.db, actorOf(ctx), id);
  }

  @Mutation(() => ExchangeEvent, { description: "Opens an exchange event in a village's shop" })
  @Allow(...villageRunners)
  createExchangeEvent(@Ctx() ctx: Context, @Arg("input", () => CreateExchangeEventInput) input: CreateExchangeEventInput) {
    return eventService.createExchangeEvent(ctx.db, actorOf(ctx), input);
  }

  @Mutation(() => ExchangeEvent, { description: "Closes an open event; CONFLICT if it is already closed" })
  @Allow(...villageRunners)
  closeExchangeEvent(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return eventService.closeExchangeEvent(ctx.db, actorOf(ctx), id);
  }

  @Mutation(() => ExchangeEvent, { description: "Opens a closed event again; CONFLICT if it is open" })
  @Allow(...villageRunners)
  reopenExchangeEvent(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return eventService.reopenExchangeEvent(ctx.db, actorOf(ctx), id);
  }

  @FieldResolver(() => [ExchangeEventAction], { description: "What the caller may do with the event now" })
  allowedActions(@Root() event: ExchangeEvent, @Ctx() ctx: Context): ExchangeEventAction[] {
    const actor = actorOf(ctx);
    return allowedActions({ CLOSE: () => eventStepCheck(actor, event, "CLOSE"), REOPEN: () => eventStepCheck(actor, event, "REOPEN") });
  }
}

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

  @FieldResolver(() => [RedemptionAction], { description: "What the caller may do with the redemption now" })
  allowedActions(@Root() redemption: Redemption, @Ctx() ctx: Context): RedemptionAction[] {
    const actor = actorOf(ctx);
    return allowedActions({ CANCEL: () => cancelCheck(actor, redemption) });
  }
}
