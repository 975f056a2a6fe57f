import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../auth/rules";
import { villageReaders } from "../request/actor";
import { type Context, actorOf } from "../request/context";
import { cost } from "../request/costs";
import { SortInput } from "../common/paging";
import { Township, Village } from "../geo/geo-types";
import { geoLoaders } from "../geo/geo-loaders";
import { CreateVolunteerTeamInput, UpdateVolunteerTeamInput, VolunteerTeam, VolunteerTeamFilter, VolunteerTeamPage } from "./volunteer-types";
import { teamKeepers } from "./volunteer-scope";
import { allowedOwnedActions, ownerOf, VolunteerTeamAction } from "./team-brand-actions";
import * as teams from "./team-service";

@Resolver(() => VolunteerTeam)
export class VolunteerTeamResolver {
  @Query(() => VolunteerTeamPage, { complexity: cost.list, description: "服务队 you see: district roles all; others their township's and its villages'" })
  @Allow(...villageReaders)
  volunteerTeams(
    @Ctx() ctx: Context,
    @Arg("filter", () => VolunteerTeamFilter, { nullable: true }) filter?: VolunteerTeamFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return teams.listTeams(ctx.db, actorOf(ctx), filter, sort, page, perPage);
  }

  @Query(() => VolunteerTeam, { complexity: cost.byId })
  @Allow(...villageReaders)
  volunteerTeam(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return teams.getTeam(ctx.db, actorOf(ctx), id);
  }

  @Mutation(() => VolunteerTeam, {
    description: "District admin: any owner; township staff: its township or one of its villages; a village committee: its village",
  })
  @Allow(...teamKeepers)
  createVolunteerTeam(@Ctx() ctx: Context, @Arg("input", () => CreateVolunteerTeamInput) input: CreateVolunteerTeamInput) {
    return teams.createTeam(ctx.db, actorOf(ctx), input);
  }

  @Mutation(() => VolunteerTeam)
  @Allow(...teamKeepers)
  updateVolunteerTeam(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateVolunteerTeamInput) input: UpdateVolunteerTeamInput,
  ) {
    return teams.updateTeam(ctx.db, actorOf(ctx), id, input);
  }

  @FieldResolver(() => Township, { nullable: true, description: "The owning township, when a township owns it" })
  township(@Root() team: VolunteerTeam, @Ctx() ctx: Context) {
    return team.townshipId === null ? null : geoLoaders(ctx).township.load(team.townshipId);
  }

  @FieldResolver(() => Village, { nullable: true, description: "The owning village, when a village owns it" })
  village(@Root() team: VolunteerTeam, @Ctx() ctx: Context) {
    return team.villageId === null ? null : geoLoaders(ctx).village.load(team.villageId);
  }

  @FieldResolver(() => [VolunteerTeamAction], { description: "UPDATE when the caller keeps this owner's teams (the check updating does)" })
  async allowedActions(@Root() team: VolunteerTeam, @Ctx() ctx: Context) {
    const owner = await ownerOf(team, async (villageId) => (await geoLoaders(ctx).village.load(villageId))?.townshipId);
    return allowedOwnedActions(actorOf(ctx), owner, "team");
  }
}
