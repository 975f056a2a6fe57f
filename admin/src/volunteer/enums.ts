// The volunteer service's enums, generated from the schema (src/gql), in the
// order the console lists them (common/schemaEnum.ts). Labels live in i18n
// (volunteer.en.ts) under `enums.<Enum>.<CODE>`.

import { toChoices } from "../common/choices";
import { inOrder } from "../common/schemaEnum";
import * as schema from "../gql/graphql";

export {
  ActivityCategory,
  ActivityStatus,
  CalendarDayKind,
  TeamKind,
} from "../gql/graphql";

export const ACTIVITY_STATUSES = inOrder(schema.ActivityStatus, ["PLANNED", "HELD", "CANCELLED"]);

export const ACTIVITY_CATEGORIES = inOrder(schema.ActivityCategory, [
  "ELDERLY_AND_LEFT_BEHIND",
  "POLICY",
  "ENVIRONMENT",
  "CULTURE",
  "LEGAL_EDUCATION",
  "OTHER",
]);

export const TEAM_KINDS = inOrder(schema.TeamKind, ["WOMEN", "VILLAGE_ASSISTANCE", "SOCIAL_ORGANISATION", "OTHER"]);

export const CALENDAR_DAY_KINDS = inOrder(schema.CalendarDayKind, ["HOLIDAY", "WORKDAY"]);

export const activityStatusChoices = toChoices("ActivityStatus", ACTIVITY_STATUSES);
export const activityCategoryChoices = toChoices("ActivityCategory", ACTIVITY_CATEGORIES);
export const teamKindChoices = toChoices("TeamKind", TEAM_KINDS);
export const calendarDayKindChoices = toChoices("CalendarDayKind", CALENDAR_DAY_KINDS);

/** Chip colours of an activity's status. */
export const activityStatusColors: Record<schema.ActivityStatus, "info" | "success" | "default"> = {
  PLANNED: "info",
  HELD: "success",
  CANCELLED: "default",
};
