import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { GraphQLDateTimeISO, GraphQLJSONObject } from "graphql-scalars";
import { GraphQLLocalDate } from "../common/local-date";
import type { Role as RoleName } from "../request/actor";
import { Role } from "../users/user-types";
import {
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
} from "./civic-enums";
import { PageOf } from "../common/page-type";

// A matter and what hangs off it: assignments, supervisions, extensions,
// follow-ups and its timeline; the list's filter; who may lead one.

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
export class CivicMatterPage extends PageOf(CivicMatter) {}

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
  @Field(() => Boolean, { description: "The assignee gave it to itself (a committee's 直办 at intake): accepted by that act, not returned to itself" })
  selfAssigned!: boolean;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO) updatedAt!: Date;
}

@ObjectType({ description: "督办: urge, written notice or escalation; answered by the handling unit, ended with the matter" })
export class MatterSupervision {
  @Field(() => ID) id!: number;
  @Field(() => ID) matterId!: number;
  @Field(() => SupervisionLevel) level!: SupervisionLevel;
  @Field(() => String) reason!: string;
  @Field(() => GraphQLLocalDate, { description: "When the handling unit must answer; OPEN after it counts as overdue" }) responseDue!: string;
  @Field(() => SupervisionStatus) status!: SupervisionStatus;
  @Field(() => String, { nullable: true, description: "The handling unit's answer" }) response!: string | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) answeredAt!: Date | null;
  @Field(() => ID, { nullable: true, description: "Who answered (answeredByName: their name)" }) answeredBy!: number | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When the matter's resolution, closing, rejection or merge ended it" })
  endedAt!: Date | null;
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
  @Field(() => AssignmentState, {
    nullable: true,
    description: "Your own part (an assignment naming you: your department's, your village committee's, or you as lead official) is in this state",
  })
  myAssignmentState?: AssignmentState | null;
  @Field(() => Int, {
    nullable: true,
    description:
      "Your own part is open (PENDING or ACCEPTED) on a matter being handled (ASSIGNED, IN_PROGRESS) and due from today up to this many " +
      "working days after today (0: due today; the district calendar; at most 20)",
  })
  myDueWithinWorkingDays?: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "true: your own part is open on a matter being handled and past its own due date (district today); false or null: no narrowing",
  })
  myOverdue?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: an OPEN 督办 waits for your answer (you hold the matter's lead assignment, not handed back, and it is being handled); " +
      "false or null: no narrowing",
  })
  supervisionAwaitingMyAnswer?: boolean | null;
  @Field(() => String, { nullable: true, description: "Text in the code, title or content" }) q?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Received on or after this day (district time)" }) receivedFrom?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Received on or before this day (district time)" }) receivedTo?: string | null;
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
