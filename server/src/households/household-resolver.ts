import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../auth/rules";
import { seesFullPhone } from "../auth/scope";
import { type Context, actorOf } from "../request/context";
import { SortInput } from "../common/paging";
import { maskPhone } from "../common/phone";
import { Village } from "../geo/geo-types";
import { CreateHouseholdInput, Household, HouseholdAction, HouseholdFilter, HouseholdPage, UpdateHouseholdInput } from "./household-types";
import { villageReaders, villageRunners } from "../request/actor";
import { allowedHouseholdActions } from "./household-actions";
import * as householdService from "./household-service";
import { HouseholdImportResult, ImportHouseholdsInput } from "./household-import-types";
import { importHouseholds } from "./household-import";
import { cost } from "../request/costs";
import { geoLoaders } from "../geo/geo-loaders";

// Readers see only their scope (auth/scope.ts householdScope); runners keep their village's households.

@Resolver(() => Household)
export class HouseholdResolver {
  @Query(() => HouseholdPage, { complexity: cost.list })
  @Allow(...villageReaders)
  households(
    @Ctx() ctx: Context,
    @Arg("filter", () => HouseholdFilter, { nullable: true }) filter?: HouseholdFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return householdService.listHouseholds(ctx.db, actorOf(ctx), filter, sort, page, perPage);
  }

  @Query(() => Household, { complexity: cost.byId })
  @Allow(...villageReaders)
  household(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return householdService.readHousehold(ctx.db, actorOf(ctx), id);
  }

  @Mutation(() => Household)
  @Allow(...villageRunners)
  createHousehold(@Ctx() ctx: Context, @Arg("input", () => CreateHouseholdInput) input: CreateHouseholdInput) {
    return householdService.createHousehold(ctx.db, actorOf(ctx), input);
  }

  @Mutation(() => Household)
  @Allow(...villageRunners)
  updateHousehold(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateHouseholdInput) input: UpdateHouseholdInput,
  ) {
    return householdService.updateHousehold(ctx.db, actorOf(ctx), id, input);
  }

  @Mutation(() => Household)
  @Allow(...villageRunners)
  archiveHousehold(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return householdService.archiveHousehold(ctx.db, actorOf(ctx), id);
  }

  @Mutation(() => HouseholdImportResult, {
    description: "Creates a village's households from a file's rows, all or none; each row's problems come back with its row number",
  })
  @Allow(...villageRunners)
  importHouseholds(@Ctx() ctx: Context, @Arg("input", () => ImportHouseholdsInput) input: ImportHouseholdsInput) {
    return importHouseholds(ctx.db, actorOf(ctx), input);
  }

  @FieldResolver(() => String, { nullable: true, description: "Masked (138****5678) unless you are the household, its village committee or the district admin" })
  phone(@Root() household: Household, @Ctx() ctx: Context): string | null {
    if (household.phone === null) return null;
    return seesFullPhone(actorOf(ctx), household) ? household.phone : maskPhone(household.phone);
  }

  @FieldResolver(() => Village)
  village(@Root() household: Household, @Ctx() ctx: Context) {
    return geoLoaders(ctx).village.load(household.villageId);
  }

  @FieldResolver(() => [HouseholdAction], { description: "What the caller may do with the household now" })
  async allowedActions(@Root() household: Household, @Ctx() ctx: Context): Promise<HouseholdAction[]> {
    const actor = actorOf(ctx);
    const village = await geoLoaders(ctx).village.load(household.villageId);
    return allowedHouseholdActions(actor, household, { hasShop: village?.hasShop ?? false });
  }
}
