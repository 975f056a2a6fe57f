import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../request/context";
import { pageRequest } from "../common/paging";
import { cost } from "../request/costs";
import { Household } from "../households/household-types";
import { PointEntryPage } from "./point-types";
import { pageOf } from "../common/list";
import { pointsLoaders } from "./points-loaders";

/** The ledger's field on a household. */
@Resolver(() => Household)
export class HouseholdLedgerResolver {
  @FieldResolver(() => PointEntryPage, { complexity: cost.ownQuery, description: "The household's entries, newest first" })
  async entries(
    @Root() household: Household,
    @Ctx() ctx: Context,
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    const loaders = pointsLoaders(ctx);
    const items = await loaders.householdEntries(pageRequest(page, perPage)).load(household.id);
    return pageOf(items, () => loaders.entryCounts.load(household.id));
  }
}
