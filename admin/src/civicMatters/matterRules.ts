import type { SessionUser } from "../providers/session";
import type { CivicChannel } from "./civicEnums";
import type { CivicMatter, MatterAssignment } from "./civicTypes";

// Which of the workflow's actions the signed-in user is offered on a matter:
// the server's rules (server/src/civic/civic-scope.ts, workflow-service.ts)
// mirrored, so a page shows only what its status allows for the role. The
// server checks again; a refusal shows its message.

type User = Pick<SessionUser, "id" | "role" | "townshipId" | "villageId" | "departmentId">;
type Matter = Pick<CivicMatter, "status" | "townshipId" | "villageId" | "channel" | "dueDate" | "assignments" | "extensions">;

export type MatterAction =
  | "assign"
  | "reject"
  | "merge"
  | "changeChannel"
  | "progress"
  | "resolve"
  | "supervise"
  | "requestExtension"
  | "decideExtension"
  | "followUp"
  | "rate";

/** The assignment's own actions for its assignee. */
export type AssignmentAction = "accept" | "return";

export const isOpenAssignment = (a: Pick<MatterAssignment, "state">) => a.state === "PENDING" || a.state === "ACCEPTED";
export const isLeadAssignment = (a: Pick<MatterAssignment, "role">) => a.role === "LEAD_UNIT" || a.role === "LEAD_OFFICIAL";

/** District admin and staff anywhere; township staff for their township's matters. */
export const isStaffAbove = (user: User, matter: Pick<Matter, "townshipId">) =>
  user.role === "DISTRICT_ADMIN" ||
  user.role === "DISTRICT_STAFF" ||
  (user.role === "TOWNSHIP_STAFF" && user.townshipId === matter.townshipId);

const isOwnCommittee = (user: User, matter: Pick<Matter, "villageId">) =>
  user.role === "VILLAGE_COMMITTEE" && user.villageId === matter.villageId;

/** The one an assignment names: its official, its department's staff, or its village's committee. */
export const isAssigneeOf = (user: User, a: Pick<MatterAssignment, "officialUserId" | "departmentId" | "villageId">) => {
  if (a.officialUserId !== null) return a.officialUserId === user.id;
  if (a.departmentId !== null) return user.role === "DEPARTMENT_STAFF" && user.departmentId === a.departmentId;
  if (a.villageId !== null) return user.role === "VILLAGE_COMMITTEE" && user.villageId === a.villageId;
  return false;
};

/** The channels the user may assign (or move) the matter to. */
export const channelsFor = (user: User, matter: Pick<Matter, "townshipId" | "villageId">): CivicChannel[] => {
  if (isStaffAbove(user, matter)) return ["DIRECT", "LEAD", "JOINT", "SUPERVISED"];
  if (isOwnCommittee(user, matter)) return ["DIRECT"];
  return [];
};

/** The user's own open assignments on the matter. */
export const myOpenAssignments = (user: User, matter: Pick<Matter, "assignments">) =>
  matter.assignments.filter((a) => isOpenAssignment(a) && isAssigneeOf(user, a));

/** What the user may do with the matter as it stands, in the order the page offers them. */
export const matterActions = (user: User | null | undefined, matter: Matter, today: string): MatterAction[] => {
  if (!user) return [];
  if (user.role === "RESIDENT") return matter.status === "RESOLVED" ? ["rate"] : [];
  const above = isStaffAbove(user, matter);
  const committee = isOwnCommittee(user, matter);
  const mine = myOpenAssignments(user, matter);
  const leadIsMine = mine.some(isLeadAssignment);
  const pendingExtension = (matter.extensions ?? []).some((e) => e.state === "PENDING");
  const actions: MatterAction[] = [];
  switch (matter.status) {
    case "RECEIVED":
      if (channelsFor(user, matter).length) actions.push("assign");
      if (above || committee) actions.push("reject", "merge");
      break;
    case "ASSIGNED":
    case "IN_PROGRESS":
      if (matter.status === "IN_PROGRESS" && (above || leadIsMine)) actions.push("resolve");
      if (above || mine.length) actions.push("progress");
      if (mine.some((a) => today <= a.dueDate) && !pendingExtension) actions.push("requestExtension");
      if (above && pendingExtension) actions.push("decideExtension");
      if (above) actions.push("supervise");
      // A committee moves its own matter only to DIRECT, which it already is when it handles it.
      if (above || (committee && matter.channel !== "DIRECT")) actions.push("changeChannel");
      break;
    case "RESOLVED":
      if (above || committee) actions.push("followUp");
      break;
    default:
      break;
  }
  return actions;
};

/** Accept (a pending one; the lead's only while ASSIGNED) and return (an open one), for its assignee. */
export const assignmentActions = (user: User | null | undefined, matter: Pick<Matter, "status">, a: MatterAssignment): AssignmentAction[] => {
  if (!user || !isAssigneeOf(user, a)) return [];
  if (matter.status !== "ASSIGNED" && matter.status !== "IN_PROGRESS") return [];
  const actions: AssignmentAction[] = [];
  if (a.state === "PENDING" && (!isLeadAssignment(a) || matter.status === "ASSIGNED")) actions.push("accept");
  if (isOpenAssignment(a)) actions.push("return");
  return actions;
};

/** Days from today to the due date (negative once past), by the calendar. */
export const daysUntil = (dueDate: string, today: string): number =>
  Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);

export type DueState =
  | { kind: "none" }
  | { kind: "done" }
  | { kind: "overdue"; workingDays: number | null }
  | { kind: "today" }
  | { kind: "left"; days: number };

/** How the due date stands: overdue (the server's word), due today, days left, or nothing to count. */
export const dueState = (matter: Pick<CivicMatter, "status" | "dueDate" | "overdue" | "overdueWorkingDays">, today: string): DueState => {
  if (["RESOLVED", "CLOSED", "REJECTED", "MERGED"].includes(matter.status)) return { kind: "done" };
  if (!matter.dueDate) return { kind: "none" };
  if (matter.overdue) return { kind: "overdue", workingDays: matter.overdueWorkingDays };
  const days = daysUntil(matter.dueDate, today);
  return days <= 0 ? { kind: "today" } : { kind: "left", days };
};
