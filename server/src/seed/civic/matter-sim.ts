import type { civicMatters, followUps, matterAssignments } from "@cunwu/schema";

/** The civic demo's matters as simulated in memory before they are written. */

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
  personName: string | null;
  state: AssignmentState;
  dueDate: string;
  returnReason: string | null;
  resultNote: string | null;
  createdAt: Date;
  updatedAt: Date;
  actorId: number;
  id?: number;
}

export interface SimExtension {
  assignment: SimAssignment;
  requestedDueDate: string;
  reason: string;
  state: "PENDING" | "APPROVED" | "REFUSED";
  requestedBy: number;
  requestedAt: Date;
  decidedBy: number | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  id?: number;
}

export interface SimSupervision {
  level: Level;
  reason: string;
  responseDue: string;
  createdBy: number;
  createdAt: Date;
  id?: number;
}

export interface SimFollowUp {
  method: Method;
  reached: boolean;
  resolved: Resolved | null;
  satisfaction: Satisfaction | null;
  comment: string | null;
  createdBy: number;
  createdAt: Date;
  id?: number;
}

export interface SimEvent {
  type: string;
  fromStatus: Status | null;
  toStatus: Status | null;
  actorId: number;
  note: string | null;
  public: boolean;
  at: Date;
  data: () => Record<string, unknown> | null;
}

export interface SimMatter {
  receivedDay: string;
  values: Omit<typeof civicMatters.$inferInsert, "code">;
  mergeInto?: SimMatter;
  assignments: SimAssignment[];
  extensions: SimExtension[];
  supervisions: SimSupervision[];
  followUps: SimFollowUp[];
  events: SimEvent[];
  id?: number;
  code?: string;
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

