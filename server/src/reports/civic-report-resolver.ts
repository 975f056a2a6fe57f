import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { Allow } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { inReportSlot } from "../request/slots";
import { cost } from "../request/costs";
import { CivicReport, CivicReportFilter } from "./civic-report-types";
import { civicReport } from "./civic-report-service";

@Resolver(() => CivicReport)
export class CivicReportResolver {
  @Query(() => CivicReport, { complexity: cost.report,
    description:
      "Civic service figures over matters received in the period: district roles anywhere, township staff their township, " +
      "a village committee its village, department staff the matters of their department (in any area); " +
      "any other explicit area is FORBIDDEN",
  })
  @Allow("DISTRICT_ADMIN", "DISTRICT_STAFF", "TOWNSHIP_STAFF", "VILLAGE_COMMITTEE", "DEPARTMENT_STAFF")
  civicReport(@Ctx() ctx: Context, @Arg("filter", () => CivicReportFilter, { nullable: true }) filter?: CivicReportFilter) {
    return inReportSlot(ctx, (lanes) => civicReport(ctx.db, actorOf(ctx), ctx.timezone, filter, lanes));
  }
}
