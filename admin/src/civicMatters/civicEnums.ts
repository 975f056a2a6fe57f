// The civic service's enums as the console knows them (schema/schema.graphql).
// Labels live in i18n (civic.en.ts / civic.zh-CN.ts) under `enums.<Enum>.<CODE>`.

import { toChoices } from "../common/choices";

export const CIVIC_STATUSES = ["RECEIVED", "ASSIGNED", "IN_PROGRESS", "RESOLVED", "CLOSED", "REJECTED", "MERGED"] as const;
export type CivicStatus = (typeof CIVIC_STATUSES)[number];

export const CIVIC_CHANNELS = ["DIRECT", "LEAD", "JOINT", "SUPERVISED"] as const;
export type CivicChannel = (typeof CIVIC_CHANNELS)[number];

export const INTAKE_SOURCES = ["VILLAGE_MEETING", "DOOR_TO_DOOR", "WALK_IN", "PHONE", "ONLINE"] as const;
export type IntakeSource = (typeof INTAKE_SOURCES)[number];

export const URGENCIES = ["NORMAL", "URGENT", "CRITICAL"] as const;
export type Urgency = (typeof URGENCIES)[number];

export const ASSIGNMENT_ROLES = ["LEAD_UNIT", "CO_UNIT", "LEAD_OFFICIAL", "SUPERVISOR"] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

export const ASSIGNMENT_STATES = ["PENDING", "ACCEPTED", "DONE", "RETURNED"] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];

export const MATTER_EVENT_TYPES = [
  "SUBMITTED",
  "REJECTED",
  "MERGED",
  "ASSIGNED",
  "ACCEPTED",
  "RETURNED",
  "CHANNEL_CHANGED",
  "PROGRESS",
  "SUPERVISED",
  "EXTENSION_REQUESTED",
  "EXTENSION_APPROVED",
  "EXTENSION_REFUSED",
  "RESOLVED",
  "FOLLOW_UP",
  "CLOSED",
  "REOPENED",
] as const;
export type MatterEventType = (typeof MATTER_EVENT_TYPES)[number];

export const SUPERVISION_LEVELS = ["URGE", "WRITTEN", "ESCALATED"] as const;
export type SupervisionLevel = (typeof SUPERVISION_LEVELS)[number];

export const EXTENSION_STATES = ["PENDING", "APPROVED", "REFUSED"] as const;
export type ExtensionState = (typeof EXTENSION_STATES)[number];

export const FOLLOW_UP_METHODS = ["PHONE", "VISIT", "MEETING", "ONLINE"] as const;
export type FollowUpMethod = (typeof FOLLOW_UP_METHODS)[number];

export const FOLLOW_UP_RESOLVED = ["YES", "PARTLY", "NO"] as const;
export type FollowUpResolved = (typeof FOLLOW_UP_RESOLVED)[number];

export const SATISFACTIONS = ["SATISFIED", "BASICALLY", "NOT"] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

/** Statuses a matter can still move from (the board's "open" matters). */
export const OPEN_STATUSES: readonly CivicStatus[] = ["RECEIVED", "ASSIGNED", "IN_PROGRESS", "RESOLVED"];

export const isCivicStatus = (value: unknown): value is CivicStatus =>
  typeof value === "string" && (CIVIC_STATUSES as readonly string[]).includes(value);


export const civicStatusChoices = toChoices("CivicStatus", CIVIC_STATUSES);
export const civicChannelChoices = toChoices("CivicChannel", CIVIC_CHANNELS);
export const intakeSourceChoices = toChoices("IntakeSource", INTAKE_SOURCES);
export const urgencyChoices = toChoices("Urgency", URGENCIES);
export const supervisionLevelChoices = toChoices("SupervisionLevel", SUPERVISION_LEVELS);
export const followUpMethodChoices = toChoices("FollowUpMethod", FOLLOW_UP_METHODS);
export const followUpResolvedChoices = toChoices("FollowUpResolved", FOLLOW_UP_RESOLVED);
export const satisfactionChoices = toChoices("Satisfaction", SATISFACTIONS);
