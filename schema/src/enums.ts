import { pgEnum } from "drizzle-orm/pg-core";

// Codes are fixed; human labels live in the console's translations.

export const roleEnum = pgEnum("role", [
  "DISTRICT_ADMIN",
  "DISTRICT_STAFF",
  "TOWNSHIP_STAFF",
  "VILLAGE_COMMITTEE",
  "DEPARTMENT_STAFF",
  "RESIDENT",
]);

export const householdCategoryEnum = pgEnum("household_category", ["GENERAL", "LIFTED", "MONITORED"]);
export const householdStatusEnum = pgEnum("household_status", ["ACTIVE", "MOVED", "ARCHIVED"]);
export const departmentKindEnum = pgEnum("department_kind", ["DISTRICT", "TOWNSHIP", "SUPERVISION_OFFICE"]);

export const ruleCategoryEnum = pgEnum("rule_category", [
  "HYGIENE",
  "FILIAL_PIETY",
  "CUSTOMS_REFORM",
  "VOLUNTEERING",
  "LAW_ABIDING",
  "INDUSTRY",
  "OTHER",
]);
export const entryKindEnum = pgEnum("entry_kind", ["AWARD", "DEDUCTION", "REDEMPTION", "REFUND", "REVERSAL"]);
export const awardBatchStatusEnum = pgEnum("award_batch_status", ["DRAFT", "ON_PUBLICITY", "POSTED", "WITHDRAWN"]);
export const awardLineStateEnum = pgEnum("award_line_state", ["INCLUDED", "REMOVED"]);

export const exchangeEventStatusEnum = pgEnum("exchange_event_status", ["OPEN", "CLOSED"]);
export const redemptionStatusEnum = pgEnum("redemption_status", ["COMPLETED", "CANCELLED"]);

export const teamKindEnum = pgEnum("team_kind", ["WOMEN", "VILLAGE_ASSISTANCE", "SOCIAL_ORGANISATION", "OTHER"]);
export const activityCategoryEnum = pgEnum("activity_category", [
  "ELDERLY_AND_LEFT_BEHIND",
  "POLICY",
  "ENVIRONMENT",
  "CULTURE",
  "LEGAL_EDUCATION",
  "OTHER",
]);
export const activityStatusEnum = pgEnum("activity_status", ["PLANNED", "HELD", "CANCELLED"]);

export const civicChannelEnum = pgEnum("civic_channel", ["DIRECT", "LEAD", "JOINT", "SUPERVISED"]);
export const civicStatusEnum = pgEnum("civic_status", [
  "RECEIVED",
  "ASSIGNED",
  "IN_PROGRESS",
  "RESOLVED",
  "CLOSED",
  "REJECTED",
  "MERGED",
]);
export const intakeSourceEnum = pgEnum("intake_source", ["VILLAGE_MEETING", "DOOR_TO_DOOR", "WALK_IN", "PHONE", "ONLINE"]);
export const urgencyEnum = pgEnum("urgency", ["NORMAL", "URGENT", "CRITICAL"]);
export const assignmentRoleEnum = pgEnum("assignment_role", ["LEAD_UNIT", "CO_UNIT", "LEAD_OFFICIAL", "SUPERVISOR"]);
export const assignmentStateEnum = pgEnum("assignment_state", ["PENDING", "ACCEPTED", "RETURNED", "DONE"]);
export const supervisionLevelEnum = pgEnum("supervision_level", ["URGE", "WRITTEN", "ESCALATED"]);
export const supervisionStatusEnum = pgEnum("supervision_status", ["OPEN", "ANSWERED", "ENDED"]);
export const extensionStateEnum = pgEnum("extension_state", ["PENDING", "APPROVED", "REFUSED"]);
export const followUpMethodEnum = pgEnum("follow_up_method", ["PHONE", "VISIT", "MEETING", "ONLINE"]);
export const followUpResolvedEnum = pgEnum("follow_up_resolved", ["YES", "PARTLY", "NO"]);
export const satisfactionEnum = pgEnum("satisfaction", ["SATISFIED", "BASICALLY", "NOT"]);
export const calendarDayKindEnum = pgEnum("calendar_day_kind", ["HOLIDAY", "WORKDAY"]);
