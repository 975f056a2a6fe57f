import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { pointEntries } from "@cunwu/schema";
import type { Context } from "../request/context";
import { pageRequest } from "../common/paging";
import { cost } from "../request/costs";
import { Household } from "../households/household-types";
import { PointEntryPage } from "./point-types";
import { pageOf } from "../common/list";
import { pointsLoaders } from "./points-loaders";
import { askedItemColumns } from "../request/asked-columns";

/** The ledger's field on a household. */
@Resolver(() => Household)
export class HouseholdLedgerResolver {
  @FieldResolver(() => PointEntryPage, { complexity: cost.ownQuery, description: "The household's entries, newest first" })
  async entries(
    @Root() household: Household,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    const loaders = pointsLoaders(ctx);
    // Only the columns the entries' asked fields read, and the household's id they are grouped by.
    const asked = askedItemColumns(info, pointEntries, ["id", "householdId"]);
    const items = await loaders.householdEntries(pageRequest(page, perPage), asked).load(household.id);
    return pageOf(items, () => loaders.entryCounts.load(household.id));
  }
}
