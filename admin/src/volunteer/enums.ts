// The volunteer service's and the civic settings' enums, as the console knows
// them. Labels live in i18n (volunteer.en.ts) under `enums.<Enum>.<CODE>`.

import { toChoices } from "../common/choices";

export const ACTIVITY_STATUSES = ["PLANNED", "HELD", "CANCELLED"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const ACTIVITY_CATEGORIES = ["ELDERLY_AND_LEFT_BEHIND", "POLICY", "ENVIRONMENT", "CULTURE", "LEGAL_EDUCATION", "OTHER"] as const;
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

export const TEAM_KINDS = ["WOMEN", "VILLAGE_ASSISTANCE", "SOCIAL_ORGANISATION", "OTHER"] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];

export const CALENDAR_DAY_KINDS = ["HOLIDAY", "WORKDAY"] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];


export const activityStatusChoices = toChoices("ActivityStatus", ACTIVITY_STATUSES);
export const activityCategoryChoices = toChoices("ActivityCategory", ACTIVITY_CATEGORIES);
export const teamKindChoices = toChoices("TeamKind", TEAM_KINDS);
export const calendarDayKindChoices = toChoices("CalendarDayKind", CALENDAR_DAY_KINDS);

/** Chip colours of an activity's status. */
export const activityStatusColors: Record<ActivityStatus, "info" | "success" | "default"> = {
  PLANNED: "info",
  HELD: "success",
  CANCELLED: "default",
};
