import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { Allow, LoggedIn } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { cost } from "../request/costs";
import { SortInput } from "../common/paging";
import { CivicCategory, CivicCategoryFilter, CivicCategoryPage, CreateCivicCategoryInput, UpdateCivicCategoryInput } from "./category-types";
import * as categories from "./category-service";

@Resolver(() => CivicCategory)
export class CivicCategoryResolver {
  @Query(() => CivicCategoryPage, { complexity: cost.list })
  @LoggedIn()
  civicCategories(
    @Ctx() ctx: Context,
    @Arg("filter", () => CivicCategoryFilter, { nullable: true }) filter?: CivicCategoryFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return categories.listCategories(ctx.db, filter, sort, page, perPage);
  }

  @Query(() => CivicCategory, { complexity: cost.byId })
  @LoggedIn()
  civicCategory(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return categories.getCategory(ctx.db, id);
  }

  @Mutation(() => CivicCategory)
  @Allow("DISTRICT_ADMIN")
  createCivicCategory(@Ctx() ctx: Context, @Arg("input", () => CreateCivicCategoryInput) input: CreateCivicCategoryInput) {
    return categories.createCategory(ctx.db, actorOf(ctx), input);
  }

  @Mutation(() => CivicCategory, { description: "Applies to assignments made from now on" })
  @Allow("DISTRICT_ADMIN")
  updateCivicCategory(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateCivicCategoryInput) input: UpdateCivicCategoryInput,
  ) {
    return categories.updateCategory(ctx.db, actorOf(ctx), id, input);
  }
}
