import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { CivicChannel, CivicStatus } from "./civic-enums";

// civicReport's filter and figures.

@InputType()
export class CivicReportFilter {
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Received on or after this day (district time)" }) from?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Received on or before this day (district time)" }) to?: string | null;
  @Field(() => ID, { nullable: true }) townshipId?: string | null;
  @Field(() => ID, { nullable: true }) villageId?: string | null;
  @Field(() => ID, { nullable: true }) categoryId?: string | null;
  @Field(() => CivicChannel, { nullable: true }) channel?: CivicChannel | null;
}

@ObjectType({ description: "A rate with what it is made of; rate is 0 when the denominator is 0" })
export class CivicRate {
  @Field(() => Int) numerator!: number;
  @Field(() => Int) denominator!: number;
  @Field(() => Float) rate!: number;
}

@ObjectType()
export class ChannelCount {
  @Field(() => CivicChannel, { nullable: true, description: "Null: not (or no longer) assigned" }) channel!: CivicChannel | null;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class StatusCount {
  @Field(() => CivicStatus) status!: CivicStatus;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class ChannelMedian {
  @Field(() => CivicChannel) channel!: CivicChannel;
  @Field(() => Int, { description: "Matters of the channel resolved at least once" }) resolved!: number;
  @Field(() => Float, { nullable: true, description: "Median working days from receipt to the first resolution; null when none" })
  medianWorkingDays!: number | null;
}

@ObjectType()
export class OverdueBucket {
  @Field(() => String) label!: string;
  @Field(() => Int, { description: "Working days overdue, from" }) minDays!: number;
  @Field(() => Int, { nullable: true, description: "Working days overdue, to (inclusive); null: no upper bound" }) maxDays!: number | null;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class OfficialWorkload {
  @Field(() => ID) userId!: number;
  @Field(() => String) name!: string;
  @Field(() => Int, { description: "Open (pending or accepted) assignments" }) open!: number;
  @Field(() => Int, { description: "Open assignments past their due date" }) overdue!: number;
}

@ObjectType()
export class DepartmentWorkload {
  @Field(() => ID) departmentId!: number;
  @Field(() => String) name!: string;
  @Field(() => Int) open!: number;
  @Field(() => Int) overdue!: number;
}

@ObjectType({ description: "Civic service figures over the matters received in the period and area" })
export class CivicReport {
  @Field(() => GraphQLLocalDate, { nullable: true }) from!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) to!: string | null;
  @Field(() => ID, { nullable: true }) townshipId!: number | null;
  @Field(() => ID, { nullable: true }) villageId!: number | null;
  @Field(() => ID, { nullable: true }) categoryId!: number | null;
  @Field(() => CivicChannel, { nullable: true }) channel!: CivicChannel | null;
  @Field(() => Int) received!: number;
  @Field(() => [ChannelCount], { description: "Every channel, then null for matters not assigned" }) byChannel!: ChannelCount[];
  @Field(() => [StatusCount]) byStatus!: StatusCount[];
  @Field(() => CivicRate, { description: "办结率: (RESOLVED + CLOSED) / (received − REJECTED − MERGED)" }) resolutionRate!: CivicRate;
  @Field(() => CivicRate, { description: "按期办结率: resolved on or before their (extended) due date / resolved" }) onTimeRate!: CivicRate;
  @Field(() => CivicRate, { description: "回访率: resolved with at least one follow-up / resolved" }) followUpRate!: CivicRate;
  @Field(() => CivicRate, { description: "满意率: (SATISFIED + BASICALLY) / matters with a reached follow-up (the latest per matter)" })
  satisfactionRate!: CivicRate;
  @Field(() => CivicRate, { description: "重办率: reopened at least once / resolved at least once" }) reworkRate!: CivicRate;
  @Field(() => CivicRate, { description: "Escalated (提级督办) / ever assigned" }) escalationRate!: CivicRate;
  @Field(() => [ChannelMedian]) medianDaysToResolve!: ChannelMedian[];
  @Field(() => Int, { description: "Open matters past their due date today" }) overdue!: number;
  @Field(() => [OverdueBucket]) overdueBuckets!: OverdueBucket[];
  @Field(() => [OfficialWorkload]) officialWorkload!: OfficialWorkload[];
  @Field(() => [DepartmentWorkload]) departmentWorkload!: DepartmentWorkload[];
}
