import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow, LoggedIn } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { cost } from "../request/costs";
import { SortInput } from "../common/paging";
import { CreateVillageInput, Township, UpdateVillageInput, Village, VillageFilter, VillagePage } from "./geo-types";
import * as villageService from "./village-service";
import { geoLoaders } from "./geo-loaders";

// Geography is public to every logged-in user (it names places, not people);
// only the district admin changes it.

@Resolver(() => Village)
export class VillageResolver {
  @Query(() => VillagePage, { complexity: cost.list })
  @LoggedIn()
  villages(
    @Ctx() ctx: Context,
    @Arg("filter", () => VillageFilter, { nullable: true }) filter?: VillageFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return villageService.listVillages(ctx.db, filter, sort, page, perPage);
  }

  @Query(() => Village, { complexity: cost.byId })
  @LoggedIn()
  village(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return villageService.getVillage(ctx.db, id);
  }

  @Mutation(() => Village)
  @Allow("DISTRICT_ADMIN")
  createVillage(@Ctx() ctx: Context, @Arg("input", () => CreateVillageInput) input: CreateVillageInput) {
    return villageService.createVillage(ctx.db, actorOf(ctx), input);
  }

  @Mutation(() => Village)
  @Allow("DISTRICT_ADMIN")
  updateVillage(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateVillageInput) input: UpdateVillageInput,
  ) {
    return villageService.updateVillage(ctx.db, actorOf(ctx), id, input);
  }

  @FieldResolver(() => Township)
  async township(@Root() village: Village, @Ctx() ctx: Context) {
    return geoLoaders(ctx).township.load(village.townshipId);
  }

  @FieldResolver(() => Int, { description: "Households of the village that are not archived" })
  householdCount(@Root() village: Village, @Ctx() ctx: Context) {
    return geoLoaders(ctx).householdCount.load(village.id);
  }
}
