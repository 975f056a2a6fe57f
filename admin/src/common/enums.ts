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
