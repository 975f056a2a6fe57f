import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { Allow } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { cost } from "../request/costs";
import { CivicReport, CivicReportFilter } from "./report-types";
import { civicReport } from "./civic-report-service";
import { triagers } from "./civic-roles";

@Resolver(() => CivicReport)
export class CivicReportResolver {
  @Query(() => CivicReport, { complexity: cost.report,
    description:
      "Civic service figures over matters received in the period: district roles anywhere, township staff their township, " +
      "a village committee its village, department staff the matters of their department (in any area); " +
      "any other explicit area is FORBIDDEN",
  })
  @Allow(...triagers, "DEPARTMENT_STAFF")
  civicReport(@Ctx() ctx: Context, @Arg("filter", () => CivicReportFilter, { nullable: true }) filter?: CivicReportFilter) {
    return civicReport(ctx.db, actorOf(ctx), ctx.timezone, filter);
  }
}
