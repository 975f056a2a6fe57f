import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLLocalDate } from "graphql-scalars";

export enum RankingOrder {
  TOP = "TOP",
  BOTTOM = "BOTTOM",
}
registerEnumType(RankingOrder, { name: "RankingOrder", description: "TOP: most points earned first (红榜); BOTTOM: fewest first (黑榜)" });

@InputType({ description: "The area and period of a points report; leave out what you do not narrow" })
export class PointsReportFilter {
  @Field(() => ID, { nullable: true, description: "One township's villages" }) townshipId?: string | null;
  @Field(() => ID, { nullable: true, description: "One village (inside townshipId when both are given)" }) villageId?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "First day of the period (inclusive)" }) from?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Last day of the period (inclusive)" }) to?: string | null;
}

/**
 * The figures a report states for one area, inherited by `PointsReport` and
 * `VillagePointsRow`; no field returns it, so it stays out of the schema.
 */
@ObjectType()
export abstract class PointsFigures {
  @Field(() => Int, { description: "Sum of AWARD entries dated (deed date) in the period" }) pointsAwarded!: number;
  @Field(() => Int, { description: "Points taken by DEDUCTION entries, as a positive number" }) pointsDeducted!: number;
  @Field(() => Int, { description: "Points spent by REDEMPTION entries, as a positive number" }) pointsRedeemed!: number;
  @Field(() => Int, { description: "Points given back by REFUND entries (cancelled redemptions)" }) pointsRefunded!: number;
  @Field(() => Int, { description: "Net signed delta of REVERSAL entries: negative when awards were reversed" }) pointsReversed!: number;
  @Field(() => Int, { description: "pointsRedeemed − pointsRefunded" }) netRedeemed!: number;
  @Field(() => Int, { description: "Exchange events dated in the period and not after today, whatever their status" })
  exchangeEventsHeld!: number;
  @Field(() => Int, { description: "Distinct households with a redemption made in the period and not cancelled" })
  redeemingHouseholds!: number;
  @Field(() => Int, { description: "Sum of those households' member counts (as they are now)" }) redeemingPeople!: number;
}

@ObjectType({ description: "One village's figures in a points report" })
export class VillagePointsRow extends PointsFigures {
  @Field(() => ID) villageId!: number;
  @Field(() => String) villageCode!: string;
  @Field(() => String) villageName!: string;
  @Field(() => ID) townshipId!: number;
  @Field(() => String) townshipName!: string;
  @Field(() => Boolean, { description: "The village runs a points supermarket" }) hasShop!: boolean;
}

@ObjectType({ description: "The points supermarket's figures for an area and period, as a district's yearly report states them" })
export class PointsReport extends PointsFigures {
  @Field(() => ID, { nullable: true }) townshipId!: number | null;
  @Field(() => ID, { nullable: true }) villageId!: number | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) from!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) to!: string | null;
  @Field(() => Int, { description: "Villages in the area" }) villages!: number;
  @Field(() => Int, { description: "Villages in the area that run a points supermarket" }) villagesWithShop!: number;
  @Field(() => Float, { description: "villagesWithShop / villages; 0 when the area has no villages" }) shopCoverage!: number;
  @Field(() => [VillagePointsRow], { description: "The same figures per village of the area, by township and village code" })
  byVillage!: VillagePointsRow[];
}

@ObjectType({ description: "One household on the honour board (红黑榜): names and points only" })
export class RankingRow {
  @Field(() => Int, { description: "Standard competition rank (1, 2, 2, 4): equal points share a rank" }) rank!: number;
  @Field(() => ID) householdId!: number;
  @Field(() => String) householdNumber!: string;
  @Field(() => String) headName!: string;
  @Field(() => Int, { description: "AWARD + DEDUCTION entries and their REVERSALs dated (deed date) in the period" })
  earned!: number;
}
