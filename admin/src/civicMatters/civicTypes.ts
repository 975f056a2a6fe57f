import type { RaRecord } from "react-admin";
import type {
  AssignmentRole,
  AssignmentState,
  CivicChannel,
  CivicStatus,
  ExtensionState,
  FollowUpMethod,
  FollowUpResolved,
  IntakeSource,
  MatterEventType,
  Satisfaction,
  SupervisionLevel,
  Urgency,
} from "./civicEnums";

// Civic records as the data provider returns them (resourceQueries.ts: civicMatters).

export interface CivicCategory extends RaRecord<string> {
  code: string;
  name: string;
  defaultChannel: CivicChannel;
  deadlineDays: number;
  active: boolean;
}

export interface MatterAssignment {
  id: string;
  role: AssignmentRole;
  state: AssignmentState;
  departmentId: string | null;
  department: { id: string; name: string } | null;
  villageId: string | null;
  village: { id: string; name: string } | null;
  officialUserId: string | null;
  personName: string | null;
  dueDate: string;
  resultNote: string | null;
  createdAt: string;
  /** internal: absent for residents */
  returnReason?: string | null;
}

export interface MatterEvent {
  id: string;
  type: MatterEventType;
  fromStatus: CivicStatus | null;
  toStatus: CivicStatus | null;
  actorName: string | null;
  at: string;
  note: string | null;
  public: boolean;
  data: Record<string, unknown> | null;
}

export interface MatterSupervision {
  id: string;
  level: SupervisionLevel;
  reason: string;
  responseDue: string;
  createdAt: string;
}

export interface MatterExtension {
  id: string;
  assignmentId: string | null;
  reason: string;
  requestedDueDate: string;
  requestedAt: string;
  state: ExtensionState;
  decidedAt: string | null;
  decisionNote: string | null;
}

export interface FollowUp {
  id: string;
  method: FollowUpMethod;
  reached: boolean;
  resolved: FollowUpResolved | null;
  satisfaction: Satisfaction | null;
  comment: string | null;
  createdAt: string;
}

export interface CivicMatter extends RaRecord<string> {
  code: string;
  title: string;
  content: string;
  categoryId: string;
  category: { id: string; name: string; deadlineDays: number; defaultChannel: CivicChannel };
  villageId: string;
  village: { id: string; name: string };
  townshipId: string;
  township: { id: string; name: string };
  address: string | null;
  submitterHouseholdId: string | null;
  submitterName: string | null;
  submitterPhone: string | null;
  anonymous: boolean;
  source: IntakeSource;
  urgency: Urgency;
  channel: CivicChannel | null;
  status: CivicStatus;
  dueDate: string | null;
  overdue: boolean;
  overdueWorkingDays: number | null;
  reworkCount: number;
  resolution: string | null;
  closeReason: string | null;
  duplicateOfId: string | null;
  receivedAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
  version: number;
  assignments: MatterAssignment[];
  timeline: MatterEvent[];
  followUps: FollowUp[];
  /** internal: absent for residents */
  supervisionLevel?: SupervisionLevel | null;
  supervisions?: MatterSupervision[];
  extensions?: MatterExtension[];
}
