import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { SortInput } from "../common/paging";
import { Township, Village } from "../geo/geo-types";
import { PointEntry } from "../points/point-types";
import {
  Activity,
  ActivityFilter,
  ActivityPage,
  ActivityParticipant,
  ActivityParticipantPage,
  CreateActivityInput,
  CreateServiceBrandInput,
  CreateVolunteerTeamInput,
  ParticipantInput,
  ParticipationFilter,
  ServiceBrand,
  ServiceBrandFilter,
  ServiceBrandPage,
  UpdateActivityInput,
  UpdateServiceBrandInput,
  UpdateVolunteerTeamInput,
  VolunteerTeam,
  VolunteerTeamFilter,
  VolunteerTeamPage,
} from "./volunteer-types";
import * as teams from "./team-service";
import * as activityService from "./activity-service";
import * as participation from "./participation-service";
import { volunteerLoaders } from "./volunteer-loaders";
import { cost } from "../request/costs";
import { geoLoaders } from "../geo/geo-loaders";

// Who reads the volunteer service (each within its scope, volunteer-scope.ts),
// who keeps teams and brands, and who runs activities.
const readers = ["DISTRICT_ADMIN", "DISTRICT_STAFF", "TOWNSHIP_STAFF", "VILLAGE_COMMITTEE", "RESIDENT"] as const;
const keepers = ["DISTRICT_ADMIN", "TOWNSHIP_STAFF", "VILLAGE_COMMITTEE"] as const;
const runners = ["DISTRICT_ADMIN", "VILLAGE_COMMITTEE"] as const;

const loaders = (ctx: Context) => volunteerLoaders(ctx);

@Resolver(() => VolunteerTeam)
export class VolunteerTeamResolver {
  @Query(() => VolunteerTeamPage, { complexity: cost.list, description: "服务队 you see: district roles all; others their township's and its villages'" })
  @Allow(...readers)
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
  @Allow(...readers)
  volunteerTeam(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return teams.getTeam(ctx.db, actorOf(ctx), id);
  }

  @Mutation(() => VolunteerTeam, {
    description: "District admin: any owner; township staff: its township or one of its villages; a village committee: its village",
  })
  @Allow(...keepers)
  createVolunteerTeam(@Ctx() ctx: Context, @Arg("input", () => CreateVolunteerTeamInput) input: CreateVolunteerTeamInput) {
    return teams.createTeam(ctx.db, actorOf(ctx), input);
  }

  @Mutation(() => VolunteerTeam)
  @Allow(...keepers)
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
}

@Resolver(() => ServiceBrand)
export class ServiceBrandResolver {
  @Query(() => ServiceBrandPage, { complexity: cost.list, description: "志愿服务品牌 you see: district roles all; others their township's and its villages'" })
  @Allow(...readers)
  serviceBrands(
    @Ctx() ctx: Context,
    @Arg("filter", () => ServiceBrandFilter, { nullable: true }) filter?: ServiceBrandFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return teams.listBrands(ctx.db, actorOf(ctx), filter, sort, page, perPage);
  }

  @Query(() => ServiceBrand, { complexity: cost.byId })
  @Allow(...readers)
  serviceBrand(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return teams.getBrand(ctx.db, actorOf(ctx), id);
  }

  @Mutation(() => ServiceBrand, {
    description: "District admin: any owner; township staff: its township or one of its villages; a village committee: its village",
  })
  @Allow(...keepers)
  createServiceBrand(@Ctx() ctx: Context, @Arg("input", () => CreateServiceBrandInput) input: CreateServiceBrandInput) {
    return teams.createBrand(ctx.db, actorOf(ctx), input);
  }

  @Mutation(() => ServiceBrand)
  @Allow(...keepers)
  updateServiceBrand(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateServiceBrandInput) input: UpdateServiceBrandInput,
  ) {
    return teams.updateBrand(ctx.db, actorOf(ctx), id, input);
  }

  @FieldResolver(() => Township, { nullable: true })
  township(@Root() brand: ServiceBrand, @Ctx() ctx: Context) {
    return brand.townshipId === null ? null : geoLoaders(ctx).township.load(brand.townshipId);
  }

  @FieldResolver(() => Village, { nullable: true })
  village(@Root() brand: ServiceBrand, @Ctx() ctx: Context) {
    return brand.villageId === null ? null : geoLoaders(ctx).village.load(brand.villageId);
  }
}

@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => ActivityPage, { complexity: cost.list,
    description: "文明实践活动 you see (district roles all, township staff its villages', a committee and a resident their village's), newest first",
  })
  @Allow(...readers)
  activities(
    @Ctx() ctx: Context,
    @Arg("filter", () => ActivityFilter, { nullable: true }) filter?: ActivityFilter,
    @Arg("sort", () => [SortInput], { nullable: true }) sort?: SortInput[],
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return activityService.listActivities(ctx.db, actorOf(ctx), filter, sort, page, perPage);
  }

  @Query(() => Activity, { complexity: cost.byId })
  @Allow(...readers)
  activity(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return activityService.getActivity(ctx.db, actorOf(ctx), id);
  }

  @Query(() => ActivityParticipantPage, { complexity: cost.list,
    description: "Participation rows across activities, newest activity first; a resident sees only its own household's",
  })
  @Allow(...readers)
  activityParticipations(
    @Ctx() ctx: Context,
    @Arg("filter", () => ParticipationFilter, { nullable: true }) filter?: ParticipationFilter,
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return participation.listParticipations(ctx.db, actorOf(ctx), filter, page, perPage);
  }

  @Mutation(() => Activity, { description: "Plans an activity in a village: its committee or the district admin" })
  @Allow(...runners)
  createActivity(@Ctx() ctx: Context, @Arg("input", () => CreateActivityInput) input: CreateActivityInput) {
    return activityService.createActivity(ctx.db, actorOf(ctx), ctx.timezone, input);
  }

  @Mutation(() => Activity, { description: "Only while PLANNED; CONFLICT naming the status otherwise" })
  @Allow(...runners)
  updateActivity(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => UpdateActivityInput) input: UpdateActivityInput) {
    return activityService.updateActivity(ctx.db, actorOf(ctx), ctx.timezone, id, input);
  }

  @Mutation(() => Activity, {
    description:
      "Replaces the participant list while the activity is PLANNED (CONFLICT once confirmed or cancelled). Households must be " +
      "active ones of the activity's village: the others are named (BAD_USER_INPUT) and nothing changes",
  })
  @Allow(...runners)
  recordParticipation(
    @Ctx() ctx: Context,
    @Arg("activityId", () => ID) activityId: string,
    @Arg("participants", () => [ParticipantInput]) participants: ParticipantInput[],
  ) {
    return participation.recordParticipation(ctx.db, actorOf(ctx), activityId, participants);
  }

  @Mutation(() => Activity, {
    description:
      "Marks the activity HELD and awards each participating household its points (AWARD entries naming the activity), once: " +
      "the same key returns the first result; an activity already HELD is returned unchanged whatever the key",
  })
  @Allow(...runners)
  confirmActivity(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("idempotencyKey", () => String) idempotencyKey: string) {
    return participation.confirmActivity(ctx.db, actorOf(ctx), ctx.timezone, id, idempotencyKey);
  }

  @Mutation(() => Activity, {
    description:
      "PLANNED → CANCELLED; HELD → CANCELLED reversing exactly its awards (REVERSAL entries), or INSUFFICIENT_POINTS naming a " +
      "household that spent them, changing nothing. With an idempotencyKey a retry returns the first result",
  })
  @Allow(...runners)
  cancelActivity(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String) reason: string,
    @Arg("idempotencyKey", () => String, { nullable: true }) idempotencyKey?: string,
  ) {
    return participation.cancelActivity(ctx.db, actorOf(ctx), ctx.timezone, id, reason, idempotencyKey);
  }

  @FieldResolver(() => Village)
  village(@Root() activity: Activity, @Ctx() ctx: Context) {
    return geoLoaders(ctx).village.load(activity.villageId);
  }

  @FieldResolver(() => VolunteerTeam, { nullable: true })
  team(@Root() activity: Activity, @Ctx() ctx: Context) {
    return activity.teamId === null ? null : loaders(ctx).team.load(activity.teamId);
  }

  @FieldResolver(() => ServiceBrand, { nullable: true })
  brand(@Root() activity: Activity, @Ctx() ctx: Context) {
    return activity.brandId === null ? null : loaders(ctx).brand.load(activity.brandId);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "Points each participating household gets: pointsPerParticipant, or the rule's current points",
  })
  async points(@Root() activity: Activity, @Ctx() ctx: Context) {
    if (activity.pointsPerParticipant !== null) return activity.pointsPerParticipant;
    if (activity.ruleId === null) return null;
    return (await loaders(ctx).rule.load(activity.ruleId))?.points ?? null;
  }

  @FieldResolver(() => [ActivityParticipant], { description: "By household number; a resident sees only its own household" })
  participants(@Root() activity: Activity, @Ctx() ctx: Context) {
    return loaders(ctx).participants.load(activity.id);
  }

  @FieldResolver(() => Int, { description: "Households taking part" })
  async participantCount(@Root() activity: Activity, @Ctx() ctx: Context) {
    return (await loaders(ctx).totals.load(activity.id)).households;
  }

  @FieldResolver(() => Int, { description: "People taking part: the sum of the participants' people (person-times)" })
  async people(@Root() activity: Activity, @Ctx() ctx: Context) {
    return (await loaders(ctx).totals.load(activity.id)).people;
  }

  @FieldResolver(() => [PointEntry], {
    description: "Ledger entries naming the activity: its AWARDs and, once cancelled, their REVERSALs; a resident sees its own",
  })
  entries(@Root() activity: Activity, @Ctx() ctx: Context) {
    return loaders(ctx).entries.load(activity.id);
  }
}

@Resolver(() => ActivityParticipant)
export class ActivityParticipantResolver {
  @FieldResolver(() => Activity)
  async activity(@Root() participant: ActivityParticipant, @Ctx() ctx: Context) {
    // The row was read within the participant scope, which implies the activity's.
    const row = await loaders(ctx).activity.load(participant.activityId);
    if (!row) throw new Error(`activity ${participant.activityId} of a visible participation is out of scope`);
    return row;
  }
}
