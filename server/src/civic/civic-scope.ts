import { and, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { civicMatters, matterAssignments } from "@cunwu/schema";
import { isDistrictWide, type Actor } from "../request/actor";

type MatterRow = typeof civicMatters.$inferSelect;
type AssignmentRow = typeof matterAssignments.$inferSelect;

/**
 * Who sees which civic matters, as one SQL condition on `civic_matters`
 * (undefined means all), used on every path: by id, lists, nested fields.
 *
 * - district admin and staff: every matter;
 * - township staff: their township's, plus any they lead as LEAD_OFFICIAL;
 * - village committee: its village's;
 * - department staff: those with any assignment (even a returned one) to
 *   their department, plus any they lead as LEAD_OFFICIAL;
 * - resident: its own household's (submitterHouseholdId).
 */
export function matterScope(actor: Actor): SQL | undefined {
  const ledByMe = inArray(
    civicMatters.id,
    sql`(select ${matterAssignments.matterId} from ${matterAssignments} where ${matterAssignments.officialUserId} = ${actor.userId})`,
  );
  if (isDistrictWide(actor)) return undefined;
  switch (actor.role) {
    case "TOWNSHIP_STAFF":
      return or(eq(civicMatters.townshipId, actor.townshipId!), ledByMe);
    case "VILLAGE_COMMITTEE":
      return eq(civicMatters.villageId, actor.villageId!);
    case "DEPARTMENT_STAFF":
      return or(
        inArray(
          civicMatters.id,
          sql`(select ${matterAssignments.matterId} from ${matterAssignments} where ${matterAssignments.departmentId} = ${actor.departmentId})`,
        ),
        ledByMe,
      );
    default: // RESIDENT
      return eq(civicMatters.submitterHouseholdId, actor.householdId!);
  }
}

/** District staff and admin, or township staff of the matter's township: "staff above" the handling units. */
export function isStaffAbove(actor: Actor, matter: Pick<MatterRow, "townshipId">): boolean {
  return isDistrictWide(actor) || (actor.role === "TOWNSHIP_STAFF" && actor.townshipId === matter.townshipId);
}

/** The committee of the matter's own village. */
export const isOwnCommittee = (actor: Actor, matter: Pick<MatterRow, "villageId">) =>
  actor.role === "VILLAGE_COMMITTEE" && actor.villageId === matter.villageId;

/** Whether the actor is the one an assignment names: its department's staff, its official, or its village's committee. */
export function isAssigneeOf(actor: Actor, assignment: Pick<AssignmentRow, "departmentId" | "villageId" | "officialUserId">): boolean {
  if (assignment.officialUserId !== null) return assignment.officialUserId === actor.userId;
  if (assignment.departmentId !== null) return actor.role === "DEPARTMENT_STAFF" && actor.departmentId === assignment.departmentId;
  if (assignment.villageId !== null) return actor.role === "VILLAGE_COMMITTEE" && actor.villageId === assignment.villageId;
  return false;
}

/** isAssigneeOf as one SQL condition on `matter_assignments`: the assignments naming the actor. */
export function assigneeCondition(actor: Actor): SQL {
  const unit =
    actor.role === "DEPARTMENT_STAFF" && actor.departmentId !== null
      ? eq(matterAssignments.departmentId, actor.departmentId)
      : actor.role === "VILLAGE_COMMITTEE" && actor.villageId !== null
        ? and(isNull(matterAssignments.departmentId), eq(matterAssignments.villageId, actor.villageId))
        : undefined;
  return or(eq(matterAssignments.officialUserId, actor.userId), unit ? and(isNull(matterAssignments.officialUserId), unit) : undefined)!;
}

/** The actor's own part of a matter: its assignment still open, else the latest one it held (null when none). */
export function ownAssignment<A extends AssignmentRow>(actor: Actor, assignments: readonly A[]): A | null {
  const own = assignments.filter((a) => isAssigneeOf(actor, a));
  return own.find((a) => a.state === "PENDING" || a.state === "ACCEPTED") ?? own.at(-1) ?? null;
}

/** Residents see only public events and no internal records (supervisions, extensions, return reasons). */
export const seesInternal = (actor: Actor) => actor.role !== "RESIDENT";

/** The submitter's phone: whole for the matter's village committee, the district admin and the submitting household. */
export function seesSubmitterPhone(actor: Actor, matter: Pick<MatterRow, "villageId" | "submitterHouseholdId">): boolean {
  return (
    actor.role === "DISTRICT_ADMIN" ||
    isOwnCommittee(actor, matter) ||
    (actor.role === "RESIDENT" && matter.submitterHouseholdId !== null && actor.householdId === matter.submitterHouseholdId)
  );
}
