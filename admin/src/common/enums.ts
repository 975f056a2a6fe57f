// The server's enums, as the console knows them. Labels live in i18n under
// `enums.<Enum>.<CODE>`; the i18n files are checked against these lists.

export const ROLES = [
  "DISTRICT_ADMIN",
  "DISTRICT_STAFF",
  "TOWNSHIP_STAFF",
  "VILLAGE_COMMITTEE",
  "DEPARTMENT_STAFF",
  "RESIDENT",
] as const;
export type Role = (typeof ROLES)[number];

export const HOUSEHOLD_CATEGORIES = ["GENERAL", "LIFTED", "MONITORED"] as const;
export type HouseholdCategory = (typeof HOUSEHOLD_CATEGORIES)[number];

export const HOUSEHOLD_STATUSES = ["ACTIVE", "MOVED", "ARCHIVED"] as const;
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number];

export const DEPARTMENT_KINDS = ["DISTRICT", "TOWNSHIP", "SUPERVISION_OFFICE"] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export const isRole = (value: unknown): value is Role =>
  typeof value === "string" && (ROLES as readonly string[]).includes(value);

// Points ledger and shop.

export const RULE_CATEGORIES = [
  "HYGIENE",
  "FILIAL_PIETY",
  "CUSTOMS_REFORM",
  "VOLUNTEERING",
  "LAW_ABIDING",
  "INDUSTRY",
  "OTHER",
] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

export const ENTRY_KINDS = ["AWARD", "DEDUCTION", "REDEMPTION", "REFUND", "REVERSAL"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const AWARD_BATCH_STATUSES = ["DRAFT", "ON_PUBLICITY", "POSTED", "WITHDRAWN"] as const;
export type AwardBatchStatus = (typeof AWARD_BATCH_STATUSES)[number];

export const AWARD_LINE_STATES = ["INCLUDED", "REMOVED"] as const;
export type AwardLineState = (typeof AWARD_LINE_STATES)[number];

export const EXCHANGE_EVENT_STATUSES = ["OPEN", "CLOSED"] as const;
export type ExchangeEventStatus = (typeof EXCHANGE_EVENT_STATUSES)[number];

export const REDEMPTION_STATUSES = ["COMPLETED", "CANCELLED"] as const;
export type RedemptionStatus = (typeof REDEMPTION_STATUSES)[number];
