import "reflect-metadata";
import { buildSchema } from "type-graphql";
import { createRequire } from "node:module";
import type { GraphQLSchema } from "graphql";
import { errorReasons } from "../errors";
import { guard } from "../auth/rules";
import { timeBudget } from "./time-budget";
import { readPlainFieldsDirectly } from "./plain-fields";
import { TownshipResolver } from "../geo/township-resolver";
import { VillageResolver } from "../geo/village-resolver";
import { DepartmentResolver } from "../geo/department-resolver";
import { HouseholdResolver } from "../households/household-resolver";
import { UserResolver } from "../users/user-resolver";
import { ProductResolver } from "../shop/product-resolver";
import { ExchangeEventResolver } from "../shop/exchange-event-resolver";
import { RedemptionResolver } from "../shop/redemption-resolver";
import { PointRuleResolver } from "../points/rule-resolver";
import { PointEntryResolver } from "../points/entry-resolver";
import { AwardBatchResolver } from "../points/award-batch-resolver";
import { AwardBatchLineResolver } from "../points/award-line-resolver";
import { HouseholdLedgerResolver } from "../points/household-ledger-resolver";
import { PointsReportResolver } from "../reports/points-report-resolver";
import { CivicReportResolver } from "../reports/civic-report-resolver";
import { VolunteerTeamResolver } from "../volunteer/team-resolver";
import { ServiceBrandResolver } from "../volunteer/brand-resolver";
import { ActivityResolver } from "../volunteer/activity-resolver";
import { ActivityParticipantResolver } from "../volunteer/activity-participant-resolver";
import { DistrictReportResolver } from "../reports/district-report-resolver";
import { CalendarResolver } from "../civic/calendar-resolver";
import { CivicCategoryResolver } from "../civic/category-resolver";
import { CivicMatterResolver } from "../civic/matter-resolver";
import { CivicMatterWorkflowResolver } from "../civic/matter-workflow-resolver";
import { MatterAssignmentResolver } from "../civic/assignment-resolver";
import { MatterEventResolver } from "../civic/matter-event-resolver";
import { MatterSupervisionResolver } from "../civic/supervision-resolver";
import { NotificationResolver } from "../notifications/notification-resolver";
import { OnboardingResolver } from "../onboarding/onboarding-resolver";
import { AttachmentResolver } from "../files/attachment-types";
import { PhotoLimitsResolver } from "../files/photo-limits-resolver";
import { BackupStatusResolver } from "../ops/backup-status-resolver";

export const resolvers = [
  TownshipResolver,
  VillageResolver,
  DepartmentResolver,
  HouseholdResolver,
  UserResolver,
  PointRuleResolver,
  PointEntryResolver,
  AwardBatchResolver,
  AwardBatchLineResolver,
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
  CivicMatterWorkflowResolver,
  MatterAssignmentResolver,
  MatterEventResolver,
  MatterSupervisionResolver,
  CivicReportResolver,
  NotificationResolver,
  OnboardingResolver,
  AttachmentResolver,
  PhotoLimitsResolver,
  BackupStatusResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

// type-graphql builds with the CommonJS copy of graphql; types added to its
// schema must come from the same copy (ESM's `instanceof` checks fail across).
const { GraphQLEnumType, GraphQLSchema: SchemaOfTypeGraphql } = createRequire(import.meta.url)("graphql") as typeof import("graphql");

/**
 * Why an error happened, below its code: sent as `extensions.reason` on every
 * error. No field returns it; it is in the schema so clients (the console's
 * generated types) read the closed set, each value with its meaning.
 */
const errorReasonEnum = new GraphQLEnumType({
  name: "ErrorReason",
  description: "Why an error happened, below its code; every error carries one as `extensions.reason`.",
  values: Object.fromEntries(Object.entries(errorReasons).map(([reason, description]) => [reason, { description }])),
});

/** The executable schema, built once per process from the resolvers. */
export function buildCunwuSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    globalMiddlewares: [guard, timeBudget],
    // Services validate input themselves and name the offending fields.
    validate: false,
  }).then((schema) => {
    readPlainFieldsDirectly(schema);
    const config = schema.toConfig();
    return new SchemaOfTypeGraphql({ ...config, types: [...config.types, errorReasonEnum] });
  });
  return built;
}
