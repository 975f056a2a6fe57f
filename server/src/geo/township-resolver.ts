import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow, LoggedIn } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { cost } from "../request/costs";
import { SortInput } from "../common/paging";
import { CreateTownshipInput, Township, TownshipFilter, TownshipPage, UpdateTownshipInput } from "./geo-types";
import * as townshipService from "./township-service";
import { geoLoaders } from "./geo-loaders";

// Geography is public to every logged-in user (it names places, not people);
// only the district admin changes it.

@Resolver(() => Township)
export class TownshipResolver {
  @Query(() => TownshipPage, { complexity: cost.list })
  @LoggedIn()
  townships(
    @Ctx() ctx: Context,
    @Arg("filter", () => TownshipFilter, { nullable: true }) filter?: TownshipFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return townshipService.listTownships(ctx.db, filter, sort, page, perPage);
  }

  @Query(() => Township, { complexity: cost.byId })
  @LoggedIn()
  township(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return townshipService.getTownship(ctx.db, id);
  }

  @Mutation(() => Township)
  @Allow("DISTRICT_ADMIN")
  createTownship(@Ctx() ctx: Context, @Arg("input", () => CreateTownshipInput) input: CreateTownshipInput) {
    return townshipService.createTownship(ctx.db, actorOf(ctx), input);
  }

  @Mutation(() => Township)
  @Allow("DISTRICT_ADMIN")
  updateTownship(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateTownshipInput) input: UpdateTownshipInput,
  ) {
    return townshipService.updateTownship(ctx.db, actorOf(ctx), id, input);
  }

  @FieldResolver(() => Int, { description: "Villages in the township" })
  villageCount(@Root() township: Township, @Ctx() ctx: Context) {
    return geoLoaders(ctx).villageCount.load(township.id);
  }
}
