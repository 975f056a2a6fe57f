import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { GraphQLLocalDate } from "../common/local-date";
import { activityCategoryEnum, activityStatusEnum, teamKindEnum } from "@cunwu/schema";
import { ActivityAction, activityActionDescriptions } from "./activity-actions";
import { ServiceBrandAction, serviceBrandActionDescriptions, VolunteerTeamAction, volunteerTeamActionDescriptions } from "./team-brand-actions";
import { enumOf } from "../common/enums";
import { PageOf } from "../common/page-type";


export type TeamKind = (typeof teamKindEnum.enumValues)[number];
export const TeamKind = enumOf(teamKindEnum.enumValues);
registerEnumType(TeamKind, {
  name: "TeamKind",
  description: "WOMEN 巾帼服务队, VILLAGE_ASSISTANCE 驻村帮扶队, SOCIAL_ORGANISATION 社会公益组织, OTHER",
});

export type ActivityCategory = (typeof activityCategoryEnum.enumValues)[number];
export const ActivityCategory = enumOf(activityCategoryEnum.enumValues);
registerEnumType(ActivityCategory, {
  name: "ActivityCategory",
  description:
    "ELDERLY_AND_LEFT_BEHIND 关爱老人和留守儿童, POLICY 政策宣讲, ENVIRONMENT 环境整治, CULTURE 文化活动, LEGAL_EDUCATION 法治教育, OTHER",
});

export type ActivityStatus = (typeof activityStatusEnum.enumValues)[number];
export const ActivityStatus = enumOf(activityStatusEnum.enumValues);
registerEnumType(ActivityStatus, {
  name: "ActivityStatus",
  description: "PLANNED: participation may be recorded; HELD: confirmed, points awarded; CANCELLED: called off (awards reversed)",
});

/** Each value documented with what it allows (the words live beside the checks). */
const documented = (descriptions: Record<string, string>) =>
  Object.fromEntries(Object.entries(descriptions).map(([value, description]) => [value, { description }]));

registerEnumType(ActivityAction, {
  name: "ActivityAction",
  description: "A step on an activity; `Activity.allowedActions` lists those the caller may take now",
  valuesConfig: documented(activityActionDescriptions),
});
registerEnumType(VolunteerTeamAction, {
  name: "VolunteerTeamAction",
  description: "A step on a volunteer team; `VolunteerTeam.allowedActions` lists those the caller may take",
  valuesConfig: documented(volunteerTeamActionDescriptions),
});
registerEnumType(ServiceBrandAction, {
  name: "ServiceBrandAction",
  description: "A step on a service brand; `ServiceBrand.allowedActions` lists those the caller may take",
  valuesConfig: documented(serviceBrandActionDescriptions),
});

// ---------------------------------------------------------------- teams

@ObjectType({ description: "服务队: a volunteer team, owned by one township or one village" })
export class VolunteerTeam {
  @Field(() => ID) id!: number;
  @Field(() => String, { description: "Unique in the district" }) name!: string;
  @Field(() => TeamKind) kind!: TeamKind;
  @Field(() => ID, { nullable: true, description: "Set when a township owns the team" }) townshipId!: number | null;
  @Field(() => ID, { nullable: true, description: "Set when a village owns the team" }) villageId!: number | null;
  @Field(() => String, { nullable: true, description: "The team leader's name (队长)" }) leaderName!: string | null;
  @Field(() => Int) memberCount!: number;
  @Field(() => Boolean, { description: "Inactive teams are kept on record but take no new activities" }) active!: boolean;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO) updatedAt!: Date;
}

@ObjectType()
export class VolunteerTeamPage extends PageOf(VolunteerTeam) {}

@InputType()
export class VolunteerTeamFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => ID, { nullable: true, description: "Teams of this township: its own and its villages'" }) townshipId?: string | null;
  @Field(() => ID, { nullable: true, description: "Teams this village owns" }) villageId?: string | null;
  @Field(() => ID, { nullable: true, description: "Teams an activity of this village may name: the village's own and its township's" })
  usableBy?: string | null;
  @Field(() => TeamKind, { nullable: true }) kind?: TeamKind | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => String, { nullable: true, description: "Text in the name or the leader's name" }) q?: string | null;
}

@InputType({ description: "Exactly one of townshipId and villageId names the owner" })
export class CreateVolunteerTeamInput {
  @Field(() => String) name!: string;
  @Field(() => TeamKind) kind!: TeamKind;
  @Field(() => ID, { nullable: true }) townshipId?: string | null;
  @Field(() => ID, { nullable: true }) villageId?: string | null;
  @Field(() => String, { nullable: true }) leaderName?: string | null;
  @Field(() => Int, { nullable: true, defaultValue: 0, description: "0 to 100000" }) memberCount?: number | null;
}

@InputType({ description: "Fields left out keep their value; the owner does not change" })
export class UpdateVolunteerTeamInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => TeamKind, { nullable: true }) kind?: TeamKind | null;
  @Field(() => String, { nullable: true, description: "null clears it" }) leaderName?: string | null;
  @Field(() => Int, { nullable: true }) memberCount?: number | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

// ---------------------------------------------------------------- brands

@ObjectType({ description: "志愿服务品牌: a volunteer service brand (e.g. 敬老微爱行), owned by one township or one village" })
export class ServiceBrand {
  @Field(() => ID) id!: number;
  @Field(() => String, { description: "Unique in the district" }) name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => ID, { nullable: true }) townshipId!: number | null;
  @Field(() => ID, { nullable: true }) villageId!: number | null;
  @Field(() => Boolean) active!: boolean;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO) updatedAt!: Date;
}

@ObjectType()
export class ServiceBrandPage extends PageOf(ServiceBrand) {}

@InputType()
export class ServiceBrandFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => ID, { nullable: true, description: "Brands of this township: its own and its villages'" }) townshipId?: string | null;
  @Field(() => ID, { nullable: true, description: "Brands this village owns" }) villageId?: string | null;
  @Field(() => ID, { nullable: true, description: "Brands an activity of this village may name: the village's own and its township's" })
  usableBy?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => String, { nullable: true, description: "Text in the name" }) q?: string | null;
}

@InputType({ description: "Exactly one of townshipId and villageId names the owner" })
export class CreateServiceBrandInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) townshipId?: string | null;
  @Field(() => ID, { nullable: true }) villageId?: string | null;
}

@InputType({ description: "Fields left out keep their value; the owner does not change" })
export class UpdateServiceBrandInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true, description: "null clears it" }) description?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

// ---------------------------------------------------------------- activities

@ObjectType({ description: "文明实践活动: a volunteer activity in one village" })
export class Activity {
  @Field(() => ID) id!: number;
  @Field(() => String) title!: string;
  @Field(() => ID, { nullable: true }) brandId!: number | null;
  @Field(() => ID, { nullable: true }) teamId!: number | null;
  @Field(() => ID) villageId!: number;
  @Field(() => GraphQLLocalDate) date!: string;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => ActivityCategory) category!: ActivityCategory;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Int, { nullable: true, description: "Points each participating household gets; null when a rule gives them" })
  pointsPerParticipant!: number | null;
  @Field(() => ID, { nullable: true, description: "The VOLUNTEERING award rule that gives the points, when pointsPerParticipant is null" })
  ruleId!: number | null;
  @Field(() => ActivityStatus) status!: ActivityStatus;
  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When it was confirmed (and its points awarded)" }) confirmedAt!: Date | null;
  @Field(() => String, { nullable: true, description: "Why it was cancelled (set with status CANCELLED)" }) cancelReason!: string | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When it was cancelled" }) cancelledAt!: Date | null;
  @Field(() => ID, { nullable: true }) confirmedBy!: number | null;
  @Field(() => ID, { nullable: true }) createdBy!: number | null;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO) updatedAt!: Date;
  // village, brand, team, points, participants, participantCount, people, entries: field resolvers.
}

@ObjectType()
export class ActivityPage extends PageOf(Activity) {}

@ObjectType({ description: "One household's part in an activity" })
export class ActivityParticipant {
  @Field(() => ID) id!: number;
  @Field(() => ID) activityId!: number;
  @Field(() => ID) householdId!: number;
  @Field(() => String, { description: "The household's number (户号)" }) householdNumber!: string;
  @Field(() => String, { description: "The household head's name" }) headName!: string;
  @Field(() => Int, { description: "People of the household who took part" }) people!: number;
  @Field(() => Float, { description: "Hours the household served (one decimal)" }) hours!: number;
}

@ObjectType()
export class ActivityParticipantPage extends PageOf(ActivityParticipant) {}

@InputType()
export class ActivityFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => ID, { nullable: true }) villageId?: string | null;
  @Field(() => ID, { nullable: true }) townshipId?: string | null;
  @Field(() => ID, { nullable: true }) brandId?: string | null;
  @Field(() => ID, { nullable: true }) teamId?: string | null;
  @Field(() => ActivityCategory, { nullable: true }) category?: ActivityCategory | null;
  @Field(() => ActivityStatus, { nullable: true }) status?: ActivityStatus | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Activity date from (inclusive)" }) from?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Activity date to (inclusive)" }) to?: string | null;
  @Field(() => String, { nullable: true, description: "Text in the title or place" }) q?: string | null;
}

@InputType({ description: "Exactly one of pointsPerParticipant and ruleId says what each participating household earns" })
export class CreateActivityInput {
  @Field(() => String) title!: string;
  @Field(() => ID) villageId!: string;
  @Field(() => GraphQLLocalDate, { description: "Within a year before or after today" }) date!: string;
  @Field(() => ActivityCategory) category!: ActivityCategory;
  @Field(() => ID, { nullable: true, description: "An active brand of the village or of its township" }) brandId?: string | null;
  @Field(() => ID, { nullable: true, description: "An active team of the village or of its township" }) teamId?: string | null;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int, { nullable: true, description: "1 to 1000" }) pointsPerParticipant?: number | null;
  @Field(() => ID, { nullable: true, description: "An active positive VOLUNTEERING rule, district-wide or the village's own" })
  ruleId?: string | null;
}

@InputType({
  description:
    "Only while PLANNED. Fields left out keep their value; brandId, teamId, place and description null clear them; " +
    "setting one of pointsPerParticipant and ruleId clears the other",
})
export class UpdateActivityInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) date?: string | null;
  @Field(() => ActivityCategory, { nullable: true }) category?: ActivityCategory | null;
  @Field(() => ID, { nullable: true }) brandId?: string | null;
  @Field(() => ID, { nullable: true }) teamId?: string | null;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int, { nullable: true }) pointsPerParticipant?: number | null;
  @Field(() => ID, { nullable: true }) ruleId?: string | null;
}

@InputType()
export class ParticipantInput {
  @Field(() => ID, { description: "An active household of the activity's village, each at most once" }) householdId!: string;
  @Field(() => Int, { nullable: true, defaultValue: 1, description: "1 to the household's member count" }) people?: number | null;
  @Field(() => Float, { nullable: true, defaultValue: 0, description: "0 to 24, one decimal" }) hours?: number | null;
}

@InputType()
export class ParticipationFilter {
  @Field(() => ID, { nullable: true }) activityId?: string | null;
  @Field(() => ID, { nullable: true }) householdId?: string | null;
  @Field(() => ID, { nullable: true }) villageId?: string | null;
  @Field(() => ActivityStatus, { nullable: true }) status?: ActivityStatus | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Activity date from (inclusive)" }) from?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Activity date to (inclusive)" }) to?: string | null;
}
