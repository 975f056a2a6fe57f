import "reflect-metadata";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { guard } from "../auth/rules";
import { timeBudget } from "./time-budget";
import { DepartmentResolver, TownshipResolver, VillageResolver } from "../geo/geo-resolvers";
import { HouseholdResolver } from "../households/household-resolver";
import { UserResolver } from "../users/user-resolver";
import { ExchangeEventResolver, ProductResolver, RedemptionResolver } from "../shop/shop-resolvers";
import { AwardBatchResolver, HouseholdLedgerResolver, PointEntryResolver, PointRuleResolver } from "../points/points-resolver";
import { PointsReportResolver } from "../reports/points-report-resolver";
import { CivicReportResolver } from "../reports/civic-report-resolver";
import { ActivityParticipantResolver, ActivityResolver, ServiceBrandResolver, VolunteerTeamResolver } from "../volunteer/volunteer-resolver";
import { DistrictReportResolver } from "../reports/district-report-resolver";
import {
  CalendarResolver,
  CivicCategoryResolver,
  CivicMatterResolver,
  MatterAssignmentResolver,
  MatterEventResolver,
} from "../civic/civic-resolver";

export const resolvers = [
  TownshipResolver,
  VillageResolver,
  DepartmentResolver,
  HouseholdResolver,
  UserResolver,
  PointRuleResolver,
  PointEntryResolver,
  AwardBatchResolver,
  HouseholdLedgerResolver,
  ProductResolver,
  ExchangeEventResolver,
  RedemptionResolver,
  PointsReportResolver,
  VolunteerTeamResolver,
  ServiceBrandResolver,
  ActivityResolver,
  ActivityParticipantResolver,
  DistrictReportResolver,
  CalendarResolver,
  CivicCategoryResolver,
  CivicMatterResolver,
  MatterAssignmentResolver,
  MatterEventResolver,
  CivicReportResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process from the resolvers. */
export function buildCunwuSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    globalMiddlewares: [guard, timeBudget],
    // Services validate input themselves and name the offending fields.
    validate: false,
  });
  return built;
}
