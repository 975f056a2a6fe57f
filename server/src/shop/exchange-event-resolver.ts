import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { SortInput } from "../common/paging";
import { CreateExchangeEventInput, ExchangeEvent, ExchangeEventAction, ExchangeEventFilter, ExchangeEventPage } from "./shop-types";
import * as eventService from "./event-service";
import { cost } from "../request/costs";
import { todayIn } from "../common/dates";
import { villageReaders, villageRunners } from "../request/actor";
import { allowedEventActions } from "./event-actions";

// Readers see the shops within their scope (shop-scope.ts); runners run their village's; staff read stock history.

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
    return allowedEventActions(actor, event, todayIn(ctx.timezone));
  }

  @FieldResolver(() => Boolean, { description: "Dated after today (district days): announced, taking no sales until its day" })
  upcoming(@Root() event: ExchangeEvent, @Ctx() ctx: Context): boolean {
    return event.date > todayIn(ctx.timezone);
  }
}
