import { registerEnumType } from "type-graphql";
import type { Actor } from "../request/actor";
import { conflict, forbidden, type AppError } from "../errors";
import { civicChannels, type CivicChannel } from "./civic-enums";
import { isAssigneeOf, isOwnCommittee, isStaffAbove } from "./civic-scope";
import { activeStatuses, extensionRequestRefusal, inStatus, isLeadAssignment, isOpenAssignment, notYetAccepted } from "./assignment-actions";
import type { AssignmentRow, ExtensionRow, MatterRow } from "./matter-store";
import { enumOf } from "../common/enums";

/**
 * Who may take which step on a matter, and in which status: one check per
 * step, `(actor, matter[, state]) => refusal | null`, first who (FORBIDDEN),
 * then the status (CONFLICT MATTER_STATUS) and the step's own state. Each
 * mutation runs its check on the matter it has locked (matter-store.ts
 * claimMatter) and throws the refusal; `allowedActions` lists the steps whose
 * check passes for the caller. The rules are written only here and in
 * assignment-actions.ts.
 */

export const matterActions = [
  "ASSIGN",
  "REJECT",
  "MERGE",
  "CHANGE_CHANNEL",
  "PROGRESS",
  "RESOLVE",
  "SUPERVISE",
  "REQUEST_EXTENSION",
  "APPROVE_EXTENSION",
  "REFUSE_EXTENSION",
  "FOLLOW_UP",
  "RATE",
] as const;
export type CivicMatterAction = (typeof matterActions)[number];
export const CivicMatterAction = enumOf(matterActions);
registerEnumType(CivicMatterAction, {
  name: "CivicMatterAction",
  description: "A step the caller may take on this matter now; an assignee's accept and return are on MatterAssignment.allowedActions",
  valuesConfig: {
    ASSIGN: { description: "assignCivicMatter (RECEIVED); CivicMatter.assignableChannels says on which channels" },
    REJECT: { description: "rejectCivicMatter (RECEIVED)" },
    MERGE: { description: "mergeCivicMatter (RECEIVED)" },
    CHANGE_CHANNEL: { description: "changeChannel (ASSIGNED, IN_PROGRESS); CivicMatter.assignableChannels says to which" },
    PROGRESS: { description: "postProgress (ASSIGNED, IN_PROGRESS): staff above, or an assignee once it has accepted its part" },
    RESOLVE: { description: "resolveCivicMatter (IN_PROGRESS)" },
    SUPERVISE: { description: "superviseCivicMatter (ASSIGNED, IN_PROGRESS)" },
    REQUEST_EXTENSION: { description: "requestExtension for one of your own assignments (see its allowedActions)" },
    APPROVE_EXTENSION: { description: "decideExtension approving the waiting request (before its assignment's due date)" },
    REFUSE_EXTENSION: { description: "decideExtension refusing the waiting request" },
    FOLLOW_UP: { description: "recordFollowUp (RESOLVED)" },
    RATE: { description: "rateCivicMatter (RESOLVED): the submitting household's resident" },
  },
});

/** What a check may need besides the matter: its assignments and extensions, and the district's today. */
export interface MatterState {
  assignments: readonly AssignmentRow[];
  extensions: readonly ExtensionRow[];
  today: string;
}

// --- who ------------------------------------------------------------------------------

/** Reject and merge (triage): staff above, or the matter's own village committee. */
function triagerRefusal(actor: Actor, matter: MatterRow): AppError | null {
  if (isStaffAbove(actor, matter) || isOwnCommittee(actor, matter)) return null;
  return forbidden("Only the matter's village committee, its township's staff or district staff triage it");
}

/**
 * Assign or change the channel: staff above on any channel; the village
 * committee only DIRECT for its own village. Without a channel: on some channel.
 */
function assignerRefusal(actor: Actor, matter: MatterRow, channel?: CivicChannel): AppError | null {
  if (isStaffAbove(actor, matter)) return null;
  if (isOwnCommittee(actor, matter)) {
    if (channel === undefined || channel === "DIRECT") return null;
    return forbidden("A village committee assigns only DIRECT (直办) itself; other channels are the township's or the district's");
  }
  return forbidden("Only the matter's township staff or district staff assign it");
}

/** The channels the actor may assign (or move) the matter to. */
export const assignableChannels = (actor: Actor, matter: MatterRow): CivicChannel[] =>
  civicChannels.filter((channel) => assignerRefusal(actor, matter, channel) === null);

// --- the steps --------------------------------------------------------------------------

export const rejectRefusal = (actor: Actor, matter: MatterRow) => triagerRefusal(actor, matter) ?? inStatus(matter, ["RECEIVED"], "rejected");

export const mergeRefusal = (actor: Actor, matter: MatterRow) => triagerRefusal(actor, matter) ?? inStatus(matter, ["RECEIVED"], "merged");

export const assignRefusal = (actor: Actor, matter: MatterRow, channel?: CivicChannel) =>
  assignerRefusal(actor, matter, channel) ?? inStatus(matter, ["RECEIVED"], "assigned");

export const changeChannelRefusal = (actor: Actor, matter: MatterRow, channel?: CivicChannel) =>
  assignerRefusal(actor, matter, channel) ?? inStatus(matter, activeStatuses, "moved to another channel");

/** A progress note: staff above, or an assignee with an open assignment it has accepted, while the matter is handled. */
export function progressRefusal(actor: Actor, matter: MatterRow, state: Pick<MatterState, "assignments">) {
  if (isStaffAbove(actor, matter)) return inStatus(matter, activeStatuses, "given progress notes");
  const own = state.assignments.filter((a) => isOpenAssignment(a) && isAssigneeOf(actor, a));
  if (own.length === 0) return forbidden("Progress is posted by the matter's assignees or staff above");
  return (
    inStatus(matter, activeStatuses, "given progress notes") ??
    (own.some((a) => a.state === "ACCEPTED") ? null : notYetAccepted(matter, own[0]!, "posting progress"))
  );
}

/** The resolution: the open lead's assignee or staff above, IN_PROGRESS only. */
export function resolveRefusal(actor: Actor, matter: MatterRow, state: Pick<MatterState, "assignments">) {
  const lead = state.assignments.find((a) => isOpenAssignment(a) && isLeadAssignment(a));
  if (!isStaffAbove(actor, matter) && !(lead && isAssigneeOf(actor, lead))) {
    return forbidden("The lead assignee (or staff above) resolves the matter");
  }
  return inStatus(matter, ["IN_PROGRESS"], "resolved");
}

/** 督办: the township's or the district's staff, while the matter is handled. */
export function superviseRefusal(actor: Actor, matter: MatterRow) {
  if (!isStaffAbove(actor, matter)) return forbidden("Supervision (督办) is by the township's or the district's staff");
  return inStatus(matter, activeStatuses, "supervised");
}

/** A follow-up visit (回访): the matter's village committee or staff above, RESOLVED only. */
export function followUpRefusal(actor: Actor, matter: MatterRow) {
  if (!isStaffAbove(actor, matter) && !isOwnCommittee(actor, matter)) return forbidden("Follow-ups are made by the village committee or staff above");
  return inStatus(matter, ["RESOLVED"], "followed up");
}

/** A resident rates its own RESOLVED matter (its scope shows it only its household's). */
export function rateRefusal(actor: Pick<Actor, "role">, matter?: MatterRow) {
  if (actor.role !== "RESIDENT") return forbidden("Residents rate their own matters; staff record follow-ups");
  return matter ? inStatus(matter, ["RESOLVED"], "followed up") : null;
}

/**
 * Staff above decide a waiting extension request while the matter is
 * handled; approving also needs its assignment open and its due date not
 * passed (on-time then counts against the new date).
 */
export function extensionDecisionRefusal(
  actor: Actor,
  matter: MatterRow,
  extension: ExtensionRow,
  assignment: AssignmentRow | undefined,
  today: string,
  approve: boolean,
): AppError | null {
  if (!isStaffAbove(actor, matter)) return forbidden("Extensions are decided by the township's or the district's staff");
  const status = inStatus(matter, activeStatuses, "extended");
  if (status) return status;
  if (extension.state !== "PENDING") {
    return conflict("EXTENSION_STATE", `The extension request is already ${extension.state}`, { status: matter.status, state: extension.state });
  }
  if (!approve) return null;
  if (!assignment || !isOpenAssignment(assignment)) {
    return conflict("ASSIGNMENT_STATE", "The assignment has ended", { status: matter.status, state: assignment?.state });
  }
  if (today > assignment.dueDate) {
    return conflict("DUE_DATE_PASSED", `The due date ${assignment.dueDate} has passed; an extension is approved before it`, {
      status: matter.status,
      dueDate: assignment.dueDate,
    });
  }
  return null;
}

/** The waiting request's decision, as a matter-level step (one request waits at a time). */
function decisionOnMatter(approve: boolean) {
  return (actor: Actor, matter: MatterRow, state: MatterState): AppError | null => {
    const pending = state.extensions.find((e) => e.state === "PENDING");
    if (!pending) return conflict("EXTENSION_STATE", "No extension request is waiting for a decision", { status: matter.status });
    const assignment = state.assignments.find((a) => a.id === pending.assignmentId);
    return extensionDecisionRefusal(actor, matter, pending, assignment, state.today, approve);
  };
}

/** An extension for one of the actor's own assignments; FORBIDDEN when it holds none that may ask. */
function extensionOnMatter(actor: Actor, matter: MatterRow, state: MatterState): AppError | null {
  const status = inStatus(matter, activeStatuses, "extended");
  if (status) return status;
  const own = state.assignments.filter((a) => isAssigneeOf(actor, a));
  const refusals = own.map((a) => extensionRequestRefusal(actor, matter, a, state));
  if (refusals.some((r) => r === null)) return null;
  return refusals[0] ?? forbidden("Only the assignee asks for an extension of its assignment");
}

const matterChecks: Record<CivicMatterAction, (actor: Actor, matter: MatterRow, state: MatterState) => AppError | null> = {
  ASSIGN: (actor, matter) => assignRefusal(actor, matter),
  REJECT: rejectRefusal,
  MERGE: mergeRefusal,
  CHANGE_CHANNEL: (actor, matter) => changeChannelRefusal(actor, matter),
  PROGRESS: progressRefusal,
  RESOLVE: resolveRefusal,
  SUPERVISE: superviseRefusal,
  REQUEST_EXTENSION: extensionOnMatter,
  APPROVE_EXTENSION: decisionOnMatter(true),
  REFUSE_EXTENSION: decisionOnMatter(false),
  FOLLOW_UP: followUpRefusal,
  RATE: (actor, matter) => rateRefusal(actor, matter),
};

/** The steps the actor may take on the matter now, in the order the console offers them. */
export function allowedMatterActions(actor: Actor, matter: MatterRow, state: MatterState): CivicMatterAction[] {
  return matterActions.filter((action) => matterChecks[action](actor, matter, state) === null);
}
