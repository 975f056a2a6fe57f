import { registerEnumType } from "type-graphql";
import type { Actor } from "../request/actor";
import { conflict, forbidden, type AppError } from "../errors";
import type { AssignmentRole, AssignmentState, CivicStatus } from "./civic-enums";
import { isAssigneeOf } from "./civic-scope";
import { statusConflict, type AssignmentRow, type ExtensionRow, type MatterRow } from "./matter-store";
import { enumOf } from "../common/enums";

/**
 * What an assignee may do with its own assignment: one check per step,
 * `(actor, matter, assignment…) => refusal | null`. The mutation runs the
 * check on the rows it has locked and throws the refusal; `allowedActions`
 * lists the steps whose check passes. The rule is written only here.
 */

export const assignmentActions = ["ACCEPT", "REPORT", "RETURN", "REQUEST_EXTENSION"] as const;
export type MatterAssignmentAction = (typeof assignmentActions)[number];
export const MatterAssignmentAction = enumOf(assignmentActions);
registerEnumType(MatterAssignmentAction, {
  name: "MatterAssignmentAction",
  description: "A step the caller may take on this assignment now (its assignee's own steps)",
  valuesConfig: {
    ACCEPT: { description: "acceptAssignment: a PENDING assignment (the lead's only while the matter is ASSIGNED)" },
    REPORT: { description: "reportPart: a co-unit's (CO_UNIT) own ACCEPTED part while the matter is ASSIGNED or IN_PROGRESS; it ends DONE" },
    RETURN: { description: "returnAssignment: an open assignment while the matter is ASSIGNED or IN_PROGRESS, not one its assignee gave itself" },
    REQUEST_EXTENSION: { description: "requestExtension with this assignmentId: ACCEPTED, due date not passed, no request waiting" },
  },
});

/** Statuses in which a matter's assignees work on it. */
export const activeStatuses: readonly CivicStatus[] = ["ASSIGNED", "IN_PROGRESS"];
export const leadRoles: readonly AssignmentRole[] = ["LEAD_UNIT", "LEAD_OFFICIAL"];
/** States of an assignment still to be done. */
export const openAssignmentStates: readonly AssignmentState[] = ["PENDING", "ACCEPTED"];
export const isLeadAssignment = (a: Pick<AssignmentRow, "role">) => leadRoles.includes(a.role);
export const isOpenAssignment = (a: Pick<AssignmentRow, "state">) => openAssignmentStates.includes(a.state);

/** A status check: null when the matter is in one of the statuses, else CONFLICT MATTER_STATUS. */
export const inStatus = (matter: Pick<MatterRow, "status">, statuses: readonly CivicStatus[], doing: string) =>
  statuses.includes(matter.status) ? null : statusConflict(matter.status, doing, statuses);

const stateConflict = (matter: MatterRow, assignment: AssignmentRow, message: string) =>
  conflict("ASSIGNMENT_STATE", message, { status: matter.status, state: assignment.state });

/** A PENDING assignment is accepted (签收) before anything is done under it. */
export const notYetAccepted = (matter: MatterRow, assignment: AssignmentRow, doing: string) =>
  stateConflict(matter, assignment, `The assignment is PENDING; accept it before ${doing}`);

/** The assignee accepts a PENDING assignment; the lead's acceptance (it moves the status) only while ASSIGNED. */
export function acceptRefusal(actor: Actor, matter: MatterRow, assignment: AssignmentRow): AppError | null {
  if (!isAssigneeOf(actor, assignment)) return forbidden("Only the assignee accepts its assignment");
  return (
    inStatus(matter, isLeadAssignment(assignment) ? ["ASSIGNED"] : activeStatuses, "accepted") ??
    (assignment.state === "PENDING"
      ? null
      : stateConflict(matter, assignment, `The assignment is ${assignment.state}; only a PENDING assignment is accepted`))
  );
}

/**
 * The assignee hands an open assignment back while the matter is being
 * handled; never one it gave itself (直办 at intake): there is no one to
 * return it to, staff above change the channel when it cannot be handled.
 */
export function returnRefusal(actor: Actor, matter: MatterRow, assignment: AssignmentRow): AppError | null {
  if (!isAssigneeOf(actor, assignment)) return forbidden("Only the assignee returns its assignment");
  if (assignment.selfAssigned) return forbidden("You took this matter on yourself; it is not returned to you (staff above change its channel)");
  return (
    inStatus(matter, activeStatuses, "returned") ??
    (isOpenAssignment(assignment)
      ? null
      : stateConflict(matter, assignment, `The assignment is ${assignment.state}; only an open assignment is returned`))
  );
}

/**
 * A co-unit (联办's CO_UNIT) reports its own part, once, after accepting it,
 * while the matter is being handled; that report, and nothing else, makes
 * it DONE. Not after the resolution: what a co-unit had not done by then
 * stays on the record (DESIGN.md, 联办).
 */
export function reportRefusal(actor: Actor, matter: MatterRow, assignment: AssignmentRow): AppError | null {
  if (!isAssigneeOf(actor, assignment)) return forbidden("Only the assignee reports its part");
  if (assignment.role !== "CO_UNIT") return forbidden("Only a co-unit (协办单位) reports its part; the lead resolves the matter");
  const status = inStatus(matter, activeStatuses, "reported on");
  if (status) return status;
  if (assignment.state === "PENDING") return notYetAccepted(matter, assignment, "reporting on it");
  return assignment.state === "ACCEPTED"
    ? null
    : stateConflict(matter, assignment, `The assignment is ${assignment.state}; only an ACCEPTED part is reported`);
}

/**
 * The assignee asks for more time on its open assignment, before its due
 * date (today ≤ due date), while no other request of the matter waits.
 */
export function extensionRequestRefusal(
  actor: Actor,
  matter: MatterRow,
  assignment: AssignmentRow,
  state: { extensions: readonly ExtensionRow[]; today: string },
): AppError | null {
  const status = inStatus(matter, activeStatuses, "extended");
  if (status) return status;
  if (!isAssigneeOf(actor, assignment)) return forbidden("Only the assignee asks for an extension of its assignment");
  if (assignment.state === "PENDING") return notYetAccepted(matter, assignment, "asking for more time");
  if (!isOpenAssignment(assignment)) return stateConflict(matter, assignment, `The assignment is ${assignment.state}`);
  if (state.today > assignment.dueDate) {
    return conflict("DUE_DATE_PASSED", `The due date ${assignment.dueDate} has passed; an extension is asked for before it`, {
      status: matter.status,
      dueDate: assignment.dueDate,
    });
  }
  const pending = state.extensions.find((e) => e.state === "PENDING");
  if (pending) {
    return conflict("EXTENSION_PENDING", "An extension request is already waiting for a decision", {
      status: matter.status,
      extensionId: String(pending.id),
    });
  }
  return null;
}

const assignmentChecks: Record<
  MatterAssignmentAction,
  (actor: Actor, matter: MatterRow, assignment: AssignmentRow, state: { extensions: readonly ExtensionRow[]; today: string }) => AppError | null
> = {
  ACCEPT: acceptRefusal,
  REPORT: reportRefusal,
  RETURN: returnRefusal,
  REQUEST_EXTENSION: extensionRequestRefusal,
};

/** The steps the actor may take on the assignment now: those whose check passes. */
export function allowedAssignmentActions(
  actor: Actor,
  matter: MatterRow,
  assignment: AssignmentRow,
  state: { extensions: readonly ExtensionRow[]; today: string },
): MatterAssignmentAction[] {
  return assignmentActions.filter((action) => assignmentChecks[action](actor, matter, assignment, state) === null);
}
