import type { civicMatters, followUps, matterAssignments } from "@cunwu/schema";
import type { MatterEventType } from "../../civic/civic-enums";

/**
 * The civic demo's matters as simulated in memory: what each step's service
 * call needs, in the order the steps happen. The rows are the services' own.
 */

export type Channel = (typeof civicMatters.$inferSelect)["channel"] & string;
export type Status = (typeof civicMatters.$inferSelect)["status"];
export type Urgency = (typeof civicMatters.$inferSelect)["urgency"];
export type Source = (typeof civicMatters.$inferSelect)["source"];
export type Role = (typeof matterAssignments.$inferSelect)["role"];
export type AssignmentState = (typeof matterAssignments.$inferSelect)["state"];
export type Level = NonNullable<(typeof civicMatters.$inferSelect)["supervisionLevel"]>;
export type Satisfaction = NonNullable<(typeof followUps.$inferSelect)["satisfaction"]>;
export type Resolved = NonNullable<(typeof followUps.$inferSelect)["resolved"]>;
export type Method = (typeof followUps.$inferSelect)["method"];

export interface SimAssignment {
  role: Role;
  departmentId: number | null;
  villageId: number | null;
  officialUserId: number | null;
  /** The story's own bookkeeping of the state, to know which are open. */
  state: AssignmentState;
  dueDate: string;
  /** The assignee who accepts, returns, reports and resolves. */
  actorId: number;
  /** Learnt when the service makes it. */
  id?: number;
  /** The committee gave it to itself (直办 at intake): accepted by that act, never returned to itself. */
  selfAssigned?: boolean;
}

export interface SimExtension {
  assignment: SimAssignment;
  requestedDueDate: string;
  reason: string;
  /** Learnt when the service records the request. */
  id?: number;
}

export interface SimSupervision {
  level: Level;
  reason: string;
  responseDue: string;
}

export interface SimFollowUp {
  method: Method;
  reached: boolean;
  resolved: Resolved | null;
  satisfaction: Satisfaction | null;
  comment: string | null;
}

/** One step of the timeline: who, when, and what its service call needs. */
export interface SimEvent {
  type: MatterEventType;
  actorId: number;
  note: string | null;
  /** Read for progress notes (internal or public); the services decide the rest. */
  public: boolean;
  at: Date;
  /** ASSIGNED, CHANNEL_CHANGED: the channel and the assignments it makes. */
  channel?: Channel;
  made?: SimAssignment[];
  /** ACCEPTED, RETURNED, PART_REPORTED. */
  assignment?: SimAssignment;
  /** EXTENSION_REQUESTED, _APPROVED, _REFUSED. */
  extension?: SimExtension;
  supervision?: SimSupervision;
  /** FOLLOW_UP, CLOSED, REOPENED. */
  followUp?: SimFollowUp;
}

/** What the matter is submitted with (submitMatter's input, ids as numbers) and by whom. */
export interface SimIntake {
  title: string;
  content: string;
  categoryId: number;
  villageId: number;
  address: string;
  submitterHouseholdId: number | null;
  submitterName: string | null;
  submitterPhone: string | null;
  anonymous: boolean;
  source: Source;
  urgency: Urgency;
  createdBy: number;
}

export interface SimMatter {
  receivedDay: string;
  intake: SimIntake;
  mergeInto?: SimMatter;
  assignments: SimAssignment[];
  events: SimEvent[];
  id?: number;
}

/** "YYYY-MM-DD" + minutes after midnight in a time zone → the instant. */
export function localTime(timezone: string) {
  const format = new Intl.DateTimeFormat("en-US", { timeZone: timezone, timeZoneName: "longOffset" });
  const offsetOf = (date: Date) => {
    const name = format.formatToParts(date).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    return m ? (m[1] === "+" ? 1 : -1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  };
  return (day: string, minutes: number) => {
    const guess = Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
    return new Date(guess - offsetOf(new Date(guess)) * 60_000);
  };
}

