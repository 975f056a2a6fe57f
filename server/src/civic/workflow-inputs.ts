import { Field, ID, InputType } from "type-graphql";
import { GraphQLLocalDate } from "../common/local-date";
import { CivicChannel, FollowUpMethod, FollowUpResolved, IntakeSource, Satisfaction, SupervisionLevel, Urgency } from "./civic-enums";

// The inputs of the workflow's steps, from intake to follow-up.

const photosOfStep = "Photos from POST /files, in this order: at most 9, each the caller's own upload not attached to anything yet";

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
  @Field(() => [ID], { nullable: true, description: photosOfStep }) attachmentIds?: string[] | null;
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
  @Field(() => [ID], { nullable: true, description: `${photosOfStep}; on the RESOLVED event, seen by residents` }) attachmentIds?: string[] | null;
}

@InputType({ description: "Not reached: resolved and satisfaction stay empty. Reached: both are required" })
export class FollowUpInput {
  @Field(() => FollowUpMethod) method!: FollowUpMethod;
  @Field(() => Boolean) reached!: boolean;
  @Field(() => FollowUpResolved, { nullable: true }) resolved?: FollowUpResolved | null;
  @Field(() => Satisfaction, { nullable: true }) satisfaction?: Satisfaction | null;
  @Field(() => String, { nullable: true }) comment?: string | null;
  @Field(() => [ID], { nullable: true, description: `${photosOfStep}; on the follow-up's event, seen by residents` }) attachmentIds?: string[] | null;
}

@InputType()
export class RateCivicMatterInput {
  @Field(() => Satisfaction) satisfaction!: Satisfaction;
  @Field(() => FollowUpResolved) resolved!: FollowUpResolved;
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@InputType({ description: "A co-unit's report of its part of a 联办" })
export class ReportPartInput {
  @Field(() => ID, { description: "Your own CO_UNIT assignment, accepted" }) assignmentId!: string;
  @Field(() => String, { description: "What the unit did; required, at most 1000 characters" }) note!: string;
  @Field(() => [ID], { nullable: true, description: `${photosOfStep}; on the internal PART_REPORTED event, never seen by residents` })
  attachmentIds?: string[] | null;
}

@InputType()
export class ProgressInput {
  @Field(() => String) note!: string;
  @Field(() => Boolean, { description: "False: an internal note, never shown to residents" }) public!: boolean;
  @Field(() => [ID], { nullable: true, description: `${photosOfStep}; follow the note's public flag (an internal note's never reach residents)` })
  attachmentIds?: string[] | null;
}

@InputType()
export class SuperviseInput {
  @Field(() => SupervisionLevel, { description: "Never lower than the matter's current supervision level" }) level!: SupervisionLevel;
  @Field(() => String) reason!: string;
  @Field(() => GraphQLLocalDate, { description: "When the handling unit must answer; today or later" }) responseDueDate!: string;
}

@InputType({ description: "The handling unit's answer to an OPEN supervision (督办), once" })
export class AnswerSupervisionInput {
  @Field(() => ID) supervisionId!: string;
  @Field(() => String, { description: "What the unit did or will do; required, at most 1000 characters" }) response!: string;
}

@InputType()
export class ExtensionRequestInput {
  @Field(() => ID, { nullable: true, description: "Your own assignment; the lead assignment by default" }) assignmentId?: string | null;
  @Field(() => GraphQLLocalDate, { description: "After the current due date" }) requestedDueDate!: string;
  @Field(() => String) reason!: string;
}
