import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow, LoggedIn } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { villageRunners } from "../request/actor";
import { SortInput } from "../common/paging";
import { cost } from "../request/costs";
import { CreatePointRuleInput, PointRule, PointRuleAction, PointRuleFilter, PointRulePage, UpdatePointRuleInput } from "./point-types";
import * as rules from "./rule-service";
import { allowedRuleActions } from "./rule-actions";

@Resolver(() => PointRule)
export class PointRuleResolver {
  @Query(() => PointRulePage, { complexity: cost.list, description: "The rule catalogue is public to every logged-in user" })
  @LoggedIn()
  pointRules(
    @Ctx() ctx: Context,
    @Arg("filter", () => PointRuleFilter, { nullable: true }) filter?: PointRuleFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return rules.listRules(ctx.db, filter, sort, page, perPage);
  }

  @Query(() => PointRule, { complexity: cost.byId })
  @LoggedIn()
  pointRule(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return rules.getRule(ctx.db, id);
  }

  @Mutation(() => PointRule, { description: "District-wide rules: district admin; a village's own: its committee" })
  @Allow(...villageRunners)
  createPointRule(@Ctx() ctx: Context, @Arg("input", () => CreatePointRuleInput) input: CreatePointRuleInput) {
    return rules.createRule(ctx.db, actorOf(ctx), input);
  }

  @Mutation(() => PointRule)
  @Allow(...villageRunners)
  updatePointRule(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => UpdatePointRuleInput) input: UpdatePointRuleInput) {
    return rules.updateRule(ctx.db, actorOf(ctx), id, input);
  }

  @FieldResolver(() => [PointRuleAction], { description: "What the caller may do with the rule now" })
  allowedActions(@Root() rule: PointRule, @Ctx() ctx: Context): PointRuleAction[] {
    const actor = actorOf(ctx);
    return allowedRuleActions(actor, rule);
  }
}
