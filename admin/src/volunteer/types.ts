import type { RaRecord } from "react-admin";
import type { PointEntry } from "../types";
import type { CivicChannel } from "../civicMatters/civicEnums";
import type { ActivityCategory, ActivityStatus, CalendarDayKind, TeamKind } from "./enums";

// Records of the volunteer service and the civic settings, as the data provider returns them.

/** 服务队: owned by one township or one village. */
export interface VolunteerTeam extends RaRecord<string> {
  name: string;
  kind: TeamKind;
  leaderName: string | null;
  memberCount: number;
  townshipId: string | null;
  villageId: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** 志愿服务品牌: owned by one township or one village. */
export interface ServiceBrand extends RaRecord<string> {
  name: string;
  description: string | null;
  townshipId: string | null;
  villageId: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** 文明实践活动. */
export interface Activity extends RaRecord<string> {
  title: string;
  /** YYYY-MM-DD */
  date: string;
  place: string | null;
  description: string | null;
  category: ActivityCategory;
  status: ActivityStatus;
  villageId: string;
  teamId: string | null;
  brandId: string | null;
  pointsPerParticipant: number | null;
  ruleId: string | null;
  /** what each participating household gets: its own points or the rule's */
  points: number | null;
  participantCount: number;
  people: number;
  confirmedAt: string | null;
  /** set when cancelled */
  cancelReason: string | null;
  cancelledAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One household's part in an activity. */
export interface ActivityParticipant {
  id: string;
  activityId: string;
  householdId: string;
  householdNumber: string;
  headName: string;
  people: number;
  hours: number;
}

/** A household's part with the activity it was in (activityParticipations). */
export interface Participation extends ActivityParticipant {
  activity: Pick<Activity, "id" | "title" | "date" | "place" | "status" | "points" | "villageId">;
}

/** An activity's participants and its ledger entries (awards, and reversals once cancelled). */
export interface ActivityDetail {
  participants: ActivityParticipant[];
  entries: PointEntry[];
}

/** 事项类别. */
export interface CivicCategory extends RaRecord<string> {
  code: string;
  name: string;
  defaultChannel: CivicChannel;
  deadlineDays: number;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** An exception of the district calendar. */
export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  name: string;
  createdAt: string;
}
