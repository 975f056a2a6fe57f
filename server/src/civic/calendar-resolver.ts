import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { GraphQLLocalDate } from "../common/local-date";
import { Allow, LoggedIn } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { cost } from "../request/costs";
import { CalendarDayKind } from "./civic-enums";
import { CalendarDay } from "./category-types";
import * as calendar from "./calendar";

@Resolver(() => CalendarDay)
export class CalendarResolver {
  @Query(() => [CalendarDay], { complexity: cost.ownQuery, description: "The calendar's exceptions from `from` to `to` (inclusive, at most 3 years)" })
  @LoggedIn()
  calendarDays(@Arg("from", () => GraphQLLocalDate) from: string, @Arg("to", () => GraphQLLocalDate) to: string, @Ctx() ctx: Context) {
    return calendar.listCalendarDays(ctx.db, from, to);
  }

  @Mutation(() => CalendarDay, {
    description: "Sets a day's exception (a HOLIDAY on a weekday, a WORKDAY on a weekend); due dates already given stay",
  })
  @Allow("DISTRICT_ADMIN")
  setCalendarDay(
    @Ctx() ctx: Context,
    @Arg("date", () => GraphQLLocalDate) date: string,
    @Arg("kind", () => CalendarDayKind) kind: CalendarDayKind,
    @Arg("name", () => String) name: string,
  ) {
    return calendar.setCalendarDay(ctx.db, actorOf(ctx), date, kind, name);
  }

  @Mutation(() => Boolean, { description: "Removes a day's exception; NOT_FOUND when it has none" })
  @Allow("DISTRICT_ADMIN")
  removeCalendarDay(@Ctx() ctx: Context, @Arg("date", () => GraphQLLocalDate) date: string) {
    return calendar.removeCalendarDay(ctx.db, actorOf(ctx), date);
  }
}
