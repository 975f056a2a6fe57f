import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { Allow } from "../auth/rules";
import { type Context, actorOf } from "../request/context";
import { CivicMatter } from "./matter-types";
import {
  AnswerSupervisionInput,
  AssignCivicMatterInput,
  ChangeChannelInput,
  ExtensionRequestInput,
  FollowUpInput,
  ProgressInput,
  RateCivicMatterInput,
  ReportPartInput,
  ResolveCivicMatterInput,
  SubmitCivicMatterInput,
  SuperviseInput,
} from "./workflow-inputs";
import * as workflow from "./workflow-service";
import { assignees, handlers, intake, staffAbove, triagers } from "./civic-roles";

/** The workflow's steps, each returning the matter as it now is; the rules are in matter-actions.ts. */
@Resolver(() => CivicMatter)
export class CivicMatterWorkflowResolver {
  @Mutation(() => CivicMatter, { description: "Takes a matter in (受理): status RECEIVED with a new code MS-<year>-<5 digits>" })
  @Allow(...intake)
  submitCivicMatter(@Ctx() ctx: Context, @Arg("input", () => SubmitCivicMatterInput) input: SubmitCivicMatterInput) {
    return workflow.submitMatter(ctx.db, actorOf(ctx), ctx.timezone, input);
  }

  @Mutation(() => CivicMatter, { description: "RECEIVED → REJECTED (不予受理), with a reason" })
  @Allow(...triagers)
  rejectCivicMatter(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("reason", () => String) reason: string) {
    return workflow.rejectMatter(ctx.db, actorOf(ctx), id, reason);
  }

  @Mutation(() => CivicMatter, { description: "RECEIVED → MERGED into another matter that is neither merged nor rejected" })
  @Allow(...triagers)
  mergeCivicMatter(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("intoId", () => ID) intoId: string,
    @Arg("note", () => String, { nullable: true }) note?: string,
  ) {
    return workflow.mergeMatter(ctx.db, actorOf(ctx), id, intoId, note);
  }

  @Mutation(() => CivicMatter, {
    description: "RECEIVED → ASSIGNED (交办) on a channel; a village committee assigns only DIRECT for its own village",
  })
  @Allow(...triagers)
  assignCivicMatter(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => AssignCivicMatterInput) input: AssignCivicMatterInput,
  ) {
    return workflow.assignMatter(ctx.db, actorOf(ctx), ctx.timezone, id, input);
  }

  @Mutation(() => CivicMatter, { description: "ASSIGNED / IN_PROGRESS → ASSIGNED on another channel (e.g. DIRECT → SUPERVISED)" })
  @Allow(...triagers)
  changeChannel(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => ChangeChannelInput) input: ChangeChannelInput) {
    return workflow.changeChannel(ctx.db, actorOf(ctx), ctx.timezone, id, input);
  }

  @Mutation(() => CivicMatter, {
    description: "The assignee accepts; the lead's acceptance moves the matter ASSIGNED → IN_PROGRESS. Returns the matter",
  })
  @Allow(...assignees)
  acceptAssignment(@Ctx() ctx: Context, @Arg("assignmentId", () => ID) assignmentId: string) {
    return workflow.acceptAssignment(ctx.db, actorOf(ctx), assignmentId);
  }

  @Mutation(() => CivicMatter, {
    description: "The assignee hands its assignment back; the lead's return sends the matter back to RECEIVED for re-assignment",
  })
  @Allow(...assignees)
  returnAssignment(@Ctx() ctx: Context, @Arg("assignmentId", () => ID) assignmentId: string, @Arg("reason", () => String) reason: string) {
    return workflow.returnAssignment(ctx.db, actorOf(ctx), assignmentId, reason);
  }

  @Mutation(() => CivicMatter, { description: "A progress note by an assignee or staff above, public or internal" })
  @Allow(...handlers)
  postProgress(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => ProgressInput) input: ProgressInput) {
    return workflow.postProgress(ctx.db, actorOf(ctx), id, input);
  }

  @Mutation(() => CivicMatter, {
    description:
      "A co-unit (协办单位) reports its accepted part of a 联办 while the matter is handled: its assignment ends DONE (only this makes it DONE). Returns the matter",
  })
  @Allow(...assignees)
  reportPart(@Ctx() ctx: Context, @Arg("input", () => ReportPartInput) input: ReportPartInput) {
    return workflow.reportPart(ctx.db, actorOf(ctx), input);
  }

  @Mutation(() => CivicMatter, {
    description: "IN_PROGRESS → RESOLVED (办结) by the lead assignee or staff above; co-units keep their state (see the RESOLVED event's coUnits)",
  })
  @Allow(...handlers)
  resolveCivicMatter(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => ResolveCivicMatterInput) input: ResolveCivicMatterInput,
  ) {
    return workflow.resolveMatter(ctx.db, actorOf(ctx), id, input);
  }

  @Mutation(() => CivicMatter, {
    description:
      "回访 of a RESOLVED matter: satisfied or basically → CLOSED; not satisfied → IN_PROGRESS again (rework); not reached → stays RESOLVED",
  })
  @Allow(...triagers)
  recordFollowUp(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => FollowUpInput) input: FollowUpInput) {
    return workflow.recordFollowUp(ctx.db, actorOf(ctx), ctx.timezone, id, input);
  }

  @Mutation(() => CivicMatter, { description: "A resident rates its own RESOLVED matter (an ONLINE follow-up, same outcomes)" })
  @Allow("RESIDENT")
  rateCivicMatter(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => RateCivicMatterInput) input: RateCivicMatterInput) {
    return workflow.rateMatter(ctx.db, actorOf(ctx), ctx.timezone, id, input);
  }

  @Mutation(() => CivicMatter, { description: "督办 (urge, written notice, escalation) by township or district staff; the level never goes down" })
  @Allow(...staffAbove)
  superviseCivicMatter(@Ctx() ctx: Context, @Arg("id", () => ID) id: string, @Arg("input", () => SuperviseInput) input: SuperviseInput) {
    return workflow.superviseMatter(ctx.db, actorOf(ctx), ctx.timezone, id, input);
  }

  @Mutation(() => CivicMatter, {
    description: "The handling unit (the lead assignee) answers an OPEN 督办, once, while the matter is handled. Returns the matter",
  })
  @Allow(...assignees)
  answerSupervision(@Ctx() ctx: Context, @Arg("input", () => AnswerSupervisionInput) input: AnswerSupervisionInput) {
    return workflow.answerSupervision(ctx.db, actorOf(ctx), input);
  }

  @Mutation(() => CivicMatter, { description: "延期 requested by an assignee before its due date; one waits at a time" })
  @Allow(...assignees)
  requestExtension(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => ExtensionRequestInput) input: ExtensionRequestInput,
  ) {
    return workflow.requestExtension(ctx.db, actorOf(ctx), ctx.timezone, id, input);
  }

  @Mutation(() => CivicMatter, { description: "Staff above approve (before the due date; it moves) or refuse an extension. Returns the matter" })
  @Allow(...staffAbove)
  decideExtension(
    @Ctx() ctx: Context,
    @Arg("extensionId", () => ID) extensionId: string,
    @Arg("approve", () => Boolean) approve: boolean,
    @Arg("note", () => String, { nullable: true }) note?: string,
  ) {
    return workflow.decideExtension(ctx.db, actorOf(ctx), ctx.timezone, extensionId, approve, note);
  }
}
