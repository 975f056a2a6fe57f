import type { activities } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import { runsVillage } from "../auth/scope";
import { conflict, forbidden } from "../errors";
import type { Refusal } from "../auth/allowed-actions";

/**
 * What may be done to an activity, for whom, in which state: one check per
 * step, `(actor, activity[, state]) => AppError | null`. Each mutation throws
 * what its check returns (on the row it has locked), and `allowedActions`
 * lists the steps whose check passes for the caller: one rule, used twice.
 */

/** The activity as the checks read it; its person-times (a figure the reports keep) decide nothing. */
type ActivityRow = Omit<typeof activities.$inferSelect, "personTimes">;

export const ActivityAction = {
  UPDATE: "UPDATE",
  RECORD_PARTICIPATION: "RECORD_PARTICIPATION",
  CONFIRM: "CONFIRM",
  CANCEL: "CANCEL",
} as const;
export type ActivityAction = keyof typeof ActivityAction;

/** What each value allows; the schema's enum documents its values with these words. */
export const activityActionDescriptions: Record<ActivityAction, string> = {
  UPDATE: "updateActivity: change it (while PLANNED)",
  RECORD_PARTICIPATION: "recordParticipation: replace its participant list (while PLANNED)",
  CONFIRM: "confirmActivity: mark it HELD and award the points (PLANNED, dated today or before, participants recorded, all still active, its rule still active)",
  CANCEL: "cancelActivity: call it off, reversing the awards of a HELD one (a household that spent them makes it INSUFFICIENT_POINTS)",
};

/** Every step is the village's own committee's, or the district admin's. */
export function runRefusal(actor: Actor, activity: Pick<ActivityRow, "villageId">): Refusal {
  return runsVillage(actor, activity.villageId) ? null : forbidden("Only the village's own committee or the district admin does this");
}

function plannedRefusal(activity: Pick<ActivityRow, "status">, what: string): Refusal {
  if (activity.status === "PLANNED") return null;
  return conflict("ACTIVITY_STATUS", `The activity is ${activity.status}; ${what} only while it is PLANNED`, { status: activity.status });
}

export const updateRefusal = (actor: Actor, activity: ActivityRow): Refusal =>
  runRefusal(actor, activity) ?? plannedRefusal(activity, "it is changed");

export const recordRefusal = (actor: Actor, activity: ActivityRow): Refusal =>
  runRefusal(actor, activity) ?? plannedRefusal(activity, "participation is recorded");

/** A HELD activity's awards are reversed on cancelling; a CANCELLED one is done. */
export function cancelRefusal(actor: Actor, activity: ActivityRow): Refusal {
  if (activity.status !== "CANCELLED") return runRefusal(actor, activity);
  return runRefusal(actor, activity) ?? conflict("ACTIVITY_STATUS", "The activity is already CANCELLED", { status: activity.status });
}

/** What confirming depends on beyond the row: read only when the row's own checks pass. */
export interface ConfirmState {
  /** Households recorded as taking part. */
  participants: number;
  /** Participants whose household is no longer an active one of the village. */
  unfit: readonly { householdId: number; number: string; status: string }[];
  /** The activity's rule, when it gives the points (undefined: no such rule). */
  rule: { active: boolean; points: number } | undefined;
}

/**
 * Confirming: PLANNED, dated today or before, with participants who are all
 * still active households of the village, and points from itself or from a
 * rule that is still an active award. (Confirming a HELD activity again is
 * answered by confirmActivity itself, unchanged; it is not a step to offer.)
 */
export async function confirmRefusal(actor: Actor, activity: ActivityRow, today: string, state: () => Promise<ConfirmState>): Promise<Refusal> {
  const early = runRefusal(actor, activity) ?? plannedRefusal(activity, "it is confirmed");
  if (early) return early;
  if (activity.date > today) {
    return conflict("ACTIVITY_NOT_DUE", `The activity is dated ${activity.date}, after today`, { status: activity.status, date: activity.date });
  }
  const { participants, unfit, rule } = await state();
  if (participants === 0) return conflict("NO_PARTICIPATION", "No participation is recorded; record it before confirming", { status: activity.status });
  if (unfit.length) {
    return conflict("PARTICIPANT_INACTIVE", `Not active any more: ${unfit.map((p) => `${p.number} (${p.status})`).join(", ")}; record participation again`, {
      householdIds: unfit.map((p) => String(p.householdId)),
    });
  }
  if (activity.pointsPerParticipant === null && (!rule || !rule.active || rule.points <= 0)) {
    return conflict("RULE_INACTIVE", "The activity's rule is no longer an active award; choose another rule or points first", {
      ruleId: String(activity.ruleId),
    });
  }
  return null;
}

/** The steps the caller may take on the activity now, each decided by its mutation's own check. */
export async function allowedActivityActions(
  actor: Actor,
  activity: ActivityRow,
  today: string,
  confirmState: () => Promise<ConfirmState>,
): Promise<ActivityAction[]> {
  const refusals: Record<ActivityAction, Refusal> = {
    UPDATE: updateRefusal(actor, activity),
    RECORD_PARTICIPATION: recordRefusal(actor, activity),
    CONFIRM: await confirmRefusal(actor, activity, today, confirmState),
    CANCEL: cancelRefusal(actor, activity),
  };
  return (Object.keys(refusals) as ActivityAction[]).filter((action) => refusals[action] === null);
}
