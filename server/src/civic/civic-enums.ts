import { registerEnumType } from "type-graphql";
import {
  assignmentRoleEnum,
  assignmentStateEnum,
  calendarDayKindEnum,
  civicChannelEnum,
  civicStatusEnum,
  extensionStateEnum,
  followUpMethodEnum,
  followUpResolvedEnum,
  intakeSourceEnum,
  satisfactionEnum,
  supervisionLevelEnum,
  supervisionStatusEnum,
  urgencyEnum,
} from "@cunwu/schema";
import { enumOf } from "../common/enums";

/** The civic module's enums: the database's values, published to the schema with their meanings. */


export type CivicChannel = (typeof civicChannelEnum.enumValues)[number];
export const civicChannels = civicChannelEnum.enumValues;
export const CivicChannel = enumOf(civicChannels);
registerEnumType(CivicChannel, {
  name: "CivicChannel",
  description: "DIRECT 直办 (the village committee), LEAD 领办 (one named official), JOINT 联办 (lead + co-departments), SUPERVISED 督办",
});

export type CivicStatus = (typeof civicStatusEnum.enumValues)[number];
export const CivicStatus = enumOf(civicStatusEnum.enumValues);
registerEnumType(CivicStatus, {
  name: "CivicStatus",
  description: "RECEIVED 已受理, ASSIGNED 已交办, IN_PROGRESS 办理中, RESOLVED 已办结, CLOSED 已归档, REJECTED 不予受理, MERGED 已合并",
});

export type IntakeSource = (typeof intakeSourceEnum.enumValues)[number];
export const IntakeSource = enumOf(intakeSourceEnum.enumValues);
registerEnumType(IntakeSource, {
  name: "IntakeSource",
  description: "VILLAGE_MEETING 说事会, DOOR_TO_DOOR 入户, WALK_IN 来访, PHONE 电话, ONLINE 网上",
});

export type Urgency = (typeof urgencyEnum.enumValues)[number];
export const Urgency = enumOf(urgencyEnum.enumValues);
registerEnumType(Urgency, { name: "Urgency", description: "CRITICAL halves the category's deadline (at least 1 working day)" });

export type AssignmentRole = (typeof assignmentRoleEnum.enumValues)[number];
export const AssignmentRole = enumOf(assignmentRoleEnum.enumValues);
registerEnumType(AssignmentRole, { name: "AssignmentRole", description: "LEAD_UNIT 牵头单位, CO_UNIT 协办单位, LEAD_OFFICIAL 领办人, SUPERVISOR 督办单位" });

export type AssignmentState = (typeof assignmentStateEnum.enumValues)[number];
export const AssignmentState = enumOf(assignmentStateEnum.enumValues);
registerEnumType(AssignmentState, { name: "AssignmentState" });

export type SupervisionLevel = (typeof supervisionLevelEnum.enumValues)[number];
export const SupervisionLevel = enumOf(supervisionLevelEnum.enumValues);
registerEnumType(SupervisionLevel, { name: "SupervisionLevel", description: "URGE 催办 < WRITTEN 书面督办 < ESCALATED 提级督办" });

export type SupervisionStatus = (typeof supervisionStatusEnum.enumValues)[number];
export const SupervisionStatus = enumOf(supervisionStatusEnum.enumValues);
registerEnumType(SupervisionStatus, {
  name: "SupervisionStatus",
  description:
    "OPEN: waiting for the handling unit's answer; ANSWERED: answered (it still counts in the matter's supervisionLevel); " +
    "ENDED: the matter was resolved, closed, rejected or merged (any answer is kept)",
});

export type ExtensionState = (typeof extensionStateEnum.enumValues)[number];
export const ExtensionState = enumOf(extensionStateEnum.enumValues);
registerEnumType(ExtensionState, { name: "ExtensionState" });

export type FollowUpMethod = (typeof followUpMethodEnum.enumValues)[number];
export const FollowUpMethod = enumOf(followUpMethodEnum.enumValues);
registerEnumType(FollowUpMethod, { name: "FollowUpMethod" });

export type FollowUpResolved = (typeof followUpResolvedEnum.enumValues)[number];
export const FollowUpResolved = enumOf(followUpResolvedEnum.enumValues);
registerEnumType(FollowUpResolved, { name: "FollowUpResolved", description: "Whether the resident finds the matter solved: YES, PARTLY, NO" });

export type Satisfaction = (typeof satisfactionEnum.enumValues)[number];
export const Satisfaction = enumOf(satisfactionEnum.enumValues);
registerEnumType(Satisfaction, { name: "Satisfaction", description: "SATISFIED 满意, BASICALLY 基本满意, NOT 不满意" });

export type CalendarDayKind = (typeof calendarDayKindEnum.enumValues)[number];
export const CalendarDayKind = enumOf(calendarDayKindEnum.enumValues);
registerEnumType(CalendarDayKind, { name: "CalendarDayKind", description: "HOLIDAY on a weekday, or WORKDAY (调休) on a weekend" });

export const matterEventTypes = [
  "SUBMITTED",
  "REJECTED",
  "MERGED",
  "ASSIGNED",
  "ACCEPTED",
  "RETURNED",
  "CHANNEL_CHANGED",
  "PROGRESS",
  "PART_REPORTED",
  "SUPERVISED",
  "SUPERVISION_ANSWERED",
  "EXTENSION_REQUESTED",
  "EXTENSION_APPROVED",
  "EXTENSION_REFUSED",
  "RESOLVED",
  "FOLLOW_UP",
  "CLOSED",
  "REOPENED",
] as const;
export type MatterEventType = (typeof matterEventTypes)[number];
export const MatterEventType = enumOf(matterEventTypes);
registerEnumType(MatterEventType, {
  name: "MatterEventType",
  description:
    "What happened on a matter's timeline. FOLLOW_UP is a follow-up that reached nobody (status unchanged); " +
    "PART_REPORTED is a co-unit's report of its part of a 联办 (internal); " +
    "CLOSED and REOPENED are follow-ups (or a resident's rating) that closed or reopened the matter",
});
