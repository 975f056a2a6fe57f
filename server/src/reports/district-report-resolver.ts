import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { Allow } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { inReportSlot } from "../request/slots";
import { DistrictReport } from "./district-report-types";
import { districtReport } from "./district-report-service";
import { cost } from "../request/costs";

@Resolver()
export class DistrictReportResolver {
  @Query(() => DistrictReport, { complexity: cost.report,
    description:
      "The district's yearly figures (points supermarket, volunteer service, civic service, households) for a year of the district's " +
      "time zone, for the whole district, a township or a village, each with its definition and monthly series. District roles: " +
      "anywhere; township staff: their own township (the default) or one of its villages, any other area is FORBIDDEN",
  })
  @Allow("DISTRICT_ADMIN", "DISTRICT_STAFF", "TOWNSHIP_STAFF")
  districtReport(
    @Ctx() ctx: Context,
    @Arg("year", () => Int) year: number,
    @Arg("townshipId", () => ID, { nullable: true }) townshipId?: string,
    @Arg("villageId", () => ID, { nullable: true, description: "One village (inside townshipId when both are given)" }) villageId?: string,
  ) {
    return inReportSlot(ctx, (lanes) => districtReport(ctx.db, actorOf(ctx), ctx.timezone, year, { townshipId, villageId }, lanes));
  }
}
