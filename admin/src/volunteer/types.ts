import type {
  ActivityDetailQuery,
  ActivityFieldsFragment,
  ActivityParticipantFieldsFragment,
  ActivityParticipationsQuery,
  CalendarDayFieldsFragment,
  ServiceBrandFieldsFragment,
  VolunteerTeamFieldsFragment,
} from "../gql/graphql";

// Records of the volunteer service and the district calendar: the result
// types of src/documents/volunteer.ts (`pnpm codegen`).

/** 服务队: owned by one township or one village. */
export type VolunteerTeam = VolunteerTeamFieldsFragment;

/** 志愿服务品牌: owned by one township or one village. */
export type ServiceBrand = ServiceBrandFieldsFragment;

/** 文明实践活动; `points` is what each participating household gets: its own points or the rule's. */
export type Activity = ActivityFieldsFragment;

/** One household's part in an activity. */
export type ActivityParticipant = ActivityParticipantFieldsFragment;

/** A household's part with the activity it was in (activityParticipations). */
export type Participation = ActivityParticipationsQuery["result"]["items"][number];

/** An activity's participants and its ledger entries (awards, and reversals once cancelled). */
export type ActivityDetail = ActivityDetailQuery["result"];

/** An exception of the district calendar. */
export type CalendarDay = CalendarDayFieldsFragment;

export type { CivicCategory } from "../civicMatters/civicTypes";
