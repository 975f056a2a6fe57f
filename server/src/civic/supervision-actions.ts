import { registerEnumType } from "type-graphql";
import type { Actor } from "../request/actor";
import { conflict, forbidden, type AppError } from "../errors";
import { enumOf } from "../common/enums";
import { activeStatuses, inStatus, isLeadAssignment } from "./assignment-actions";
import { isAssigneeOf } from "./civic-scope";
import type { AssignmentRow, MatterRow, SupervisionRow } from "./matter-store";

/**
 * What the handling unit may do with a 督办: answer it, once, while it is
 * OPEN and the matter is being handled. The same check refuses the mutation
 * and leaves ANSWER out of `MatterSupervision.allowedActions`.
 */

export const supervisionActions = ["ANSWER"] as const;
export type MatterSupervisionAction = (typeof supervisionActions)[number];
export const MatterSupervisionAction = enumOf(supervisionActions);
registerEnumType(MatterSupervisionAction, {
  name: "MatterSupervisionAction",
  description: "A step the caller may take on this supervision now",
  valuesConfig: {
    ANSWER: { description: "answerSupervision: the handling unit (the lead assignee), the supervision OPEN, the matter ASSIGNED or IN_PROGRESS" },
  },
});

/**
 * Who answers: the assignee of the matter's lead assignment (the lead unit's
 * staff, the village's committee for 直办, the lead official), one not
 * handed back. Staff above supervise; they do not answer themselves.
 */
export function answerRefusal(
  actor: Actor,
  matter: MatterRow,
  supervision: SupervisionRow,
  state: { assignments: readonly AssignmentRow[] },
): AppError | null {
  const handles = state.assignments.some((a) => isLeadAssignment(a) && a.state !== "RETURNED" && isAssigneeOf(actor, a));
  if (!handles) return forbidden("The unit that handles the matter (its lead assignee) answers a supervision");
  const status = inStatus(matter, activeStatuses, "answered to a supervision");
  if (status) return status;
  if (supervision.status !== "OPEN") {
    return conflict("SUPERVISION_STATE", `The supervision is ${supervision.status}; only an OPEN one is answered`, {
      status: matter.status,
      state: supervision.status,
    });
  }
  return null;
}

/** The steps the actor may take on the supervision now. */
export function allowedSupervisionActions(
  actor: Actor,
  matter: MatterRow,
  supervision: SupervisionRow,
  state: { assignments: readonly AssignmentRow[] },
): MatterSupervisionAction[] {
  return answerRefusal(actor, matter, supervision, state) === null ? ["ANSWER"] : [];
}
