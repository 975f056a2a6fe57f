import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { GraphQLLocalDate } from "../common/local-date";
import { Allow } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { inReportSlot } from "../request/slots";
import { PointsReport, PointsReportFilter, RankingBoard } from "./points-report-types";
import { pointsReport } from "./points-report-service";
import { pointsRanking } from "./points-ranking-service";
import { cost } from "../request/costs";

@Resolver()
export class PointsReportResolver {
  @Query(() => PointsReport, { complexity: cost.report,
    description:
      "The points supermarket's figures for an area and period: district roles anywhere, " +
      "township staff their township, a village committee its village",
  })
  @Allow("DISTRICT_ADMIN", "DISTRICT_STAFF", "TOWNSHIP_STAFF", "VILLAGE_COMMITTEE")
  pointsReport(@Ctx() ctx: Context, @Arg("filter", () => PointsReportFilter, { nullable: true }) filter?: PointsReportFilter) {
    return inReportSlot(ctx, (lanes) => pointsReport(ctx.db, actorOf(ctx), ctx.timezone, filter, lanes));
  }

  @Query(() => RankingBoard, { complexity: cost.ranking,
    description: "红黑榜: a village's red and black lists for the period (deed dates) and their rule; residents see their own village's",
  })
  @Allow("DISTRICT_ADMIN", "DISTRICT_STAFF", "TOWNSHIP_STAFF", "VILLAGE_COMMITTEE", "RESIDENT")
  pointsRanking(
    @Ctx() ctx: Context,
    @Arg("villageId", () => ID) villageId: string,
    @Arg("from", () => GraphQLLocalDate, { nullable: true }) from?: string,
    @Arg("to", () => GraphQLLocalDate, { nullable: true }) to?: string,
    @Arg("limit", () => Int, {
      nullable: true,
      description: "1 to 50: name fewer ranks than the village's rankingSize (a preview); more are never named. Default: the village's",
    })
    limit?: number,
  ) {
    return pointsRanking(ctx.db, actorOf(ctx), villageId, from, to, limit);
  }
}
