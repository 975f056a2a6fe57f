import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTimeISO, GraphQLJSONObject, GraphQLLocalDate } from "graphql-scalars";
import type { Role as RoleName } from "../request/actor";
import { Role } from "../users/user-types";
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
  urgencyEnum,
} from "@cunwu/schema";

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export type CivicChannel = (typeof civicChannelEnum.enumValues)[number];
export const CivicChannel = enumOf(civicChannelEnum.enumValues);
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
  "SUPERVISED",
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
    "CLOSED and REOPENED are follow-ups (or a resident's rating) that closed or reopened the matter",
});

// --- calendar and categories ---------------------------------------------------

@ObjectType({ description: "An exception of the district calendar: a holiday on a weekday or a working weekend day (调休)" })
export class CalendarDay {
  @Field(() => GraphQLLocalDate) date!: string;
  @Field(() => CalendarDayKind) kind!: CalendarDayKind;
  @Field(() => String) name!: string;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
}

@ObjectType({ description: "事项类别" })
export class CivicCategory {
  @Field(() => ID) id!: number;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => CivicChannel) defaultChannel!: CivicChannel;
  @Field(() => Int, { description: "Working days an assignee has, from the day of assignment" }) deadlineDays!: number;
  @Field(() => Boolean) active!: boolean;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO) updatedAt!: Date;
}

@ObjectType()
export class CivicCategoryPage {
  @Field(() => [CivicCategory]) items!: CivicCategory[];
  @Field(() => Int) total!: number;
}

@InputType()
export class CivicCategoryFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => String, { nullable: true, description: "Text in the code or name" }) q?: string | null;
}

@InputType()
export class CreateCivicCategoryInput {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => CivicChannel) defaultChannel!: CivicChannel;
  @Field(() => Int, { description: "1 to 365 working days" }) deadlineDays!: number;
  @Field(() => Boolean, { nullable: true, defaultValue: true }) active?: boolean | null;
}

@InputType({ description: "Fields left out keep their value" })
export class UpdateCivicCategoryInput {
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => CivicChannel, { nullable: true }) defaultChannel?: CivicChannel | null;
  @Field(() => Int, { nullable: true }) deadlineDays?: number | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

// --- matters -----------------------------------------------------------------------

@ObjectType({ description: "事项: a matter a resident raised (民事直说)" })
export class CivicMatter {
  @Field(() => ID) id!: number;
  @Field(() => String, { description: "MS-<year>-<5 digits>, never reused" }) code!: string;
  @Field(() => String) title!: string;
  @Field(() => String) content!: string;
  @Field(() => ID) categoryId!: number;
  @Field(() => ID) villageId!: number;
  @Field(() => ID) townshipId!: number;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => ID, { nullable: true, description: "The household that raised it, if any" }) submitterHouseholdId!: number | null;
  @Field(() => String, { nullable: true }) submitterName!: string | null;
  // submitterPhone: a field resolver masks it by who asks.
  submitterPhone!: string | null;
  @Field(() => Boolean) anonymous!: boolean;
  @Field(() => IntakeSource) source!: IntakeSource;
  @Field(() => Urgency) urgency!: Urgency;
  @Field(() => CivicChannel, { nullable: true, description: "Null until assigned (and again after the lead returned it)" })
  channel!: CivicChannel | null;
  @Field(() => CivicStatus) status!: CivicStatus;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "The lead assignment's due date (extensions included)" })
  dueDate!: string | null;
  // supervisionLevel: staff only (a field resolver), like the supervisions themselves.
  supervisionLevel!: SupervisionLevel | null;
  @Field(() => Int, { description: "Times a follow-up reopened it (重办)" }) reworkCount!: number;
  @Field(() => ID, { nullable: true, description: "The matter it was merged into" }) duplicateOfId!: number | null;
  @Field(() => String, { nullable: true }) resolution!: string | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) closedAt!: Date | null;
  @Field(() => String, { nullable: true, description: "Why it was rejected or merged" }) closeReason!: string | null;
  @Field(() => Int, { description: "Bumped by every change" }) version!: number;
  @Field(() => ID, { nullable: true }) createdBy!: number | null;
  @Field(() => GraphQLDateTimeISO) receivedAt!: Date;
  @Field(() => GraphQLDateTimeISO) updatedAt!: Date;
}

@ObjectType()
export class CivicMatterPage {
  @Field(() => [CivicMatter]) items!: CivicMatter[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: "Who handles a matter: a unit (department, village, supervision office) or a named official" })
export class MatterAssignment {
  @Field(() => ID) id!: number;
  @Field(() => ID) matterId!: number;
  @Field(() => AssignmentRole) role!: AssignmentRole;
  @Field(() => ID, { nullable: true }) departmentId!: number | null;
  @Field(() => ID, { nullable: true }) villageId!: number | null;
  @Field(() => ID, { nullable: true }) officialUserId!: number | null;
  @Field(() => String, { nullable: true, description: "The lead official's name at the time of assignment" }) personName!: string | null;
  @Field(() => AssignmentState) state!: AssignmentState;
  @Field(() => GraphQLLocalDate) dueDate!: string;
  // returnReason: staff only (a field resolver).
  returnReason!: string | null;
  @Field(() => String, { nullable: true }) resultNote!: string | null;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO) updatedAt!: Date;
}

@ObjectType({ description: "督办: urge, written notice or escalation" })
export class MatterSupervision {
  @Field(() => ID) id!: number;
  @Field(() => ID) matterId!: number;
  @Field(() => SupervisionLevel) level!: SupervisionLevel;
  @Field(() => String) reason!: string;
  @Field(() => GraphQLLocalDate) responseDue!: string;
  @Field(() => ID) createdBy!: number;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
}

@ObjectType({ description: "延期: requested before the due date, decided by staff above" })
export class MatterExtension {
  @Field(() => ID) id!: number;
  @Field(() => ID) matterId!: number;
  @Field(() => ID, { nullable: true }) assignmentId!: number | null;
  @Field(() => GraphQLLocalDate) requestedDueDate!: string;
  @Field(() => String) reason!: string;
  @Field(() => ExtensionState) state!: ExtensionState;
  @Field(() => ID) requestedBy!: number;
  @Field(() => GraphQLDateTimeISO) requestedAt!: Date;
  @Field(() => ID, { nullable: true }) decidedBy!: number | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decisionNote!: string | null;
}

@ObjectType({ description: "回访" })
export class FollowUp {
  @Field(() => ID) id!: number;
  @Field(() => ID) matterId!: number;
  @Field(() => FollowUpMethod) method!: FollowUpMethod;
  @Field(() => Boolean) reached!: boolean;
  @Field(() => FollowUpResolved, { nullable: true }) resolved!: FollowUpResolved | null;
  @Field(() => Satisfaction, { nullable: true }) satisfaction!: Satisfaction | null;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => ID) createdBy!: number;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
}

@ObjectType({ description: "One change on a matter's append-only timeline" })
export class MatterEvent {
  @Field(() => ID) id!: number;
  @Field(() => ID) matterId!: number;
  @Field(() => MatterEventType) type!: MatterEventType;
  @Field(() => CivicStatus, { nullable: true, description: "Set when the event changed the status" }) fromStatus!: CivicStatus | null;
  @Field(() => CivicStatus, { nullable: true }) toStatus!: CivicStatus | null;
  @Field(() => ID, { nullable: true }) actorId!: number | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Boolean, { description: "False for internal notes; residents never see those" }) public!: boolean;
  @Field(() => GraphQLJSONObject, { nullable: true }) data!: Record<string, unknown> | null;
  @Field(() => GraphQLDateTimeISO) at!: Date;
}

@InputType()
export class CivicMatterFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => CivicStatus, { nullable: true }) status?: CivicStatus | null;
  @Field(() => [CivicStatus], { nullable: true, description: "Any of these statuses" }) statuses?: CivicStatus[] | null;
  @Field(() => CivicChannel, { nullable: true }) channel?: CivicChannel | null;
  @Field(() => ID, { nullable: true }) categoryId?: string | null;
  @Field(() => ID, { nullable: true }) townshipId?: string | null;
  @Field(() => ID, { nullable: true }) villageId?: string | null;
  @Field(() => ID, { nullable: true, description: "Assigned to this department (an assignment not returned)" }) departmentId?: string | null;
  @Field(() => ID, { nullable: true, description: "Led by this official (an assignment not returned)" }) officialUserId?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Past its due date and not resolved (district today)" }) overdue?: boolean | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Due on or before this day" }) dueBefore?: string | null;
  @Field(() => String, { nullable: true, description: "Text in the code, title or content" }) q?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Received on or after this day (district time)" }) receivedFrom?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Received on or before this day (district time)" }) receivedTo?: string | null;
}

@InputType({
  description:
    "A resident submits for its own household. A village committee (or township / district staff) takes a matter in on a resident's behalf: " +
    "for a household, for a named person (phone optional), or anonymously (no name, no phone)",
})
export class SubmitCivicMatterInput {
  @Field(() => ID) categoryId!: string;
  @Field(() => String) title!: string;
  @Field(() => String) content!: string;
  @Field(() => ID, { nullable: true, description: "Taken from the household when there is one; a committee's own village by default" })
  villageId?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => IntakeSource, { nullable: true, description: "Required for staff; residents default to ONLINE" }) source?: IntakeSource | null;
  @Field(() => Urgency, { nullable: true, defaultValue: "NORMAL" }) urgency?: Urgency | null;
  @Field(() => ID, { nullable: true }) householdId?: string | null;
  @Field(() => String, { nullable: true }) submitterName?: string | null;
  @Field(() => String, { nullable: true }) submitterPhone?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) anonymous?: boolean | null;
}

@InputType({
  description:
    "The channel and who handles it. DIRECT: the matter's village committee, nothing else. LEAD: leadOfficialUserId. " +
    "JOINT: leadDepartmentId and at least one coDepartmentIds. SUPERVISED: supervisingDepartmentId (a supervision office) " +
    "and responsibleDepartmentId or responsibleVillageId (the matter's village)",
})
export class AssignCivicMatterInput {
  @Field(() => CivicChannel) channel!: CivicChannel;
  @Field(() => ID, { nullable: true }) leadDepartmentId?: string | null;
  @Field(() => [ID], { nullable: true }) coDepartmentIds?: string[] | null;
  @Field(() => ID, { nullable: true }) leadOfficialUserId?: string | null;
  @Field(() => ID, { nullable: true }) supervisingDepartmentId?: string | null;
  @Field(() => ID, { nullable: true }) responsibleDepartmentId?: string | null;
  @Field(() => ID, { nullable: true }) responsibleVillageId?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: "A new channel and its assignments; the open assignments end RETURNED ('channel changed')" })
export class ChangeChannelInput extends AssignCivicMatterInput {
  @Field(() => String) reason!: string;
}

@InputType()
export class ResolveCivicMatterInput {
  @Field(() => String) resolution!: string;
}

@InputType({ description: "Not reached: resolved and satisfaction stay empty. Reached: both are required" })
export class FollowUpInput {
  @Field(() => FollowUpMethod) method!: FollowUpMethod;
  @Field(() => Boolean) reached!: boolean;
  @Field(() => FollowUpResolved, { nullable: true }) resolved?: FollowUpResolved | null;
  @Field(() => Satisfaction, { nullable: true }) satisfaction?: Satisfaction | null;
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@InputType()
export class RateCivicMatterInput {
  @Field(() => Satisfaction) satisfaction!: Satisfaction;
  @Field(() => FollowUpResolved) resolved!: FollowUpResolved;
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@InputType()
export class ProgressInput {
  @Field(() => String) note!: string;
  @Field(() => Boolean, { description: "False: an internal note, never shown to residents" }) public!: boolean;
}

@InputType()
export class SuperviseInput {
  @Field(() => SupervisionLevel, { description: "Never lower than the matter's current supervision level" }) level!: SupervisionLevel;
  @Field(() => String) reason!: string;
  @Field(() => GraphQLLocalDate, { description: "When the handling unit must answer; today or later" }) responseDueDate!: string;
}

@InputType()
export class ExtensionRequestInput {
  @Field(() => ID, { nullable: true, description: "Your own assignment; the lead assignment by default" }) assignmentId?: string | null;
  @Field(() => GraphQLLocalDate, { description: "After the current due date" }) requestedDueDate!: string;
  @Field(() => String) reason!: string;
}

@ObjectType({ description: "Someone who may lead a matter (领办): an active department's or township's staff member" })
export class LeadOfficial {
  @Field(() => ID) id!: number;
  @Field(() => String) displayName!: string;
  @Field(() => Role) role!: RoleName;
  @Field(() => ID, { nullable: true }) departmentId!: number | null;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  @Field(() => ID, { nullable: true }) townshipId!: number | null;
  @Field(() => String, { nullable: true }) townshipName!: string | null;
}
