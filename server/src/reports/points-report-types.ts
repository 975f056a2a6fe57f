import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { GraphQLLocalDate } from "../common/local-date";
import { define, generic } from "./definitions";

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
  @Field(() => Int, { description: define.pointsAwarded(generic) }) pointsAwarded!: number;
  @Field(() => Int, { description: define.pointsDeducted(generic) }) pointsDeducted!: number;
  @Field(() => Int, { description: define.pointsRedeemed(generic) }) pointsRedeemed!: number;
  @Field(() => Int, { description: define.pointsRefunded(generic) }) pointsRefunded!: number;
  @Field(() => Int, { description: define.pointsReversed(generic) }) pointsReversed!: number;
  @Field(() => Int, { description: define.netRedeemed(generic) }) netRedeemed!: number;
  @Field(() => Int, { description: define.exchangeEventsHeld(generic) }) exchangeEventsHeld!: number;
  @Field(() => Int, { description: define.redeemingHouseholds(generic) }) redeemingHouseholds!: number;
  @Field(() => Int, { description: define.redeemingPeople() }) redeemingPeople!: number;
}

@ObjectType({ description: "The points figures of one month of a points report's period" })
export class PointsMonth extends PointsFigures {
  @Field(() => String, { description: "YYYY-MM" }) month!: string;
  @Field(() => GraphQLLocalDate, { description: "The month's first day inside the period" }) from!: string;
  @Field(() => GraphQLLocalDate, { description: "The month's last day inside the period" }) to!: string;
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
  @Field(() => Int, { description: define.villages(generic) }) villages!: number;
  @Field(() => Int, { description: define.villagesWithShop(generic) }) villagesWithShop!: number;
  @Field(() => Float, { description: define.shopCoverage() }) shopCoverage!: number;
  @Field(() => [VillagePointsRow], { description: "The same figures per village of the area, by township and village code" })
  byVillage!: VillagePointsRow[];
  @Field(() => [PointsMonth], {
    description:
      "The same figures per month: every month of the period, cut to its days (an open start begins at the first month with " +
      "any record, an open end at the current month; only years 2000–2100). Households count once per month, so their months " +
      "need not add up to the period; every other figure's do",
  })
  months!: PointsMonth[];
}

@ObjectType({ description: "One household on the honour board (红黑榜): names and points only" })
export class RankingRow {
  @Field(() => Int, { description: "Standard competition rank within its list (1, 1, 3): equal points share a rank" }) rank!: number;
  @Field(() => ID) householdId!: number;
  @Field(() => String) householdNumber!: string;
  @Field(() => String) headName!: string;
  @Field(() => Int, {
    description:
      "Net conduct points in the period by deed date: AWARDs, DEDUCTIONs at the rule's points (requestedDelta, even where " +
      "the balance was smaller) and the REVERSALs of either; redemptions and refunds are spending and do not count",
  })
  earned!: number;
  @Field(() => Int, { description: "Points of the DEDUCTIONs in the period at the rule's points, less those reversed in it; a positive number" })
  deducted!: number;
}

@ObjectType({ description: "The rule of a 红黑榜, as printed with it: written once, here" })
export class RankingRule {
  @Field(() => String) zh!: string;
  @Field(() => String) en!: string;
}

@ObjectType({ description: "A village's 红黑榜 for a period: the red list, the black list and the rule they follow" })
export class RankingBoard {
  @Field(() => ID) villageId!: number;
  @Field(() => GraphQLLocalDate, { nullable: true }) from!: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) to!: string | null;
  @Field(() => Int, { description: "N: each list names the households ranked 1 to N (the village's rankingSize, or a smaller limit asked)" })
  size!: number;
  @Field(() => [RankingRow], { description: "红榜: households with positive net points, most first" }) red!: RankingRow[];
  @Field(() => [RankingRow], { description: "黑榜: households with deductions and no positive net, most deducted first; empty when none" })
  black!: RankingRow[];
  @Field(() => RankingRule) rule!: RankingRule;
}
