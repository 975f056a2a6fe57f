import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { GraphQLLocalDate } from "../common/local-date";
import { CivicChannel, CivicStatus } from "../civic/civic-types";
import { define, generic } from "./definitions";

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
  @Field(() => Int, { description: define.unitOpen() }) open!: number;
  @Field(() => Int, { description: define.unitOverdue() }) overdue!: number;
  @Field(() => Int, { description: define.unitSupervisionsOverdue() }) supervisionsOverdue!: number;
}

@ObjectType()
export class DepartmentWorkload {
  @Field(() => ID) departmentId!: number;
  @Field(() => String) name!: string;
  @Field(() => Int, { description: define.unitOpen() }) open!: number;
  @Field(() => Int, { description: define.unitOverdue() }) overdue!: number;
  @Field(() => Int, { description: define.unitSupervisionsOverdue() }) supervisionsOverdue!: number;
  @Field(() => Int, { description: define.unitPartsUnreported() }) partsUnreported!: number;
}

/**
 * The counted figures over a set of received matters, inherited by
 * `CivicReport` (the period) and `CivicMonth` (one month of it).
 */
@ObjectType()
export abstract class CivicCountedFigures {
  @Field(() => Int, { description: define.received(generic) }) received!: number;
  @Field(() => [ChannelCount], { description: "Every channel, then null for matters not assigned" }) byChannel!: ChannelCount[];
  @Field(() => [StatusCount]) byStatus!: StatusCount[];
  @Field(() => CivicRate, { description: define.resolutionRate(generic) }) resolutionRate!: CivicRate;
  @Field(() => CivicRate, { description: define.onTimeRate() }) onTimeRate!: CivicRate;
  @Field(() => CivicRate, { description: define.followUpRate() }) followUpRate!: CivicRate;
  @Field(() => CivicRate, { description: define.satisfactionRate(generic) }) satisfactionRate!: CivicRate;
  @Field(() => CivicRate, { description: define.reworkRate() }) reworkRate!: CivicRate;
  @Field(() => CivicRate, { description: define.escalationRate() }) escalationRate!: CivicRate;
}

@ObjectType({ description: "The civic figures of the matters received in one month of the report's period" })
export class CivicMonth extends CivicCountedFigures {
  @Field(() => String, { description: "YYYY-MM" }) month!: string;
  @Field(() => GraphQLLocalDate, { description: "The month's first day inside the period" }) from!: string;
  @Field(() => GraphQLLocalDate, { description: "The month's last day inside the period" }) to!: string;
}

@ObjectType({ description: "Civic service figures over the matters received in the period and area" })
export class CivicReport extends CivicCountedFigures {
  @Field(() => GraphQLLocalDate, { nullable: true }) from!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) to!: string | null;
  @Field(() => ID, { nullable: true }) townshipId!: number | null;
  @Field(() => ID, { nullable: true }) villageId!: number | null;
  @Field(() => ID, { nullable: true }) categoryId!: number | null;
  @Field(() => CivicChannel, { nullable: true }) channel!: CivicChannel | null;
  @Field(() => [CivicMonth], {
    description:
      "The counted figures by the month matters were received: every month of the period, cut to its days (an open start " +
      "begins at the first month with a matter, an open end at the current month; only years 2000–2100)",
  })
  months!: CivicMonth[];
  @Field(() => [ChannelMedian]) medianDaysToResolve!: ChannelMedian[];
  @Field(() => Int, { description: "Open matters past their due date today" }) overdue!: number;
  @Field(() => [OverdueBucket]) overdueBuckets!: OverdueBucket[];
  @Field(() => Int, { description: define.supervisionsOverdue(generic) }) supervisionsOverdue!: number;
  @Field(() => [OfficialWorkload]) officialWorkload!: OfficialWorkload[];
  @Field(() => [DepartmentWorkload]) departmentWorkload!: DepartmentWorkload[];
}
