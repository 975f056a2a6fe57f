import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../request/context";
import { Activity, ActivityParticipant } from "./volunteer-types";
import { volunteerLoaders as loaders } from "./volunteer-loaders";

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
