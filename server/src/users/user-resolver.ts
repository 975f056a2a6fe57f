import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow, LoggedIn, Public } from "../auth/rules";
import * as loginService from "../auth/login-service";
import { type Context, actorOf } from "../request/context";
import { SortInput } from "../common/paging";
import { Department, Township, Village } from "../geo/geo-types";
import { AuthPayload, CreateUserInput, PasswordReset, UpdateUserInput, User, UserFilter, UserPage, VillageCommitteeAccount } from "./user-types";
import * as userService from "./user-service";
import * as accountService from "./account-service";
import { Household } from "../households/household-types";
import { userLoaders } from "./user-loaders";
import { cost } from "../request/costs";
import { geoLoaders } from "../geo/geo-loaders";

@Resolver(() => User)
export class UserResolver {
  @Mutation(() => AuthPayload, { description: "Failed attempts are limited per username and per address" })
  @Public()
  login(
    @Ctx() ctx: Context,
    @Arg("username", () => String) username: string,
    @Arg("password", () => String) password: string,
  ) {
    return loginService.login(ctx.db, ctx.tokens, ctx.loginLimits, { username, password, address: ctx.address });
  }

  @Query(() => User, { complexity: cost.byId, nullable: true, description: "The logged-in user" })
  @LoggedIn()
  me(@Ctx() ctx: Context) {
    return userService.getUser(ctx.db, actorOf(ctx).userId);
  }

  @Mutation(() => AuthPayload, { description: "Ends every other session of yours and returns a fresh token" })
  @LoggedIn()
  changePassword(
    @Ctx() ctx: Context,
    @Arg("currentPassword", () => String) currentPassword: string,
    @Arg("newPassword", () => String) newPassword: string,
  ) {
    return loginService.changePassword(ctx.db, ctx.tokens, ctx.loginLimits, actorOf(ctx), { currentPassword, newPassword, address: ctx.address });
  }

  @Query(() => UserPage, { complexity: cost.list })
  @Allow("DISTRICT_ADMIN")
  users(
    @Ctx() ctx: Context,
    @Arg("filter", () => UserFilter, { nullable: true }) filter?: UserFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return userService.listUsers(ctx.db, filter, sort, page, perPage);
  }

  @Query(() => User, { complexity: cost.byId })
  @Allow("DISTRICT_ADMIN")
  user(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return userService.getUser(ctx.db, id);
  }

  @Mutation(() => User)
  @Allow("DISTRICT_ADMIN")
  createUser(@Ctx() ctx: Context, @Arg("input", () => CreateUserInput) input: CreateUserInput) {
    return userService.createUser(ctx.db, actorOf(ctx), input);
  }

  @Mutation(() => User)
  @Allow("DISTRICT_ADMIN")
  updateUser(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => UpdateUserInput) input: UpdateUserInput) {
    return userService.updateUser(ctx.db, actorOf(ctx), id, input);
  }

  @Mutation(() => PasswordReset, { description: "A temporary password for another user; their sessions end and they must change it at the next login" })
  @Allow("DISTRICT_ADMIN")
  resetPassword(@Ctx() ctx: Context, @Arg("userId", () => ID) userId: string) {
    return accountService.resetPassword(ctx.db, actorOf(ctx), userId);
  }

  @Mutation(() => [VillageCommitteeAccount], {
    description: "A VILLAGE_COMMITTEE account with a temporary password for each village (at most 100) that has none yet; all or nothing",
  })
  @Allow("DISTRICT_ADMIN")
  createVillageCommitteeAccounts(@Ctx() ctx: Context, @Arg("villageIds", () => [ID]) villageIds: string[]) {
    return accountService.createVillageCommitteeAccounts(ctx.db, actorOf(ctx), villageIds);
  }

  @FieldResolver(() => Township, { nullable: true })
  township(@Root() user: User, @Ctx() ctx: Context) {
    return user.townshipId === null ? null : geoLoaders(ctx).township.load(user.townshipId);
  }

  @FieldResolver(() => Village, { nullable: true })
  village(@Root() user: User, @Ctx() ctx: Context) {
    return user.villageId === null ? null : geoLoaders(ctx).village.load(user.villageId);
  }

  @FieldResolver(() => Department, { nullable: true })
  department(@Root() user: User, @Ctx() ctx: Context) {
    return user.departmentId === null ? null : geoLoaders(ctx).department.load(user.departmentId);
  }

  @FieldResolver(() => Household, { nullable: true, description: "Set for RESIDENT" })
  household(@Root() user: User, @Ctx() ctx: Context) {
    return user.householdId === null ? null : userLoaders(ctx).household.load(user.householdId);
  }
}
