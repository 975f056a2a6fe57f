import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow, LoggedIn } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { SortInput } from "../common/paging";
import {
  CreateDepartmentInput,
  CreateTownshipInput,
  CreateVillageInput,
  Department,
  DepartmentFilter,
  DepartmentPage,
  Township,
  TownshipFilter,
  TownshipPage,
  UpdateDepartmentInput,
  UpdateTownshipInput,
  UpdateVillageInput,
  Village,
  VillageFilter,
  VillagePage,
} from "./geo-types";
import * as townshipService from "./township-service";
import * as villageService from "./village-service";
import * as departmentService from "./department-service";
import { cost } from "../request/costs";
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

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => DepartmentPage, { complexity: cost.list })
  @LoggedIn()
  departments(
    @Ctx() ctx: Context,
    @Arg("filter", () => DepartmentFilter, { nullable: true }) filter?: DepartmentFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return departmentService.listDepartments(ctx.db, filter, sort, page, perPage);
  }

  @Query(() => Department, { complexity: cost.byId })
  @LoggedIn()
  department(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return departmentService.getDepartment(ctx.db, id);
  }

  @Mutation(() => Department)
  @Allow("DISTRICT_ADMIN")
  createDepartment(@Ctx() ctx: Context, @Arg("input", () => CreateDepartmentInput) input: CreateDepartmentInput) {
    return departmentService.createDepartment(ctx.db, actorOf(ctx), input);
  }

  @Mutation(() => Department)
  @Allow("DISTRICT_ADMIN")
  updateDepartment(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateDepartmentInput) input: UpdateDepartmentInput,
  ) {
    return departmentService.updateDepartment(ctx.db, actorOf(ctx), id, input);
  }

  @FieldResolver(() => Township, { nullable: true })
  async township(@Root() department: Department, @Ctx() ctx: Context) {
    return department.townshipId === null ? null : geoLoaders(ctx).township.load(department.townshipId);
  }
}
