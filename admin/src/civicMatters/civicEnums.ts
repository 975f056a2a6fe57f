// The civic service's enums, generated from the schema (src/gql), in the
// order the console lists them (common/schemaEnum.ts). Labels live in i18n
// (civic.en.ts / civic.zh-CN.ts) under `enums.<Enum>.<CODE>`.

import { toChoices } from "../common/choices";
import { inOrder, isOneOf } from "../common/schemaEnum";
import * as schema from "../gql/graphql";

export {
  AssignmentRole,
  AssignmentState,
  CivicChannel,
  CivicStatus,
  ExtensionState,
  FollowUpMethod,
  FollowUpResolved,
  IntakeSource,
  MatterEventType,
  Satisfaction,
  SupervisionLevel,
  SupervisionStatus,
  Urgency,
} from "../gql/graphql";

export const CIVIC_STATUSES = inOrder(schema.CivicStatus, ["RECEIVED", "ASSIGNED", "IN_PROGRESS", "RESOLVED", "CLOSED", "REJECTED", "MERGED"]);

export const CIVIC_CHANNELS = inOrder(schema.CivicChannel, ["DIRECT", "LEAD", "JOINT", "SUPERVISED"]);

export const INTAKE_SOURCES = inOrder(schema.IntakeSource, ["VILLAGE_MEETING", "DOOR_TO_DOOR", "WALK_IN", "PHONE", "ONLINE"]);

export const URGENCIES = inOrder(schema.Urgency, ["NORMAL", "URGENT", "CRITICAL"]);




export const ASSIGNMENT_STATES = inOrder(schema.AssignmentState, ["PENDING", "ACCEPTED", "DONE", "RETURNED"]);

export const SUPERVISION_LEVELS = inOrder(schema.SupervisionLevel, ["URGE", "WRITTEN", "ESCALATED"]);


export const FOLLOW_UP_METHODS = inOrder(schema.FollowUpMethod, ["PHONE", "VISIT", "MEETING", "ONLINE"]);

export const FOLLOW_UP_RESOLVED = inOrder(schema.FollowUpResolved, ["YES", "PARTLY", "NO"]);

export const SATISFACTIONS = inOrder(schema.Satisfaction, ["SATISFIED", "BASICALLY", "NOT"]);

export const isCivicStatus = isOneOf(CIVIC_STATUSES);

export const civicStatusChoices = toChoices("CivicStatus", CIVIC_STATUSES);
export const civicChannelChoices = toChoices("CivicChannel", CIVIC_CHANNELS);
export const intakeSourceChoices = toChoices("IntakeSource", INTAKE_SOURCES);
export const urgencyChoices = toChoices("Urgency", URGENCIES);
export const supervisionLevelChoices = toChoices("SupervisionLevel", SUPERVISION_LEVELS);
export const followUpMethodChoices = toChoices("FollowUpMethod", FOLLOW_UP_METHODS);
export const followUpResolvedChoices = toChoices("FollowUpResolved", FOLLOW_UP_RESOLVED);
export const assignmentStateChoices = toChoices("AssignmentState", ASSIGNMENT_STATES);
export const satisfactionChoices = toChoices("Satisfaction", SATISFACTIONS);
