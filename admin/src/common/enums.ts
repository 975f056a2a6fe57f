// The server's enums, as generated from the schema (src/gql), with the order
// the console lists them in (common/schemaEnum.ts). Labels live in i18n under
// `enums.<Enum>.<CODE>`; the i18n files are typed against these enums.

import * as schema from "../gql/graphql";
import { inOrder, isOneOf } from "./schemaEnum";

export {
  AwardBatchStatus,
  AwardLineState,
  DepartmentKind,
  EntryKind,
  ExchangeEventStatus,
  HouseholdCategory,
  HouseholdStatus,
  RedemptionStatus,
  Role,
  RuleCategory,
} from "../gql/graphql";

export const ROLES = inOrder(schema.Role, [
  "DISTRICT_ADMIN",
  "DISTRICT_STAFF",
  "TOWNSHIP_STAFF",
  "VILLAGE_COMMITTEE",
  "DEPARTMENT_STAFF",
  "RESIDENT",
]);

export const HOUSEHOLD_CATEGORIES = inOrder(schema.HouseholdCategory, ["GENERAL", "LIFTED", "MONITORED"]);
export const HOUSEHOLD_STATUSES = inOrder(schema.HouseholdStatus, ["ACTIVE", "MOVED", "ARCHIVED"]);
export const DEPARTMENT_KINDS = inOrder(schema.DepartmentKind, ["DISTRICT", "TOWNSHIP", "SUPERVISION_OFFICE"]);

export const isRole = isOneOf(ROLES);

// Points ledger and shop.

export const RULE_CATEGORIES = inOrder(schema.RuleCategory, [
  "HYGIENE",
  "FILIAL_PIETY",
  "CUSTOMS_REFORM",
  "VOLUNTEERING",
  "LAW_ABIDING",
  "INDUSTRY",
  "OTHER",
]);
export const ENTRY_KINDS = inOrder(schema.EntryKind, ["AWARD", "DEDUCTION", "REDEMPTION", "REFUND", "REVERSAL"]);
export const AWARD_BATCH_STATUSES = inOrder(schema.AwardBatchStatus, ["DRAFT", "ON_PUBLICITY", "POSTED", "WITHDRAWN"]);
export const EXCHANGE_EVENT_STATUSES = inOrder(schema.ExchangeEventStatus, ["OPEN", "CLOSED"]);
export const REDEMPTION_STATUSES = inOrder(schema.RedemptionStatus, ["COMPLETED", "CANCELLED"]);
