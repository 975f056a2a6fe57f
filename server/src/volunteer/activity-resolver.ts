import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../auth/rules";
import { villageReaders } from "../request/actor";
import { type Context, actorOf } from "../request/context";
import { todayIn } from "../common/dates";
import { cost } from "../request/costs";
import { SortInput } from "../common/paging";
import { Village } from "../geo/geo-types";
import { geoLoaders } from "../geo/geo-loaders";
import { PointEntry } from "../points/point-types";
import { Attachment } from "../files/attachment-types";
import {
  Activity,
  ActivityFilter,
  ActivityPage,
  ActivityParticipant,
  ActivityParticipantPage,
  CreateActivityInput,
  ParticipantInput,
  ParticipationFilter,
  ServiceBrand,
  UpdateActivityInput,
  VolunteerTeam,
} from "./volunteer-types";
import { activityRunners } from "./volunteer-scope";
import * as activityService from "./activity-service";
import * as participation from "./participation-service";
import { listParticipations } from "./participation-reads";
import { confirmActivity } from "./activity-confirm-service";
import { cancelActivity } from "./activity-cancel-service";
import { ActivityAction, allowedActivityActions } from "./activity-actions";
import { volunteerLoaders as loaders } from "./volunteer-loaders";

@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => ActivityPage, { complexity: cost.list,
    description: "文明实践活动 you see (district roles all, township staff its villages', a committee and a resident their village's), newest first",
  })
  @Allow(...villageReaders)
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
  @Allow(...villageReaders)
  activity(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return activityService.getActivity(ctx.db, actorOf(ctx), id);
  }

  @Query(() => ActivityParticipantPage, { complexity: cost.list,
    description: "Participation rows across activities, newest activity first; a resident sees only its own household's",
  })
  @Allow(...villageReaders)
  activityParticipations(
    @Ctx() ctx: Context,
    @Arg("filter", () => ParticipationFilter, { nullable: true }) filter?: ParticipationFilter,
    @Arg("page", () => Int, { nullable: true }) page?: number,
    @Arg("perPage", () => Int, { nullable: true }) perPage?: number,
  ) {
    return listParticipations(ctx.db, actorOf(ctx), filter, page, perPage);
  }

  @Mutation(() => Activity, { description: "Plans an activity in a village: its committee or the district admin" })
  @Allow(...activityRunners)
  createActivity(@Ctx() ctx: Context, @Arg("input", () => CreateActivityInput) input: CreateActivityInput) {
    return activityService.createActivity(ctx.db, actorOf(ctx), ctx.timezone, input);
  }

  @Mutation(() => Activity, { description: "Only while PLANNED; CONFLICT naming the status otherwise" })
  @Allow(...activityRunners)
  updateActivity(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => UpdateActivityInput) input: UpdateActivityInput) {
    return activityService.updateActivity(ctx.db, actorOf(ctx), ctx.timezone, id, input);
  }

  @Mutation(() => Activity, {
    description:
      "Replaces the participant list while the activity is PLANNED (CONFLICT once confirmed or cancelled). Households must be " +
      "active ones of the activity's village: the others are named (BAD_USER_INPUT) and nothing changes; attachmentIds: photos of the activity, added to those it has (at most 9 in all)",
  })
  @Allow(...activityRunners)
  recordParticipation(
    @Ctx() ctx: Context,
    @Arg("activityId", () => ID) activityId: string,
    @Arg("participants", () => [ParticipantInput]) participants: ParticipantInput[],
    @Arg("attachmentIds", () => [ID], { nullable: true, description: "Photos of the activity, added to those it has (at most 9 in all)" })
    attachmentIds?: string[] | null,
  ) {
    return participation.recordParticipation(ctx.db, actorOf(ctx), activityId, participants, attachmentIds);
  }

  @Mutation(() => Activity, {
    description:
      "Marks the activity HELD and awards each participating household its points (AWARD entries naming the activity), once: " +
      "the same key returns the first result; an activity already HELD is returned unchanged whatever the key",
  })
  @Allow(...activityRunners)
  confirmActivity(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("idempotencyKey", () => String) idempotencyKey: string) {
    return confirmActivity(ctx.db, actorOf(ctx), ctx.timezone, id, idempotencyKey);
  }

  @Mutation(() => Activity, {
    description:
      "PLANNED → CANCELLED; HELD → CANCELLED reversing exactly its awards (REVERSAL entries), or INSUFFICIENT_POINTS naming a " +
      "household that spent them, changing nothing. With an idempotencyKey a retry returns the first result",
  })
  @Allow(...activityRunners)
  cancelActivity(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String) reason: string,
    @Arg("idempotencyKey", () => String, { nullable: true }) idempotencyKey?: string,
  ) {
    return cancelActivity(ctx.db, actorOf(ctx), ctx.timezone, id, reason, idempotencyKey);
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

  @FieldResolver(() => [Attachment], { description: "Photos of the activity, in the order they were added" })
  attachments(@Root() activity: Activity, @Ctx() ctx: Context) {
    return loaders(ctx).attachments.load(activity.id);
  }

  @FieldResolver(() => [ActivityAction], {
    description: "The steps the caller may take on the activity now (its village's committee or the district admin, by its status), each decided by its mutation's own check",
  })
  allowedActions(@Root() activity: Activity, @Ctx() ctx: Context) {
    return allowedActivityActions(actorOf(ctx), activity, todayIn(ctx.timezone), async () => ({
      participants: (await loaders(ctx).totals.load(activity.id)).households,
      unfit: await loaders(ctx).unfit.load(activity.id),
      rule: activity.ruleId === null ? undefined : await loaders(ctx).rule.load(activity.ruleId),
    }));
  }
}
