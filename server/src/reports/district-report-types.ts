import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { GraphQLLocalDate } from "../common/local-date";

@ObjectType({ description: "A count over the year, with its twelve months (January first) for charts, and how it is counted" })
export class DistrictCount {
  @Field(() => Int, { description: "The figure for the whole year" }) value!: number;
  @Field(() => [Int], { description: "Twelve values, January to December" }) monthly!: number[];
  @Field(() => String, { description: "What is counted, from which records" }) definition!: string;
}

@ObjectType({ description: "A figure as the records stand now (no monthly series), and how it is counted" })
export class DistrictTally {
  @Field(() => Int) value!: number;
  @Field(() => String) definition!: string;
}

@ObjectType({ description: "numerator / denominator; rate is 0 when the denominator is 0" })
export class DistrictRatio {
  @Field(() => Int) numerator!: number;
  @Field(() => Int) denominator!: number;
  @Field(() => Float, { description: "Between 0 and 1" }) rate!: number;
  @Field(() => String) definition!: string;
}

@ObjectType({ description: "A rate over the year with its twelve months (January first); a month's rate is 0 when its denominator is 0" })
export class DistrictRate {
  @Field(() => Int) numerator!: number;
  @Field(() => Int) denominator!: number;
  @Field(() => Float, { description: "Between 0 and 1" }) rate!: number;
  @Field(() => [Int]) monthlyNumerator!: number[];
  @Field(() => [Int]) monthlyDenominator!: number[];
  @Field(() => [Float]) monthlyRate!: number[];
  @Field(() => String) definition!: string;
}

@ObjectType({ description: "积分超市: the points supermarket's figures" })
export class DistrictShopFigures {
  @Field(() => DistrictTally) villages!: DistrictTally;
  @Field(() => DistrictTally) villagesWithShop!: DistrictTally;
  @Field(() => DistrictRatio) shopCoverage!: DistrictRatio;
  @Field(() => DistrictCount) exchangeEvents!: DistrictCount;
  @Field(() => DistrictCount) pointsRedeemed!: DistrictCount;
  @Field(() => DistrictCount) pointsRefunded!: DistrictCount;
  @Field(() => DistrictCount, { description: "pointsRedeemed − pointsRefunded" }) netRedeemed!: DistrictCount;
  @Field(() => DistrictCount) redeemingHouseholds!: DistrictCount;
  @Field(() => DistrictCount) redeemingPeople!: DistrictCount;
}

@ObjectType({ description: "志愿服务: the volunteer service's figures" })
export class DistrictVolunteerFigures {
  @Field(() => DistrictCount) activitiesHeld!: DistrictCount;
  @Field(() => DistrictCount, { description: "Person-times (人次)" }) participations!: DistrictCount;
  @Field(() => DistrictCount) brandsActive!: DistrictCount;
  @Field(() => DistrictTally) teams!: DistrictTally;
  @Field(() => DistrictTally) teamMembers!: DistrictTally;
}

@ObjectType({ description: "Matters received in the year by their channel now" })
export class DistrictChannelFigures {
  @Field(() => DistrictCount, { description: "直办" }) direct!: DistrictCount;
  @Field(() => DistrictCount, { description: "领办" }) lead!: DistrictCount;
  @Field(() => DistrictCount, { description: "联办" }) joint!: DistrictCount;
  @Field(() => DistrictCount, { description: "督办" }) supervised!: DistrictCount;
  @Field(() => DistrictCount, { description: "No channel set yet" }) unassigned!: DistrictCount;
}

@ObjectType({ description: "民事直说: the civic service's figures" })
export class DistrictCivicFigures {
  @Field(() => DistrictCount) received!: DistrictCount;
  @Field(() => DistrictChannelFigures) byChannel!: DistrictChannelFigures;
  @Field(() => DistrictRate, { description: "办结率" }) resolutionRate!: DistrictRate;
  @Field(() => DistrictRate, { description: "满意率" }) satisfactionRate!: DistrictRate;
}

@ObjectType({ description: "农户: households as the roll stands now" })
export class DistrictHouseholdFigures {
  @Field(() => DistrictTally) active!: DistrictTally;
  @Field(() => DistrictTally, { description: "一般户" }) general!: DistrictTally;
  @Field(() => DistrictTally, { description: "脱贫户" }) lifted!: DistrictTally;
  @Field(() => DistrictTally, { description: "监测户" }) monitored!: DistrictTally;
}

@ObjectType({ description: "The figures a district's yearly report states, for one year and the district, a township or a village, computed from records" })
export class DistrictReport {
  @Field(() => Int) year!: number;
  @Field(() => ID, { nullable: true, description: "The township reported on (a village's township when a village is); null for the whole district" }) townshipId!: number | null;
  @Field(() => String, { nullable: true }) townshipName!: string | null;
  @Field(() => ID, { nullable: true, description: "The village reported on; null for a township or the district" }) villageId!: number | null;
  @Field(() => String, { nullable: true }) villageName!: string | null;
  @Field(() => GraphQLLocalDate, { description: "1 January of the year" }) from!: string;
  @Field(() => GraphQLLocalDate, { description: "31 December of the year" }) to!: string;
  @Field(() => String, { description: "The district time zone days and months are counted in" }) timezone!: string;
  @Field(() => GraphQLLocalDate, { description: "The district's today when the report was made: nothing after it has happened yet" })
  asOf!: string;
  @Field(() => DistrictShopFigures) shop!: DistrictShopFigures;
  @Field(() => DistrictVolunteerFigures) volunteer!: DistrictVolunteerFigures;
  @Field(() => DistrictCivicFigures) civic!: DistrictCivicFigures;
  @Field(() => DistrictHouseholdFigures) households!: DistrictHouseholdFigures;
}
