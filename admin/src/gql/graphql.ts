/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

export type ActivateResidentInput = {
  /** As printed; case, dashes and spaces do not matter */
  code: Scalars['String']['input'];
  /** The same rules as changePassword's new password */
  password: Scalars['String']['input'];
  /** A mobile number: it becomes the username, and the number for logging in by text-message code */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** 文明实践活动: a volunteer activity in one village */
export type Activity = {
  __typename?: 'Activity';
  /** The steps the caller may take on the activity now (its village's committee or the district admin, by its status), each decided by its mutation's own check */
  allowedActions: Array<ActivityAction>;
  /** Photos of the activity, in the order they were added */
  attachments: Array<Attachment>;
  brand: Maybe<ServiceBrand>;
  brandId: Maybe<Scalars['ID']['output']>;
  /** Why it was cancelled (set with status CANCELLED) */
  cancelReason: Maybe<Scalars['String']['output']>;
  /** When it was cancelled */
  cancelledAt: Maybe<Scalars['DateTimeISO']['output']>;
  category: ActivityCategory;
  /** When it was confirmed (and its points awarded) */
  confirmedAt: Maybe<Scalars['DateTimeISO']['output']>;
  confirmedBy: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Maybe<Scalars['ID']['output']>;
  date: Scalars['LocalDate']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** Ledger entries naming the activity: its AWARDs and, once cancelled, their REVERSALs; a resident sees its own */
  entries: Array<PointEntry>;
  id: Scalars['ID']['output'];
  /** Households taking part */
  participantCount: Scalars['Int']['output'];
  /** By household number; a resident sees only its own household */
  participants: Array<ActivityParticipant>;
  /** People taking part: the sum of the participants' people (person-times) */
  people: Scalars['Int']['output'];
  place: Maybe<Scalars['String']['output']>;
  /** Points each participating household gets: pointsPerParticipant, or the rule's current points */
  points: Maybe<Scalars['Int']['output']>;
  /** Points each participating household gets; null when a rule gives them */
  pointsPerParticipant: Maybe<Scalars['Int']['output']>;
  /** The VOLUNTEERING award rule that gives the points, when pointsPerParticipant is null */
  ruleId: Maybe<Scalars['ID']['output']>;
  status: ActivityStatus;
  team: Maybe<VolunteerTeam>;
  teamId: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  village: Village;
  villageId: Scalars['ID']['output'];
};

/** A step on an activity; `Activity.allowedActions` lists those the caller may take now */
export const ActivityAction = {
  /** cancelActivity: call it off, reversing the awards of a HELD one (a household that spent them makes it INSUFFICIENT_POINTS) */
  CANCEL: 'CANCEL',
  /** confirmActivity: mark it HELD and award the points (PLANNED, dated today or before, participants recorded, all still active, its rule still active) */
  CONFIRM: 'CONFIRM',
  /** recordParticipation: replace its participant list (while PLANNED) */
  RECORD_PARTICIPATION: 'RECORD_PARTICIPATION',
  /** updateActivity: change it (while PLANNED) */
  UPDATE: 'UPDATE'
} as const;

export type ActivityAction = typeof ActivityAction[keyof typeof ActivityAction];
/** ELDERLY_AND_LEFT_BEHIND 关爱老人和留守儿童, POLICY 政策宣讲, ENVIRONMENT 环境整治, CULTURE 文化活动, LEGAL_EDUCATION 法治教育, OTHER */
export const ActivityCategory = {
  CULTURE: 'CULTURE',
  ELDERLY_AND_LEFT_BEHIND: 'ELDERLY_AND_LEFT_BEHIND',
  ENVIRONMENT: 'ENVIRONMENT',
  LEGAL_EDUCATION: 'LEGAL_EDUCATION',
  OTHER: 'OTHER',
  POLICY: 'POLICY'
} as const;

export type ActivityCategory = typeof ActivityCategory[keyof typeof ActivityCategory];
export type ActivityFilter = {
  brandId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<ActivityCategory>;
  /** Activity date from (inclusive) */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Text in the title or place */
  q?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ActivityStatus>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** Activity date to (inclusive) */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

export type ActivityPage = {
  __typename?: 'ActivityPage';
  items: Array<Activity>;
  /** How many rows match, counted up to 10,000 (see totalCapped); counted only when asked */
  total: Scalars['Int']['output'];
  /** True when more than 10,000 rows match: total is then 10,000, and pages start within the first 10,000 rows (narrow the filter to reach the others) */
  totalCapped: Scalars['Boolean']['output'];
};

/** One household's part in an activity */
export type ActivityParticipant = {
  __typename?: 'ActivityParticipant';
  activity: Activity;
  activityId: Scalars['ID']['output'];
  /** The household head's name */
  headName: Scalars['String']['output'];
  /** Hours the household served (one decimal) */
  hours: Scalars['Float']['output'];
  householdId: Scalars['ID']['output'];
  /** The household's number (户号) */
  householdNumber: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** People of the household who took part */
  people: Scalars['Int']['output'];
};

export type ActivityParticipantPage = {
  __typename?: 'ActivityParticipantPage';
  items: Array<ActivityParticipant>;
  /** How many rows match, counted up to 10,000 (see totalCapped); counted only when asked */
  total: Scalars['Int']['output'];
  /** True when more than 10,000 rows match: total is then 10,000, and pages start within the first 10,000 rows (narrow the filter to reach the others) */
  totalCapped: Scalars['Boolean']['output'];
};

/** PLANNED: participation may be recorded; HELD: confirmed, points awarded; CANCELLED: called off (awards reversed) */
export const ActivityStatus = {
  CANCELLED: 'CANCELLED',
  HELD: 'HELD',
  PLANNED: 'PLANNED'
} as const;

export type ActivityStatus = typeof ActivityStatus[keyof typeof ActivityStatus];
/** The handling unit's answer to an OPEN supervision (督办), once */
export type AnswerSupervisionInput = {
  /** What the unit did or will do; required, at most 1000 characters */
  response: Scalars['String']['input'];
  supervisionId: Scalars['ID']['input'];
};

/** The channel and who handles it. DIRECT: the matter's village committee, nothing else. LEAD: leadOfficialUserId. JOINT: leadDepartmentId and at least one coDepartmentIds. SUPERVISED: supervisingDepartmentId (a supervision office) and responsibleDepartmentId or responsibleVillageId (the matter's village) */
export type AssignCivicMatterInput = {
  channel: CivicChannel;
  coDepartmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  leadDepartmentId?: InputMaybe<Scalars['ID']['input']>;
  leadOfficialUserId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  responsibleDepartmentId?: InputMaybe<Scalars['ID']['input']>;
  responsibleVillageId?: InputMaybe<Scalars['ID']['input']>;
  supervisingDepartmentId?: InputMaybe<Scalars['ID']['input']>;
};

/** LEAD_UNIT 牵头单位, CO_UNIT 协办单位, LEAD_OFFICIAL 领办人, SUPERVISOR 督办单位 */
export const AssignmentRole = {
  CO_UNIT: 'CO_UNIT',
  LEAD_OFFICIAL: 'LEAD_OFFICIAL',
  LEAD_UNIT: 'LEAD_UNIT',
  SUPERVISOR: 'SUPERVISOR'
} as const;

export type AssignmentRole = typeof AssignmentRole[keyof typeof AssignmentRole];
export const AssignmentState = {
  ACCEPTED: 'ACCEPTED',
  DONE: 'DONE',
  PENDING: 'PENDING',
  RETURNED: 'RETURNED'
} as const;

export type AssignmentState = typeof AssignmentState[keyof typeof AssignmentState];
/** A photo attached to a record; seen by exactly who sees the record */
export type Attachment = {
  __typename?: 'Attachment';
  /** Size of the full image */
  bytes: Scalars['Int']['output'];
  /** Always image/jpeg: the server re-encodes every upload */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** The user who uploaded it */
  createdBy: Scalars['ID']['output'];
  height: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** A signed link to the thumbnail, at most 480 px, valid a few minutes */
  thumbnailUrl: Scalars['String']['output'];
  /** A signed link to the full image (relative to the server), valid a few minutes */
  url: Scalars['String']['output'];
  /** Of the full image, at most 2048 px on its longest side */
  width: Scalars['Int']['output'];
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Send as `Authorization: Bearer <token>` */
  token: Scalars['String']['output'];
  user: User;
};

/** An award on publicity (公示); its entries are written when it posts */
export type AwardBatch = {
  __typename?: 'AwardBatch';
  /** What the caller may do with the batch now */
  allowedActions: Array<AwardBatchAction>;
  /** Photos of the award as a whole; seen by whoever sees the batch (residents of the village: publicity is public) */
  attachments: Array<Attachment>;
  createdAt: Scalars['DateTimeISO']['output'];
  deedDate: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  lines: Array<AwardBatchLine>;
  note: Maybe<Scalars['String']['output']>;
  /** For the committee and staff; residents see counts only */
  objections: Array<AwardObjection>;
  points: Scalars['Int']['output'];
  postedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Last day of publicity; it may post from the day after */
  publicityEndsOn: Maybe<Scalars['LocalDate']['output']>;
  reason: Scalars['String']['output'];
  ruleId: Maybe<Scalars['ID']['output']>;
  status: AwardBatchStatus;
  villageId: Scalars['ID']['output'];
  withdrawReason: Maybe<Scalars['String']['output']>;
  withdrawnAt: Maybe<Scalars['DateTimeISO']['output']>;
};

export const AwardBatchAction = {
  /** postAwardBatch (after publicity, with a line left) */
  POST: 'POST',
  /** withdrawAwardBatch (while on publicity) */
  WITHDRAW: 'WITHDRAW'
} as const;

export type AwardBatchAction = typeof AwardBatchAction[keyof typeof AwardBatchAction];
export type AwardBatchFilter = {
  status?: InputMaybe<AwardBatchStatus>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

/** One household on an award batch, as the publicity notice shows it */
export type AwardBatchLine = {
  __typename?: 'AwardBatchLine';
  /** What the caller may do with the line now */
  allowedActions: Array<AwardBatchLineAction>;
  /** Photos of this household's deed */
  attachments: Array<Attachment>;
  headName: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  householdNumber: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  objectionCount: Scalars['Int']['output'];
  removedReason: Maybe<Scalars['String']['output']>;
  state: AwardLineState;
};

export const AwardBatchLineAction = {
  /** objectToAward (a resident of the village, once per line, while on publicity) */
  OBJECT: 'OBJECT',
  /** removeAwardLine (the committee, while on publicity) */
  REMOVE: 'REMOVE'
} as const;

export type AwardBatchLineAction = typeof AwardBatchLineAction[keyof typeof AwardBatchLineAction];
export type AwardBatchPage = {
  __typename?: 'AwardBatchPage';
  items: Array<AwardBatch>;
  /** How many rows match, counted up to 10,000 (see totalCapped); counted only when asked */
  total: Scalars['Int']['output'];
  /** True when more than 10,000 rows match: total is then 10,000, and pages start within the first 10,000 rows (narrow the filter to reach the others) */
  totalCapped: Scalars['Boolean']['output'];
};

/** ON_PUBLICITY 公示中, POSTED 已入账, WITHDRAWN 已撤回 */
export const AwardBatchStatus = {
  DRAFT: 'DRAFT',
  ON_PUBLICITY: 'ON_PUBLICITY',
  POSTED: 'POSTED',
  WITHDRAWN: 'WITHDRAWN'
} as const;

export type AwardBatchStatus = typeof AwardBatchStatus[keyof typeof AwardBatchStatus];
export const AwardLineState = {
  INCLUDED: 'INCLUDED',
  REMOVED: 'REMOVED'
} as const;

export type AwardLineState = typeof AwardLineState[keyof typeof AwardLineState];
export type AwardObjection = {
  __typename?: 'AwardObjection';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  lineId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
};

export type AwardPointsInput = {
  /** Photos of the deed for the award as a whole, at most 9 */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  deedDate: Scalars['LocalDate']['input'];
  /** Photos per household (a courtyard each), at most 9 per household; each householdId must be one of householdIds, named once */
  householdAttachments?: InputMaybe<Array<HouseholdAttachmentsInput>>;
  /** Households of one village */
  householdIds: Array<Scalars['ID']['input']>;
  /** A fresh key (e.g. a UUID) per award; a retry with the same key does nothing twice */
  idempotencyKey: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  points?: InputMaybe<Scalars['Int']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  /** A positive rule; or give points and reason */
  ruleId?: InputMaybe<Scalars['ID']['input']>;
};

/** What an award did: entries posted at once, or a batch put on publicity */
export type AwardResult = {
  __typename?: 'AwardResult';
  batch: Maybe<AwardBatch>;
  entries: Array<PointEntry>;
};

/** One backup file in the server's backup folder */
export type BackupFile = {
  __typename?: 'BackupFile';
  /** When it was written */
  at: Scalars['DateTimeISO']['output'];
  /** Size in bytes (Float: a dump may pass GraphQL's 32-bit Int) */
  bytes: Scalars['Float']['output'];
  /** File name, e.g. cunwu-2026-12-06T07-05-09Z.pglite.tar.gz (never a path) */
  name: Scalars['String']['output'];
};

/** The server's backups, for the district admin's dashboard (ops/backup-status.ts) */
export type BackupStatus = {
  __typename?: 'BackupStatus';
  /** How many daily backups are kept (CUNWU_BACKUP_KEEP) */
  keep: Scalars['Int']['output'];
  /** The newest backup in the folder; null when there is none */
  last: Maybe<BackupFile>;
  /** The server backs itself up daily (embedded database with CUNWU_BACKUP_DIR and the scheduler on); otherwise backups are made by `pnpm backup` */
  scheduled: Scalars['Boolean']['output'];
  /** Daily backups are on and none was written in the last 26 hours: the server's rule, shown as a warning */
  stale: Scalars['Boolean']['output'];
};

export type BalanceMismatch = {
  __typename?: 'BalanceMismatch';
  cachedBalance: Scalars['Int']['output'];
  householdId: Scalars['ID']['output'];
  ledgerBalance: Scalars['Int']['output'];
};

export type BrokenEntry = {
  __typename?: 'BrokenEntry';
  entryId: Scalars['ID']['output'];
  problem: Scalars['String']['output'];
};

/** An exception of the district calendar: a holiday on a weekday or a working weekend day (调休) */
export type CalendarDay = {
  __typename?: 'CalendarDay';
  createdAt: Scalars['DateTimeISO']['output'];
  date: Scalars['LocalDate']['output'];
  kind: CalendarDayKind;
  name: Scalars['String']['output'];
};

/** HOLIDAY on a weekday, or WORKDAY (调休) on a weekend */
export const CalendarDayKind = {
  HOLIDAY: 'HOLIDAY',
  WORKDAY: 'WORKDAY'
} as const;

export type CalendarDayKind = typeof CalendarDayKind[keyof typeof CalendarDayKind];
/** A new channel and its assignments; the open assignments end RETURNED ('channel changed') */
export type ChangeChannelInput = {
  channel: CivicChannel;
  coDepartmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  leadDepartmentId?: InputMaybe<Scalars['ID']['input']>;
  leadOfficialUserId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  responsibleDepartmentId?: InputMaybe<Scalars['ID']['input']>;
  responsibleVillageId?: InputMaybe<Scalars['ID']['input']>;
  supervisingDepartmentId?: InputMaybe<Scalars['ID']['input']>;
};

export type ChannelCount = {
  __typename?: 'ChannelCount';
  /** Null: not (or no longer) assigned */
  channel: Maybe<CivicChannel>;
  count: Scalars['Int']['output'];
};

export type ChannelMedian = {
  __typename?: 'ChannelMedian';
  channel: CivicChannel;
  /** Median working days from receipt to the first resolution; null when none */
  medianWorkingDays: Maybe<Scalars['Float']['output']>;
  /** Matters of the channel resolved at least once */
  resolved: Scalars['Int']['output'];
};

/** 事项类别 */
export type CivicCategory = {
  __typename?: 'CivicCategory';
  active: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Working days an assignee has, from the day of assignment */
  deadlineDays: Scalars['Int']['output'];
  defaultChannel: CivicChannel;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type CivicCategoryFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Text in the code or name */
  q?: InputMaybe<Scalars['String']['input']>;
};

export type CivicCategoryPage = {
  __typename?: 'CivicCategoryPage';
  items: Array<CivicCategory>;
  /** How many rows match, counted up to 10,000 (see totalCapped); counted only when asked */
  total: Scalars['Int']['output'];
  /** True when more than 10,000 rows match: total is then 10,000, and pages start within the first 10,000 rows (narrow the filter to reach the others) */
  totalCapped: Scalars['Boolean']['output'];
};

/** DIRECT 直办 (the village committee), LEAD 领办 (one named official), JOINT 联办 (lead + co-departments), SUPERVISED 督办 */
export const CivicChannel = {
  DIRECT: 'DIRECT',
  JOINT: 'JOINT',
  LEAD: 'LEAD',
  SUPERVISED: 'SUPERVISED'
} as const;

export type CivicChannel = typeof CivicChannel[keyof typeof CivicChannel];
/** 事项: a matter a resident raised (民事直说) */
export type CivicMatter = {
  __typename?: 'CivicMatter';
  address: Maybe<Scalars['String']['output']>;
  /** The steps you may take on this matter now, by the same rules the mutations check (an assignee's own steps are on its assignment) */
  allowedActions: Array<CivicMatterAction>;
  anonymous: Scalars['Boolean']['output'];
  /** The channels you may assign the matter to (or move it to); [] when you assign none */
  assignableChannels: Array<CivicChannel>;
  /** Every assignment, returned ones included, oldest first */
  assignments: Array<MatterAssignment>;
  /** Photos the submitter sent with the matter, in their order */
  attachments: Array<Attachment>;
  category: CivicCategory;
  categoryId: Scalars['ID']['output'];
  /** Null until assigned (and again after the lead returned it) */
  channel: Maybe<CivicChannel>;
  /** Why it was rejected or merged */
  closeReason: Maybe<Scalars['String']['output']>;
  closedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** MS-<year>-<5 digits>, never reused */
  code: Scalars['String']['output'];
  content: Scalars['String']['output'];
  createdBy: Maybe<Scalars['ID']['output']>;
  /** The lead assignment's due date (extensions included) */
  dueDate: Maybe<Scalars['LocalDate']['output']>;
  /** The matter it was merged into */
  duplicateOfId: Maybe<Scalars['ID']['output']>;
  /** Internal: not for residents */
  extensions: Array<MatterExtension>;
  followUps: Array<FollowUp>;
  id: Scalars['ID']['output'];
  /** Your own part: the assignment naming you (your department's, your village committee's, or you as lead official), the open one if any, else the latest; null when the matter names you nowhere */
  myAssignment: Maybe<MatterAssignment>;
  /** Computed: not resolved (nor closed, rejected, merged) and due before today */
  overdue: Scalars['Boolean']['output'];
  /** Working days after the due date up to today; null unless overdue */
  overdueWorkingDays: Maybe<Scalars['Int']['output']>;
  receivedAt: Scalars['DateTimeISO']['output'];
  resolution: Maybe<Scalars['String']['output']>;
  resolvedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Times a follow-up reopened it (重办) */
  reworkCount: Scalars['Int']['output'];
  source: IntakeSource;
  status: CivicStatus;
  /** The household that raised it, if any */
  submitterHouseholdId: Maybe<Scalars['ID']['output']>;
  submitterName: Maybe<Scalars['String']['output']>;
  /** Masked (138****5678) unless you are the submitting household, the village's committee or the district admin */
  submitterPhone: Maybe<Scalars['String']['output']>;
  /** The highest level among the supervisions not ENDED (OPEN or ANSWERED); null when none. Internal: not for residents */
  supervisionLevel: Maybe<SupervisionLevel>;
  /** Internal: not for residents */
  supervisions: Array<MatterSupervision>;
  /** The timeline, oldest first; residents see only its public events */
  timeline: Array<MatterEvent>;
  title: Scalars['String']['output'];
  township: Township;
  townshipId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  urgency: Urgency;
  /** Bumped by every change */
  version: Scalars['Int']['output'];
  village: Village;
  villageId: Scalars['ID']['output'];
};

/** A step the caller may take on this matter now; an assignee's accept and return are on MatterAssignment.allowedActions */
export const CivicMatterAction = {
  /** decideExtension approving the waiting request (before its assignment's due date) */
  APPROVE_EXTENSION: 'APPROVE_EXTENSION',
  /** assignCivicMatter (RECEIVED); CivicMatter.assignableChannels says on which channels */
  ASSIGN: 'ASSIGN',
  /** changeChannel (ASSIGNED, IN_PROGRESS); CivicMatter.assignableChannels says to which */
  CHANGE_CHANNEL: 'CHANGE_CHANNEL',
  /** recordFollowUp (RESOLVED) */
  FOLLOW_UP: 'FOLLOW_UP',
  /** mergeCivicMatter (RECEIVED) */
  MERGE: 'MERGE',
  /** postProgress (ASSIGNED, IN_PROGRESS): staff above, or an assignee once it has accepted its part */
  PROGRESS: 'PROGRESS',
  /** rateCivicMatter (RESOLVED): the submitting household's resident */
  RATE: 'RATE',
  /** decideExtension refusing the waiting request */
  REFUSE_EXTENSION: 'REFUSE_EXTENSION',
  /** rejectCivicMatter (RECEIVED) */
  REJECT: 'REJECT',
  /** requestExtension for one of your own assignments (see its allowedActions) */
  REQUEST_EXTENSION: 'REQUEST_EXTENSION',
  /** resolveCivicMatter (IN_PROGRESS) */
  RESOLVE: 'RESOLVE',
  /** superviseCivicMatter (ASSIGNED, IN_PROGRESS) */
  SUPERVISE: 'SUPERVISE'
} as const;

export type CivicMatterAction = typeof CivicMatterAction[keyof typeof CivicMatterAction];
export type CivicMatterFilter = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  channel?: InputMaybe<CivicChannel>;
  /** Assigned to this department (an assignment not returned) */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Due on or before this day */
  dueBefore?: InputMaybe<Scalars['LocalDate']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Your own part (an assignment naming you: your department's, your village committee's, or you as lead official) is in this state */
  myAssignmentState?: InputMaybe<AssignmentState>;
  /** Your own part is open (PENDING or ACCEPTED) on a matter being handled (ASSIGNED, IN_PROGRESS) and due from today up to this many working days after today (0: due today; the district calendar; at most 20) */
  myDueWithinWorkingDays?: InputMaybe<Scalars['Int']['input']>;
  /** true: your own part is open on a matter being handled and past its own due date (district today); false or null: no narrowing */
  myOverdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Led by this official (an assignment not returned) */
  officialUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Past its due date and not resolved (district today) */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Text in the code, title or content */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Received on or after this day (district time) */
  receivedFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Received on or before this day (district time) */
  receivedTo?: InputMaybe<Scalars['LocalDate']['input']>;
  status?: InputMaybe<CivicStatus>;
  /** Any of these statuses */
  statuses?: InputMaybe<Array<CivicStatus>>;
  /** true: an OPEN 督办 waits for your answer (you hold the matter's lead assignment, not handed back, and it is being handled); false or null: no narrowing */
  supervisionAwaitingMyAnswer?: InputMaybe<Scalars['Boolean']['input']>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

export type CivicMatterPage = {
  __typename?: 'CivicMatterPage';
  items: Array<CivicMatter>;
  /** How many rows match, counted up to 10,000 (see totalCapped); counted only when asked */
  total: Scalars['Int']['output'];
  /** True when more than 10,000 rows match: total is then 10,000, and pages start within the first 10,000 rows (narrow the filter to reach the others) */
  totalCapped: Scalars['Boolean']['output'];
};

/** The civic figures of the matters received in one month of the report's period */
export type CivicMonth = {
  __typename?: 'CivicMonth';
  /** Every channel, then null for matters not assigned */
  byChannel: Array<ChannelCount>;
  byStatus: Array<StatusCount>;
  /** Matters with an ESCALATED (提级督办) supervision / matters ever assigned */
  escalationRate: CivicRate;
  /** 回访率: RESOLVED or CLOSED with at least one follow-up / RESOLVED + CLOSED */
  followUpRate: CivicRate;
  /** The month's first day inside the period */
  from: Scalars['LocalDate']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** 按期办结率: RESOLVED or CLOSED on or before their (possibly extended) due date (district day) / RESOLVED + CLOSED */
  onTimeRate: CivicRate;
  /** Civic matters received in the period (received_at, district time) in the area, any status */
  received: Scalars['Int']['output'];
  /** 办结率: of the matters received in the period in the area, those now RESOLVED or CLOSED / those received minus the REJECTED and MERGED */
  resolutionRate: CivicRate;
  /** 重办率: matters reopened at least once / matters resolved at least once (RESOLVED, CLOSED or reopened) */
  reworkRate: CivicRate;
  /** 满意率: of the matters received in the period in the area with a follow-up that reached the resident, those whose latest such follow-up was SATISFIED or BASICALLY / all of them */
  satisfactionRate: CivicRate;
  /** The month's last day inside the period */
  to: Scalars['LocalDate']['output'];
};

/** A rate with what it is made of; rate is 0 when the denominator is 0 */
export type CivicRate = {
  __typename?: 'CivicRate';
  denominator: Scalars['Int']['output'];
  numerator: Scalars['Int']['output'];
  rate: Scalars['Float']['output'];
};

/** Civic service figures over the matters received in the period and area */
export type CivicReport = {
  __typename?: 'CivicReport';
  /** Every channel, then null for matters not assigned */
  byChannel: Array<ChannelCount>;
  byStatus: Array<StatusCount>;
  categoryId: Maybe<Scalars['ID']['output']>;
  channel: Maybe<CivicChannel>;
  departmentWorkload: Array<DepartmentWorkload>;
  /** Matters with an ESCALATED (提级督办) supervision / matters ever assigned */
  escalationRate: CivicRate;
  /** 回访率: RESOLVED or CLOSED with at least one follow-up / RESOLVED + CLOSED */
  followUpRate: CivicRate;
  from: Maybe<Scalars['LocalDate']['output']>;
  medianDaysToResolve: Array<ChannelMedian>;
  /** The counted figures by the month matters were received: every month of the period, cut to its days (an open start begins at the first month with a matter, an open end at the current month; only years 2000–2100) */
  months: Array<CivicMonth>;
  officialWorkload: Array<OfficialWorkload>;
  /** 按期办结率: RESOLVED or CLOSED on or before their (possibly extended) due date (district day) / RESOLVED + CLOSED */
  onTimeRate: CivicRate;
  /** Open matters past their due date today */
  overdue: Scalars['Int']['output'];
  overdueBuckets: Array<OverdueBucket>;
  /** Civic matters received in the period (received_at, district time) in the area, any status */
  received: Scalars['Int']['output'];
  /** 办结率: of the matters received in the period in the area, those now RESOLVED or CLOSED / those received minus the REJECTED and MERGED */
  resolutionRate: CivicRate;
  /** 重办率: matters reopened at least once / matters resolved at least once (RESOLVED, CLOSED or reopened) */
  reworkRate: CivicRate;
  /** 满意率: of the matters received in the period in the area with a follow-up that reached the resident, those whose latest such follow-up was SATISFIED or BASICALLY / all of them */
  satisfactionRate: CivicRate;
  /** 督办 of the matters received in the period in the area still OPEN (not answered by the handling unit, not ended) after their response due date (district today) */
  supervisionsOverdue: Scalars['Int']['output'];
  to: Maybe<Scalars['LocalDate']['output']>;
  townshipId: Maybe<Scalars['ID']['output']>;
  villageId: Maybe<Scalars['ID']['output']>;
};

export type CivicReportFilter = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  channel?: InputMaybe<CivicChannel>;
  /** Received on or after this day (district time) */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Received on or before this day (district time) */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

/** RECEIVED 已受理, ASSIGNED 已交办, IN_PROGRESS 办理中, RESOLVED 已办结, CLOSED 已归档, REJECTED 不予受理, MERGED 已合并 */
export const CivicStatus = {
  ASSIGNED: 'ASSIGNED',
  CLOSED: 'CLOSED',
  IN_PROGRESS: 'IN_PROGRESS',
  MERGED: 'MERGED',
  RECEIVED: 'RECEIVED',
  REJECTED: 'REJECTED',
  RESOLVED: 'RESOLVED'
} as const;

export type CivicStatus = typeof CivicStatus[keyof typeof CivicStatus];
/** CREATED, or why no account was made: the village has a committee account already (active or not), or another user has its username */
export const CommitteeAccountOutcome = {
  CREATED: 'CREATED',
  HAS_COMMITTEE: 'HAS_COMMITTEE',
  USERNAME_TAKEN: 'USERNAME_TAKEN'
} as const;

export type CommitteeAccountOutcome = typeof CommitteeAccountOutcome[keyof typeof CommitteeAccountOutcome];
/** Exactly one of pointsPerParticipant and ruleId says what each participating household earns */
export type CreateActivityInput = {
  /** An active brand of the village or of its township */
  brandId?: InputMaybe<Scalars['ID']['input']>;
  category: ActivityCategory;
  /** Within a year before or after today */
  date: Scalars['LocalDate']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 1000 */
  pointsPerParticipant?: InputMaybe<Scalars['Int']['input']>;
  /** An active positive VOLUNTEERING rule, district-wide or the village's own */
  ruleId?: InputMaybe<Scalars['ID']['input']>;
  /** An active team of the village or of its township */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  villageId: Scalars['ID']['input'];
};

export type CreateCivicCategoryInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  code: Scalars['String']['input'];
  /** 1 to 365 working days */
  deadlineDays: Scalars['Int']['input'];
  defaultChannel: CivicChannel;
  name: Scalars['String']['input'];
};

export type CreateDepartmentInput = {
  code: Scalars['String']['input'];
  kind: DepartmentKind;
  name: Scalars['String']['input'];
  /** Required for a TOWNSHIP unit, refused otherwise */
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateExchangeEventInput = {
  date: Scalars['LocalDate']['input'];
  title: Scalars['String']['input'];
  villageId: Scalars['ID']['input'];
};

export type CreateHouseholdInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<HouseholdCategory>;
  headName: Scalars['String']['input'];
  memberCount: Scalars['Int']['input'];
  number: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  smsOptOut?: InputMaybe<Scalars['Boolean']['input']>;
  villageId: Scalars['ID']['input'];
};

export type CreatePointRuleInput = {
  category: RuleCategory;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  points: Scalars['Int']['input'];
  /** Leave out for a district-wide rule (district admin only) */
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateProductInput = {
  /** At most one photo */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name: Scalars['String']['input'];
  /** Points per unit, 1 or more */
  price: Scalars['Int']['input'];
  /** Initial stock, recorded as a stock movement when above 0 */
  stock?: InputMaybe<Scalars['Int']['input']>;
  unit: Scalars['String']['input'];
  /** The village whose shop sells it */
  villageId: Scalars['ID']['input'];
};

/** Exactly one of townshipId and villageId names the owner */
export type CreateServiceBrandInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateTownshipInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** A user with the one scope id its role needs */
export type CreateUserInput = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to the username */
  displayName?: InputMaybe<Scalars['String']['input']>;
  householdId?: InputMaybe<Scalars['ID']['input']>;
  /** At least 8 characters */
  password: Scalars['String']['input'];
  role: Role;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  /** 3 to 32 of a-z, 0-9, dot, dash, underscore */
  username: Scalars['String']['input'];
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateVillageInput = {
  code: Scalars['String']['input'];
  hasShop?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  notifyPoints?: InputMaybe<Scalars['Boolean']['input']>;
  publicityDays?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 50 */
  rankingSize?: InputMaybe<Scalars['Int']['input']>;
  townshipId: Scalars['ID']['input'];
};

/** Exactly one of townshipId and villageId names the owner */
export type CreateVolunteerTeamInput = {
  kind: TeamKind;
  leaderName?: InputMaybe<Scalars['String']['input']>;
  /** 0 to 100000 */
  memberCount?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

export type DeductPointsInput = {
  deedDate: Scalars['LocalDate']['input'];
  householdId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** A negative rule */
  ruleId: Scalars['ID']['input'];
};

/** 区直部门 / 乡镇单位 / 督查室 */
export type Department = {
  __typename?: 'Department';
  active: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: DepartmentKind;
  name: Scalars['String']['output'];
  township: Maybe<Township>;
  townshipId: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type DepartmentFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<DepartmentKind>;
  /** Text in the code or name */
  q?: InputMaybe<Scalars['String']['input']>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};

/** District department, township unit or supervision office */
export const DepartmentKind = {
  DISTRICT: 'DISTRICT',
  SUPERVISION_OFFICE: 'SUPERVISION_OFFICE',
  TOWNSHIP: 'TOWNSHIP'
} as const;

export type DepartmentKind = typeof DepartmentKind[keyof typeof DepartmentKind];
export type DepartmentPage = {
  __typename?: 'DepartmentPage';
  items: Array<Department>;
  /** How many rows match, counted up to 10,000 (see totalCapped); counted only when asked */
  total: Scalars['Int']['output'];
  /** True when more than 10,000 rows match: total is then 10,000, and pages start within the first 10,000 rows (narrow the filter to reach the others) */
  totalCapped: Scalars['Boolean']['output'];
};

export type DepartmentWorkload = {
  __typename?: 'DepartmentWorkload';
  departmentId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Open (PENDING or ACCEPTED) assignments of this one on the matters being handled (ASSIGNED or IN_PROGRESS) */
  open: Scalars['Int']['output'];
  /** Those open assignments past their own due date (district today) */
  overdue: Scalars['Int']['output'];
  /** 联办 parts this unit left undone: its co-unit (CO_UNIT) assignments on matters now RESOLVED or CLOSED that it never reported — never accepted (PENDING, 未签收) or accepted and not reported (ACCEPTED, 未报送); a part it handed back (RETURNED) does not count */
  partsUnreported: Scalars['Int']['output'];
  /** Those overdue 督办 (still OPEN after their response due date) of the matters whose open lead assignment (LEAD_UNIT or LEAD_OFFICIAL) is this one's: the unit that should have answered */
  supervisionsOverdue: Scalars['Int']['output'];
};

/** Matters received in the year by their channel now */
export type DistrictChannelFigures = {
  __typename?: 'DistrictChannelFigures';
  /** 直办 */
  direct: DistrictCount;
  /** 联办 */
  joint: DistrictCount;
  /** 领办 */
  lead: DistrictCount;
  /** 督办 */
  supervised: DistrictCount;
  /** No channel set yet */
  unassigned: DistrictCount;
};

/** 民事直说: the civic service's figures */
export type DistrictCivicFigures = {
  __typename?: 'DistrictCivicFigures';
  byChannel: DistrictChannelFigures;
  received: DistrictCount;
  /** 办结率 */
  resolutionRate: DistrictRate;
  /** 满意率 */
  satisfactionRate: DistrictRate;
};

/** A count over the year, with its twelve months (January first) for charts, and how it is counted */
export type DistrictCount = {
  __typename?: 'DistrictCount';
  /** What is counted, from which records */
  definition: Scalars['String']['output'];
  /** Twelve values, January to December */
  monthly: Array<Scalars['Int']['output']>;
  /** The figure for the whole year */
  value: Scalars['Int']['output'];
};

/** 农户: households as the roll stands now */
export type DistrictHouseholdFigures = {
  __typename?: 'DistrictHouseholdFigures';
  active: DistrictTally;
  /** 一般户 */
  general: DistrictTally;
  /** 脱贫户 */
  lifted: DistrictTally;
  /** 监测户 */
  monitored: DistrictTally;
};

/** A rate over the year with its twelve months (January first); a month's rate is 0 when its denominator is 0 */
export type DistrictRate = {
  __typename?: 'DistrictRate';
  definition: Scalars['String']['output'];
  denominator: Scalars['Int']['output'];
  monthlyDenominator: Array<Scalars['Int']['output']>;
  monthlyNumerator: Array<Scalars['Int']['output']>;
  monthlyRate: Array<Scalars['Float']['output']>;
  numerator: Scalars['Int']['output'];
  /** Between 0 and 1 */
  rate: Scalars['Float']['output'];
};

/** numerator / denominator; rate is 0 when the denominator is 0 */
export type DistrictRatio = {
  __typename?: 'DistrictRatio';
  definition: Scalars['String']['output'];
  denominator: Scalars['Int']['output'];
  numerator: Scalars['Int']['output'];
  /** Between 0 and 1 */
  rate: Scalars['Float']['output'];
};

/** The figures a district's yearly report states, for one year and the district, a township or a village, computed from records */
export type DistrictReport = {
  __typename?: 'DistrictReport';
  /** The district's today when the report was made: nothing after it has happened yet */
  asOf: Scalars['LocalDate']['output'];
  civic: DistrictCivicFigures;
  /** 1 January of the year */
  from: Scalars['LocalDate']['output'];
  households: DistrictHouseholdFigures;
  shop: DistrictShopFigures;
  /** The district time zone days and months are counted in */
  timezone: Scalars['String']['output'];
  /** 31 December of the year */
  to: Scalars['LocalDate']['output'];
  /** The township reported on (a village's township when a village is); null for the whole district */
  townshipId: Maybe<Scalars['ID']['output']>;
  townshipName: Maybe<Scalars['String']['output']>;
  /** The village reported on; null for a township or the district */
  villageId: Maybe<Scalars['ID']['output']>;
  villageName: Maybe<Scalars['String']['output']>;
  volunteer: DistrictVolunteerFigures;
  year: Scalars['Int']['output'];
};

/** 积分超市: the points supermarket's figures */
export type DistrictShopFigures = {
  __typename?: 'DistrictShopFigures';
  exchangeEvents: DistrictCount;
  /** pointsRedeemed − pointsRefunded */
  netRedeemed: DistrictCount;
  pointsRedeemed: DistrictCount;
  pointsRefunded: DistrictCount;
  redeemingHouseholds: DistrictCount;
  redeemingPeople: DistrictCount;
  shopCoverage: DistrictRatio;
  villages: DistrictTally;
  villagesWithShop: DistrictTally;
};

/** A figure as the records stand now (no monthly series), and how it is counted */
export type DistrictTally = {
  __typename?: 'DistrictTally';
  definition: Scalars['String']['output'];
  value: Scalars['Int']['output'];
};

/** 志愿服务: the volunteer service's figures */
export type DistrictVolunteerFigures = {
  __typename?: 'DistrictVolunteerFigures';
  activitiesHeld: DistrictCount;
  brandsActive: DistrictCount;
  /** Person-times (人次) */
  participations: DistrictCount;
  teamMembers: DistrictTally;
  teams: DistrictTally;
};

export const EntryKind = {
  AWARD: 'AWARD',
  DEDUCTION: 'DEDUCTION',
  REDEMPTION: 'REDEMPTION',
  REFUND: 'REFUND',
  REVERSAL: 'REVERSAL'
} as const;

export type EntryKind = typeof EntryKind[keyof typeof EntryKind];
/** Why an error happened, below its code; every error carries one as `extensions.reason`. */
export const ErrorReason = {
  /** The activation code is past its 30 days, or was replaced by a newer code; ask the village committee for a new one. */
  ACTIVATION_CODE_EXPIRED: 'ACTIVATION_CODE_EXPIRED',
  /** No such activation code; check the slip (`fields.code` is INVALID). */
  ACTIVATION_CODE_INVALID: 'ACTIVATION_CODE_INVALID',
  /** The activation code was already used to open an account; ask the village committee for a new one. */
  ACTIVATION_CODE_USED: 'ACTIVATION_CODE_USED',
  /** The activity is dated after today. */
  ACTIVITY_NOT_DUE: 'ACTIVITY_NOT_DUE',
  /** The activity's status does not allow this step; `status` says which it is. */
  ACTIVITY_STATUS: 'ACTIVITY_STATUS',
  /** The caller has already objected to this award line. */
  ALREADY_OBJECTED: 'ALREADY_OBJECTED',
  /** The ledger entry was already reversed. */
  ALREADY_REVERSED: 'ALREADY_REVERSED',
  /** The assignment's state does not allow this step; `state` says which it is. */
  ASSIGNMENT_STATE: 'ASSIGNMENT_STATE',
  /** The username or the password is wrong. */
  BAD_CREDENTIALS: 'BAD_CREDENTIALS',
  /** The award batch's status does not allow this step. */
  BATCH_STATUS: 'BATCH_STATUS',
  /** The record changed while the step ran; reload and try again. */
  CHANGED_MEANWHILE: 'CHANGED_MEANWHILE',
  /** The assignment's due date has passed. */
  DUE_DATE_PASSED: 'DUE_DATE_PASSED',
  /** A value that must be unique is already taken; `fields` names the field. */
  DUPLICATE_KEY: 'DUPLICATE_KEY',
  /** This kind of ledger entry is not reversed (a redemption is undone by cancelling it). */
  ENTRY_NOT_REVERSIBLE: 'ENTRY_NOT_REVERSIBLE',
  /** The exchange event is not open. */
  EVENT_CLOSED: 'EVENT_CLOSED',
  /** The exchange event is dated later; sales under it start on its day (`date` says which). */
  EVENT_NOT_STARTED: 'EVENT_NOT_STARTED',
  /** The exchange event is already in that status. */
  EVENT_STATUS: 'EVENT_STATUS',
  /** An extension request is already waiting for a decision. */
  EXTENSION_PENDING: 'EXTENSION_PENDING',
  /** The extension request was already decided. */
  EXTENSION_STATE: 'EXTENSION_STATE',
  /** The file link's signature is wrong or it has expired; read the record again for a fresh link. */
  FILE_LINK_INVALID: 'FILE_LINK_INVALID',
  /** The household's status does not allow this (archived, or not active). */
  HOUSEHOLD_STATUS: 'HOUSEHOLD_STATUS',
  /** The idempotencyKey was already used for a different request. */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** The household's balance is too small; `balance` and `needed` say by how much. */
  INSUFFICIENT_POINTS: 'INSUFFICIENT_POINTS',
  /** Something broke on the server; `errorId` names the log line. */
  INTERNAL_ERROR: 'INTERNAL_ERROR',
  /** Some input fields are not valid; `fields` maps each to what is wrong. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** The request is not a GraphQL request the schema accepts (not JSON, not parsable, or not valid against the schema). */
  INVALID_QUERY: 'INVALID_QUERY',
  /** The session is not valid any more (signed out, password or role changed); log in again. */
  INVALID_TOKEN: 'INVALID_TOKEN',
  /** The award line was already removed. */
  LINE_REMOVED: 'LINE_REMOVED',
  /** The text-message login code is wrong, expired, used or out of tries (one reason for all: nothing to enumerate); ask for a new one. */
  LOGIN_CODE_INVALID: 'LOGIN_CODE_INVALID',
  /** The civic matter's status does not allow this step; `status` says which it is. */
  MATTER_STATUS: 'MATTER_STATUS',
  /** The caller's role or area does not allow this operation or this record. */
  NOT_ALLOWED: 'NOT_ALLOWED',
  /** No such record, or it is outside the caller's area; `entity` and `id` name it. */
  NOT_FOUND: 'NOT_FOUND',
  /** The operation needs a logged-in user. */
  NOT_LOGGED_IN: 'NOT_LOGGED_IN',
  /** Every line of the award batch was removed; withdraw the batch instead. */
  NO_LINES_LEFT: 'NO_LINES_LEFT',
  /** No participation is recorded for the activity. */
  NO_PARTICIPATION: 'NO_PARTICIPATION',
  /** The household's village has no points supermarket. */
  NO_SHOP: 'NO_SHOP',
  /** A product has too little stock; `productId`, `available` and `requested` say which. */
  OUT_OF_STOCK: 'OUT_OF_STOCK',
  /** A participant is not active any more; record participation again. */
  PARTICIPANT_INACTIVE: 'PARTICIPANT_INACTIVE',
  /** The password was reset by an admin; only `me` and `changePassword` are served until the user chooses a new one. */
  PASSWORD_CHANGE_REQUIRED: 'PASSWORD_CHANGE_REQUIRED',
  /** The award batch is still on publicity; `publicityEndsOn` says until when. */
  PUBLICITY_RUNNING: 'PUBLICITY_RUNNING',
  /** Too many failed logins or wrong codes; `retryAfterSeconds` says how long to wait. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The redemption was already cancelled. */
  REDEMPTION_STATUS: 'REDEMPTION_STATUS',
  /** The request is over a limit (body size, depth, aliases, tokens, root fields, directives or cost). */
  REQUEST_TOO_LARGE: 'REQUEST_TOO_LARGE',
  /** The point rule is no longer active. */
  RULE_INACTIVE: 'RULE_INACTIVE',
  /** The server is still starting (seeding the demo district on its first start); try again in a minute. */
  STARTING: 'STARTING',
  /** The supervision (督办) was already answered or has ended; `state` says which. */
  SUPERVISION_STATE: 'SUPERVISION_STATE',
  /** The request ran past its time budget; ask for less at once. */
  TIME_BUDGET: 'TIME_BUDGET',
  /** The session has expired; log in again. */
  TOKEN_EXPIRED: 'TOKEN_EXPIRED',
  /** A record would carry more photos than it may (`fields` names the field, TOO_MANY); `most` is how many it may carry, `count` how many it would have. */
  TOO_MANY_PHOTOS: 'TOO_MANY_PHOTOS',
  /** The user sent too many files in the last ten minutes; `retryAfterSeconds` says how long to wait. */
  TOO_MANY_UPLOADS: 'TOO_MANY_UPLOADS',
  /** The upload is not a JPEG, PNG or WebP image the server can read (judged by its content, not its name); a phone's HEIC photo must be sent as JPEG. */
  UNSUPPORTED_IMAGE: 'UNSUPPORTED_IMAGE'
} as const;

export type ErrorReason = typeof ErrorReason[keyof typeof ErrorReason];
/** 兑换活动: an exchange event held in a village's shop */
export type ExchangeEvent = {
  __typename?: 'ExchangeEvent';
  /** What the caller may do with the event now */
  allowedActions: Array<ExchangeEventAction>;
  createdAt: Scalars['DateTimeISO']['output'];
  date: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  status: ExchangeEventStatus;
  title: Scalars['String']['output'];
  /** Dated after today (district days): announced, taking no sales until its day */
  upcoming: Scalars['Boolean']['output'];
  villageId: Scalars['ID']['output'];
};

export const ExchangeEventAction = {
  /** closeExchangeEvent (an open event) */
  CLOSE: 'CLOSE',
  /** reopenExchangeEvent (a closed event) */
  REOPEN: 'REOPEN',
  /** redeem under this event now (an open event, from its day on) */
  SELL: 'SELL'
} as const;

export type ExchangeEventAction = typeof ExchangeEventAction[keyof typeof ExchangeEventAction];
export type ExchangeEventFilter = {
  /** Event date from (inclusive) */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  status?: InputMaybe<ExchangeEventStatus>;
  /** Event date to (inclusive) */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

export type ExchangeEventPage = {
  __typename?: 'ExchangeEventPage';
  items: Array<ExchangeEvent>;
  /** How many rows match, counted up to 10,000 (see totalCapped); counted only when asked */
  total: Scalars['Int']['output'];
  /** True when more than 10,000 rows match: total is then 10,000, and pages start within the first 10,000 rows (narrow the filter to reach the others) */
  totalCapped: Scalars['Boolean']['output'];
};

/** OPEN: redemptions may name it; CLOSED: over */
export const ExchangeEventStatus = {
  CLOSED: 'CLOSED',
  OPEN: 'OPEN'
} as const;

export type ExchangeEventStatus = typeof ExchangeEventStatus[keyof typeof ExchangeEventStatus];
export type ExtensionRequestInput = {
  /** Your own assignment; the lead assignment by default */
  assignmentId?: InputMaybe<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
  /** After the current due date */
  requestedDueDate: Scalars['LocalDate']['input'];
};

export const ExtensionState = {
  APPROVED: 'APPROVED',
  PENDING: 'PENDING',
  REFUSED: 'REFUSED'
} as const;

export type ExtensionState = typeof ExtensionState[keyof typeof ExtensionState];
/** 回访 */
export type FollowUp = {
  __typename?: 'FollowUp';
  comment: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  matterId: Scalars['ID']['output'];
  method: FollowUpMethod;
  reached: Scalars['Boolean']['output'];
  resolved: Maybe<FollowUpResolved>;
  satisfaction: Maybe<Satisfaction>;
};

/** Not reached: resolved and satisfaction stay empty. Reached: both are required */
export type FollowUpInput = {
  /** Photos from POST /files, in this order: at most 9, each the caller's own upload not attached to anything yet; on the follow-up's event, seen by residents */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  comment?: InputMaybe<Scalars['String']['input']>;
  method: FollowUpMethod;
  reached: Scalars['Boolean']['input'];
  resolved?: InputMaybe<FollowUpResolved>;
  satisfaction?: InputMaybe<Satisfaction>;
};

export const FollowUpMethod = {
  MEETING: 'MEETING',
  ONLINE: 'ONLINE',
  PHONE: 'PHONE',
  VISIT: 'VISIT'
} as const;

export type FollowUpMethod = typeof FollowUpMethod[keyof typeof FollowUpMethod];
/** Whether the resident finds the matter solved: YES, PARTLY, NO */
export const FollowUpResolved = {
  NO: 'NO',
  PARTLY: 'PARTLY',
  YES: 'YES'
} as const;

export type FollowUpResolved = typeof FollowUpResolved[keyof typeof FollowUpResolved];
/** 农户 */
export type Household = {
  __typename?: 'Household';
  /** When the household's unused activation code expires; null when none is outstanding. */
  activationExpiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  address: Maybe<Scalars['String']['output']>;
  /** What the caller may do with the household now */
  allowedActions: Array<HouseholdAction>;
  /** Points balance, the sum of the household's ledger entries */
  balance: Scalars['Int']['output'];
  category: HouseholdCategory;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The household's entries, newest first */
  entries: PointEntryPage;
  headName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  memberCount: Scalars['Int']['output'];
  /** 户号, unique in its village */
  number: Scalars['String']['output'];
  /** Masked (138****5678) unless you are the household, its village committee or the district admin */
  phone: Maybe<Scalars['String']['output']>;
  /** The household's resident logins (staff in scope; a resident sees their own household's). */
  residentAccounts: Array<ResidentAccount>;
  /** The household gets no text messages (notifications in the console still come) */
  smsOptOut: Scalars['Boolean']['output'];
  status: HouseholdStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  village: Village;
  villageId: Scalars['ID']['output'];
};


/** 农户 */
export type HouseholdEntriesArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};

export const HouseholdAction = {
  /** archiveHousehold (not yet archived) */
  ARCHIVE: 'ARCHIVE',
  /** awardPoints naming it (an active household); with publicity the award waits as a batch */
  AWARD: 'AWARD',
  /** deductPoints (an active household; never below zero) */
  DEDUCT: 'DEDUCT',
  /** redeem (an active household of a village with a shop; never below zero) */
  REDEEM: 'REDEEM',
  /** updateHousehold */
  UPDATE: 'UPDATE'
} as const;

export type HouseholdAction = typeof HouseholdAction[keyof typeof HouseholdAction];
export type HouseholdAttachmentsInput = {
  attachmentIds: Array<Scalars['ID']['input']>;
  householdId: Scalars['ID']['input'];
};

/** GENERAL 一般户, LIFTED 脱贫户 (lifted out of poverty), MONITORED 监测户 */
export const HouseholdCategory = {
  GENERAL: 'GENERAL',
  LIFTED: 'LIFTED',
  MONITORED: 'MONITORED'
} as const;

export type HouseholdCategory = typeof HouseholdCategory[keyof typeof HouseholdCategory];
/** A village's households of one status and category as kept for districtReport, differing from the households counted again */
export type HouseholdCountMismatch = {
  __typename?: 'HouseholdCountMismatch';
  category: HouseholdCategory;
  /** Households counted again */
  households: Scalars['Int']['output'];
  status: HouseholdStatus;
  /** Households as kept */
  storedHouseholds: Scalars['Int']['output'];
  villageId: Scalars['ID']['output'];
};

export type HouseholdFilter = {
  category?: InputMaybe<HouseholdCategory>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Text in the head's name, the household number or the phone */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Without a status (or ids), archived households are left out */
  status?: InputMaybe<HouseholdStatus>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

/** What is wrong with one cell of an imported row */
export type HouseholdImportError = {
  __typename?: 'HouseholdImportError';
  /** REQUIRED, INVALID, TOO_LONG, OUT_OF_RANGE, INVALID_PHONE, DUPLICATE (an existing household), DUPLICATE_IN_FILE */
  code: Scalars['String']['output'];
  /** For DUPLICATE_IN_FILE: the earlier row with the same number */
  duplicateOfRow: Maybe<Scalars['Int']['output']>;
  /** number, headName, memberCount, phone, address or category */
  field: Scalars['String']['output'];
  /** The same in English words, for scripts and logs; the console translates the code */
  message: Scalars['String']['output'];
};

/** All or nothing: `imported` is 0 unless every row is OK and it was not a dry run */
export type HouseholdImportResult = {
  __typename?: 'HouseholdImportResult';
  dryRun: Scalars['Boolean']['output'];
  /** Rows with at least one error */
  failed: Scalars['Int']['output'];
  /** Households written */
  imported: Scalars['Int']['output'];
  /** Every row passed */
  ok: Scalars['Boolean']['output'];
  rows: Array<HouseholdImportRowResult>;
  total: Scalars['Int']['output'];
};

/** One row of a household file, its cells as text as they stand in the file; the server parses and checks them like createHousehold */
export type HouseholdImportRow = {
  /** 地址 */
  address?: InputMaybe<Scalars['String']['input']>;
  /** 类别: GENERAL, LIFTED or MONITORED (any case); blank is GENERAL */
  category?: InputMaybe<Scalars['String']['input']>;
  /** 户主姓名 */
  headName?: InputMaybe<Scalars['String']['input']>;
  /** 人口: a whole number 1–99 */
  memberCount?: InputMaybe<Scalars['String']['input']>;
  /** 户号 */
  number?: InputMaybe<Scalars['String']['input']>;
  /** 电话 */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The row's number in the file (heading row = 1); defaults to its position in `rows` */
  row?: InputMaybe<Scalars['Int']['input']>;
};

export type HouseholdImportRowResult = {
  __typename?: 'HouseholdImportRowResult';
  errors: Array<HouseholdImportError>;
  /** The household created (null on a dry run or when nothing was written) */
  householdId: Maybe<Scalars['ID']['output']>;
  ok: Scalars['Boolean']['output'];
  row: Scalars['Int']['output'];
};

export type HouseholdPage = {
  __typename?: 'HouseholdPage';
  items: Array<Household>;
  /** How many rows match, counted up to 10,000 (see totalCapped); counted only when asked */
  total: Scalars['Int']['output'];
  /** True when more than 10,000 rows match: total is then 10,000, and pages start within the first 10,000 rows (narrow the filter to reach the others) */
  totalCapped: Scalars['Boolean']['output'];
};

export const HouseholdStatus = {
  ACTIVE: 'ACTIVE',
  ARCHIVED: 'ARCHIVED',
  MOVED: 'MOVED'
} as const;

export type HouseholdStatus = typeof HouseholdStatus[keyof typeof HouseholdStatus];
export type ImportHouseholdsInput = {
  /** Check every row and write nothing */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  rows: Array<HouseholdImportRow>;
  villageId: Scalars['ID']['input'];
};

/** VILLAGE_MEETING 说事会, DOOR_TO_DOOR 入户, WALK_IN 来访, PHONE 电话, ONLINE 网上 */
export const IntakeSource = {
  DOOR_TO_DOOR: 'DOOR_TO_DOOR',
  ONLINE: 'ONLINE',
  PHONE: 'PHONE',
  VILLAGE_MEETING: 'VILLAGE_MEETING',
  WALK_IN: 'WALK_IN'
} as const;

export type IntakeSource = typeof IntakeSource[keyof typeof IntakeSource];
export type IssueResidentActivationsInput = {
  /** Omitted: every active household of the village that has no active resident account. */
  householdIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  villageId: Scalars['ID']['input'];
};

/** Someone who may lead a matter (领办): an active department's or township's staff member */
export type LeadOfficial = {
  __typename?: 'LeadOfficial';
  departmentId: Maybe<Scalars['ID']['output']>;
  departmentName: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Role;
  townshipId: Maybe<Scalars['ID']['output']>;
  townshipName: Maybe<Scalars['String']['output']>;
};

/** Expected: no mismatches and no broken entries */
export type LedgerReconciliation = {
  __typename?: 'LedgerReconciliation';
  brokenEntries: Array<BrokenEntry>;
  entriesChecked: Scalars['Int']['output'];
  /** districtReport's household counts by village, status and category against a recount of the households */
  householdCountMismatches: Array<HouseholdCountMismatch>;
  householdsChecked: Scalars['Int']['output'];
  mismatches: Array<BalanceMismatch>;
  /** The reports' monthly sums against a recomputation from the entries */
  monthSumMismatches: Array<MonthSumMismatch>;
  /** The reports' redeemer counts by village and month against a recount of the redeemers by year */
  redeemerMonthMismatches: Array<RedeemerMonthMismatch>;
  /** The reports' redeemers by year against a recomputation from the redemptions */
  redeemerYearMismatches: Array<RedeemerYearMismatch>;
};

/** Who handles a matter: a unit (department, village, supervision office) or a named official */
export type MatterAssignment = {
  __typename?: 'MatterAssignment';
  /** The steps you may take on this assignment now, by the rules its mutations check */
  allowedActions: Array<MatterAssignmentAction>;
  createdAt: Scalars['DateTimeISO']['output'];
  department: Maybe<Department>;
  departmentId: Maybe<Scalars['ID']['output']>;
  dueDate: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  matterId: Scalars['ID']['output'];
  officialUserId: Maybe<Scalars['ID']['output']>;
  /** The lead official's name at the time of assignment */
  personName: Maybe<Scalars['String']['output']>;
  /** When a co-unit (CO_UNIT) reported its part, which made it DONE; null for other roles and for a part not reported (PENDING: 未签收, ACCEPTED: 未报送) */
  reportedAt: Maybe<Scalars['DateTimeISO']['output']>;
  resultNote: Maybe<Scalars['String']['output']>;
  /** Why it was handed back; internal: not for residents */
  returnReason: Maybe<Scalars['String']['output']>;
  role: AssignmentRole;
  /** The assignee gave it to itself (a committee's 直办 at intake): accepted by that act, not returned to itself */
  selfAssigned: Scalars['Boolean']['output'];
  state: AssignmentState;
  updatedAt: Scalars['DateTimeISO']['output'];
  village: Maybe<Village>;
  villageId: Maybe<Scalars['ID']['output']>;
};

/** A step the caller may take on this assignment now (its assignee's own steps) */
export const MatterAssignmentAction = {
  /** acceptAssignment: a PENDING assignment (the lead's only while the matter is ASSIGNED) */
  ACCEPT: 'ACCEPT',
  /** reportPart: a co-unit's (CO_UNIT) own ACCEPTED part while the matter is ASSIGNED or IN_PROGRESS; it ends DONE */
  REPORT: 'REPORT',
  /** requestExtension with this assignmentId: ACCEPTED, due date not passed, no request waiting */
  REQUEST_EXTENSION: 'REQUEST_EXTENSION',
  /** returnAssignment: an open assignment while the matter is ASSIGNED or IN_PROGRESS, not one its assignee gave itself */
  RETURN: 'RETURN'
} as const;

export type MatterAssignmentAction = typeof MatterAssignmentAction[keyof typeof MatterAssignmentAction];
/** One change on a matter's append-only timeline */
export type MatterEvent = {
  __typename?: 'MatterEvent';
  actorId: Maybe<Scalars['ID']['output']>;
  /** Who did it (display name) */
  actorName: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTimeISO']['output'];
  /** Photos of this step (progress, resolution, a co-unit's report, a follow-up), in their order; an internal event's are never given to residents. The submission's photos are CivicMatter.attachments */
  attachments: Array<Attachment>;
  data: Maybe<Scalars['JSONObject']['output']>;
  /** Set when the event changed the status */
  fromStatus: Maybe<CivicStatus>;
  id: Scalars['ID']['output'];
  matterId: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** False for internal notes; residents never see those */
  public: Scalars['Boolean']['output'];
  toStatus: Maybe<CivicStatus>;
  type: MatterEventType;
};

/** What happened on a matter's timeline. FOLLOW_UP is a follow-up that reached nobody (status unchanged); PART_REPORTED is a co-unit's report of its part of a 联办 (internal); CLOSED and REOPENED are follow-ups (or a resident's rating) that closed or reopened the matter */
export const MatterEventType = {
  ACCEPTED: 'ACCEPTED',
  ASSIGNED: 'ASSIGNED',
  CHANNEL_CHANGED: 'CHANNEL_CHANGED',
  CLOSED: 'CLOSED',
  EXTENSION_APPROVED: 'EXTENSION_APPROVED',
  EXTENSION_REFUSED: 'EXTENSION_REFUSED',
  EXTENSION_REQUESTED: 'EXTENSION_REQUESTED',
  FOLLOW_UP: 'FOLLOW_UP',
  MERGED: 'MERGED',
  PART_REPORTED: 'PART_REPORTED',
  PROGRESS: 'PROGRESS',
  REJECTED: 'REJECTED',
  REOPENED: 'REOPENED',
  RESOLVED: 'RESOLVED',
  RETURNED: 'RETURNED',
  SUBMITTED: 'SUBMITTED',
  SUPERVISED: 'SUPERVISED',
  SUPERVISION_ANSWERED: 'SUPERVISION_ANSWERED'
} as const;

export type MatterEventType = typeof MatterEventType[keyof typeof MatterEventType];
/** 延期: requested before the due date, decided by staff above */
export type MatterExtension = {
  __typename?: 'MatterExtension';
  assignmentId: Maybe<Scalars['ID']['output']>;
  decidedAt: Maybe<Scalars['DateTimeISO']['output']>;
  decidedBy: Maybe<Scalars['ID']['output']>;
  decisionNote: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  matterId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  requestedAt: Scalars['DateTimeISO']['output'];
  requestedBy: Scalars['ID']['output'];
  requestedDueDate: Scalars['LocalDate']['output'];
  state: ExtensionState;
};

/** 督办: urge, written notice or escalation; answered by the handling unit, ended with the matter */
export type MatterSupervision = {
  __typename?: 'MatterSupervision';
  /** The steps you may take on this supervision now, by the rule answerSupervision checks */
  allowedActions: Array<MatterSupervisionAction>;
  answeredAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who answered (answeredByName: their name) */
  answeredBy: Maybe<Scalars['ID']['output']>;
  /** Who answered (display name) */
  answeredByName: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Scalars['ID']['output'];
  /** When the matter's resolution, closing, rejection or merge ended it */
  endedAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  level: SupervisionLevel;
  matterId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  /** The handling unit's answer */
  response: Maybe<Scalars['String']['output']>;
  /** When the handling unit must answer; OPEN after it counts as overdue */
  responseDue: Scalars['LocalDate']['output'];
  status: SupervisionStatus;
};

/** A step the caller may take on this supervision now */
export const MatterSupervisionAction = {
  /** answerSupervision: the handling unit (the lead assignee), the supervision OPEN, the matter ASSIGNED or IN_PROGRESS */
  ANSWER: 'ANSWER'
} as const;

export type MatterSupervisionAction = typeof MatterSupervisionAction[keyof typeof MatterSupervisionAction];
/** A village's monthly sum of one kind of entry (kept for the reports) that differs from its entries */
export type MonthSumMismatch = {
  __typename?: 'MonthSumMismatch';
  entryPoints: Scalars['Int']['output'];
  kind: EntryKind;
  /** YYYY-MM of the deed date */
  month: Scalars['String']['output'];
  storedPoints: Scalars['Int']['output'];
  villageId: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The assignee accepts; the lead's acceptance moves the matter ASSIGNED → IN_PROGRESS. Returns the matter */
  acceptAssignment: CivicMatter;
  /** Public. Creates the household's RESIDENT user (username: the phone when given, else village code + household number in lower case, e.g. "pc01-001"; if taken, a suffix "-2", "-3"…) and logs in. */
  activateResident: AuthPayload;
  /** The handling unit (the lead assignee) answers an OPEN 督办, once, while the matter is handled. Returns the matter */
  answerSupervision: CivicMatter;
  archiveHousehold: Household;
  /** RECEIVED → ASSIGNED (交办) on a channel; a village committee assigns only DIRECT for its own village */
  assignCivicMatter: CivicMatter;
  /** All or nothing. With the village's publicityDays > 0 the award waits as a batch on publicity (公示) */
  awardPoints: AwardResult;
  /** PLANNED → CANCELLED; HELD → CANCELLED reversing exactly its awards (REVERSAL entries), or INSUFFICIENT_POINTS naming a household that spent them, changing nothing. With an idempotencyKey a retry returns the first result */
  cancelActivity: Activity;
  /** Refunds the points (a REFUND entry) and restocks the goods, once; the redemption stays on record as CANCELLED */
  cancelRedemption: Redemption;
  /** ASSIGNED / IN_PROGRESS → ASSIGNED on another channel (e.g. DIRECT → SUPERVISED) */
  changeChannel: CivicMatter;
  /** Ends every other session of yours and returns a fresh token */
  changePassword: AuthPayload;
  /** Closes an open event; CONFLICT if it is already closed */
  closeExchangeEvent: ExchangeEvent;
  /** Marks the activity HELD and awards each participating household its points (AWARD entries naming the activity), once: the same key returns the first result; an activity already HELD is returned unchanged whatever the key */
  confirmActivity: Activity;
  /** Plans an activity in a village: its committee or the district admin */
  createActivity: Activity;
  createCivicCategory: CivicCategory;
  createDepartment: Department;
  /** Opens an exchange event in a village's shop */
  createExchangeEvent: ExchangeEvent;
  createHousehold: Household;
  /** District-wide rules: district admin; a village's own: its committee */
  createPointRule: PointRule;
  /** Puts a product on a village shop's shelf; initial stock is recorded as a stock movement */
  createProduct: Product;
  /** District admin: any owner; township staff: its township or one of its villages; a village committee: its village */
  createServiceBrand: ServiceBrand;
  createTownship: Township;
  createUser: User;
  createVillage: Village;
  /** A VILLAGE_COMMITTEE account with a temporary password for each village (at most 100) that has none yet; all or nothing */
  createVillageCommitteeAccounts: Array<VillageCommitteeAccount>;
  /** District admin: any owner; township staff: its township or one of its villages; a village committee: its village */
  createVolunteerTeam: VolunteerTeam;
  /** Staff above approve (before the due date; it moves) or refuse an extension. Returns the matter */
  decideExtension: CivicMatter;
  /** By a negative rule; never below zero (INSUFFICIENT_POINTS) */
  deductPoints: PointEntry;
  /** Creates a village's households from a file's rows, all or none; each row's problems come back with its row number */
  importHouseholds: HouseholdImportResult;
  /** Committee (own village), township staff (their township), district staff/admin (any). */
  issueResidentActivations: Array<ResidentActivation>;
  /** Failed attempts are limited per username and per address */
  login: AuthPayload;
  /** Public. 5 tries per code, 10-minute expiry. */
  loginWithCode: AuthPayload;
  /** Marks the logged-in user's notifications read (these ids, or all without ids); returns how many became read */
  markNotificationsRead: Scalars['Int']['output'];
  /** RECEIVED → MERGED into another matter that is neither merged nor rejected */
  mergeCivicMatter: CivicMatter;
  /** A resident of the village objects to a line on publicity */
  objectToAward: AwardObjection;
  /** After publicity ends: writes the entries. Once only */
  postAwardBatch: AwardBatch;
  /** A progress note by an assignee or staff above, public or internal */
  postProgress: CivicMatter;
  /** A resident rates its own RESOLVED matter (an ONLINE follow-up, same outcomes) */
  rateCivicMatter: CivicMatter;
  /** 回访 of a RESOLVED matter: satisfied or basically → CLOSED; not satisfied → IN_PROGRESS again (rework); not reached → stays RESOLVED */
  recordFollowUp: CivicMatter;
  /** Replaces the participant list while the activity is PLANNED (CONFLICT once confirmed or cancelled). Households must be active ones of the activity's village: the others are named (BAD_USER_INPUT) and nothing changes; attachmentIds: photos of the activity, added to those it has (at most 9 in all) */
  recordParticipation: Activity;
  /** Sells goods for points, all or nothing: INSUFFICIENT_POINTS or OUT_OF_STOCK (naming the product) change nothing; a retry with the same idempotencyKey returns the first redemption */
  redeem: Redemption;
  /** RECEIVED → REJECTED (不予受理), with a reason */
  rejectCivicMatter: CivicMatter;
  /** Takes one household off a batch on publicity */
  removeAwardLine: AwardBatch;
  /** Removes a day's exception; NOT_FOUND when it has none */
  removeCalendarDay: Scalars['Boolean']['output'];
  /** Opens a closed event again; CONFLICT if it is open */
  reopenExchangeEvent: ExchangeEvent;
  /** A co-unit (协办单位) reports its accepted part of a 联办 while the matter is handled: its assignment ends DONE (only this makes it DONE). Returns the matter */
  reportPart: CivicMatter;
  /** 延期 requested by an assignee before its due date; one waits at a time */
  requestExtension: CivicMatter;
  /** Public; always true. Sends a 6-digit code by SMS to a phone bound to an active resident. */
  requestLoginCode: Scalars['Boolean']['output'];
  /** A temporary password for another user; their sessions end and they must change it at the next login */
  resetPassword: PasswordReset;
  /** IN_PROGRESS → RESOLVED (办结) by the lead assignee or staff above; co-units keep their state (see the RESOLVED event's coUnits) */
  resolveCivicMatter: CivicMatter;
  /** Adds stock, or with a negative quantity corrects it (never below 0); recorded with who, when and why */
  restockProduct: Product;
  /** The assignee hands its assignment back; the lead's return sends the matter back to RECEIVED for re-assignment */
  returnAssignment: CivicMatter;
  /** A REVERSAL entry cancelling an award or deduction, at most once */
  reversePointEntry: PointEntry;
  /** Sets a day's exception (a HOLIDAY on a weekday, a WORKDAY on a weekend); due dates already given stay */
  setCalendarDay: CalendarDay;
  /** Committee / staff in scope: disable or re-enable one family member's login (sessions end when disabled). */
  setResidentAccountActive: ResidentAccount;
  /** Takes a matter in (受理): status RECEIVED with a new code MS-<year>-<5 digits> */
  submitCivicMatter: CivicMatter;
  /** 督办 (urge, written notice, escalation) by township or district staff; the level never goes down */
  superviseCivicMatter: CivicMatter;
  /** Only while PLANNED; CONFLICT naming the status otherwise */
  updateActivity: Activity;
  /** Applies to assignments made from now on */
  updateCivicCategory: CivicCategory;
  updateDepartment: Department;
  updateHousehold: Household;
  updatePointRule: PointRule;
  /** Name, unit, price, active; stock changes only by restockProduct */
  updateProduct: Product;
  updateServiceBrand: ServiceBrand;
  updateTownship: Township;
  updateUser: User;
  updateVillage: Village;
  updateVolunteerTeam: VolunteerTeam;
  withdrawAwardBatch: AwardBatch;
};


export type MutationAcceptAssignmentArgs = {
  assignmentId: Scalars['ID']['input'];
};


export type MutationActivateResidentArgs = {
  input: ActivateResidentInput;
};


export type MutationAnswerSupervisionArgs = {
  input: AnswerSupervisionInput;
};


export type MutationArchiveHouseholdArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignCivicMatterArgs = {
  id: Scalars['ID']['input'];
  input: AssignCivicMatterInput;
};


export type MutationAwardPointsArgs = {
  input: AwardPointsInput;
};


export type MutationCancelActivityArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationCancelRedemptionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationChangeChannelArgs = {
  id: Scalars['ID']['input'];
  input: ChangeChannelInput;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCloseExchangeEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmActivityArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


export type MutationCreateActivityArgs = {
  input: CreateActivityInput;
};


export type MutationCreateCivicCategoryArgs = {
  input: CreateCivicCategoryInput;
};


export type MutationCreateDepartmentArgs = {
  input: CreateDepartmentInput;
};


export type MutationCreateExchangeEventArgs = {
  input: CreateExchangeEventInput;
};


export type MutationCreateHouseholdArgs = {
  input: CreateHouseholdInput;
};


export type MutationCreatePointRuleArgs = {
  input: CreatePointRuleInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationCreateServiceBrandArgs = {
  input: CreateServiceBrandInput;
};


export type MutationCreateTownshipArgs = {
  input: CreateTownshipInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateVillageArgs = {
  input: CreateVillageInput;
};


export type MutationCreateVillageCommitteeAccountsArgs = {
  villageIds: Array<Scalars['ID']['input']>;
};


export type MutationCreateVolunteerTeamArgs = {
  input: CreateVolunteerTeamInput;
};


export type MutationDecideExtensionArgs = {
  approve: Scalars['Boolean']['input'];
  extensionId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeductPointsArgs = {
  input: DeductPointsInput;
};


export type MutationImportHouseholdsArgs = {
  input: ImportHouseholdsInput;
};


export type MutationIssueResidentActivationsArgs = {
  input: IssueResidentActivationsInput;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationLoginWithCodeArgs = {
  code: Scalars['String']['input'];
  phone: Scalars['String']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationMergeCivicMatterArgs = {
  id: Scalars['ID']['input'];
  intoId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationObjectToAwardArgs = {
  lineId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationPostAwardBatchArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPostProgressArgs = {
  id: Scalars['ID']['input'];
  input: ProgressInput;
};


export type MutationRateCivicMatterArgs = {
  id: Scalars['ID']['input'];
  input: RateCivicMatterInput;
};


export type MutationRecordFollowUpArgs = {
  id: Scalars['ID']['input'];
  input: FollowUpInput;
};


export type MutationRecordParticipationArgs = {
  activityId: Scalars['ID']['input'];
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  participants: Array<ParticipantInput>;
};


export type MutationRedeemArgs = {
  input: RedeemInput;
};


export type MutationRejectCivicMatterArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveAwardLineArgs = {
  lineId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveCalendarDayArgs = {
  date: Scalars['LocalDate']['input'];
};


export type MutationReopenExchangeEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReportPartArgs = {
  input: ReportPartInput;
};


export type MutationRequestExtensionArgs = {
  id: Scalars['ID']['input'];
  input: ExtensionRequestInput;
};


export type MutationRequestLoginCodeArgs = {
  phone: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationResolveCivicMatterArgs = {
  id: Scalars['ID']['input'];
  input: ResolveCivicMatterInput;
};


export type MutationRestockProductArgs = {
  id: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReturnAssignmentArgs = {
  assignmentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReversePointEntryArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSetCalendarDayArgs = {
  date: Scalars['LocalDate']['input'];
  kind: CalendarDayKind;
  name: Scalars['String']['input'];
};


export type MutationSetResidentAccountActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSubmitCivicMatterArgs = {
  input: SubmitCivicMatterInput;
};


export type MutationSuperviseCivicMatterArgs = {
  id: Scalars['ID']['input'];
  input: SuperviseInput;
};


export type MutationUpdateActivityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateActivityInput;
};


export type MutationUpdateCivicCategoryArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCivicCategoryInput;
};


export type MutationUpdateDepartmentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDepartmentInput;
};


export type MutationUpdateHouseholdArgs = {
  id: Scalars['ID']['input'];
  input: UpdateHouseholdInput;
};


export type MutationUpdatePointRuleArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePointRuleInput;
};


export type MutationUpdateProductArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProductInput;
};


export type MutationUpdateServiceBrandArgs = {
  id: Scalars['ID']['input'];
  input: UpdateServiceBrandInput;
};


export type MutationUpdateTownshipArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTownshipInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationUpdateVillageArgs = {
  id: Scalars['ID']['input'];
  input: UpdateVillageInput;
};


export type MutationUpdateVolunteerTeamArgs = {
  id: Scalars['ID']['input'];
  input: UpdateVolunteerTeamInput;
};


export type MutationWithdrawAwardBatchArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** A notification to the logged-in user; nobody else ever sees it */
export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** A console route that opens the record, e.g. /civicMatters/12/show */
  link: Maybe<Scalars['String']['output']>;
  readAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Written by the server in Chinese */
  title: Scalars['String']['output'];
};

/** What a notification is about */
export const NotificationKind = {
  /** An assignment arrived for the unit */
  ASSIGNMENT_ARRIVED: 'ASSIGNMENT_ARRIVED',
  /** An open assignment is due within 2 working days (the unit and the assigner) */
  ASSIGNMENT_DUE_SOON: 'ASSIGNMENT_DUE_SOON',
  /** An open assignment is past its due date (the unit and the assigner) */
  ASSIGNMENT_OVERDUE: 'ASSIGNMENT_OVERDUE',
  /** An assignment was handed back (the assigner) */
  ASSIGNMENT_RETURNED: 'ASSIGNMENT_RETURNED',
  /** A resident objected to an award on publicity (the committee) */
  AWARD_OBJECTION: 'AWARD_OBJECTION',
  /** An extension was approved or refused (the unit that asked) */
  EXTENSION_DECIDED: 'EXTENSION_DECIDED',
  /** A resolved matter waits for its follow-up visit (township staff) */
  FOLLOW_UP_DUE: 'FOLLOW_UP_DUE',
  /** A login code by text message: in the outbox only, never a notification */
  LOGIN_CODE: 'LOGIN_CODE',
  /** The household's matter was resolved: please rate (its residents, and a text message) */
  MATTER_RESOLVED: 'MATTER_RESOLVED',
  /** An award or a redemption recorded for the household (its residents, where the village turned it on) */
  POINTS_RECORDED: 'POINTS_RECORDED',
  /** An award's publicity ends tomorrow (the committee) */
  PUBLICITY_ENDS: 'PUBLICITY_ENDS',
  /** 督办 of a matter the unit handles */
  SUPERVISED: 'SUPERVISED'
} as const;

export type NotificationKind = typeof NotificationKind[keyof typeof NotificationKind];
export type NotificationPage = {
  __typename?: 'NotificationPage';
  items: Array<Notification>;
  /** How many rows match, counted up to 10,000 (see totalCapped); counted only when asked */
  total: Scalars['Int']['output'];
  /** True when more than 10,000 rows match: total is then 10,000, and pages start within the first 10,000 rows (narrow the filter to reach the others) */
  totalCapped: Scalars['Boolean']['output'];
};

export type OfficialWorkload = {
  __typename?: 'OfficialWorkload';
  name: Scalars['String']['output'];
  /** Open (PENDING or ACCEPTED) assignments of this one on the matters being handled (ASSIGNED or IN_PROGRESS) */
  open: Scalars['Int']['output'];
  /** Those open assignments past their own due date (district today) */
  overdue: Scalars['Int']['output'];
  /** Those overdue 督办 (still OPEN after their response due date) of the matters whose open lead assignment (LEAD_UNIT or LEAD_OFFICIAL) is this one's: the unit that should have answered */
  supervisionsOverdue: Scalars['Int']['output'];
  userId: Scalars['ID']['output'];
};

export type OverdueBucket = {
  __typename?: 'OverdueBucket';
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  /** Working days overdue, to (inclusive); null: no upper bound */
  maxDays: Maybe<Scalars['Int']['output']>;
  /** Working days overdue, from */
  minDays: Scalars['Int']['output'];
};

export type ParticipantInput = {
  /** 0 to 24, one decimal */
  hours?: InputMaybe<Scalars['Float']['input']>;
  /** An active household of the activity's village, each at most once */
  householdId: Scalars['ID']['input'];
  /** 1 to the household's member count */
  people?: InputMaybe<Scalars['Int']['input']>;
};

export type ParticipationFilter = {
  activityId?: InputMaybe<Scalars['ID']['input']>;
  /** Activity date from (inclusive) */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  householdId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ActivityStatus>;
  /** Activity date to (inclusive) */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

/** 积分存折: a household's entries in a period with running balances */
export type Passbook = {
  __typename?: 'Passbook';
  /** Balance after the last entry shown */
  closingBalance: Scalars['Int']['output'];
  entries: Array<PointEntry>;
  from: Maybe<Scalars['LocalDate']['output']>;
  headName: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  householdNumber: Scalars['String']['output'];
  /** Balance before the first entry shown */
  openingBalance: Scalars['Int']['output'];
  to: Maybe<Scalars['LocalDate']['output']>;
  totalIn: Scalars['Int']['output'];
  totalOut: Scalars['Int']['output'];
  villageName: Scalars['String']['output'];
};

/** A temporary password, shown once: only its hash is stored */
export type PasswordReset = {
  __typename?: 'PasswordReset';
  /** Hand it to the user; they must choose a new password at the next login */
  temporaryPassword: Scalars['String']['output'];
  user: User;
};

/** What the server takes of photos (its settings and rules) */
export type PhotoLimits = {
  __typename?: 'PhotoLimits';
  /** Largest upload the server takes, in bytes (CUNWU_UPLOAD_MAX_MB) */
  maxUploadBytes: Scalars['Int']['output'];
  /** Photos a product may carry */
  perProduct: Scalars['Int']['output'];
  /** Photos one record may carry (a matter, a step, an award, a household's line, an activity) */
  perRecord: Scalars['Int']['output'];
};

/** 积分流水: one change of a household's balance; never changed or deleted */
export type PointEntry = {
  __typename?: 'PointEntry';
  activityId: Maybe<Scalars['ID']['output']>;
  /** What the caller may do with the entry now */
  allowedActions: Array<PointEntryAction>;
  /** An AWARD's photos: the award's own, then its household's (posted at once or from a batch); [] for other entries */
  attachments: Array<Attachment>;
  /** The household's balance after this entry (the passbook's running balance) */
  balanceAfter: Scalars['Int']['output'];
  batchId: Maybe<Scalars['ID']['output']>;
  /** The day of the deed (or of the sale) */
  deedDate: Scalars['LocalDate']['output'];
  /** Signed change of the balance */
  delta: Scalars['Int']['output'];
  householdId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: EntryKind;
  reason: Scalars['String']['output'];
  recordedAt: Scalars['DateTimeISO']['output'];
  recordedBy: Scalars['ID']['output'];
  redemptionId: Maybe<Scalars['ID']['output']>;
  /** A DEDUCTION's points in full, as its rule sets them (negative); `delta` is what the balance could give, at most the balance. Null on other kinds. */
  requestedDelta: Maybe<Scalars['Int']['output']>;
  /** The entry a REVERSAL cancels */
  reversesEntryId: Maybe<Scalars['ID']['output']>;
  ruleId: Maybe<Scalars['ID']['output']>;
  villageId: Scalars['ID']['output'];
};

export const PointEntryAction = {
  /** reversePointEntry (an award or deduction not yet reversed) */
  REVERSE: 'REVERSE'
} as const;

export type PointEntryAction = typeof PointEntryAction[keyof typeof PointEntryAction];
export type PointEntryFilter = {
  /** Deed date from (inclusive) */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  householdId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<EntryKind>;
  ruleId?: InputMaybe<Scalars['ID']['input']>;
  /** Deed date to (inclusive) */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

export type PointEntryPage = {
  __typename?: 'PointEntryPage';
  items: Array<PointEntry>;
  /** How many rows match, counted up to 10,000 (see totalCapped); counted only when asked */
  total: Scalars['Int']['output'];
  /** True when more than 10,000 rows match: total is then 10,000, and pages start within the first 10,000 rows (narrow the filter to reach the others) */
  totalCapped: Scalars['Boolean']['output'];
};

/** 积分细则: district-wide when villageId is null, else one village's own */
export type PointRule = {
  __typename?: 'PointRule';
  active: Scalars['Boolean']['output'];
  /** What the caller may do with the rule now */
  allowedActions: Array<PointRuleAction>;
  category: RuleCategory;
  createdAt: Scalars['DateTimeISO']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Positive: an award; negative: a deduction */
  points: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  villageId: Maybe<Scalars['ID']['output']>;
};

export const PointRuleAction = {
  /** updatePointRule */
  UPDATE: 'UPDATE'
} as const;

export type PointRuleAction = typeof PointRuleAction[keyof typeof PointRuleAction];
export type PointRuleFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  category?: InputMaybe<RuleCategory>;
  /** Only district-wide rules */
  districtOnly?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** true: awards; false: deductions */
  positive?: InputMaybe<Scalars['Boolean']['input']>;
  q?: InputMaybe<Scalars['String']['input']>;
  /** Rules that apply in this village: district-wide ones and its own */
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

export type PointRulePage = {
  __typename?: 'PointRulePage';
  items: Array<PointRule>;
  /** How many rows match, counted up to 10,000 (see totalCapped); counted only when asked */
  total: Scalars['Int']['output'];
  /** True when more than 10,000 rows match: total is then 10,000, and pages start within the first 10,000 rows (narrow the filter to reach the others) */
  totalCapped: Scalars['Boolean']['output'];
};

/** The points figures of one month of a points report's period */
export type PointsMonth = {
  __typename?: 'PointsMonth';
  /** Exchange events (兑换活动) of shops in the area dated in the period and not after today, open or closed, by their date */
  exchangeEventsHeld: Scalars['Int']['output'];
  /** The month's first day inside the period */
  from: Scalars['LocalDate']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** pointsRedeemed − pointsRefunded in the period in the area: the points that stayed spent */
  netRedeemed: Scalars['Int']['output'];
  /** Points of the AWARD entries dated (deed date) in the period in the area */
  pointsAwarded: Scalars['Int']['output'];
  /** Points taken by the DEDUCTION entries dated in the period in the area, as a positive number: what the balances allowed (a deduction larger than its household's balance took the balance to zero; its rule's full points are on the entry, requestedDelta) */
  pointsDeducted: Scalars['Int']['output'];
  /** Points spent by the REDEMPTION entries dated in the period in the area (the day the redemption was made, district time), as a positive number; a redemption cancelled later still counts, its refund counts in pointsRefunded on its own day */
  pointsRedeemed: Scalars['Int']['output'];
  /** Points given back by the REFUND entries (cancelled redemptions) dated in the period in the area */
  pointsRefunded: Scalars['Int']['output'];
  /** Net signed delta of the REVERSAL entries dated in the period in the area: negative when awards were reversed */
  pointsReversed: Scalars['Int']['output'];
  /** Distinct households with a redemption made in the period in the area (district time) and not cancelled; a month counts its own, so months do not add up to the year */
  redeemingHouseholds: Scalars['Int']['output'];
  /** The sum of those households' member counts (as the roll stands now) */
  redeemingPeople: Scalars['Int']['output'];
  /** The month's last day inside the period */
  to: Scalars['LocalDate']['output'];
};

/** The points supermarket's figures for an area and period, as a district's yearly report states them */
export type PointsReport = {
  __typename?: 'PointsReport';
  /** The same figures per village of the area, by township and village code */
  byVillage: Array<VillagePointsRow>;
  /** Exchange events (兑换活动) of shops in the area dated in the period and not after today, open or closed, by their date */
  exchangeEventsHeld: Scalars['Int']['output'];
  from: Maybe<Scalars['LocalDate']['output']>;
  /** The same figures per month: every month of the period, cut to its days (an open start begins at the first month with any record, an open end at the current month; only years 2000–2100). Households count once per month, so their months need not add up to the period; every other figure's do */
  months: Array<PointsMonth>;
  /** pointsRedeemed − pointsRefunded in the period in the area: the points that stayed spent */
  netRedeemed: Scalars['Int']['output'];
  /** Points of the AWARD entries dated (deed date) in the period in the area */
  pointsAwarded: Scalars['Int']['output'];
  /** Points taken by the DEDUCTION entries dated in the period in the area, as a positive number: what the balances allowed (a deduction larger than its household's balance took the balance to zero; its rule's full points are on the entry, requestedDelta) */
  pointsDeducted: Scalars['Int']['output'];
  /** Points spent by the REDEMPTION entries dated in the period in the area (the day the redemption was made, district time), as a positive number; a redemption cancelled later still counts, its refund counts in pointsRefunded on its own day */
  pointsRedeemed: Scalars['Int']['output'];
  /** Points given back by the REFUND entries (cancelled redemptions) dated in the period in the area */
  pointsRefunded: Scalars['Int']['output'];
  /** Net signed delta of the REVERSAL entries dated in the period in the area: negative when awards were reversed */
  pointsReversed: Scalars['Int']['output'];
  /** Distinct households with a redemption made in the period in the area (district time) and not cancelled; a month counts its own, so months do not add up to the year */
  redeemingHouseholds: Scalars['Int']['output'];
  /** The sum of those households' member counts (as the roll stands now) */
  redeemingPeople: Scalars['Int']['output'];
  /** Villages with a points supermarket / all villages; 0 when there are none */
  shopCoverage: Scalars['Float']['output'];
  to: Maybe<Scalars['LocalDate']['output']>;
  townshipId: Maybe<Scalars['ID']['output']>;
  villageId: Maybe<Scalars['ID']['output']>;
  /** Administrative villages in the area, as they stand now */
  villages: Scalars['Int']['output'];
  /** Villages in the area that run a points supermarket (has_shop), as they stand now */
  villagesWithShop: Scalars['Int']['output'];
};

/** The area and period of a points report; leave out what you do not narrow */
export type PointsReportFilter = {
  /** First day of the period (inclusive) */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Last day of the period (inclusive) */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  /** One township's villages */
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  /** One village (inside townshipId when both are given) */
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

/** 商品: a product on one village shop's shelf, priced in points */
export type Product = {
  __typename?: 'Product';
  /** Inactive products are off the catalogue and cannot be redeemed */
  active: Scalars['Boolean']['output'];
  /** Its photo (none or one); residents see it in their shop's catalogue */
  attachments: Array<Attachment>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Unique in its village's shop */
  name: Scalars['String']['output'];
  /** Points for one unit */
  price: Scalars['Int']['output'];
  /** Units on the shelf; changed only by restocking, redemptions and cancellations */
  stock: Scalars['Int']['output'];
  /** The unit it is handed out in (袋, 瓶, 桶 …) */
  unit: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  villageId: Scalars['ID']['output'];
};

export type ProductFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Text in the product's name */
  q?: InputMaybe<Scalars['String']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

export type ProductPage = {
  __typename?: 'ProductPage';
  items: Array<Product>;
  /** How many rows match, counted up to 10,000 (see totalCapped); counted only when asked */
  total: Scalars['Int']['output'];
  /** True when more than 10,000 rows match: total is then 10,000, and pages start within the first 10,000 rows (narrow the filter to reach the others) */
  totalCapped: Scalars['Boolean']['output'];
};

export type ProgressInput = {
  /** Photos from POST /files, in this order: at most 9, each the caller's own upload not attached to anything yet; follow the note's public flag (an internal note's never reach residents) */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  note: Scalars['String']['input'];
  /** False: an internal note, never shown to residents */
  public: Scalars['Boolean']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** 文明实践活动 you see (district roles all, township staff its villages', a committee and a resident their village's), newest first */
  activities: ActivityPage;
  activity: Activity;
  /** Participation rows across activities, newest activity first; a resident sees only its own household's */
  activityParticipations: ActivityParticipantPage;
  awardBatch: AwardBatch;
  /** Residents see their village's batches: publicity is public */
  awardBatches: AwardBatchPage;
  /** The last backup and whether one is overdue; the district admin only */
  backupStatus: BackupStatus;
  /** The calendar's exceptions from `from` to `to` (inclusive, at most 3 years) */
  calendarDays: Array<CalendarDay>;
  civicCategories: CivicCategoryPage;
  civicCategory: CivicCategory;
  /** NOT_FOUND outside your scope */
  civicMatter: CivicMatter;
  /** Matters you see (civic-scope), newest first by default */
  civicMatters: CivicMatterPage;
  /** Civic service figures over matters received in the period: district roles anywhere, township staff their township, a village committee its village, department staff the matters of their department (in any area); any other explicit area is FORBIDDEN */
  civicReport: CivicReport;
  department: Department;
  departments: DepartmentPage;
  /** The district's yearly figures (points supermarket, volunteer service, civic service, households) for a year of the district's time zone, for the whole district, a township or a village, each with its definition and monthly series. District roles: anywhere; township staff: their own township (the default) or one of its villages, any other area is FORBIDDEN */
  districtReport: DistrictReport;
  exchangeEvent: ExchangeEvent;
  /** Exchange events (兑换活动) of the shops you see, newest first by default */
  exchangeEvents: ExchangeEventPage;
  household: Household;
  /** 积分存折: entries recorded in the period (district days), with running balances */
  householdPassbook: Passbook;
  households: HouseholdPage;
  /** Who may be named to lead a matter (领办): active department and township staff */
  leadOfficials: Array<LeadOfficial>;
  /** The logged-in user */
  me: Maybe<User>;
  /** The logged-in user's notifications, newest first */
  notifications: NotificationPage;
  /** What the server takes of photos; any signed-in user */
  photoLimits: PhotoLimits;
  pointEntries: PointEntryPage;
  pointRule: PointRule;
  /** The rule catalogue is public to every logged-in user */
  pointRules: PointRulePage;
  /** 红黑榜: a village's red and black lists for the period (deed dates) and their rule; residents see their own village's */
  pointsRanking: RankingBoard;
  /** The points supermarket's figures for an area and period: district roles anywhere, township staff their township, a village committee its village */
  pointsReport: PointsReport;
  product: Product;
  /** Products of the shops you see; residents see their village's active catalogue */
  products: ProductPage;
  /** Every balance against its entries, every entry against the invariants */
  reconcileLedger: LedgerReconciliation;
  redemption: Redemption;
  /** Redemptions you see (a resident: its own household's), newest first by default */
  redemptions: RedemptionPage;
  serviceBrand: ServiceBrand;
  /** 志愿服务品牌 you see: district roles all; others their township's and its villages' */
  serviceBrands: ServiceBrandPage;
  /** A product's restocking and corrections, newest first */
  stockMovements: StockMovementPage;
  township: Township;
  townships: TownshipPage;
  /** How many of the logged-in user's notifications are unread */
  unreadNotificationCount: Scalars['Int']['output'];
  user: User;
  users: UserPage;
  village: Village;
  /** Every active household's passbook of a village for the period (recorded days), by household number: for printing them all */
  villagePassbooks: Array<Passbook>;
  villages: VillagePage;
  volunteerTeam: VolunteerTeam;
  /** 服务队 you see: district roles all; others their township's and its villages' */
  volunteerTeams: VolunteerTeamPage;
};


export type QueryActivitiesArgs = {
  filter?: InputMaybe<ActivityFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


export type QueryActivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActivityParticipationsArgs = {
  filter?: InputMaybe<ParticipationFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAwardBatchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAwardBatchesArgs = {
  filter?: InputMaybe<AwardBatchFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


export type QueryCalendarDaysArgs = {
  from: Scalars['LocalDate']['input'];
  to: Scalars['LocalDate']['input'];
};


export type QueryCivicCategoriesArgs = {
  filter?: InputMaybe<CivicCategoryFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


export type QueryCivicCategoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCivicMatterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCivicMattersArgs = {
  filter?: InputMaybe<CivicMatterFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


export type QueryCivicReportArgs = {
  filter?: InputMaybe<CivicReportFilter>;
};


export type QueryDepartmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDepartmentsArgs = {
  filter?: InputMaybe<DepartmentFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


export type QueryDistrictReportArgs = {
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryExchangeEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExchangeEventsArgs = {
  filter?: InputMaybe<ExchangeEventFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


export type QueryHouseholdArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHouseholdPassbookArgs = {
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  householdId: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type QueryHouseholdsArgs = {
  filter?: InputMaybe<HouseholdFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


export type QueryNotificationsArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPointEntriesArgs = {
  filter?: InputMaybe<PointEntryFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


export type QueryPointRuleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPointRulesArgs = {
  filter?: InputMaybe<PointRuleFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


export type QueryPointsRankingArgs = {
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  villageId: Scalars['ID']['input'];
};


export type QueryPointsReportArgs = {
  filter?: InputMaybe<PointsReportFilter>;
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  filter?: InputMaybe<ProductFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


export type QueryRedemptionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRedemptionsArgs = {
  filter?: InputMaybe<RedemptionFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


export type QueryServiceBrandArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceBrandsArgs = {
  filter?: InputMaybe<ServiceBrandFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


export type QueryStockMovementsArgs = {
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  productId: Scalars['ID']['input'];
};


export type QueryTownshipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTownshipsArgs = {
  filter?: InputMaybe<TownshipFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  filter?: InputMaybe<UserFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


export type QueryVillageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVillagePassbooksArgs = {
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  villageId: Scalars['ID']['input'];
};


export type QueryVillagesArgs = {
  filter?: InputMaybe<VillageFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};


export type QueryVolunteerTeamArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVolunteerTeamsArgs = {
  filter?: InputMaybe<VolunteerTeamFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SortInput>>;
};

/** A village's 红黑榜 for a period: the red list, the black list and the rule they follow */
export type RankingBoard = {
  __typename?: 'RankingBoard';
  /** 黑榜: households with deductions and no positive net, most deducted first; empty when none */
  black: Array<RankingRow>;
  from: Maybe<Scalars['LocalDate']['output']>;
  /** 红榜: households with positive net points, most first */
  red: Array<RankingRow>;
  rule: RankingRule;
  /** N: each list names the households ranked 1 to N (the village's rankingSize, or a smaller limit asked) */
  size: Scalars['Int']['output'];
  to: Maybe<Scalars['LocalDate']['output']>;
  villageId: Scalars['ID']['output'];
};

/** One household on the honour board (红黑榜): names and points only */
export type RankingRow = {
  __typename?: 'RankingRow';
  /** Points of the DEDUCTIONs in the period at the rule's points, less those reversed in it; a positive number */
  deducted: Scalars['Int']['output'];
  /** Net conduct points in the period by deed date: AWARDs, DEDUCTIONs at the rule's points (requestedDelta, even where the balance was smaller) and the REVERSALs of either; redemptions and refunds are spending and do not count */
  earned: Scalars['Int']['output'];
  headName: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  householdNumber: Scalars['String']['output'];
  /** Standard competition rank within its list (1, 1, 3): equal points share a rank */
  rank: Scalars['Int']['output'];
};

/** The rule of a 红黑榜, as printed with it: written once, here */
export type RankingRule = {
  __typename?: 'RankingRule';
  en: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

export type RateCivicMatterInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  resolved: FollowUpResolved;
  satisfaction: Satisfaction;
};

export type RedeemInput = {
  /** An open exchange event of the household's village */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** An active household of a village with a shop */
  householdId: Scalars['ID']['input'];
  /** A fresh key (e.g. a UUID) per redemption; a retry with the same key returns the first result */
  idempotencyKey: Scalars['String']['input'];
  /** One line per product, each product once */
  lines: Array<RedeemLineInput>;
};

export type RedeemLineInput = {
  productId: Scalars['ID']['input'];
  /** 1 to 999 */
  quantity: Scalars['Int']['input'];
};

/** A village's redeeming households and people of a month (or year) as kept for the reports, differing from its redeemers by year counted again */
export type RedeemerMonthMismatch = {
  __typename?: 'RedeemerMonthMismatch';
  /** Households counted again from the redeemers by year */
  households: Scalars['Int']['output'];
  /** 1–12, or 0 for the whole year */
  month: Scalars['Int']['output'];
  /** People counted again */
  people: Scalars['Int']['output'];
  /** Households as kept (its slots added) */
  storedHouseholds: Scalars['Int']['output'];
  /** People as kept */
  storedPeople: Scalars['Int']['output'];
  villageId: Scalars['ID']['output'];
  /** The district year */
  year: Scalars['Int']['output'];
};

/** A household's year of redemptions (kept for the reports) that differs from its redemptions not cancelled */
export type RedeemerYearMismatch = {
  __typename?: 'RedeemerYearMismatch';
  householdId: Scalars['ID']['output'];
  /** The household's member count; null without redemptions that year */
  people: Maybe<Scalars['Int']['output']>;
  /** Redemptions not cancelled per month, January first */
  redemptionCounts: Array<Scalars['Int']['output']>;
  /** Redemptions per month as kept, January first */
  storedCounts: Array<Scalars['Int']['output']>;
  /** Member count as kept; null without a kept row */
  storedPeople: Maybe<Scalars['Int']['output']>;
  /** The district year */
  year: Scalars['Int']['output'];
};

/** 兑换单: goods a household took for its points */
export type Redemption = {
  __typename?: 'Redemption';
  /** What the caller may do with the redemption now */
  allowedActions: Array<RedemptionAction>;
  cancelReason: Maybe<Scalars['String']['output']>;
  cancelledAt: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The ledger entries it made: its REDEMPTION, and a REFUND once cancelled */
  entries: Array<PointEntry>;
  /** The exchange event it was made at, if any */
  eventId: Maybe<Scalars['ID']['output']>;
  /** The exchange event's title, if made at one */
  eventTitle: Maybe<Scalars['String']['output']>;
  /** The household that redeemed */
  household: Household;
  householdId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** The goods, each at its frozen unit price */
  lines: Array<RedemptionLine>;
  /** The user who recorded it */
  recordedBy: Scalars['ID']['output'];
  /** Who recorded it (display name) */
  recorderName: Maybe<Scalars['String']['output']>;
  status: RedemptionStatus;
  /** Points spent: the sum of the lines' amounts */
  total: Scalars['Int']['output'];
  villageId: Scalars['ID']['output'];
  /** The village's name (the shop's) */
  villageName: Scalars['String']['output'];
};

export const RedemptionAction = {
  /** cancelRedemption (a completed redemption) */
  CANCEL: 'CANCEL'
} as const;

export type RedemptionAction = typeof RedemptionAction[keyof typeof RedemptionAction];
export type RedemptionFilter = {
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** Made on or after this day (district time) */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  householdId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<RedemptionStatus>;
  /** Made on or before this day (district time) */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

/** One product on a redemption, at the price it had then */
export type RedemptionLine = {
  __typename?: 'RedemptionLine';
  /** quantity × unitPrice */
  amount: Scalars['Int']['output'];
  productId: Scalars['ID']['output'];
  /** The product's name */
  productName: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  /** Points per unit, frozen at the time of the redemption */
  unitPrice: Scalars['Int']['output'];
};

export type RedemptionPage = {
  __typename?: 'RedemptionPage';
  items: Array<Redemption>;
  /** How many rows match, counted up to 10,000 (see totalCapped); counted only when asked */
  total: Scalars['Int']['output'];
  /** True when more than 10,000 rows match: total is then 10,000, and pages start within the first 10,000 rows (narrow the filter to reach the others) */
  totalCapped: Scalars['Boolean']['output'];
};

/** COMPLETED: points spent and goods handed out; CANCELLED: refunded and restocked, kept on record */
export const RedemptionStatus = {
  CANCELLED: 'CANCELLED',
  COMPLETED: 'COMPLETED'
} as const;

export type RedemptionStatus = typeof RedemptionStatus[keyof typeof RedemptionStatus];
/** A co-unit's report of its part of a 联办 */
export type ReportPartInput = {
  /** Your own CO_UNIT assignment, accepted */
  assignmentId: Scalars['ID']['input'];
  /** Photos from POST /files, in this order: at most 9, each the caller's own upload not attached to anything yet; on the internal PART_REPORTED event, never seen by residents */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What the unit did; required, at most 1000 characters */
  note: Scalars['String']['input'];
};

/** A resident's login on a household (family members each have one). */
export type ResidentAccount = {
  __typename?: 'ResidentAccount';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastLoginAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Masked (138****5678) unless you are the household, its village committee or the district admin */
  phone: Maybe<Scalars['String']['output']>;
  username: Scalars['String']['output'];
};

/** A single-use code for one household, shown once (only its hash is kept). */
export type ResidentActivation = {
  __typename?: 'ResidentActivation';
  /** Twelve characters in groups of four, e.g. "K7PM-3XQA-H9TW" */
  code: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  headName: Scalars['String']['output'];
  householdId: Scalars['ID']['output'];
  householdNumber: Scalars['String']['output'];
  villageName: Scalars['String']['output'];
};

export type ResolveCivicMatterInput = {
  /** Photos from POST /files, in this order: at most 9, each the caller's own upload not attached to anything yet; on the RESOLVED event, seen by residents */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  resolution: Scalars['String']['input'];
};

/** What a user does, and which one scope id it needs */
export const Role = {
  DEPARTMENT_STAFF: 'DEPARTMENT_STAFF',
  DISTRICT_ADMIN: 'DISTRICT_ADMIN',
  DISTRICT_STAFF: 'DISTRICT_STAFF',
  RESIDENT: 'RESIDENT',
  TOWNSHIP_STAFF: 'TOWNSHIP_STAFF',
  VILLAGE_COMMITTEE: 'VILLAGE_COMMITTEE'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** HYGIENE 环境卫生, FILIAL_PIETY 孝老爱亲, CUSTOMS_REFORM 移风易俗, VOLUNTEERING 志愿服务, LAW_ABIDING 遵纪守法, INDUSTRY 产业发展, OTHER */
export const RuleCategory = {
  CUSTOMS_REFORM: 'CUSTOMS_REFORM',
  FILIAL_PIETY: 'FILIAL_PIETY',
  HYGIENE: 'HYGIENE',
  INDUSTRY: 'INDUSTRY',
  LAW_ABIDING: 'LAW_ABIDING',
  OTHER: 'OTHER',
  VOLUNTEERING: 'VOLUNTEERING'
} as const;

export type RuleCategory = typeof RuleCategory[keyof typeof RuleCategory];
/** SATISFIED 满意, BASICALLY 基本满意, NOT 不满意 */
export const Satisfaction = {
  BASICALLY: 'BASICALLY',
  NOT: 'NOT',
  SATISFIED: 'SATISFIED'
} as const;

export type Satisfaction = typeof Satisfaction[keyof typeof Satisfaction];
/** 志愿服务品牌: a volunteer service brand (e.g. 敬老微爱行), owned by one township or one village */
export type ServiceBrand = {
  __typename?: 'ServiceBrand';
  active: Scalars['Boolean']['output'];
  /** UPDATE when the caller keeps this owner's brands (the check updating does) */
  allowedActions: Array<ServiceBrandAction>;
  createdAt: Scalars['DateTimeISO']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Unique in the district */
  name: Scalars['String']['output'];
  township: Maybe<Township>;
  townshipId: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  village: Maybe<Village>;
  villageId: Maybe<Scalars['ID']['output']>;
};

/** A step on a service brand; `ServiceBrand.allowedActions` lists those the caller may take */
export const ServiceBrandAction = {
  /** updateServiceBrand: change it, or retire it (active: false) */
  UPDATE: 'UPDATE'
} as const;

export type ServiceBrandAction = typeof ServiceBrandAction[keyof typeof ServiceBrandAction];
export type ServiceBrandFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Text in the name */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Brands of this township: its own and its villages' */
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  /** Brands an activity of this village may name: the village's own and its township's */
  usableBy?: InputMaybe<Scalars['ID']['input']>;
  /** Brands this village owns */
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

export type ServiceBrandPage = {
  __typename?: 'ServiceBrandPage';
  items: Array<ServiceBrand>;
  /** How many rows match, counted up to 10,000 (see totalCapped); counted only when asked */
  total: Scalars['Int']['output'];
  /** True when more than 10,000 rows match: total is then 10,000, and pages start within the first 10,000 rows (narrow the filter to reach the others) */
  totalCapped: Scalars['Boolean']['output'];
};

/** One sort key of a list; the first key sorts first. */
export type SortInput = {
  field: Scalars['String']['input'];
  order?: SortOrder;
};

export const SortOrder = {
  ASC: 'ASC',
  DESC: 'DESC'
} as const;

export type SortOrder = typeof SortOrder[keyof typeof SortOrder];
export type StatusCount = {
  __typename?: 'StatusCount';
  count: Scalars['Int']['output'];
  status: CivicStatus;
};

/** One restocking or correction of a product's stock, with who and when */
export type StockMovement = {
  __typename?: 'StockMovement';
  /** Signed change of the stock */
  delta: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  productId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  recordedAt: Scalars['DateTimeISO']['output'];
  /** The user who recorded it */
  recordedBy: Scalars['ID']['output'];
};

export type StockMovementPage = {
  __typename?: 'StockMovementPage';
  items: Array<StockMovement>;
  /** How many rows match, counted up to 10,000 (see totalCapped); counted only when asked */
  total: Scalars['Int']['output'];
  /** True when more than 10,000 rows match: total is then 10,000, and pages start within the first 10,000 rows (narrow the filter to reach the others) */
  totalCapped: Scalars['Boolean']['output'];
};

/** A resident submits for its own household. A village committee (or township / district staff) takes a matter in on a resident's behalf: for a household, for a named person (phone optional), or anonymously (no name, no phone) */
export type SubmitCivicMatterInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
  /** Photos from POST /files, in this order: at most 9, each the caller's own upload not attached to anything yet */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  categoryId: Scalars['ID']['input'];
  content: Scalars['String']['input'];
  householdId?: InputMaybe<Scalars['ID']['input']>;
  /** Required for staff; residents default to ONLINE */
  source?: InputMaybe<IntakeSource>;
  submitterName?: InputMaybe<Scalars['String']['input']>;
  submitterPhone?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  urgency?: InputMaybe<Urgency>;
  /** Taken from the household when there is one; a committee's own village by default */
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

export type SuperviseInput = {
  /** Never lower than the matter's current supervision level */
  level: SupervisionLevel;
  reason: Scalars['String']['input'];
  /** When the handling unit must answer; today or later */
  responseDueDate: Scalars['LocalDate']['input'];
};

/** URGE 催办 < WRITTEN 书面督办 < ESCALATED 提级督办 */
export const SupervisionLevel = {
  ESCALATED: 'ESCALATED',
  URGE: 'URGE',
  WRITTEN: 'WRITTEN'
} as const;

export type SupervisionLevel = typeof SupervisionLevel[keyof typeof SupervisionLevel];
/** OPEN: waiting for the handling unit's answer; ANSWERED: answered (it still counts in the matter's supervisionLevel); ENDED: the matter was resolved, closed, rejected or merged (any answer is kept) */
export const SupervisionStatus = {
  ANSWERED: 'ANSWERED',
  ENDED: 'ENDED',
  OPEN: 'OPEN'
} as const;

export type SupervisionStatus = typeof SupervisionStatus[keyof typeof SupervisionStatus];
/** WOMEN 巾帼服务队, VILLAGE_ASSISTANCE 驻村帮扶队, SOCIAL_ORGANISATION 社会公益组织, OTHER */
export const TeamKind = {
  OTHER: 'OTHER',
  SOCIAL_ORGANISATION: 'SOCIAL_ORGANISATION',
  VILLAGE_ASSISTANCE: 'VILLAGE_ASSISTANCE',
  WOMEN: 'WOMEN'
} as const;

export type TeamKind = typeof TeamKind[keyof typeof TeamKind];
/** 乡镇 */
export type Township = {
  __typename?: 'Township';
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Villages in the township */
  villageCount: Scalars['Int']['output'];
};

export type TownshipFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Text in the code or name */
  q?: InputMaybe<Scalars['String']['input']>;
};

export type TownshipPage = {
  __typename?: 'TownshipPage';
  items: Array<Township>;
  /** How many rows match, counted up to 10,000 (see totalCapped); counted only when asked */
  total: Scalars['Int']['output'];
  /** True when more than 10,000 rows match: total is then 10,000, and pages start within the first 10,000 rows (narrow the filter to reach the others) */
  totalCapped: Scalars['Boolean']['output'];
};

/** Only while PLANNED. Fields left out keep their value; brandId, teamId, place and description null clear them; setting one of pointsPerParticipant and ruleId clears the other */
export type UpdateActivityInput = {
  brandId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<ActivityCategory>;
  date?: InputMaybe<Scalars['LocalDate']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  pointsPerParticipant?: InputMaybe<Scalars['Int']['input']>;
  ruleId?: InputMaybe<Scalars['ID']['input']>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out keep their value */
export type UpdateCivicCategoryInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  deadlineDays?: InputMaybe<Scalars['Int']['input']>;
  defaultChannel?: InputMaybe<CivicChannel>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out keep their value; townshipId null clears it */
export type UpdateDepartmentInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<DepartmentKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};

/** Fields left out keep their value; phone and address null clear them */
export type UpdateHouseholdInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<HouseholdCategory>;
  headName?: InputMaybe<Scalars['String']['input']>;
  memberCount?: InputMaybe<Scalars['Int']['input']>;
  number?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** No text messages to the household */
  smsOptOut?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<HouseholdStatus>;
};

export type UpdatePointRuleInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  category?: InputMaybe<RuleCategory>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  points?: InputMaybe<Scalars['Int']['input']>;
};

/** Fields left out keep their value; stock changes only by restockProduct */
export type UpdateProductInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** At most one photo; a new one replaces the shown photo (the old one stays in the product's history). Left out keeps it. */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  price?: InputMaybe<Scalars['Int']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out keep their value; the owner does not change */
export type UpdateServiceBrandInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** null clears it */
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateTownshipInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out keep their value. A new role drops scope ids it does not need. A new password, a new role or deactivation ends the user's sessions. */
export type UpdateUserInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  householdId?: InputMaybe<Scalars['ID']['input']>;
  /** Sets a new password (a reset by the admin): for another user it is temporary, to be changed at their next login */
  password?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

/** Fields left out keep their value */
export type UpdateVillageInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  hasShop?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  notifyPoints?: InputMaybe<Scalars['Boolean']['input']>;
  publicityDays?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 50 */
  rankingSize?: InputMaybe<Scalars['Int']['input']>;
};

/** Fields left out keep their value; the owner does not change */
export type UpdateVolunteerTeamInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<TeamKind>;
  /** null clears it */
  leaderName?: InputMaybe<Scalars['String']['input']>;
  memberCount?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** CRITICAL halves the category's deadline (at least 1 working day) */
export const Urgency = {
  CRITICAL: 'CRITICAL',
  NORMAL: 'NORMAL',
  URGENT: 'URGENT'
} as const;

export type Urgency = typeof Urgency[keyof typeof Urgency];
export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  department: Maybe<Department>;
  /** Set for DEPARTMENT_STAFF */
  departmentId: Maybe<Scalars['ID']['output']>;
  displayName: Scalars['String']['output'];
  /** Set for RESIDENT */
  household: Maybe<Household>;
  /** Set for RESIDENT */
  householdId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  lastLoginAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Set by an admin's password reset: until the user chooses a new password, only `me` and `changePassword` are served */
  mustChangePassword: Scalars['Boolean']['output'];
  role: Role;
  township: Maybe<Township>;
  /** Set for TOWNSHIP_STAFF */
  townshipId: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  username: Scalars['String']['output'];
  village: Maybe<Village>;
  /** Set for VILLAGE_COMMITTEE */
  villageId: Maybe<Scalars['ID']['output']>;
};

export type UserFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Text in the username or display name */
  q?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

export type UserPage = {
  __typename?: 'UserPage';
  items: Array<User>;
  /** How many rows match, counted up to 10,000 (see totalCapped); counted only when asked */
  total: Scalars['Int']['output'];
  /** True when more than 10,000 rows match: total is then 10,000, and pages start within the first 10,000 rows (narrow the filter to reach the others) */
  totalCapped: Scalars['Boolean']['output'];
};

/** 行政村 */
export type Village = {
  __typename?: 'Village';
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** The village runs a points supermarket */
  hasShop: Scalars['Boolean']['output'];
  /** Households of the village that are not archived */
  householdCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Residents are told of each award and redemption recorded for their household */
  notifyPoints: Scalars['Boolean']['output'];
  /** Days an award stays on publicity before it posts; 0 posts at once */
  publicityDays: Scalars['Int']['output'];
  /** 红黑榜: how many ranks the red and the black list each name (1 to 50) */
  rankingSize: Scalars['Int']['output'];
  township: Township;
  townshipId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** One village's outcome in createVillageCommitteeAccounts */
export type VillageCommitteeAccount = {
  __typename?: 'VillageCommitteeAccount';
  outcome: CommitteeAccountOutcome;
  /** Shown once, when CREATED */
  temporaryPassword: Maybe<Scalars['String']['output']>;
  /** The new account, when CREATED */
  user: Maybe<User>;
  /** "vc-" and the village code in lower case */
  username: Scalars['String']['output'];
  village: Village;
};

export type VillageFilter = {
  hasShop?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Text in the code or name */
  q?: InputMaybe<Scalars['String']['input']>;
  townshipId?: InputMaybe<Scalars['ID']['input']>;
};

export type VillagePage = {
  __typename?: 'VillagePage';
  items: Array<Village>;
  /** How many rows match, counted up to 10,000 (see totalCapped); counted only when asked */
  total: Scalars['Int']['output'];
  /** True when more than 10,000 rows match: total is then 10,000, and pages start within the first 10,000 rows (narrow the filter to reach the others) */
  totalCapped: Scalars['Boolean']['output'];
};

/** One village's figures in a points report */
export type VillagePointsRow = {
  __typename?: 'VillagePointsRow';
  /** Exchange events (兑换活动) of shops in the area dated in the period and not after today, open or closed, by their date */
  exchangeEventsHeld: Scalars['Int']['output'];
  /** The village runs a points supermarket */
  hasShop: Scalars['Boolean']['output'];
  /** pointsRedeemed − pointsRefunded in the period in the area: the points that stayed spent */
  netRedeemed: Scalars['Int']['output'];
  /** Points of the AWARD entries dated (deed date) in the period in the area */
  pointsAwarded: Scalars['Int']['output'];
  /** Points taken by the DEDUCTION entries dated in the period in the area, as a positive number: what the balances allowed (a deduction larger than its household's balance took the balance to zero; its rule's full points are on the entry, requestedDelta) */
  pointsDeducted: Scalars['Int']['output'];
  /** Points spent by the REDEMPTION entries dated in the period in the area (the day the redemption was made, district time), as a positive number; a redemption cancelled later still counts, its refund counts in pointsRefunded on its own day */
  pointsRedeemed: Scalars['Int']['output'];
  /** Points given back by the REFUND entries (cancelled redemptions) dated in the period in the area */
  pointsRefunded: Scalars['Int']['output'];
  /** Net signed delta of the REVERSAL entries dated in the period in the area: negative when awards were reversed */
  pointsReversed: Scalars['Int']['output'];
  /** Distinct households with a redemption made in the period in the area (district time) and not cancelled; a month counts its own, so months do not add up to the year */
  redeemingHouseholds: Scalars['Int']['output'];
  /** The sum of those households' member counts (as the roll stands now) */
  redeemingPeople: Scalars['Int']['output'];
  townshipId: Scalars['ID']['output'];
  townshipName: Scalars['String']['output'];
  villageCode: Scalars['String']['output'];
  villageId: Scalars['ID']['output'];
  villageName: Scalars['String']['output'];
};

/** 服务队: a volunteer team, owned by one township or one village */
export type VolunteerTeam = {
  __typename?: 'VolunteerTeam';
  /** Inactive teams are kept on record but take no new activities */
  active: Scalars['Boolean']['output'];
  /** UPDATE when the caller keeps this owner's teams (the check updating does) */
  allowedActions: Array<VolunteerTeamAction>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: TeamKind;
  /** The team leader's name (队长) */
  leaderName: Maybe<Scalars['String']['output']>;
  memberCount: Scalars['Int']['output'];
  /** Unique in the district */
  name: Scalars['String']['output'];
  /** The owning township, when a township owns it */
  township: Maybe<Township>;
  /** Set when a township owns the team */
  townshipId: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The owning village, when a village owns it */
  village: Maybe<Village>;
  /** Set when a village owns the team */
  villageId: Maybe<Scalars['ID']['output']>;
};

/** A step on a volunteer team; `VolunteerTeam.allowedActions` lists those the caller may take */
export const VolunteerTeamAction = {
  /** updateVolunteerTeam: change it, or retire it (active: false) */
  UPDATE: 'UPDATE'
} as const;

export type VolunteerTeamAction = typeof VolunteerTeamAction[keyof typeof VolunteerTeamAction];
export type VolunteerTeamFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<TeamKind>;
  /** Text in the name or the leader's name */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Teams of this township: its own and its villages' */
  townshipId?: InputMaybe<Scalars['ID']['input']>;
  /** Teams an activity of this village may name: the village's own and its township's */
  usableBy?: InputMaybe<Scalars['ID']['input']>;
  /** Teams this village owns */
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

export type VolunteerTeamPage = {
  __typename?: 'VolunteerTeamPage';
  items: Array<VolunteerTeam>;
  /** How many rows match, counted up to 10,000 (see totalCapped); counted only when asked */
  total: Scalars['Int']['output'];
  /** True when more than 10,000 rows match: total is then 10,000, and pages start within the first 10,000 rows (narrow the filter to reach the others) */
  totalCapped: Scalars['Boolean']['output'];
};

export type ResetPasswordMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', result: { __typename?: 'PasswordReset', temporaryPassword: string, user: { __typename?: 'User', id: string, username: string, displayName: string, mustChangePassword: boolean } } };

export type CreateVillageCommitteeAccountsMutationVariables = Exact<{
  villageIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type CreateVillageCommitteeAccountsMutation = { __typename?: 'Mutation', result: Array<{ __typename?: 'VillageCommitteeAccount', outcome: CommitteeAccountOutcome, username: string, temporaryPassword: string | null, village: { __typename?: 'Village', id: string, code: string, name: string }, user: { __typename?: 'User', id: string, displayName: string } | null }> };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, townshipId: string | null, villageId: string | null, departmentId: string | null, householdId: string | null, mustChangePassword: boolean } } };

export type CivicCategoryFieldsFragment = { __typename?: 'CivicCategory', id: string, code: string, name: string, defaultChannel: CivicChannel, deadlineDays: number, active: boolean, createdAt: string, updatedAt: string };

export type CivicMatterFieldsFragment = { __typename?: 'CivicMatter', id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, assignments: Array<{ __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> };

export type CivicMatterTimelinePhotosFragment = { __typename?: 'CivicMatter', timeline: Array<{ __typename?: 'MatterEvent', id: string, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }> };

export type CivicMatterStaffFieldsFragment = { __typename?: 'CivicMatter', supervisionLevel: SupervisionLevel | null, id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, assignments: Array<{ __typename?: 'MatterAssignment', returnReason: string | null, id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, supervisions: Array<{ __typename?: 'MatterSupervision', id: string, level: SupervisionLevel, reason: string, responseDue: string, status: SupervisionStatus, response: string | null, answeredAt: string | null, answeredByName: string | null, endedAt: string | null, createdAt: string, allowedActions: Array<MatterSupervisionAction> }>, extensions: Array<{ __typename?: 'MatterExtension', id: string, assignmentId: string | null, reason: string, requestedDueDate: string, requestedAt: string, state: ExtensionState, decidedAt: string | null, decisionNote: string | null }>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> };

export type CivicCategoryListQueryVariables = Exact<{
  filter?: InputMaybe<CivicCategoryFilter>;
  sort?: InputMaybe<Array<SortInput> | SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CivicCategoryListQuery = { __typename?: 'Query', page: { __typename?: 'CivicCategoryPage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'CivicCategory', id: string, code: string, name: string, defaultChannel: CivicChannel, deadlineDays: number, active: boolean, createdAt: string, updatedAt: string }> } };

export type CivicCategoryOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CivicCategoryOneQuery = { __typename?: 'Query', record: { __typename?: 'CivicCategory', id: string, code: string, name: string, defaultChannel: CivicChannel, deadlineDays: number, active: boolean, createdAt: string, updatedAt: string } };

export type CreateCivicCategoryMutationVariables = Exact<{
  input: CreateCivicCategoryInput;
}>;


export type CreateCivicCategoryMutation = { __typename?: 'Mutation', record: { __typename?: 'CivicCategory', id: string, code: string, name: string, defaultChannel: CivicChannel, deadlineDays: number, active: boolean, createdAt: string, updatedAt: string } };

export type UpdateCivicCategoryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCivicCategoryInput;
}>;


export type UpdateCivicCategoryMutation = { __typename?: 'Mutation', record: { __typename?: 'CivicCategory', id: string, code: string, name: string, defaultChannel: CivicChannel, deadlineDays: number, active: boolean, createdAt: string, updatedAt: string } };

export type CivicMatterListQueryVariables = Exact<{
  filter?: InputMaybe<CivicMatterFilter>;
  sort?: InputMaybe<Array<SortInput> | SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CivicMatterListQuery = { __typename?: 'Query', page: { __typename?: 'CivicMatterPage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'CivicMatter', supervisionLevel: SupervisionLevel | null, id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, assignments: Array<{ __typename?: 'MatterAssignment', returnReason: string | null, id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, supervisions: Array<{ __typename?: 'MatterSupervision', id: string, level: SupervisionLevel, reason: string, responseDue: string, status: SupervisionStatus, response: string | null, answeredAt: string | null, answeredByName: string | null, endedAt: string | null, createdAt: string, allowedActions: Array<MatterSupervisionAction> }>, extensions: Array<{ __typename?: 'MatterExtension', id: string, assignmentId: string | null, reason: string, requestedDueDate: string, requestedAt: string, state: ExtensionState, decidedAt: string | null, decisionNote: string | null }>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }> } };

export type CivicMatterOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CivicMatterOneQuery = { __typename?: 'Query', record: { __typename?: 'CivicMatter', supervisionLevel: SupervisionLevel | null, id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, assignments: Array<{ __typename?: 'MatterAssignment', returnReason: string | null, id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, supervisions: Array<{ __typename?: 'MatterSupervision', id: string, level: SupervisionLevel, reason: string, responseDue: string, status: SupervisionStatus, response: string | null, answeredAt: string | null, answeredByName: string | null, endedAt: string | null, createdAt: string, allowedActions: Array<MatterSupervisionAction> }>, extensions: Array<{ __typename?: 'MatterExtension', id: string, assignmentId: string | null, reason: string, requestedDueDate: string, requestedAt: string, state: ExtensionState, decidedAt: string | null, decisionNote: string | null }>, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type SubmitCivicMatterMutationVariables = Exact<{
  input: SubmitCivicMatterInput;
}>;


export type SubmitCivicMatterMutation = { __typename?: 'Mutation', record: { __typename?: 'CivicMatter', supervisionLevel: SupervisionLevel | null, id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, assignments: Array<{ __typename?: 'MatterAssignment', returnReason: string | null, id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, supervisions: Array<{ __typename?: 'MatterSupervision', id: string, level: SupervisionLevel, reason: string, responseDue: string, status: SupervisionStatus, response: string | null, answeredAt: string | null, answeredByName: string | null, endedAt: string | null, createdAt: string, allowedActions: Array<MatterSupervisionAction> }>, extensions: Array<{ __typename?: 'MatterExtension', id: string, assignmentId: string | null, reason: string, requestedDueDate: string, requestedAt: string, state: ExtensionState, decidedAt: string | null, decisionNote: string | null }>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type CivicMatterListForResidentQueryVariables = Exact<{
  filter?: InputMaybe<CivicMatterFilter>;
  sort?: InputMaybe<Array<SortInput> | SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CivicMatterListForResidentQuery = { __typename?: 'Query', page: { __typename?: 'CivicMatterPage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'CivicMatter', id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, assignments: Array<{ __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }> } };

export type CivicMatterOneForResidentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CivicMatterOneForResidentQuery = { __typename?: 'Query', record: { __typename?: 'CivicMatter', id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, assignments: Array<{ __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type SubmitCivicMatterForResidentMutationVariables = Exact<{
  input: SubmitCivicMatterInput;
}>;


export type SubmitCivicMatterForResidentMutation = { __typename?: 'Mutation', record: { __typename?: 'CivicMatter', id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, assignments: Array<{ __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type LeadOfficialsQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadOfficialsQuery = { __typename?: 'Query', result: Array<{ __typename?: 'LeadOfficial', id: string, displayName: string, role: Role, departmentName: string | null, townshipName: string | null }> };

export type AssignCivicMatterMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AssignCivicMatterInput;
}>;


export type AssignCivicMatterMutation = { __typename?: 'Mutation', result: { __typename?: 'CivicMatter', supervisionLevel: SupervisionLevel | null, id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, assignments: Array<{ __typename?: 'MatterAssignment', returnReason: string | null, id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, supervisions: Array<{ __typename?: 'MatterSupervision', id: string, level: SupervisionLevel, reason: string, responseDue: string, status: SupervisionStatus, response: string | null, answeredAt: string | null, answeredByName: string | null, endedAt: string | null, createdAt: string, allowedActions: Array<MatterSupervisionAction> }>, extensions: Array<{ __typename?: 'MatterExtension', id: string, assignmentId: string | null, reason: string, requestedDueDate: string, requestedAt: string, state: ExtensionState, decidedAt: string | null, decisionNote: string | null }>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type ChangeChannelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ChangeChannelInput;
}>;


export type ChangeChannelMutation = { __typename?: 'Mutation', result: { __typename?: 'CivicMatter', supervisionLevel: SupervisionLevel | null, id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, assignments: Array<{ __typename?: 'MatterAssignment', returnReason: string | null, id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, supervisions: Array<{ __typename?: 'MatterSupervision', id: string, level: SupervisionLevel, reason: string, responseDue: string, status: SupervisionStatus, response: string | null, answeredAt: string | null, answeredByName: string | null, endedAt: string | null, createdAt: string, allowedActions: Array<MatterSupervisionAction> }>, extensions: Array<{ __typename?: 'MatterExtension', id: string, assignmentId: string | null, reason: string, requestedDueDate: string, requestedAt: string, state: ExtensionState, decidedAt: string | null, decisionNote: string | null }>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type RejectCivicMatterMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectCivicMatterMutation = { __typename?: 'Mutation', result: { __typename?: 'CivicMatter', supervisionLevel: SupervisionLevel | null, id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, assignments: Array<{ __typename?: 'MatterAssignment', returnReason: string | null, id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, supervisions: Array<{ __typename?: 'MatterSupervision', id: string, level: SupervisionLevel, reason: string, responseDue: string, status: SupervisionStatus, response: string | null, answeredAt: string | null, answeredByName: string | null, endedAt: string | null, createdAt: string, allowedActions: Array<MatterSupervisionAction> }>, extensions: Array<{ __typename?: 'MatterExtension', id: string, assignmentId: string | null, reason: string, requestedDueDate: string, requestedAt: string, state: ExtensionState, decidedAt: string | null, decisionNote: string | null }>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type MergeCivicMatterMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  intoId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type MergeCivicMatterMutation = { __typename?: 'Mutation', result: { __typename?: 'CivicMatter', supervisionLevel: SupervisionLevel | null, id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, assignments: Array<{ __typename?: 'MatterAssignment', returnReason: string | null, id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, supervisions: Array<{ __typename?: 'MatterSupervision', id: string, level: SupervisionLevel, reason: string, responseDue: string, status: SupervisionStatus, response: string | null, answeredAt: string | null, answeredByName: string | null, endedAt: string | null, createdAt: string, allowedActions: Array<MatterSupervisionAction> }>, extensions: Array<{ __typename?: 'MatterExtension', id: string, assignmentId: string | null, reason: string, requestedDueDate: string, requestedAt: string, state: ExtensionState, decidedAt: string | null, decisionNote: string | null }>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type AcceptAssignmentMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
}>;


export type AcceptAssignmentMutation = { __typename?: 'Mutation', result: { __typename?: 'CivicMatter', supervisionLevel: SupervisionLevel | null, id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, assignments: Array<{ __typename?: 'MatterAssignment', returnReason: string | null, id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, supervisions: Array<{ __typename?: 'MatterSupervision', id: string, level: SupervisionLevel, reason: string, responseDue: string, status: SupervisionStatus, response: string | null, answeredAt: string | null, answeredByName: string | null, endedAt: string | null, createdAt: string, allowedActions: Array<MatterSupervisionAction> }>, extensions: Array<{ __typename?: 'MatterExtension', id: string, assignmentId: string | null, reason: string, requestedDueDate: string, requestedAt: string, state: ExtensionState, decidedAt: string | null, decisionNote: string | null }>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type ReturnAssignmentMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReturnAssignmentMutation = { __typename?: 'Mutation', result: { __typename?: 'CivicMatter', supervisionLevel: SupervisionLevel | null, id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, assignments: Array<{ __typename?: 'MatterAssignment', returnReason: string | null, id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, supervisions: Array<{ __typename?: 'MatterSupervision', id: string, level: SupervisionLevel, reason: string, responseDue: string, status: SupervisionStatus, response: string | null, answeredAt: string | null, answeredByName: string | null, endedAt: string | null, createdAt: string, allowedActions: Array<MatterSupervisionAction> }>, extensions: Array<{ __typename?: 'MatterExtension', id: string, assignmentId: string | null, reason: string, requestedDueDate: string, requestedAt: string, state: ExtensionState, decidedAt: string | null, decisionNote: string | null }>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type ReportPartMutationVariables = Exact<{
  input: ReportPartInput;
}>;


export type ReportPartMutation = { __typename?: 'Mutation', result: { __typename?: 'CivicMatter', supervisionLevel: SupervisionLevel | null, id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, assignments: Array<{ __typename?: 'MatterAssignment', returnReason: string | null, id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, supervisions: Array<{ __typename?: 'MatterSupervision', id: string, level: SupervisionLevel, reason: string, responseDue: string, status: SupervisionStatus, response: string | null, answeredAt: string | null, answeredByName: string | null, endedAt: string | null, createdAt: string, allowedActions: Array<MatterSupervisionAction> }>, extensions: Array<{ __typename?: 'MatterExtension', id: string, assignmentId: string | null, reason: string, requestedDueDate: string, requestedAt: string, state: ExtensionState, decidedAt: string | null, decisionNote: string | null }>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type PostProgressMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ProgressInput;
}>;


export type PostProgressMutation = { __typename?: 'Mutation', result: { __typename?: 'CivicMatter', supervisionLevel: SupervisionLevel | null, id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, assignments: Array<{ __typename?: 'MatterAssignment', returnReason: string | null, id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, supervisions: Array<{ __typename?: 'MatterSupervision', id: string, level: SupervisionLevel, reason: string, responseDue: string, status: SupervisionStatus, response: string | null, answeredAt: string | null, answeredByName: string | null, endedAt: string | null, createdAt: string, allowedActions: Array<MatterSupervisionAction> }>, extensions: Array<{ __typename?: 'MatterExtension', id: string, assignmentId: string | null, reason: string, requestedDueDate: string, requestedAt: string, state: ExtensionState, decidedAt: string | null, decisionNote: string | null }>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type ResolveCivicMatterMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ResolveCivicMatterInput;
}>;


export type ResolveCivicMatterMutation = { __typename?: 'Mutation', result: { __typename?: 'CivicMatter', supervisionLevel: SupervisionLevel | null, id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, assignments: Array<{ __typename?: 'MatterAssignment', returnReason: string | null, id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, supervisions: Array<{ __typename?: 'MatterSupervision', id: string, level: SupervisionLevel, reason: string, responseDue: string, status: SupervisionStatus, response: string | null, answeredAt: string | null, answeredByName: string | null, endedAt: string | null, createdAt: string, allowedActions: Array<MatterSupervisionAction> }>, extensions: Array<{ __typename?: 'MatterExtension', id: string, assignmentId: string | null, reason: string, requestedDueDate: string, requestedAt: string, state: ExtensionState, decidedAt: string | null, decisionNote: string | null }>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type RecordFollowUpMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: FollowUpInput;
}>;


export type RecordFollowUpMutation = { __typename?: 'Mutation', result: { __typename?: 'CivicMatter', supervisionLevel: SupervisionLevel | null, id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, assignments: Array<{ __typename?: 'MatterAssignment', returnReason: string | null, id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, supervisions: Array<{ __typename?: 'MatterSupervision', id: string, level: SupervisionLevel, reason: string, responseDue: string, status: SupervisionStatus, response: string | null, answeredAt: string | null, answeredByName: string | null, endedAt: string | null, createdAt: string, allowedActions: Array<MatterSupervisionAction> }>, extensions: Array<{ __typename?: 'MatterExtension', id: string, assignmentId: string | null, reason: string, requestedDueDate: string, requestedAt: string, state: ExtensionState, decidedAt: string | null, decisionNote: string | null }>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type RateCivicMatterMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: RateCivicMatterInput;
}>;


export type RateCivicMatterMutation = { __typename?: 'Mutation', result: { __typename?: 'CivicMatter', id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, assignments: Array<{ __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type SuperviseCivicMatterMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: SuperviseInput;
}>;


export type SuperviseCivicMatterMutation = { __typename?: 'Mutation', result: { __typename?: 'CivicMatter', supervisionLevel: SupervisionLevel | null, id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, assignments: Array<{ __typename?: 'MatterAssignment', returnReason: string | null, id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, supervisions: Array<{ __typename?: 'MatterSupervision', id: string, level: SupervisionLevel, reason: string, responseDue: string, status: SupervisionStatus, response: string | null, answeredAt: string | null, answeredByName: string | null, endedAt: string | null, createdAt: string, allowedActions: Array<MatterSupervisionAction> }>, extensions: Array<{ __typename?: 'MatterExtension', id: string, assignmentId: string | null, reason: string, requestedDueDate: string, requestedAt: string, state: ExtensionState, decidedAt: string | null, decisionNote: string | null }>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type AnswerSupervisionMutationVariables = Exact<{
  input: AnswerSupervisionInput;
}>;


export type AnswerSupervisionMutation = { __typename?: 'Mutation', result: { __typename?: 'CivicMatter', supervisionLevel: SupervisionLevel | null, id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, assignments: Array<{ __typename?: 'MatterAssignment', returnReason: string | null, id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, supervisions: Array<{ __typename?: 'MatterSupervision', id: string, level: SupervisionLevel, reason: string, responseDue: string, status: SupervisionStatus, response: string | null, answeredAt: string | null, answeredByName: string | null, endedAt: string | null, createdAt: string, allowedActions: Array<MatterSupervisionAction> }>, extensions: Array<{ __typename?: 'MatterExtension', id: string, assignmentId: string | null, reason: string, requestedDueDate: string, requestedAt: string, state: ExtensionState, decidedAt: string | null, decisionNote: string | null }>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type RequestExtensionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ExtensionRequestInput;
}>;


export type RequestExtensionMutation = { __typename?: 'Mutation', result: { __typename?: 'CivicMatter', supervisionLevel: SupervisionLevel | null, id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, assignments: Array<{ __typename?: 'MatterAssignment', returnReason: string | null, id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, supervisions: Array<{ __typename?: 'MatterSupervision', id: string, level: SupervisionLevel, reason: string, responseDue: string, status: SupervisionStatus, response: string | null, answeredAt: string | null, answeredByName: string | null, endedAt: string | null, createdAt: string, allowedActions: Array<MatterSupervisionAction> }>, extensions: Array<{ __typename?: 'MatterExtension', id: string, assignmentId: string | null, reason: string, requestedDueDate: string, requestedAt: string, state: ExtensionState, decidedAt: string | null, decisionNote: string | null }>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type DecideExtensionMutationVariables = Exact<{
  extensionId: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type DecideExtensionMutation = { __typename?: 'Mutation', result: { __typename?: 'CivicMatter', supervisionLevel: SupervisionLevel | null, id: string, code: string, title: string, content: string, categoryId: string, villageId: string, townshipId: string, address: string | null, submitterHouseholdId: string | null, submitterName: string | null, submitterPhone: string | null, anonymous: boolean, source: IntakeSource, urgency: Urgency, channel: CivicChannel | null, status: CivicStatus, dueDate: string | null, overdue: boolean, overdueWorkingDays: number | null, reworkCount: number, resolution: string | null, closeReason: string | null, duplicateOfId: string | null, receivedAt: string, resolvedAt: string | null, closedAt: string | null, version: number, allowedActions: Array<CivicMatterAction>, assignableChannels: Array<CivicChannel>, assignments: Array<{ __typename?: 'MatterAssignment', returnReason: string | null, id: string, role: AssignmentRole, state: AssignmentState, departmentId: string | null, villageId: string | null, officialUserId: string | null, personName: string | null, dueDate: string, resultNote: string | null, reportedAt: string | null, createdAt: string, allowedActions: Array<MatterAssignmentAction>, department: { __typename?: 'Department', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null }>, supervisions: Array<{ __typename?: 'MatterSupervision', id: string, level: SupervisionLevel, reason: string, responseDue: string, status: SupervisionStatus, response: string | null, answeredAt: string | null, answeredByName: string | null, endedAt: string | null, createdAt: string, allowedActions: Array<MatterSupervisionAction> }>, extensions: Array<{ __typename?: 'MatterExtension', id: string, assignmentId: string | null, reason: string, requestedDueDate: string, requestedAt: string, state: ExtensionState, decidedAt: string | null, decisionNote: string | null }>, category: { __typename?: 'CivicCategory', id: string, name: string, deadlineDays: number, defaultChannel: CivicChannel }, village: { __typename?: 'Village', id: string, name: string }, township: { __typename?: 'Township', id: string, name: string }, myAssignment: { __typename?: 'MatterAssignment', id: string, role: AssignmentRole, state: AssignmentState, dueDate: string, allowedActions: Array<MatterAssignmentAction> } | null, timeline: Array<{ __typename?: 'MatterEvent', id: string, type: MatterEventType, fromStatus: CivicStatus | null, toStatus: CivicStatus | null, actorName: string | null, at: string, note: string | null, public: boolean, data: Record<string, unknown> | null }>, followUps: Array<{ __typename?: 'FollowUp', id: string, method: FollowUpMethod, reached: boolean, resolved: FollowUpResolved | null, satisfaction: Satisfaction | null, comment: string | null, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type TownshipFieldsFragment = { __typename?: 'Township', id: string, code: string, name: string, villageCount: number, createdAt: string, updatedAt: string };

export type VillageFieldsFragment = { __typename?: 'Village', id: string, code: string, name: string, townshipId: string, hasShop: boolean, publicityDays: number, rankingSize: number, notifyPoints: boolean, householdCount: number };

export type DepartmentFieldsFragment = { __typename?: 'Department', id: string, code: string, name: string, kind: DepartmentKind, townshipId: string | null, active: boolean };

export type TownshipListQueryVariables = Exact<{
  filter?: InputMaybe<TownshipFilter>;
  sort?: InputMaybe<Array<SortInput> | SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TownshipListQuery = { __typename?: 'Query', page: { __typename?: 'TownshipPage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'Township', id: string, code: string, name: string, villageCount: number, createdAt: string, updatedAt: string }> } };

export type TownshipOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TownshipOneQuery = { __typename?: 'Query', record: { __typename?: 'Township', id: string, code: string, name: string, villageCount: number, createdAt: string, updatedAt: string } };

export type CreateTownshipMutationVariables = Exact<{
  input: CreateTownshipInput;
}>;


export type CreateTownshipMutation = { __typename?: 'Mutation', record: { __typename?: 'Township', id: string, code: string, name: string, villageCount: number, createdAt: string, updatedAt: string } };

export type UpdateTownshipMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTownshipInput;
}>;


export type UpdateTownshipMutation = { __typename?: 'Mutation', record: { __typename?: 'Township', id: string, code: string, name: string, villageCount: number, createdAt: string, updatedAt: string } };

export type VillageListQueryVariables = Exact<{
  filter?: InputMaybe<VillageFilter>;
  sort?: InputMaybe<Array<SortInput> | SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type VillageListQuery = { __typename?: 'Query', page: { __typename?: 'VillagePage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'Village', id: string, code: string, name: string, townshipId: string, hasShop: boolean, publicityDays: number, rankingSize: number, notifyPoints: boolean, householdCount: number }> } };

export type VillageOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VillageOneQuery = { __typename?: 'Query', record: { __typename?: 'Village', id: string, code: string, name: string, townshipId: string, hasShop: boolean, publicityDays: number, rankingSize: number, notifyPoints: boolean, householdCount: number } };

export type CreateVillageMutationVariables = Exact<{
  input: CreateVillageInput;
}>;


export type CreateVillageMutation = { __typename?: 'Mutation', record: { __typename?: 'Village', id: string, code: string, name: string, townshipId: string, hasShop: boolean, publicityDays: number, rankingSize: number, notifyPoints: boolean, householdCount: number } };

export type UpdateVillageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateVillageInput;
}>;


export type UpdateVillageMutation = { __typename?: 'Mutation', record: { __typename?: 'Village', id: string, code: string, name: string, townshipId: string, hasShop: boolean, publicityDays: number, rankingSize: number, notifyPoints: boolean, householdCount: number } };

export type DepartmentListQueryVariables = Exact<{
  filter?: InputMaybe<DepartmentFilter>;
  sort?: InputMaybe<Array<SortInput> | SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DepartmentListQuery = { __typename?: 'Query', page: { __typename?: 'DepartmentPage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'Department', id: string, code: string, name: string, kind: DepartmentKind, townshipId: string | null, active: boolean }> } };

export type DepartmentOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DepartmentOneQuery = { __typename?: 'Query', record: { __typename?: 'Department', id: string, code: string, name: string, kind: DepartmentKind, townshipId: string | null, active: boolean } };

export type CreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type CreateDepartmentMutation = { __typename?: 'Mutation', record: { __typename?: 'Department', id: string, code: string, name: string, kind: DepartmentKind, townshipId: string | null, active: boolean } };

export type UpdateDepartmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateDepartmentInput;
}>;


export type UpdateDepartmentMutation = { __typename?: 'Mutation', record: { __typename?: 'Department', id: string, code: string, name: string, kind: DepartmentKind, townshipId: string | null, active: boolean } };

export type HouseholdFieldsFragment = { __typename?: 'Household', id: string, villageId: string, number: string, headName: string, memberCount: number, phone: string | null, address: string | null, category: HouseholdCategory, status: HouseholdStatus, smsOptOut: boolean, balance: number, createdAt: string, updatedAt: string, allowedActions: Array<HouseholdAction> };

export type UserFieldsFragment = { __typename?: 'User', id: string, username: string, displayName: string, role: Role, townshipId: string | null, villageId: string | null, departmentId: string | null, householdId: string | null, active: boolean, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, township: { __typename?: 'Township', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: string } | null, household: { __typename?: 'Household', id: string, number: string, headName: string } | null };

export type HouseholdListQueryVariables = Exact<{
  filter?: InputMaybe<HouseholdFilter>;
  sort?: InputMaybe<Array<SortInput> | SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type HouseholdListQuery = { __typename?: 'Query', page: { __typename?: 'HouseholdPage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'Household', id: string, villageId: string, number: string, headName: string, memberCount: number, phone: string | null, address: string | null, category: HouseholdCategory, status: HouseholdStatus, smsOptOut: boolean, balance: number, createdAt: string, updatedAt: string, allowedActions: Array<HouseholdAction> }> } };

export type HouseholdOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HouseholdOneQuery = { __typename?: 'Query', record: { __typename?: 'Household', id: string, villageId: string, number: string, headName: string, memberCount: number, phone: string | null, address: string | null, category: HouseholdCategory, status: HouseholdStatus, smsOptOut: boolean, balance: number, createdAt: string, updatedAt: string, allowedActions: Array<HouseholdAction> } };

export type CreateHouseholdMutationVariables = Exact<{
  input: CreateHouseholdInput;
}>;


export type CreateHouseholdMutation = { __typename?: 'Mutation', record: { __typename?: 'Household', id: string, villageId: string, number: string, headName: string, memberCount: number, phone: string | null, address: string | null, category: HouseholdCategory, status: HouseholdStatus, smsOptOut: boolean, balance: number, createdAt: string, updatedAt: string, allowedActions: Array<HouseholdAction> } };

export type UpdateHouseholdMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateHouseholdInput;
}>;


export type UpdateHouseholdMutation = { __typename?: 'Mutation', record: { __typename?: 'Household', id: string, villageId: string, number: string, headName: string, memberCount: number, phone: string | null, address: string | null, category: HouseholdCategory, status: HouseholdStatus, smsOptOut: boolean, balance: number, createdAt: string, updatedAt: string, allowedActions: Array<HouseholdAction> } };

export type ArchiveHouseholdMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveHouseholdMutation = { __typename?: 'Mutation', record: { __typename?: 'Household', id: string, villageId: string, number: string, headName: string, memberCount: number, phone: string | null, address: string | null, category: HouseholdCategory, status: HouseholdStatus, smsOptOut: boolean, balance: number, createdAt: string, updatedAt: string, allowedActions: Array<HouseholdAction> } };

export type UserListQueryVariables = Exact<{
  filter?: InputMaybe<UserFilter>;
  sort?: InputMaybe<Array<SortInput> | SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UserListQuery = { __typename?: 'Query', page: { __typename?: 'UserPage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'User', id: string, username: string, displayName: string, role: Role, townshipId: string | null, villageId: string | null, departmentId: string | null, householdId: string | null, active: boolean, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, township: { __typename?: 'Township', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: string } | null, household: { __typename?: 'Household', id: string, number: string, headName: string } | null }> } };

export type UserOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UserOneQuery = { __typename?: 'Query', record: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, townshipId: string | null, villageId: string | null, departmentId: string | null, householdId: string | null, active: boolean, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, township: { __typename?: 'Township', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: string } | null, household: { __typename?: 'Household', id: string, number: string, headName: string } | null } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', record: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, townshipId: string | null, villageId: string | null, departmentId: string | null, householdId: string | null, active: boolean, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, township: { __typename?: 'Township', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: string } | null, household: { __typename?: 'Household', id: string, number: string, headName: string } | null } };

export type UpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', record: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, townshipId: string | null, villageId: string | null, departmentId: string | null, householdId: string | null, active: boolean, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, township: { __typename?: 'Township', id: string, name: string } | null, village: { __typename?: 'Village', id: string, name: string } | null, department: { __typename?: 'Department', id: string, name: string } | null, household: { __typename?: 'Household', id: string, number: string, headName: string } | null } };

export type ImportHouseholdsMutationVariables = Exact<{
  input: ImportHouseholdsInput;
}>;


export type ImportHouseholdsMutation = { __typename?: 'Mutation', result: { __typename?: 'HouseholdImportResult', dryRun: boolean, ok: boolean, total: number, failed: number, imported: number, rows: Array<{ __typename?: 'HouseholdImportRowResult', row: number, ok: boolean, householdId: string | null, errors: Array<{ __typename?: 'HouseholdImportError', field: string, code: string, message: string, duplicateOfRow: number | null }> }> } };

export type SessionFieldsFragment = { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, townshipId: string | null, villageId: string | null, departmentId: string | null, householdId: string | null, mustChangePassword: boolean } };

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, townshipId: string | null, villageId: string | null, departmentId: string | null, householdId: string | null, mustChangePassword: boolean } } };

export type NotificationsQueryVariables = Exact<{
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NotificationsQuery = { __typename?: 'Query', result: { __typename?: 'NotificationPage', total: number, items: Array<{ __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, link: string | null, readAt: string | null, createdAt: string }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename?: 'Query', result: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', result: number };

export type ResidentAccountFieldsFragment = { __typename?: 'ResidentAccount', id: string, username: string, displayName: string, phone: string | null, active: boolean, lastLoginAt: string | null, createdAt: string };

export type IssueResidentActivationsMutationVariables = Exact<{
  input: IssueResidentActivationsInput;
}>;


export type IssueResidentActivationsMutation = { __typename?: 'Mutation', result: Array<{ __typename?: 'ResidentActivation', householdId: string, householdNumber: string, headName: string, villageName: string, code: string, expiresAt: string }> };

export type HouseholdAccountsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HouseholdAccountsQuery = { __typename?: 'Query', result: { __typename?: 'Household', id: string, activationExpiresAt: string | null, residentAccounts: Array<{ __typename?: 'ResidentAccount', id: string, username: string, displayName: string, phone: string | null, active: boolean, lastLoginAt: string | null, createdAt: string }> } };

export type VillageAccountHoldersQueryVariables = Exact<{
  villageId: Scalars['ID']['input'];
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type VillageAccountHoldersQuery = { __typename?: 'Query', result: { __typename?: 'HouseholdPage', total: number, items: Array<{ __typename?: 'Household', id: string, residentAccounts: Array<{ __typename?: 'ResidentAccount', id: string }> }> } };

export type SetResidentAccountActiveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  active: Scalars['Boolean']['input'];
}>;


export type SetResidentAccountActiveMutation = { __typename?: 'Mutation', result: { __typename?: 'ResidentAccount', id: string, username: string, displayName: string, phone: string | null, active: boolean, lastLoginAt: string | null, createdAt: string } };

export type ActivateResidentMutationVariables = Exact<{
  input: ActivateResidentInput;
}>;


export type ActivateResidentMutation = { __typename?: 'Mutation', result: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, townshipId: string | null, villageId: string | null, departmentId: string | null, householdId: string | null, mustChangePassword: boolean } } };

export type RequestLoginCodeMutationVariables = Exact<{
  phone: Scalars['String']['input'];
}>;


export type RequestLoginCodeMutation = { __typename?: 'Mutation', result: boolean };

export type LoginWithCodeMutationVariables = Exact<{
  phone: Scalars['String']['input'];
  code: Scalars['String']['input'];
}>;


export type LoginWithCodeMutation = { __typename?: 'Mutation', result: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, townshipId: string | null, villageId: string | null, departmentId: string | null, householdId: string | null, mustChangePassword: boolean } } };

export type BackupStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type BackupStatusQuery = { __typename?: 'Query', result: { __typename?: 'BackupStatus', scheduled: boolean, keep: number, stale: boolean, last: { __typename?: 'BackupFile', name: string, bytes: number, at: string } | null } };

export type AttachmentFieldsFragment = { __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number };

export type PhotoLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type PhotoLimitsQuery = { __typename?: 'Query', result: { __typename?: 'PhotoLimits', perRecord: number, perProduct: number, maxUploadBytes: number } };

export type PointRuleFieldsFragment = { __typename?: 'PointRule', id: string, category: RuleCategory, name: string, description: string | null, points: number, villageId: string | null, active: boolean, createdAt: string, updatedAt: string, allowedActions: Array<PointRuleAction> };

export type PointEntryFieldsFragment = { __typename?: 'PointEntry', id: string, householdId: string, villageId: string, kind: EntryKind, delta: number, requestedDelta: number | null, balanceAfter: number, reason: string, deedDate: string, recordedAt: string, recordedBy: string, ruleId: string | null, batchId: string | null, activityId: string | null, redemptionId: string | null, reversesEntryId: string | null, allowedActions: Array<PointEntryAction> };

export type AwardBatchFieldsFragment = { __typename?: 'AwardBatch', id: string, villageId: string, ruleId: string | null, points: number, reason: string, note: string | null, deedDate: string, status: AwardBatchStatus, publicityEndsOn: string | null, postedAt: string | null, withdrawnAt: string | null, withdrawReason: string | null, createdAt: string, allowedActions: Array<AwardBatchAction>, lines: Array<{ __typename?: 'AwardBatchLine', id: string, householdId: string, householdNumber: string, headName: string, state: AwardLineState, removedReason: string | null, objectionCount: number, allowedActions: Array<AwardBatchLineAction> }> };

export type AwardBatchPhotoFieldsFragment = { __typename?: 'AwardBatch', attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }>, lines: Array<{ __typename?: 'AwardBatchLine', id: string, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }> };

export type AwardObjectionFieldsFragment = { __typename?: 'AwardObjection', id: string, lineId: string, reason: string, createdAt: string };

export type AwardBatchStaffFieldsFragment = { __typename?: 'AwardBatch', id: string, villageId: string, ruleId: string | null, points: number, reason: string, note: string | null, deedDate: string, status: AwardBatchStatus, publicityEndsOn: string | null, postedAt: string | null, withdrawnAt: string | null, withdrawReason: string | null, createdAt: string, allowedActions: Array<AwardBatchAction>, objections: Array<{ __typename?: 'AwardObjection', id: string, lineId: string, reason: string, createdAt: string }>, lines: Array<{ __typename?: 'AwardBatchLine', id: string, householdId: string, householdNumber: string, headName: string, state: AwardLineState, removedReason: string | null, objectionCount: number, allowedActions: Array<AwardBatchLineAction> }> };

export type PointRuleListQueryVariables = Exact<{
  filter?: InputMaybe<PointRuleFilter>;
  sort?: InputMaybe<Array<SortInput> | SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PointRuleListQuery = { __typename?: 'Query', page: { __typename?: 'PointRulePage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'PointRule', id: string, category: RuleCategory, name: string, description: string | null, points: number, villageId: string | null, active: boolean, createdAt: string, updatedAt: string, allowedActions: Array<PointRuleAction> }> } };

export type PointRuleOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PointRuleOneQuery = { __typename?: 'Query', record: { __typename?: 'PointRule', id: string, category: RuleCategory, name: string, description: string | null, points: number, villageId: string | null, active: boolean, createdAt: string, updatedAt: string, allowedActions: Array<PointRuleAction> } };

export type CreatePointRuleMutationVariables = Exact<{
  input: CreatePointRuleInput;
}>;


export type CreatePointRuleMutation = { __typename?: 'Mutation', record: { __typename?: 'PointRule', id: string, category: RuleCategory, name: string, description: string | null, points: number, villageId: string | null, active: boolean, createdAt: string, updatedAt: string, allowedActions: Array<PointRuleAction> } };

export type UpdatePointRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdatePointRuleInput;
}>;


export type UpdatePointRuleMutation = { __typename?: 'Mutation', record: { __typename?: 'PointRule', id: string, category: RuleCategory, name: string, description: string | null, points: number, villageId: string | null, active: boolean, createdAt: string, updatedAt: string, allowedActions: Array<PointRuleAction> } };

export type PointEntryListQueryVariables = Exact<{
  filter?: InputMaybe<PointEntryFilter>;
  sort?: InputMaybe<Array<SortInput> | SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PointEntryListQuery = { __typename?: 'Query', page: { __typename?: 'PointEntryPage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'PointEntry', id: string, householdId: string, villageId: string, kind: EntryKind, delta: number, requestedDelta: number | null, balanceAfter: number, reason: string, deedDate: string, recordedAt: string, recordedBy: string, ruleId: string | null, batchId: string | null, activityId: string | null, redemptionId: string | null, reversesEntryId: string | null, allowedActions: Array<PointEntryAction>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }> } };

export type AwardBatchListQueryVariables = Exact<{
  filter?: InputMaybe<AwardBatchFilter>;
  sort?: InputMaybe<Array<SortInput> | SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AwardBatchListQuery = { __typename?: 'Query', page: { __typename?: 'AwardBatchPage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'AwardBatch', id: string, villageId: string, ruleId: string | null, points: number, reason: string, note: string | null, deedDate: string, status: AwardBatchStatus, publicityEndsOn: string | null, postedAt: string | null, withdrawnAt: string | null, withdrawReason: string | null, createdAt: string, allowedActions: Array<AwardBatchAction>, objections: Array<{ __typename?: 'AwardObjection', id: string, lineId: string, reason: string, createdAt: string }>, lines: Array<{ __typename?: 'AwardBatchLine', id: string, householdId: string, householdNumber: string, headName: string, state: AwardLineState, removedReason: string | null, objectionCount: number, allowedActions: Array<AwardBatchLineAction> }> }> } };

export type AwardBatchOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AwardBatchOneQuery = { __typename?: 'Query', record: { __typename?: 'AwardBatch', id: string, villageId: string, ruleId: string | null, points: number, reason: string, note: string | null, deedDate: string, status: AwardBatchStatus, publicityEndsOn: string | null, postedAt: string | null, withdrawnAt: string | null, withdrawReason: string | null, createdAt: string, allowedActions: Array<AwardBatchAction>, objections: Array<{ __typename?: 'AwardObjection', id: string, lineId: string, reason: string, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }>, lines: Array<{ __typename?: 'AwardBatchLine', id: string, householdId: string, householdNumber: string, headName: string, state: AwardLineState, removedReason: string | null, objectionCount: number, allowedActions: Array<AwardBatchLineAction>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }> } };

export type AwardBatchListForResidentQueryVariables = Exact<{
  filter?: InputMaybe<AwardBatchFilter>;
  sort?: InputMaybe<Array<SortInput> | SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AwardBatchListForResidentQuery = { __typename?: 'Query', page: { __typename?: 'AwardBatchPage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'AwardBatch', id: string, villageId: string, ruleId: string | null, points: number, reason: string, note: string | null, deedDate: string, status: AwardBatchStatus, publicityEndsOn: string | null, postedAt: string | null, withdrawnAt: string | null, withdrawReason: string | null, createdAt: string, allowedActions: Array<AwardBatchAction>, lines: Array<{ __typename?: 'AwardBatchLine', id: string, householdId: string, householdNumber: string, headName: string, state: AwardLineState, removedReason: string | null, objectionCount: number, allowedActions: Array<AwardBatchLineAction> }> }> } };

export type AwardBatchOneForResidentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AwardBatchOneForResidentQuery = { __typename?: 'Query', record: { __typename?: 'AwardBatch', id: string, villageId: string, ruleId: string | null, points: number, reason: string, note: string | null, deedDate: string, status: AwardBatchStatus, publicityEndsOn: string | null, postedAt: string | null, withdrawnAt: string | null, withdrawReason: string | null, createdAt: string, allowedActions: Array<AwardBatchAction>, lines: Array<{ __typename?: 'AwardBatchLine', id: string, householdId: string, householdNumber: string, headName: string, state: AwardLineState, removedReason: string | null, objectionCount: number, allowedActions: Array<AwardBatchLineAction>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type AwardPointsMutationVariables = Exact<{
  input: AwardPointsInput;
}>;


export type AwardPointsMutation = { __typename?: 'Mutation', result: { __typename?: 'AwardResult', entries: Array<{ __typename?: 'PointEntry', id: string, householdId: string, villageId: string, kind: EntryKind, delta: number, requestedDelta: number | null, balanceAfter: number, reason: string, deedDate: string, recordedAt: string, recordedBy: string, ruleId: string | null, batchId: string | null, activityId: string | null, redemptionId: string | null, reversesEntryId: string | null, allowedActions: Array<PointEntryAction>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }>, batch: { __typename?: 'AwardBatch', id: string, villageId: string, ruleId: string | null, points: number, reason: string, note: string | null, deedDate: string, status: AwardBatchStatus, publicityEndsOn: string | null, postedAt: string | null, withdrawnAt: string | null, withdrawReason: string | null, createdAt: string, allowedActions: Array<AwardBatchAction>, objections: Array<{ __typename?: 'AwardObjection', id: string, lineId: string, reason: string, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }>, lines: Array<{ __typename?: 'AwardBatchLine', id: string, householdId: string, householdNumber: string, headName: string, state: AwardLineState, removedReason: string | null, objectionCount: number, allowedActions: Array<AwardBatchLineAction>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }> } | null } };

export type DeductPointsMutationVariables = Exact<{
  input: DeductPointsInput;
}>;


export type DeductPointsMutation = { __typename?: 'Mutation', result: { __typename?: 'PointEntry', id: string, householdId: string, villageId: string, kind: EntryKind, delta: number, requestedDelta: number | null, balanceAfter: number, reason: string, deedDate: string, recordedAt: string, recordedBy: string, ruleId: string | null, batchId: string | null, activityId: string | null, redemptionId: string | null, reversesEntryId: string | null, allowedActions: Array<PointEntryAction> } };

export type ReversePointEntryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  idempotencyKey: Scalars['String']['input'];
}>;


export type ReversePointEntryMutation = { __typename?: 'Mutation', result: { __typename?: 'PointEntry', id: string, householdId: string, villageId: string, kind: EntryKind, delta: number, requestedDelta: number | null, balanceAfter: number, reason: string, deedDate: string, recordedAt: string, recordedBy: string, ruleId: string | null, batchId: string | null, activityId: string | null, redemptionId: string | null, reversesEntryId: string | null, allowedActions: Array<PointEntryAction> } };

export type HouseholdPassbookQueryVariables = Exact<{
  householdId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type HouseholdPassbookQuery = { __typename?: 'Query', result: { __typename?: 'Passbook', householdId: string, householdNumber: string, headName: string, villageName: string, from: string | null, to: string | null, openingBalance: number, closingBalance: number, totalIn: number, totalOut: number, entries: Array<{ __typename?: 'PointEntry', id: string, householdId: string, villageId: string, kind: EntryKind, delta: number, requestedDelta: number | null, balanceAfter: number, reason: string, deedDate: string, recordedAt: string, recordedBy: string, ruleId: string | null, batchId: string | null, activityId: string | null, redemptionId: string | null, reversesEntryId: string | null, allowedActions: Array<PointEntryAction>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }> } };

export type VillagePassbooksQueryVariables = Exact<{
  villageId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type VillagePassbooksQuery = { __typename?: 'Query', result: Array<{ __typename?: 'Passbook', householdId: string, householdNumber: string, headName: string, villageName: string, from: string | null, to: string | null, openingBalance: number, closingBalance: number, totalIn: number, totalOut: number, entries: Array<{ __typename?: 'PointEntry', id: string, householdId: string, villageId: string, kind: EntryKind, delta: number, requestedDelta: number | null, balanceAfter: number, reason: string, deedDate: string, recordedAt: string, recordedBy: string, ruleId: string | null, batchId: string | null, activityId: string | null, redemptionId: string | null, reversesEntryId: string | null, allowedActions: Array<PointEntryAction> }> }> };

export type PostAwardBatchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PostAwardBatchMutation = { __typename?: 'Mutation', result: { __typename?: 'AwardBatch', id: string, villageId: string, ruleId: string | null, points: number, reason: string, note: string | null, deedDate: string, status: AwardBatchStatus, publicityEndsOn: string | null, postedAt: string | null, withdrawnAt: string | null, withdrawReason: string | null, createdAt: string, allowedActions: Array<AwardBatchAction>, objections: Array<{ __typename?: 'AwardObjection', id: string, lineId: string, reason: string, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }>, lines: Array<{ __typename?: 'AwardBatchLine', id: string, householdId: string, householdNumber: string, headName: string, state: AwardLineState, removedReason: string | null, objectionCount: number, allowedActions: Array<AwardBatchLineAction>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }> } };

export type WithdrawAwardBatchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type WithdrawAwardBatchMutation = { __typename?: 'Mutation', result: { __typename?: 'AwardBatch', id: string, villageId: string, ruleId: string | null, points: number, reason: string, note: string | null, deedDate: string, status: AwardBatchStatus, publicityEndsOn: string | null, postedAt: string | null, withdrawnAt: string | null, withdrawReason: string | null, createdAt: string, allowedActions: Array<AwardBatchAction>, objections: Array<{ __typename?: 'AwardObjection', id: string, lineId: string, reason: string, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }>, lines: Array<{ __typename?: 'AwardBatchLine', id: string, householdId: string, householdNumber: string, headName: string, state: AwardLineState, removedReason: string | null, objectionCount: number, allowedActions: Array<AwardBatchLineAction>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }> } };

export type RemoveAwardLineMutationVariables = Exact<{
  lineId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RemoveAwardLineMutation = { __typename?: 'Mutation', result: { __typename?: 'AwardBatch', id: string, villageId: string, ruleId: string | null, points: number, reason: string, note: string | null, deedDate: string, status: AwardBatchStatus, publicityEndsOn: string | null, postedAt: string | null, withdrawnAt: string | null, withdrawReason: string | null, createdAt: string, allowedActions: Array<AwardBatchAction>, objections: Array<{ __typename?: 'AwardObjection', id: string, lineId: string, reason: string, createdAt: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }>, lines: Array<{ __typename?: 'AwardBatchLine', id: string, householdId: string, householdNumber: string, headName: string, state: AwardLineState, removedReason: string | null, objectionCount: number, allowedActions: Array<AwardBatchLineAction>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }> } };

export type ObjectToAwardMutationVariables = Exact<{
  lineId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ObjectToAwardMutation = { __typename?: 'Mutation', result: { __typename?: 'AwardObjection', id: string, lineId: string, reason: string, createdAt: string } };

export type AwardBatchesWithPhotosQueryVariables = Exact<{
  filter?: InputMaybe<AwardBatchFilter>;
  sort?: InputMaybe<Array<SortInput> | SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AwardBatchesWithPhotosQuery = { __typename?: 'Query', result: { __typename?: 'AwardBatchPage', total: number, items: Array<{ __typename?: 'AwardBatch', id: string, villageId: string, ruleId: string | null, points: number, reason: string, note: string | null, deedDate: string, status: AwardBatchStatus, publicityEndsOn: string | null, postedAt: string | null, withdrawnAt: string | null, withdrawReason: string | null, createdAt: string, allowedActions: Array<AwardBatchAction>, lines: Array<{ __typename?: 'AwardBatchLine', id: string, householdId: string, householdNumber: string, headName: string, state: AwardLineState, removedReason: string | null, objectionCount: number, allowedActions: Array<AwardBatchLineAction>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }> } };

export type PointsReportFieldsFragment = { __typename?: 'PointsReport', pointsAwarded: number, pointsDeducted: number, pointsRedeemed: number, pointsRefunded: number, netRedeemed: number, redeemingHouseholds: number, redeemingPeople: number, exchangeEventsHeld: number, villages: number, villagesWithShop: number, shopCoverage: number };

export type PointsMonthFieldsFragment = { __typename?: 'PointsMonth', month: string, pointsAwarded: number, netRedeemed: number };

export type CivicRateFieldsFragment = { __typename?: 'CivicRate', numerator: number, denominator: number, rate: number };

export type CivicYearFieldsFragment = { __typename?: 'CivicReport', received: number, overdue: number, byChannel: Array<{ __typename?: 'ChannelCount', channel: CivicChannel | null, count: number }>, resolutionRate: { __typename?: 'CivicRate', numerator: number, denominator: number, rate: number }, onTimeRate: { __typename?: 'CivicRate', numerator: number, denominator: number, rate: number }, followUpRate: { __typename?: 'CivicRate', numerator: number, denominator: number, rate: number }, satisfactionRate: { __typename?: 'CivicRate', numerator: number, denominator: number, rate: number }, reworkRate: { __typename?: 'CivicRate', numerator: number, denominator: number, rate: number } };

export type CivicMonthFieldsFragment = { __typename?: 'CivicMonth', month: string, received: number, resolutionRate: { __typename?: 'CivicRate', numerator: number, denominator: number, rate: number } };

export type DistrictCountFieldsFragment = { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string };

export type DistrictTallyFieldsFragment = { __typename?: 'DistrictTally', value: number, definition: string };

export type DistrictRatioFieldsFragment = { __typename?: 'DistrictRatio', numerator: number, denominator: number, rate: number, definition: string };

export type DistrictRateFieldsFragment = { __typename?: 'DistrictRate', numerator: number, denominator: number, rate: number, definition: string, monthlyNumerator: Array<number>, monthlyDenominator: Array<number>, monthlyRate: Array<number> };

export type DistrictReportFieldsFragment = { __typename?: 'DistrictReport', year: number, townshipId: string | null, townshipName: string | null, from: string, to: string, asOf: string, timezone: string, shop: { __typename?: 'DistrictShopFigures', villages: { __typename?: 'DistrictTally', value: number, definition: string }, villagesWithShop: { __typename?: 'DistrictTally', value: number, definition: string }, shopCoverage: { __typename?: 'DistrictRatio', numerator: number, denominator: number, rate: number, definition: string }, exchangeEvents: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, pointsRedeemed: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, pointsRefunded: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, netRedeemed: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, redeemingHouseholds: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, redeemingPeople: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string } }, volunteer: { __typename?: 'DistrictVolunteerFigures', activitiesHeld: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, participations: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, brandsActive: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, teams: { __typename?: 'DistrictTally', value: number, definition: string }, teamMembers: { __typename?: 'DistrictTally', value: number, definition: string } }, civic: { __typename?: 'DistrictCivicFigures', received: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, byChannel: { __typename?: 'DistrictChannelFigures', direct: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, lead: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, joint: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, supervised: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, unassigned: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string } }, resolutionRate: { __typename?: 'DistrictRate', numerator: number, denominator: number, rate: number, definition: string, monthlyNumerator: Array<number>, monthlyDenominator: Array<number>, monthlyRate: Array<number> }, satisfactionRate: { __typename?: 'DistrictRate', numerator: number, denominator: number, rate: number, definition: string, monthlyNumerator: Array<number>, monthlyDenominator: Array<number>, monthlyRate: Array<number> } }, households: { __typename?: 'DistrictHouseholdFigures', active: { __typename?: 'DistrictTally', value: number, definition: string }, general: { __typename?: 'DistrictTally', value: number, definition: string }, lifted: { __typename?: 'DistrictTally', value: number, definition: string }, monitored: { __typename?: 'DistrictTally', value: number, definition: string } } };

export type PointsReportQueryVariables = Exact<{
  filter?: InputMaybe<PointsReportFilter>;
}>;


export type PointsReportQuery = { __typename?: 'Query', result: { __typename?: 'PointsReport', pointsAwarded: number, pointsDeducted: number, pointsRedeemed: number, pointsRefunded: number, netRedeemed: number, redeemingHouseholds: number, redeemingPeople: number, exchangeEventsHeld: number, villages: number, villagesWithShop: number, shopCoverage: number } };

export type PointsRankingQueryVariables = Exact<{
  villageId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PointsRankingQuery = { __typename?: 'Query', result: { __typename?: 'RankingBoard', villageId: string, from: string | null, to: string | null, size: number, rule: { __typename?: 'RankingRule', zh: string, en: string }, red: Array<{ __typename?: 'RankingRow', rank: number, householdId: string, householdNumber: string, headName: string, earned: number, deducted: number }>, black: Array<{ __typename?: 'RankingRow', rank: number, householdId: string, householdNumber: string, headName: string, earned: number, deducted: number }> } };

export type DistrictReportQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  townshipId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DistrictReportQuery = { __typename?: 'Query', result: { __typename?: 'DistrictReport', year: number, townshipId: string | null, townshipName: string | null, from: string, to: string, asOf: string, timezone: string, shop: { __typename?: 'DistrictShopFigures', villages: { __typename?: 'DistrictTally', value: number, definition: string }, villagesWithShop: { __typename?: 'DistrictTally', value: number, definition: string }, shopCoverage: { __typename?: 'DistrictRatio', numerator: number, denominator: number, rate: number, definition: string }, exchangeEvents: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, pointsRedeemed: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, pointsRefunded: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, netRedeemed: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, redeemingHouseholds: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, redeemingPeople: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string } }, volunteer: { __typename?: 'DistrictVolunteerFigures', activitiesHeld: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, participations: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, brandsActive: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, teams: { __typename?: 'DistrictTally', value: number, definition: string }, teamMembers: { __typename?: 'DistrictTally', value: number, definition: string } }, civic: { __typename?: 'DistrictCivicFigures', received: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, byChannel: { __typename?: 'DistrictChannelFigures', direct: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, lead: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, joint: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, supervised: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string }, unassigned: { __typename?: 'DistrictCount', value: number, monthly: Array<number>, definition: string } }, resolutionRate: { __typename?: 'DistrictRate', numerator: number, denominator: number, rate: number, definition: string, monthlyNumerator: Array<number>, monthlyDenominator: Array<number>, monthlyRate: Array<number> }, satisfactionRate: { __typename?: 'DistrictRate', numerator: number, denominator: number, rate: number, definition: string, monthlyNumerator: Array<number>, monthlyDenominator: Array<number>, monthlyRate: Array<number> } }, households: { __typename?: 'DistrictHouseholdFigures', active: { __typename?: 'DistrictTally', value: number, definition: string }, general: { __typename?: 'DistrictTally', value: number, definition: string }, lifted: { __typename?: 'DistrictTally', value: number, definition: string }, monitored: { __typename?: 'DistrictTally', value: number, definition: string } } } };

export type PointsByMonthQueryVariables = Exact<{
  filter?: InputMaybe<PointsReportFilter>;
}>;


export type PointsByMonthQuery = { __typename?: 'Query', result: { __typename?: 'PointsReport', pointsAwarded: number, pointsDeducted: number, pointsRedeemed: number, pointsRefunded: number, netRedeemed: number, redeemingHouseholds: number, redeemingPeople: number, exchangeEventsHeld: number, villages: number, villagesWithShop: number, shopCoverage: number, months: Array<{ __typename?: 'PointsMonth', month: string, pointsAwarded: number, netRedeemed: number }> } };

export type CivicByMonthQueryVariables = Exact<{
  filter?: InputMaybe<CivicReportFilter>;
}>;


export type CivicByMonthQuery = { __typename?: 'Query', result: { __typename?: 'CivicReport', received: number, overdue: number, months: Array<{ __typename?: 'CivicMonth', month: string, received: number, resolutionRate: { __typename?: 'CivicRate', numerator: number, denominator: number, rate: number } }>, departmentWorkload: Array<{ __typename?: 'DepartmentWorkload', departmentId: string, name: string, open: number, overdue: number, partsUnreported: number, supervisionsOverdue: number }>, byChannel: Array<{ __typename?: 'ChannelCount', channel: CivicChannel | null, count: number }>, resolutionRate: { __typename?: 'CivicRate', numerator: number, denominator: number, rate: number }, onTimeRate: { __typename?: 'CivicRate', numerator: number, denominator: number, rate: number }, followUpRate: { __typename?: 'CivicRate', numerator: number, denominator: number, rate: number }, satisfactionRate: { __typename?: 'CivicRate', numerator: number, denominator: number, rate: number }, reworkRate: { __typename?: 'CivicRate', numerator: number, denominator: number, rate: number } } };

export type ProductFieldsFragment = { __typename?: 'Product', id: string, villageId: string, name: string, unit: string, price: number, stock: number, active: boolean, createdAt: string, updatedAt: string, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> };

export type ExchangeEventFieldsFragment = { __typename?: 'ExchangeEvent', id: string, villageId: string, date: string, title: string, status: ExchangeEventStatus, upcoming: boolean, createdAt: string, allowedActions: Array<ExchangeEventAction> };

export type RedemptionFieldsFragment = { __typename?: 'Redemption', id: string, householdId: string, villageId: string, eventId: string | null, total: number, status: RedemptionStatus, createdAt: string, cancelledAt: string | null, cancelReason: string | null, recordedBy: string, allowedActions: Array<RedemptionAction>, household: { __typename?: 'Household', number: string, headName: string }, lines: Array<{ __typename?: 'RedemptionLine', productId: string, productName: string, quantity: number, unitPrice: number, amount: number }> };

export type ProductListQueryVariables = Exact<{
  filter?: InputMaybe<ProductFilter>;
  sort?: InputMaybe<Array<SortInput> | SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ProductListQuery = { __typename?: 'Query', page: { __typename?: 'ProductPage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'Product', id: string, villageId: string, name: string, unit: string, price: number, stock: number, active: boolean, createdAt: string, updatedAt: string, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }> } };

export type ProductOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProductOneQuery = { __typename?: 'Query', record: { __typename?: 'Product', id: string, villageId: string, name: string, unit: string, price: number, stock: number, active: boolean, createdAt: string, updatedAt: string, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CreateProductMutation = { __typename?: 'Mutation', record: { __typename?: 'Product', id: string, villageId: string, name: string, unit: string, price: number, stock: number, active: boolean, createdAt: string, updatedAt: string, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type UpdateProductMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateProductInput;
}>;


export type UpdateProductMutation = { __typename?: 'Mutation', record: { __typename?: 'Product', id: string, villageId: string, name: string, unit: string, price: number, stock: number, active: boolean, createdAt: string, updatedAt: string, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type ExchangeEventListQueryVariables = Exact<{
  filter?: InputMaybe<ExchangeEventFilter>;
  sort?: InputMaybe<Array<SortInput> | SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExchangeEventListQuery = { __typename?: 'Query', page: { __typename?: 'ExchangeEventPage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'ExchangeEvent', id: string, villageId: string, date: string, title: string, status: ExchangeEventStatus, upcoming: boolean, createdAt: string, allowedActions: Array<ExchangeEventAction> }> } };

export type ExchangeEventOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExchangeEventOneQuery = { __typename?: 'Query', record: { __typename?: 'ExchangeEvent', id: string, villageId: string, date: string, title: string, status: ExchangeEventStatus, upcoming: boolean, createdAt: string, allowedActions: Array<ExchangeEventAction> } };

export type CreateExchangeEventMutationVariables = Exact<{
  input: CreateExchangeEventInput;
}>;


export type CreateExchangeEventMutation = { __typename?: 'Mutation', record: { __typename?: 'ExchangeEvent', id: string, villageId: string, date: string, title: string, status: ExchangeEventStatus, upcoming: boolean, createdAt: string, allowedActions: Array<ExchangeEventAction> } };

export type RedemptionListQueryVariables = Exact<{
  filter?: InputMaybe<RedemptionFilter>;
  sort?: InputMaybe<Array<SortInput> | SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RedemptionListQuery = { __typename?: 'Query', page: { __typename?: 'RedemptionPage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'Redemption', id: string, householdId: string, villageId: string, eventId: string | null, total: number, status: RedemptionStatus, createdAt: string, cancelledAt: string | null, cancelReason: string | null, recordedBy: string, allowedActions: Array<RedemptionAction>, household: { __typename?: 'Household', number: string, headName: string }, lines: Array<{ __typename?: 'RedemptionLine', productId: string, productName: string, quantity: number, unitPrice: number, amount: number }> }> } };

export type RedemptionOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RedemptionOneQuery = { __typename?: 'Query', record: { __typename?: 'Redemption', id: string, householdId: string, villageId: string, eventId: string | null, total: number, status: RedemptionStatus, createdAt: string, cancelledAt: string | null, cancelReason: string | null, recordedBy: string, allowedActions: Array<RedemptionAction>, household: { __typename?: 'Household', number: string, headName: string }, lines: Array<{ __typename?: 'RedemptionLine', productId: string, productName: string, quantity: number, unitPrice: number, amount: number }> } };

export type RedemptionReceiptQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RedemptionReceiptQuery = { __typename?: 'Query', result: { __typename?: 'Redemption', villageName: string, eventTitle: string | null, recorderName: string | null, id: string, householdId: string, villageId: string, eventId: string | null, total: number, status: RedemptionStatus, createdAt: string, cancelledAt: string | null, cancelReason: string | null, recordedBy: string, allowedActions: Array<RedemptionAction>, entries: Array<{ __typename?: 'PointEntry', id: string, kind: EntryKind, delta: number, balanceAfter: number, recordedAt: string }>, household: { __typename?: 'Household', number: string, headName: string }, lines: Array<{ __typename?: 'RedemptionLine', productId: string, productName: string, quantity: number, unitPrice: number, amount: number }> } };

export type RestockProductMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
}>;


export type RestockProductMutation = { __typename?: 'Mutation', result: { __typename?: 'Product', id: string, villageId: string, name: string, unit: string, price: number, stock: number, active: boolean, createdAt: string, updatedAt: string, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type StockMovementsQueryVariables = Exact<{
  productId: Scalars['ID']['input'];
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type StockMovementsQuery = { __typename?: 'Query', result: { __typename?: 'StockMovementPage', total: number, items: Array<{ __typename?: 'StockMovement', id: string, productId: string, delta: number, reason: string, recordedAt: string, recordedBy: string }> } };

export type CloseExchangeEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseExchangeEventMutation = { __typename?: 'Mutation', result: { __typename?: 'ExchangeEvent', id: string, villageId: string, date: string, title: string, status: ExchangeEventStatus, upcoming: boolean, createdAt: string, allowedActions: Array<ExchangeEventAction> } };

export type ReopenExchangeEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReopenExchangeEventMutation = { __typename?: 'Mutation', result: { __typename?: 'ExchangeEvent', id: string, villageId: string, date: string, title: string, status: ExchangeEventStatus, upcoming: boolean, createdAt: string, allowedActions: Array<ExchangeEventAction> } };

export type RedeemMutationVariables = Exact<{
  input: RedeemInput;
}>;


export type RedeemMutation = { __typename?: 'Mutation', result: { __typename?: 'Redemption', id: string, householdId: string, villageId: string, eventId: string | null, total: number, status: RedemptionStatus, createdAt: string, cancelledAt: string | null, cancelReason: string | null, recordedBy: string, allowedActions: Array<RedemptionAction>, household: { __typename?: 'Household', number: string, headName: string }, lines: Array<{ __typename?: 'RedemptionLine', productId: string, productName: string, quantity: number, unitPrice: number, amount: number }> } };

export type CancelRedemptionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CancelRedemptionMutation = { __typename?: 'Mutation', result: { __typename?: 'Redemption', id: string, householdId: string, villageId: string, eventId: string | null, total: number, status: RedemptionStatus, createdAt: string, cancelledAt: string | null, cancelReason: string | null, recordedBy: string, allowedActions: Array<RedemptionAction>, household: { __typename?: 'Household', number: string, headName: string }, lines: Array<{ __typename?: 'RedemptionLine', productId: string, productName: string, quantity: number, unitPrice: number, amount: number }> } };

export type VolunteerTeamFieldsFragment = { __typename?: 'VolunteerTeam', id: string, name: string, kind: TeamKind, leaderName: string | null, memberCount: number, townshipId: string | null, villageId: string | null, active: boolean, createdAt: string, updatedAt: string, allowedActions: Array<VolunteerTeamAction> };

export type ServiceBrandFieldsFragment = { __typename?: 'ServiceBrand', id: string, name: string, description: string | null, townshipId: string | null, villageId: string | null, active: boolean, createdAt: string, updatedAt: string, allowedActions: Array<ServiceBrandAction> };

export type ActivityFieldsFragment = { __typename?: 'Activity', id: string, title: string, date: string, place: string | null, description: string | null, category: ActivityCategory, status: ActivityStatus, villageId: string, teamId: string | null, brandId: string | null, pointsPerParticipant: number | null, ruleId: string | null, points: number | null, participantCount: number, people: number, confirmedAt: string | null, cancelReason: string | null, cancelledAt: string | null, createdAt: string, updatedAt: string, allowedActions: Array<ActivityAction>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> };

export type ActivityParticipantFieldsFragment = { __typename?: 'ActivityParticipant', id: string, activityId: string, householdId: string, householdNumber: string, headName: string, people: number, hours: number };

export type CalendarDayFieldsFragment = { __typename?: 'CalendarDay', date: string, kind: CalendarDayKind, name: string, createdAt: string };

export type VolunteerTeamListQueryVariables = Exact<{
  filter?: InputMaybe<VolunteerTeamFilter>;
  sort?: InputMaybe<Array<SortInput> | SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type VolunteerTeamListQuery = { __typename?: 'Query', page: { __typename?: 'VolunteerTeamPage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'VolunteerTeam', id: string, name: string, kind: TeamKind, leaderName: string | null, memberCount: number, townshipId: string | null, villageId: string | null, active: boolean, createdAt: string, updatedAt: string, allowedActions: Array<VolunteerTeamAction> }> } };

export type VolunteerTeamOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VolunteerTeamOneQuery = { __typename?: 'Query', record: { __typename?: 'VolunteerTeam', id: string, name: string, kind: TeamKind, leaderName: string | null, memberCount: number, townshipId: string | null, villageId: string | null, active: boolean, createdAt: string, updatedAt: string, allowedActions: Array<VolunteerTeamAction> } };

export type CreateVolunteerTeamMutationVariables = Exact<{
  input: CreateVolunteerTeamInput;
}>;


export type CreateVolunteerTeamMutation = { __typename?: 'Mutation', record: { __typename?: 'VolunteerTeam', id: string, name: string, kind: TeamKind, leaderName: string | null, memberCount: number, townshipId: string | null, villageId: string | null, active: boolean, createdAt: string, updatedAt: string, allowedActions: Array<VolunteerTeamAction> } };

export type UpdateVolunteerTeamMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateVolunteerTeamInput;
}>;


export type UpdateVolunteerTeamMutation = { __typename?: 'Mutation', record: { __typename?: 'VolunteerTeam', id: string, name: string, kind: TeamKind, leaderName: string | null, memberCount: number, townshipId: string | null, villageId: string | null, active: boolean, createdAt: string, updatedAt: string, allowedActions: Array<VolunteerTeamAction> } };

export type ServiceBrandListQueryVariables = Exact<{
  filter?: InputMaybe<ServiceBrandFilter>;
  sort?: InputMaybe<Array<SortInput> | SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ServiceBrandListQuery = { __typename?: 'Query', page: { __typename?: 'ServiceBrandPage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'ServiceBrand', id: string, name: string, description: string | null, townshipId: string | null, villageId: string | null, active: boolean, createdAt: string, updatedAt: string, allowedActions: Array<ServiceBrandAction> }> } };

export type ServiceBrandOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ServiceBrandOneQuery = { __typename?: 'Query', record: { __typename?: 'ServiceBrand', id: string, name: string, description: string | null, townshipId: string | null, villageId: string | null, active: boolean, createdAt: string, updatedAt: string, allowedActions: Array<ServiceBrandAction> } };

export type CreateServiceBrandMutationVariables = Exact<{
  input: CreateServiceBrandInput;
}>;


export type CreateServiceBrandMutation = { __typename?: 'Mutation', record: { __typename?: 'ServiceBrand', id: string, name: string, description: string | null, townshipId: string | null, villageId: string | null, active: boolean, createdAt: string, updatedAt: string, allowedActions: Array<ServiceBrandAction> } };

export type UpdateServiceBrandMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateServiceBrandInput;
}>;


export type UpdateServiceBrandMutation = { __typename?: 'Mutation', record: { __typename?: 'ServiceBrand', id: string, name: string, description: string | null, townshipId: string | null, villageId: string | null, active: boolean, createdAt: string, updatedAt: string, allowedActions: Array<ServiceBrandAction> } };

export type ActivityListQueryVariables = Exact<{
  filter?: InputMaybe<ActivityFilter>;
  sort?: InputMaybe<Array<SortInput> | SortInput>;
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ActivityListQuery = { __typename?: 'Query', page: { __typename?: 'ActivityPage', total: number, totalCapped: boolean, items: Array<{ __typename?: 'Activity', id: string, title: string, date: string, place: string | null, description: string | null, category: ActivityCategory, status: ActivityStatus, villageId: string, teamId: string | null, brandId: string | null, pointsPerParticipant: number | null, ruleId: string | null, points: number | null, participantCount: number, people: number, confirmedAt: string | null, cancelReason: string | null, cancelledAt: string | null, createdAt: string, updatedAt: string, allowedActions: Array<ActivityAction>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> }> } };

export type ActivityOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActivityOneQuery = { __typename?: 'Query', record: { __typename?: 'Activity', id: string, title: string, date: string, place: string | null, description: string | null, category: ActivityCategory, status: ActivityStatus, villageId: string, teamId: string | null, brandId: string | null, pointsPerParticipant: number | null, ruleId: string | null, points: number | null, participantCount: number, people: number, confirmedAt: string | null, cancelReason: string | null, cancelledAt: string | null, createdAt: string, updatedAt: string, allowedActions: Array<ActivityAction>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type CreateActivityMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type CreateActivityMutation = { __typename?: 'Mutation', record: { __typename?: 'Activity', id: string, title: string, date: string, place: string | null, description: string | null, category: ActivityCategory, status: ActivityStatus, villageId: string, teamId: string | null, brandId: string | null, pointsPerParticipant: number | null, ruleId: string | null, points: number | null, participantCount: number, people: number, confirmedAt: string | null, cancelReason: string | null, cancelledAt: string | null, createdAt: string, updatedAt: string, allowedActions: Array<ActivityAction>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type UpdateActivityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateActivityInput;
}>;


export type UpdateActivityMutation = { __typename?: 'Mutation', record: { __typename?: 'Activity', id: string, title: string, date: string, place: string | null, description: string | null, category: ActivityCategory, status: ActivityStatus, villageId: string, teamId: string | null, brandId: string | null, pointsPerParticipant: number | null, ruleId: string | null, points: number | null, participantCount: number, people: number, confirmedAt: string | null, cancelReason: string | null, cancelledAt: string | null, createdAt: string, updatedAt: string, allowedActions: Array<ActivityAction>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type ActivityDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActivityDetailQuery = { __typename?: 'Query', result: { __typename?: 'Activity', participants: Array<{ __typename?: 'ActivityParticipant', id: string, activityId: string, householdId: string, householdNumber: string, headName: string, people: number, hours: number }>, entries: Array<{ __typename?: 'PointEntry', id: string, householdId: string, villageId: string, kind: EntryKind, delta: number, requestedDelta: number | null, balanceAfter: number, reason: string, deedDate: string, recordedAt: string, recordedBy: string, ruleId: string | null, batchId: string | null, activityId: string | null, redemptionId: string | null, reversesEntryId: string | null, allowedActions: Array<PointEntryAction> }> } };

export type RecordParticipationMutationVariables = Exact<{
  activityId: Scalars['ID']['input'];
  participants: Array<ParticipantInput> | ParticipantInput;
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type RecordParticipationMutation = { __typename?: 'Mutation', result: { __typename?: 'Activity', id: string, title: string, date: string, place: string | null, description: string | null, category: ActivityCategory, status: ActivityStatus, villageId: string, teamId: string | null, brandId: string | null, pointsPerParticipant: number | null, ruleId: string | null, points: number | null, participantCount: number, people: number, confirmedAt: string | null, cancelReason: string | null, cancelledAt: string | null, createdAt: string, updatedAt: string, allowedActions: Array<ActivityAction>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type ConfirmActivityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
}>;


export type ConfirmActivityMutation = { __typename?: 'Mutation', result: { __typename?: 'Activity', id: string, title: string, date: string, place: string | null, description: string | null, category: ActivityCategory, status: ActivityStatus, villageId: string, teamId: string | null, brandId: string | null, pointsPerParticipant: number | null, ruleId: string | null, points: number | null, participantCount: number, people: number, confirmedAt: string | null, cancelReason: string | null, cancelledAt: string | null, createdAt: string, updatedAt: string, allowedActions: Array<ActivityAction>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type CancelActivityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type CancelActivityMutation = { __typename?: 'Mutation', result: { __typename?: 'Activity', id: string, title: string, date: string, place: string | null, description: string | null, category: ActivityCategory, status: ActivityStatus, villageId: string, teamId: string | null, brandId: string | null, pointsPerParticipant: number | null, ruleId: string | null, points: number | null, participantCount: number, people: number, confirmedAt: string | null, cancelReason: string | null, cancelledAt: string | null, createdAt: string, updatedAt: string, allowedActions: Array<ActivityAction>, attachments: Array<{ __typename?: 'Attachment', id: string, url: string, thumbnailUrl: string, width: number, height: number }> } };

export type ActivityParticipationsQueryVariables = Exact<{
  filter?: InputMaybe<ParticipationFilter>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ActivityParticipationsQuery = { __typename?: 'Query', result: { __typename?: 'ActivityParticipantPage', total: number, items: Array<{ __typename?: 'ActivityParticipant', id: string, activityId: string, householdId: string, householdNumber: string, headName: string, people: number, hours: number, activity: { __typename?: 'Activity', id: string, title: string, date: string, place: string | null, status: ActivityStatus, points: number | null, villageId: string } }> } };

export type CalendarDaysQueryVariables = Exact<{
  from: Scalars['LocalDate']['input'];
  to: Scalars['LocalDate']['input'];
}>;


export type CalendarDaysQuery = { __typename?: 'Query', result: Array<{ __typename?: 'CalendarDay', date: string, kind: CalendarDayKind, name: string, createdAt: string }> };

export type SetCalendarDayMutationVariables = Exact<{
  date: Scalars['LocalDate']['input'];
  kind: CalendarDayKind;
  name: Scalars['String']['input'];
}>;


export type SetCalendarDayMutation = { __typename?: 'Mutation', result: { __typename?: 'CalendarDay', date: string, kind: CalendarDayKind, name: string, createdAt: string } };

export type RemoveCalendarDayMutationVariables = Exact<{
  date: Scalars['LocalDate']['input'];
}>;


export type RemoveCalendarDayMutation = { __typename?: 'Mutation', result: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CivicCategoryFieldsFragmentDoc = new TypedDocumentString(`
    fragment CivicCategoryFields on CivicCategory {
  id
  code
  name
  defaultChannel
  deadlineDays
  active
  createdAt
  updatedAt
}
    `, {"fragmentName":"CivicCategoryFields"}) as unknown as TypedDocumentString<CivicCategoryFieldsFragment, unknown>;
export const CivicMatterTimelinePhotosFragmentDoc = new TypedDocumentString(`
    fragment CivicMatterTimelinePhotos on CivicMatter {
  timeline {
    id
    attachments {
      id
      url
      thumbnailUrl
      width
      height
    }
  }
}
    `, {"fragmentName":"CivicMatterTimelinePhotos"}) as unknown as TypedDocumentString<CivicMatterTimelinePhotosFragment, unknown>;
export const CivicMatterFieldsFragmentDoc = new TypedDocumentString(`
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}
    `, {"fragmentName":"CivicMatterFields"}) as unknown as TypedDocumentString<CivicMatterFieldsFragment, unknown>;
export const CivicMatterStaffFieldsFragmentDoc = new TypedDocumentString(`
    fragment CivicMatterStaffFields on CivicMatter {
  ...CivicMatterFields
  supervisionLevel
  assignments {
    returnReason
  }
  supervisions {
    id
    level
    reason
    responseDue
    status
    response
    answeredAt
    answeredByName
    endedAt
    createdAt
    allowedActions
  }
  extensions {
    id
    assignmentId
    reason
    requestedDueDate
    requestedAt
    state
    decidedAt
    decisionNote
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}`, {"fragmentName":"CivicMatterStaffFields"}) as unknown as TypedDocumentString<CivicMatterStaffFieldsFragment, unknown>;
export const TownshipFieldsFragmentDoc = new TypedDocumentString(`
    fragment TownshipFields on Township {
  id
  code
  name
  villageCount
  createdAt
  updatedAt
}
    `, {"fragmentName":"TownshipFields"}) as unknown as TypedDocumentString<TownshipFieldsFragment, unknown>;
export const VillageFieldsFragmentDoc = new TypedDocumentString(`
    fragment VillageFields on Village {
  id
  code
  name
  townshipId
  hasShop
  publicityDays
  rankingSize
  notifyPoints
  householdCount
}
    `, {"fragmentName":"VillageFields"}) as unknown as TypedDocumentString<VillageFieldsFragment, unknown>;
export const DepartmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment DepartmentFields on Department {
  id
  code
  name
  kind
  townshipId
  active
}
    `, {"fragmentName":"DepartmentFields"}) as unknown as TypedDocumentString<DepartmentFieldsFragment, unknown>;
export const HouseholdFieldsFragmentDoc = new TypedDocumentString(`
    fragment HouseholdFields on Household {
  id
  villageId
  number
  headName
  memberCount
  phone
  address
  category
  status
  smsOptOut
  balance
  createdAt
  updatedAt
  allowedActions
}
    `, {"fragmentName":"HouseholdFields"}) as unknown as TypedDocumentString<HouseholdFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  id
  username
  displayName
  role
  townshipId
  villageId
  departmentId
  householdId
  active
  mustChangePassword
  lastLoginAt
  createdAt
  township {
    id
    name
  }
  village {
    id
    name
  }
  department {
    id
    name
  }
  household {
    id
    number
    headName
  }
}
    `, {"fragmentName":"UserFields"}) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on AuthPayload {
  token
  user {
    id
    username
    displayName
    role
    townshipId
    villageId
    departmentId
    householdId
    mustChangePassword
  }
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const ResidentAccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment ResidentAccountFields on ResidentAccount {
  id
  username
  displayName
  phone
  active
  lastLoginAt
  createdAt
}
    `, {"fragmentName":"ResidentAccountFields"}) as unknown as TypedDocumentString<ResidentAccountFieldsFragment, unknown>;
export const PointRuleFieldsFragmentDoc = new TypedDocumentString(`
    fragment PointRuleFields on PointRule {
  id
  category
  name
  description
  points
  villageId
  active
  createdAt
  updatedAt
  allowedActions
}
    `, {"fragmentName":"PointRuleFields"}) as unknown as TypedDocumentString<PointRuleFieldsFragment, unknown>;
export const PointEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment PointEntryFields on PointEntry {
  id
  householdId
  villageId
  kind
  delta
  requestedDelta
  balanceAfter
  reason
  deedDate
  recordedAt
  recordedBy
  ruleId
  batchId
  activityId
  redemptionId
  reversesEntryId
  allowedActions
}
    `, {"fragmentName":"PointEntryFields"}) as unknown as TypedDocumentString<PointEntryFieldsFragment, unknown>;
export const AttachmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
    `, {"fragmentName":"AttachmentFields"}) as unknown as TypedDocumentString<AttachmentFieldsFragment, unknown>;
export const AwardBatchPhotoFieldsFragmentDoc = new TypedDocumentString(`
    fragment AwardBatchPhotoFields on AwardBatch {
  attachments {
    ...AttachmentFields
  }
  lines {
    id
    attachments {
      ...AttachmentFields
    }
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}`, {"fragmentName":"AwardBatchPhotoFields"}) as unknown as TypedDocumentString<AwardBatchPhotoFieldsFragment, unknown>;
export const AwardBatchFieldsFragmentDoc = new TypedDocumentString(`
    fragment AwardBatchFields on AwardBatch {
  id
  villageId
  ruleId
  points
  reason
  note
  deedDate
  status
  publicityEndsOn
  postedAt
  withdrawnAt
  withdrawReason
  createdAt
  allowedActions
  lines {
    id
    householdId
    householdNumber
    headName
    state
    removedReason
    objectionCount
    allowedActions
  }
}
    `, {"fragmentName":"AwardBatchFields"}) as unknown as TypedDocumentString<AwardBatchFieldsFragment, unknown>;
export const AwardObjectionFieldsFragmentDoc = new TypedDocumentString(`
    fragment AwardObjectionFields on AwardObjection {
  id
  lineId
  reason
  createdAt
}
    `, {"fragmentName":"AwardObjectionFields"}) as unknown as TypedDocumentString<AwardObjectionFieldsFragment, unknown>;
export const AwardBatchStaffFieldsFragmentDoc = new TypedDocumentString(`
    fragment AwardBatchStaffFields on AwardBatch {
  ...AwardBatchFields
  objections {
    ...AwardObjectionFields
  }
}
    fragment AwardBatchFields on AwardBatch {
  id
  villageId
  ruleId
  points
  reason
  note
  deedDate
  status
  publicityEndsOn
  postedAt
  withdrawnAt
  withdrawReason
  createdAt
  allowedActions
  lines {
    id
    householdId
    householdNumber
    headName
    state
    removedReason
    objectionCount
    allowedActions
  }
}
fragment AwardObjectionFields on AwardObjection {
  id
  lineId
  reason
  createdAt
}`, {"fragmentName":"AwardBatchStaffFields"}) as unknown as TypedDocumentString<AwardBatchStaffFieldsFragment, unknown>;
export const PointsReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment PointsReportFields on PointsReport {
  pointsAwarded
  pointsDeducted
  pointsRedeemed
  pointsRefunded
  netRedeemed
  redeemingHouseholds
  redeemingPeople
  exchangeEventsHeld
  villages
  villagesWithShop
  shopCoverage
}
    `, {"fragmentName":"PointsReportFields"}) as unknown as TypedDocumentString<PointsReportFieldsFragment, unknown>;
export const PointsMonthFieldsFragmentDoc = new TypedDocumentString(`
    fragment PointsMonthFields on PointsMonth {
  month
  pointsAwarded
  netRedeemed
}
    `, {"fragmentName":"PointsMonthFields"}) as unknown as TypedDocumentString<PointsMonthFieldsFragment, unknown>;
export const CivicRateFieldsFragmentDoc = new TypedDocumentString(`
    fragment CivicRateFields on CivicRate {
  numerator
  denominator
  rate
}
    `, {"fragmentName":"CivicRateFields"}) as unknown as TypedDocumentString<CivicRateFieldsFragment, unknown>;
export const CivicYearFieldsFragmentDoc = new TypedDocumentString(`
    fragment CivicYearFields on CivicReport {
  received
  overdue
  byChannel {
    channel
    count
  }
  resolutionRate {
    ...CivicRateFields
  }
  onTimeRate {
    ...CivicRateFields
  }
  followUpRate {
    ...CivicRateFields
  }
  satisfactionRate {
    ...CivicRateFields
  }
  reworkRate {
    ...CivicRateFields
  }
}
    fragment CivicRateFields on CivicRate {
  numerator
  denominator
  rate
}`, {"fragmentName":"CivicYearFields"}) as unknown as TypedDocumentString<CivicYearFieldsFragment, unknown>;
export const CivicMonthFieldsFragmentDoc = new TypedDocumentString(`
    fragment CivicMonthFields on CivicMonth {
  month
  received
  resolutionRate {
    ...CivicRateFields
  }
}
    fragment CivicRateFields on CivicRate {
  numerator
  denominator
  rate
}`, {"fragmentName":"CivicMonthFields"}) as unknown as TypedDocumentString<CivicMonthFieldsFragment, unknown>;
export const DistrictTallyFieldsFragmentDoc = new TypedDocumentString(`
    fragment DistrictTallyFields on DistrictTally {
  value
  definition
}
    `, {"fragmentName":"DistrictTallyFields"}) as unknown as TypedDocumentString<DistrictTallyFieldsFragment, unknown>;
export const DistrictRatioFieldsFragmentDoc = new TypedDocumentString(`
    fragment DistrictRatioFields on DistrictRatio {
  numerator
  denominator
  rate
  definition
}
    `, {"fragmentName":"DistrictRatioFields"}) as unknown as TypedDocumentString<DistrictRatioFieldsFragment, unknown>;
export const DistrictCountFieldsFragmentDoc = new TypedDocumentString(`
    fragment DistrictCountFields on DistrictCount {
  value
  monthly
  definition
}
    `, {"fragmentName":"DistrictCountFields"}) as unknown as TypedDocumentString<DistrictCountFieldsFragment, unknown>;
export const DistrictRateFieldsFragmentDoc = new TypedDocumentString(`
    fragment DistrictRateFields on DistrictRate {
  numerator
  denominator
  rate
  definition
  monthlyNumerator
  monthlyDenominator
  monthlyRate
}
    `, {"fragmentName":"DistrictRateFields"}) as unknown as TypedDocumentString<DistrictRateFieldsFragment, unknown>;
export const DistrictReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment DistrictReportFields on DistrictReport {
  year
  townshipId
  townshipName
  from
  to
  asOf
  timezone
  shop {
    villages {
      ...DistrictTallyFields
    }
    villagesWithShop {
      ...DistrictTallyFields
    }
    shopCoverage {
      ...DistrictRatioFields
    }
    exchangeEvents {
      ...DistrictCountFields
    }
    pointsRedeemed {
      ...DistrictCountFields
    }
    pointsRefunded {
      ...DistrictCountFields
    }
    netRedeemed {
      ...DistrictCountFields
    }
    redeemingHouseholds {
      ...DistrictCountFields
    }
    redeemingPeople {
      ...DistrictCountFields
    }
  }
  volunteer {
    activitiesHeld {
      ...DistrictCountFields
    }
    participations {
      ...DistrictCountFields
    }
    brandsActive {
      ...DistrictCountFields
    }
    teams {
      ...DistrictTallyFields
    }
    teamMembers {
      ...DistrictTallyFields
    }
  }
  civic {
    received {
      ...DistrictCountFields
    }
    byChannel {
      direct {
        ...DistrictCountFields
      }
      lead {
        ...DistrictCountFields
      }
      joint {
        ...DistrictCountFields
      }
      supervised {
        ...DistrictCountFields
      }
      unassigned {
        ...DistrictCountFields
      }
    }
    resolutionRate {
      ...DistrictRateFields
    }
    satisfactionRate {
      ...DistrictRateFields
    }
  }
  households {
    active {
      ...DistrictTallyFields
    }
    general {
      ...DistrictTallyFields
    }
    lifted {
      ...DistrictTallyFields
    }
    monitored {
      ...DistrictTallyFields
    }
  }
}
    fragment DistrictCountFields on DistrictCount {
  value
  monthly
  definition
}
fragment DistrictTallyFields on DistrictTally {
  value
  definition
}
fragment DistrictRatioFields on DistrictRatio {
  numerator
  denominator
  rate
  definition
}
fragment DistrictRateFields on DistrictRate {
  numerator
  denominator
  rate
  definition
  monthlyNumerator
  monthlyDenominator
  monthlyRate
}`, {"fragmentName":"DistrictReportFields"}) as unknown as TypedDocumentString<DistrictReportFieldsFragment, unknown>;
export const ProductFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductFields on Product {
  id
  villageId
  name
  unit
  price
  stock
  active
  createdAt
  updatedAt
  attachments {
    ...AttachmentFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}`, {"fragmentName":"ProductFields"}) as unknown as TypedDocumentString<ProductFieldsFragment, unknown>;
export const ExchangeEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExchangeEventFields on ExchangeEvent {
  id
  villageId
  date
  title
  status
  upcoming
  createdAt
  allowedActions
}
    `, {"fragmentName":"ExchangeEventFields"}) as unknown as TypedDocumentString<ExchangeEventFieldsFragment, unknown>;
export const RedemptionFieldsFragmentDoc = new TypedDocumentString(`
    fragment RedemptionFields on Redemption {
  id
  householdId
  villageId
  eventId
  total
  status
  createdAt
  cancelledAt
  cancelReason
  recordedBy
  allowedActions
  household {
    number
    headName
  }
  lines {
    productId
    productName
    quantity
    unitPrice
    amount
  }
}
    `, {"fragmentName":"RedemptionFields"}) as unknown as TypedDocumentString<RedemptionFieldsFragment, unknown>;
export const VolunteerTeamFieldsFragmentDoc = new TypedDocumentString(`
    fragment VolunteerTeamFields on VolunteerTeam {
  id
  name
  kind
  leaderName
  memberCount
  townshipId
  villageId
  active
  createdAt
  updatedAt
  allowedActions
}
    `, {"fragmentName":"VolunteerTeamFields"}) as unknown as TypedDocumentString<VolunteerTeamFieldsFragment, unknown>;
export const ServiceBrandFieldsFragmentDoc = new TypedDocumentString(`
    fragment ServiceBrandFields on ServiceBrand {
  id
  name
  description
  townshipId
  villageId
  active
  createdAt
  updatedAt
  allowedActions
}
    `, {"fragmentName":"ServiceBrandFields"}) as unknown as TypedDocumentString<ServiceBrandFieldsFragment, unknown>;
export const ActivityFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActivityFields on Activity {
  id
  title
  date
  place
  description
  category
  status
  villageId
  teamId
  brandId
  pointsPerParticipant
  ruleId
  points
  participantCount
  people
  confirmedAt
  cancelReason
  cancelledAt
  createdAt
  updatedAt
  allowedActions
  attachments {
    ...AttachmentFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}`, {"fragmentName":"ActivityFields"}) as unknown as TypedDocumentString<ActivityFieldsFragment, unknown>;
export const ActivityParticipantFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActivityParticipantFields on ActivityParticipant {
  id
  activityId
  householdId
  householdNumber
  headName
  people
  hours
}
    `, {"fragmentName":"ActivityParticipantFields"}) as unknown as TypedDocumentString<ActivityParticipantFieldsFragment, unknown>;
export const CalendarDayFieldsFragmentDoc = new TypedDocumentString(`
    fragment CalendarDayFields on CalendarDay {
  date
  kind
  name
  createdAt
}
    `, {"fragmentName":"CalendarDayFields"}) as unknown as TypedDocumentString<CalendarDayFieldsFragment, unknown>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($userId: ID!) {
  result: resetPassword(userId: $userId) {
    temporaryPassword
    user {
      id
      username
      displayName
      mustChangePassword
    }
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const CreateVillageCommitteeAccountsDocument = new TypedDocumentString(`
    mutation CreateVillageCommitteeAccounts($villageIds: [ID!]!) {
  result: createVillageCommitteeAccounts(villageIds: $villageIds) {
    village {
      id
      code
      name
    }
    outcome
    username
    temporaryPassword
    user {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<CreateVillageCommitteeAccountsMutation, CreateVillageCommitteeAccountsMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  token
  user {
    id
    username
    displayName
    role
    townshipId
    villageId
    departmentId
    householdId
    mustChangePassword
  }
}`) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const CivicCategoryListDocument = new TypedDocumentString(`
    query CivicCategoryList($filter: CivicCategoryFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
  page: civicCategories(
    filter: $filter
    sort: $sort
    page: $page
    perPage: $perPage
  ) {
    items {
      ...CivicCategoryFields
    }
    total
    totalCapped
  }
}
    fragment CivicCategoryFields on CivicCategory {
  id
  code
  name
  defaultChannel
  deadlineDays
  active
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CivicCategoryListQuery, CivicCategoryListQueryVariables>;
export const CivicCategoryOneDocument = new TypedDocumentString(`
    query CivicCategoryOne($id: ID!) {
  record: civicCategory(id: $id) {
    ...CivicCategoryFields
  }
}
    fragment CivicCategoryFields on CivicCategory {
  id
  code
  name
  defaultChannel
  deadlineDays
  active
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CivicCategoryOneQuery, CivicCategoryOneQueryVariables>;
export const CreateCivicCategoryDocument = new TypedDocumentString(`
    mutation CreateCivicCategory($input: CreateCivicCategoryInput!) {
  record: createCivicCategory(input: $input) {
    ...CivicCategoryFields
  }
}
    fragment CivicCategoryFields on CivicCategory {
  id
  code
  name
  defaultChannel
  deadlineDays
  active
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateCivicCategoryMutation, CreateCivicCategoryMutationVariables>;
export const UpdateCivicCategoryDocument = new TypedDocumentString(`
    mutation UpdateCivicCategory($id: ID!, $input: UpdateCivicCategoryInput!) {
  record: updateCivicCategory(id: $id, input: $input) {
    ...CivicCategoryFields
  }
}
    fragment CivicCategoryFields on CivicCategory {
  id
  code
  name
  defaultChannel
  deadlineDays
  active
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateCivicCategoryMutation, UpdateCivicCategoryMutationVariables>;
export const CivicMatterListDocument = new TypedDocumentString(`
    query CivicMatterList($filter: CivicMatterFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
  page: civicMatters(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
    items {
      ...CivicMatterStaffFields
    }
    total
    totalCapped
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}
fragment CivicMatterStaffFields on CivicMatter {
  ...CivicMatterFields
  supervisionLevel
  assignments {
    returnReason
  }
  supervisions {
    id
    level
    reason
    responseDue
    status
    response
    answeredAt
    answeredByName
    endedAt
    createdAt
    allowedActions
  }
  extensions {
    id
    assignmentId
    reason
    requestedDueDate
    requestedAt
    state
    decidedAt
    decisionNote
  }
}`) as unknown as TypedDocumentString<CivicMatterListQuery, CivicMatterListQueryVariables>;
export const CivicMatterOneDocument = new TypedDocumentString(`
    query CivicMatterOne($id: ID!) {
  record: civicMatter(id: $id) {
    ...CivicMatterStaffFields
    ...CivicMatterTimelinePhotos
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}
fragment CivicMatterTimelinePhotos on CivicMatter {
  timeline {
    id
    attachments {
      id
      url
      thumbnailUrl
      width
      height
    }
  }
}
fragment CivicMatterStaffFields on CivicMatter {
  ...CivicMatterFields
  supervisionLevel
  assignments {
    returnReason
  }
  supervisions {
    id
    level
    reason
    responseDue
    status
    response
    answeredAt
    answeredByName
    endedAt
    createdAt
    allowedActions
  }
  extensions {
    id
    assignmentId
    reason
    requestedDueDate
    requestedAt
    state
    decidedAt
    decisionNote
  }
}`) as unknown as TypedDocumentString<CivicMatterOneQuery, CivicMatterOneQueryVariables>;
export const SubmitCivicMatterDocument = new TypedDocumentString(`
    mutation SubmitCivicMatter($input: SubmitCivicMatterInput!) {
  record: submitCivicMatter(input: $input) {
    ...CivicMatterStaffFields
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}
fragment CivicMatterStaffFields on CivicMatter {
  ...CivicMatterFields
  supervisionLevel
  assignments {
    returnReason
  }
  supervisions {
    id
    level
    reason
    responseDue
    status
    response
    answeredAt
    answeredByName
    endedAt
    createdAt
    allowedActions
  }
  extensions {
    id
    assignmentId
    reason
    requestedDueDate
    requestedAt
    state
    decidedAt
    decisionNote
  }
}`) as unknown as TypedDocumentString<SubmitCivicMatterMutation, SubmitCivicMatterMutationVariables>;
export const CivicMatterListForResidentDocument = new TypedDocumentString(`
    query CivicMatterListForResident($filter: CivicMatterFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
  page: civicMatters(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
    items {
      ...CivicMatterFields
    }
    total
    totalCapped
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}`) as unknown as TypedDocumentString<CivicMatterListForResidentQuery, CivicMatterListForResidentQueryVariables>;
export const CivicMatterOneForResidentDocument = new TypedDocumentString(`
    query CivicMatterOneForResident($id: ID!) {
  record: civicMatter(id: $id) {
    ...CivicMatterFields
    ...CivicMatterTimelinePhotos
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}
fragment CivicMatterTimelinePhotos on CivicMatter {
  timeline {
    id
    attachments {
      id
      url
      thumbnailUrl
      width
      height
    }
  }
}`) as unknown as TypedDocumentString<CivicMatterOneForResidentQuery, CivicMatterOneForResidentQueryVariables>;
export const SubmitCivicMatterForResidentDocument = new TypedDocumentString(`
    mutation SubmitCivicMatterForResident($input: SubmitCivicMatterInput!) {
  record: submitCivicMatter(input: $input) {
    ...CivicMatterFields
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}`) as unknown as TypedDocumentString<SubmitCivicMatterForResidentMutation, SubmitCivicMatterForResidentMutationVariables>;
export const LeadOfficialsDocument = new TypedDocumentString(`
    query LeadOfficials {
  result: leadOfficials {
    id
    displayName
    role
    departmentName
    townshipName
  }
}
    `) as unknown as TypedDocumentString<LeadOfficialsQuery, LeadOfficialsQueryVariables>;
export const AssignCivicMatterDocument = new TypedDocumentString(`
    mutation AssignCivicMatter($id: ID!, $input: AssignCivicMatterInput!) {
  result: assignCivicMatter(id: $id, input: $input) {
    ...CivicMatterStaffFields
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}
fragment CivicMatterStaffFields on CivicMatter {
  ...CivicMatterFields
  supervisionLevel
  assignments {
    returnReason
  }
  supervisions {
    id
    level
    reason
    responseDue
    status
    response
    answeredAt
    answeredByName
    endedAt
    createdAt
    allowedActions
  }
  extensions {
    id
    assignmentId
    reason
    requestedDueDate
    requestedAt
    state
    decidedAt
    decisionNote
  }
}`) as unknown as TypedDocumentString<AssignCivicMatterMutation, AssignCivicMatterMutationVariables>;
export const ChangeChannelDocument = new TypedDocumentString(`
    mutation ChangeChannel($id: ID!, $input: ChangeChannelInput!) {
  result: changeChannel(id: $id, input: $input) {
    ...CivicMatterStaffFields
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}
fragment CivicMatterStaffFields on CivicMatter {
  ...CivicMatterFields
  supervisionLevel
  assignments {
    returnReason
  }
  supervisions {
    id
    level
    reason
    responseDue
    status
    response
    answeredAt
    answeredByName
    endedAt
    createdAt
    allowedActions
  }
  extensions {
    id
    assignmentId
    reason
    requestedDueDate
    requestedAt
    state
    decidedAt
    decisionNote
  }
}`) as unknown as TypedDocumentString<ChangeChannelMutation, ChangeChannelMutationVariables>;
export const RejectCivicMatterDocument = new TypedDocumentString(`
    mutation RejectCivicMatter($id: ID!, $reason: String!) {
  result: rejectCivicMatter(id: $id, reason: $reason) {
    ...CivicMatterStaffFields
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}
fragment CivicMatterStaffFields on CivicMatter {
  ...CivicMatterFields
  supervisionLevel
  assignments {
    returnReason
  }
  supervisions {
    id
    level
    reason
    responseDue
    status
    response
    answeredAt
    answeredByName
    endedAt
    createdAt
    allowedActions
  }
  extensions {
    id
    assignmentId
    reason
    requestedDueDate
    requestedAt
    state
    decidedAt
    decisionNote
  }
}`) as unknown as TypedDocumentString<RejectCivicMatterMutation, RejectCivicMatterMutationVariables>;
export const MergeCivicMatterDocument = new TypedDocumentString(`
    mutation MergeCivicMatter($id: ID!, $intoId: ID!, $note: String) {
  result: mergeCivicMatter(id: $id, intoId: $intoId, note: $note) {
    ...CivicMatterStaffFields
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}
fragment CivicMatterStaffFields on CivicMatter {
  ...CivicMatterFields
  supervisionLevel
  assignments {
    returnReason
  }
  supervisions {
    id
    level
    reason
    responseDue
    status
    response
    answeredAt
    answeredByName
    endedAt
    createdAt
    allowedActions
  }
  extensions {
    id
    assignmentId
    reason
    requestedDueDate
    requestedAt
    state
    decidedAt
    decisionNote
  }
}`) as unknown as TypedDocumentString<MergeCivicMatterMutation, MergeCivicMatterMutationVariables>;
export const AcceptAssignmentDocument = new TypedDocumentString(`
    mutation AcceptAssignment($assignmentId: ID!) {
  result: acceptAssignment(assignmentId: $assignmentId) {
    ...CivicMatterStaffFields
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}
fragment CivicMatterStaffFields on CivicMatter {
  ...CivicMatterFields
  supervisionLevel
  assignments {
    returnReason
  }
  supervisions {
    id
    level
    reason
    responseDue
    status
    response
    answeredAt
    answeredByName
    endedAt
    createdAt
    allowedActions
  }
  extensions {
    id
    assignmentId
    reason
    requestedDueDate
    requestedAt
    state
    decidedAt
    decisionNote
  }
}`) as unknown as TypedDocumentString<AcceptAssignmentMutation, AcceptAssignmentMutationVariables>;
export const ReturnAssignmentDocument = new TypedDocumentString(`
    mutation ReturnAssignment($assignmentId: ID!, $reason: String!) {
  result: returnAssignment(assignmentId: $assignmentId, reason: $reason) {
    ...CivicMatterStaffFields
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}
fragment CivicMatterStaffFields on CivicMatter {
  ...CivicMatterFields
  supervisionLevel
  assignments {
    returnReason
  }
  supervisions {
    id
    level
    reason
    responseDue
    status
    response
    answeredAt
    answeredByName
    endedAt
    createdAt
    allowedActions
  }
  extensions {
    id
    assignmentId
    reason
    requestedDueDate
    requestedAt
    state
    decidedAt
    decisionNote
  }
}`) as unknown as TypedDocumentString<ReturnAssignmentMutation, ReturnAssignmentMutationVariables>;
export const ReportPartDocument = new TypedDocumentString(`
    mutation ReportPart($input: ReportPartInput!) {
  result: reportPart(input: $input) {
    ...CivicMatterStaffFields
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}
fragment CivicMatterStaffFields on CivicMatter {
  ...CivicMatterFields
  supervisionLevel
  assignments {
    returnReason
  }
  supervisions {
    id
    level
    reason
    responseDue
    status
    response
    answeredAt
    answeredByName
    endedAt
    createdAt
    allowedActions
  }
  extensions {
    id
    assignmentId
    reason
    requestedDueDate
    requestedAt
    state
    decidedAt
    decisionNote
  }
}`) as unknown as TypedDocumentString<ReportPartMutation, ReportPartMutationVariables>;
export const PostProgressDocument = new TypedDocumentString(`
    mutation PostProgress($id: ID!, $input: ProgressInput!) {
  result: postProgress(id: $id, input: $input) {
    ...CivicMatterStaffFields
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}
fragment CivicMatterStaffFields on CivicMatter {
  ...CivicMatterFields
  supervisionLevel
  assignments {
    returnReason
  }
  supervisions {
    id
    level
    reason
    responseDue
    status
    response
    answeredAt
    answeredByName
    endedAt
    createdAt
    allowedActions
  }
  extensions {
    id
    assignmentId
    reason
    requestedDueDate
    requestedAt
    state
    decidedAt
    decisionNote
  }
}`) as unknown as TypedDocumentString<PostProgressMutation, PostProgressMutationVariables>;
export const ResolveCivicMatterDocument = new TypedDocumentString(`
    mutation ResolveCivicMatter($id: ID!, $input: ResolveCivicMatterInput!) {
  result: resolveCivicMatter(id: $id, input: $input) {
    ...CivicMatterStaffFields
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}
fragment CivicMatterStaffFields on CivicMatter {
  ...CivicMatterFields
  supervisionLevel
  assignments {
    returnReason
  }
  supervisions {
    id
    level
    reason
    responseDue
    status
    response
    answeredAt
    answeredByName
    endedAt
    createdAt
    allowedActions
  }
  extensions {
    id
    assignmentId
    reason
    requestedDueDate
    requestedAt
    state
    decidedAt
    decisionNote
  }
}`) as unknown as TypedDocumentString<ResolveCivicMatterMutation, ResolveCivicMatterMutationVariables>;
export const RecordFollowUpDocument = new TypedDocumentString(`
    mutation RecordFollowUp($id: ID!, $input: FollowUpInput!) {
  result: recordFollowUp(id: $id, input: $input) {
    ...CivicMatterStaffFields
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}
fragment CivicMatterStaffFields on CivicMatter {
  ...CivicMatterFields
  supervisionLevel
  assignments {
    returnReason
  }
  supervisions {
    id
    level
    reason
    responseDue
    status
    response
    answeredAt
    answeredByName
    endedAt
    createdAt
    allowedActions
  }
  extensions {
    id
    assignmentId
    reason
    requestedDueDate
    requestedAt
    state
    decidedAt
    decisionNote
  }
}`) as unknown as TypedDocumentString<RecordFollowUpMutation, RecordFollowUpMutationVariables>;
export const RateCivicMatterDocument = new TypedDocumentString(`
    mutation RateCivicMatter($id: ID!, $input: RateCivicMatterInput!) {
  result: rateCivicMatter(id: $id, input: $input) {
    ...CivicMatterFields
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}`) as unknown as TypedDocumentString<RateCivicMatterMutation, RateCivicMatterMutationVariables>;
export const SuperviseCivicMatterDocument = new TypedDocumentString(`
    mutation SuperviseCivicMatter($id: ID!, $input: SuperviseInput!) {
  result: superviseCivicMatter(id: $id, input: $input) {
    ...CivicMatterStaffFields
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}
fragment CivicMatterStaffFields on CivicMatter {
  ...CivicMatterFields
  supervisionLevel
  assignments {
    returnReason
  }
  supervisions {
    id
    level
    reason
    responseDue
    status
    response
    answeredAt
    answeredByName
    endedAt
    createdAt
    allowedActions
  }
  extensions {
    id
    assignmentId
    reason
    requestedDueDate
    requestedAt
    state
    decidedAt
    decisionNote
  }
}`) as unknown as TypedDocumentString<SuperviseCivicMatterMutation, SuperviseCivicMatterMutationVariables>;
export const AnswerSupervisionDocument = new TypedDocumentString(`
    mutation AnswerSupervision($input: AnswerSupervisionInput!) {
  result: answerSupervision(input: $input) {
    ...CivicMatterStaffFields
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}
fragment CivicMatterStaffFields on CivicMatter {
  ...CivicMatterFields
  supervisionLevel
  assignments {
    returnReason
  }
  supervisions {
    id
    level
    reason
    responseDue
    status
    response
    answeredAt
    answeredByName
    endedAt
    createdAt
    allowedActions
  }
  extensions {
    id
    assignmentId
    reason
    requestedDueDate
    requestedAt
    state
    decidedAt
    decisionNote
  }
}`) as unknown as TypedDocumentString<AnswerSupervisionMutation, AnswerSupervisionMutationVariables>;
export const RequestExtensionDocument = new TypedDocumentString(`
    mutation RequestExtension($id: ID!, $input: ExtensionRequestInput!) {
  result: requestExtension(id: $id, input: $input) {
    ...CivicMatterStaffFields
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}
fragment CivicMatterStaffFields on CivicMatter {
  ...CivicMatterFields
  supervisionLevel
  assignments {
    returnReason
  }
  supervisions {
    id
    level
    reason
    responseDue
    status
    response
    answeredAt
    answeredByName
    endedAt
    createdAt
    allowedActions
  }
  extensions {
    id
    assignmentId
    reason
    requestedDueDate
    requestedAt
    state
    decidedAt
    decisionNote
  }
}`) as unknown as TypedDocumentString<RequestExtensionMutation, RequestExtensionMutationVariables>;
export const DecideExtensionDocument = new TypedDocumentString(`
    mutation DecideExtension($extensionId: ID!, $approve: Boolean!, $note: String) {
  result: decideExtension(
    extensionId: $extensionId
    approve: $approve
    note: $note
  ) {
    ...CivicMatterStaffFields
  }
}
    fragment CivicMatterFields on CivicMatter {
  id
  code
  title
  content
  categoryId
  villageId
  townshipId
  address
  submitterHouseholdId
  submitterName
  submitterPhone
  anonymous
  source
  urgency
  channel
  status
  dueDate
  overdue
  overdueWorkingDays
  reworkCount
  resolution
  closeReason
  duplicateOfId
  receivedAt
  resolvedAt
  closedAt
  version
  category {
    id
    name
    deadlineDays
    defaultChannel
  }
  village {
    id
    name
  }
  township {
    id
    name
  }
  assignments {
    id
    role
    state
    departmentId
    department {
      id
      name
    }
    villageId
    village {
      id
      name
    }
    officialUserId
    personName
    dueDate
    resultNote
    reportedAt
    createdAt
    allowedActions
  }
  myAssignment {
    id
    role
    state
    dueDate
    allowedActions
  }
  allowedActions
  assignableChannels
  timeline {
    id
    type
    fromStatus
    toStatus
    actorName
    at
    note
    public
    data
  }
  followUps {
    id
    method
    reached
    resolved
    satisfaction
    comment
    createdAt
  }
  attachments {
    id
    url
    thumbnailUrl
    width
    height
  }
}
fragment CivicMatterStaffFields on CivicMatter {
  ...CivicMatterFields
  supervisionLevel
  assignments {
    returnReason
  }
  supervisions {
    id
    level
    reason
    responseDue
    status
    response
    answeredAt
    answeredByName
    endedAt
    createdAt
    allowedActions
  }
  extensions {
    id
    assignmentId
    reason
    requestedDueDate
    requestedAt
    state
    decidedAt
    decisionNote
  }
}`) as unknown as TypedDocumentString<DecideExtensionMutation, DecideExtensionMutationVariables>;
export const TownshipListDocument = new TypedDocumentString(`
    query TownshipList($filter: TownshipFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
  page: townships(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
    items {
      ...TownshipFields
    }
    total
    totalCapped
  }
}
    fragment TownshipFields on Township {
  id
  code
  name
  villageCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<TownshipListQuery, TownshipListQueryVariables>;
export const TownshipOneDocument = new TypedDocumentString(`
    query TownshipOne($id: ID!) {
  record: township(id: $id) {
    ...TownshipFields
  }
}
    fragment TownshipFields on Township {
  id
  code
  name
  villageCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<TownshipOneQuery, TownshipOneQueryVariables>;
export const CreateTownshipDocument = new TypedDocumentString(`
    mutation CreateTownship($input: CreateTownshipInput!) {
  record: createTownship(input: $input) {
    ...TownshipFields
  }
}
    fragment TownshipFields on Township {
  id
  code
  name
  villageCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateTownshipMutation, CreateTownshipMutationVariables>;
export const UpdateTownshipDocument = new TypedDocumentString(`
    mutation UpdateTownship($id: ID!, $input: UpdateTownshipInput!) {
  record: updateTownship(id: $id, input: $input) {
    ...TownshipFields
  }
}
    fragment TownshipFields on Township {
  id
  code
  name
  villageCount
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateTownshipMutation, UpdateTownshipMutationVariables>;
export const VillageListDocument = new TypedDocumentString(`
    query VillageList($filter: VillageFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
  page: villages(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
    items {
      ...VillageFields
    }
    total
    totalCapped
  }
}
    fragment VillageFields on Village {
  id
  code
  name
  townshipId
  hasShop
  publicityDays
  rankingSize
  notifyPoints
  householdCount
}`) as unknown as TypedDocumentString<VillageListQuery, VillageListQueryVariables>;
export const VillageOneDocument = new TypedDocumentString(`
    query VillageOne($id: ID!) {
  record: village(id: $id) {
    ...VillageFields
  }
}
    fragment VillageFields on Village {
  id
  code
  name
  townshipId
  hasShop
  publicityDays
  rankingSize
  notifyPoints
  householdCount
}`) as unknown as TypedDocumentString<VillageOneQuery, VillageOneQueryVariables>;
export const CreateVillageDocument = new TypedDocumentString(`
    mutation CreateVillage($input: CreateVillageInput!) {
  record: createVillage(input: $input) {
    ...VillageFields
  }
}
    fragment VillageFields on Village {
  id
  code
  name
  townshipId
  hasShop
  publicityDays
  rankingSize
  notifyPoints
  householdCount
}`) as unknown as TypedDocumentString<CreateVillageMutation, CreateVillageMutationVariables>;
export const UpdateVillageDocument = new TypedDocumentString(`
    mutation UpdateVillage($id: ID!, $input: UpdateVillageInput!) {
  record: updateVillage(id: $id, input: $input) {
    ...VillageFields
  }
}
    fragment VillageFields on Village {
  id
  code
  name
  townshipId
  hasShop
  publicityDays
  rankingSize
  notifyPoints
  householdCount
}`) as unknown as TypedDocumentString<UpdateVillageMutation, UpdateVillageMutationVariables>;
export const DepartmentListDocument = new TypedDocumentString(`
    query DepartmentList($filter: DepartmentFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
  page: departments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
    items {
      ...DepartmentFields
    }
    total
    totalCapped
  }
}
    fragment DepartmentFields on Department {
  id
  code
  name
  kind
  townshipId
  active
}`) as unknown as TypedDocumentString<DepartmentListQuery, DepartmentListQueryVariables>;
export const DepartmentOneDocument = new TypedDocumentString(`
    query DepartmentOne($id: ID!) {
  record: department(id: $id) {
    ...DepartmentFields
  }
}
    fragment DepartmentFields on Department {
  id
  code
  name
  kind
  townshipId
  active
}`) as unknown as TypedDocumentString<DepartmentOneQuery, DepartmentOneQueryVariables>;
export const CreateDepartmentDocument = new TypedDocumentString(`
    mutation CreateDepartment($input: CreateDepartmentInput!) {
  record: createDepartment(input: $input) {
    ...DepartmentFields
  }
}
    fragment DepartmentFields on Department {
  id
  code
  name
  kind
  townshipId
  active
}`) as unknown as TypedDocumentString<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const UpdateDepartmentDocument = new TypedDocumentString(`
    mutation UpdateDepartment($id: ID!, $input: UpdateDepartmentInput!) {
  record: updateDepartment(id: $id, input: $input) {
    ...DepartmentFields
  }
}
    fragment DepartmentFields on Department {
  id
  code
  name
  kind
  townshipId
  active
}`) as unknown as TypedDocumentString<UpdateDepartmentMutation, UpdateDepartmentMutationVariables>;
export const HouseholdListDocument = new TypedDocumentString(`
    query HouseholdList($filter: HouseholdFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
  page: households(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
    items {
      ...HouseholdFields
    }
    total
    totalCapped
  }
}
    fragment HouseholdFields on Household {
  id
  villageId
  number
  headName
  memberCount
  phone
  address
  category
  status
  smsOptOut
  balance
  createdAt
  updatedAt
  allowedActions
}`) as unknown as TypedDocumentString<HouseholdListQuery, HouseholdListQueryVariables>;
export const HouseholdOneDocument = new TypedDocumentString(`
    query HouseholdOne($id: ID!) {
  record: household(id: $id) {
    ...HouseholdFields
  }
}
    fragment HouseholdFields on Household {
  id
  villageId
  number
  headName
  memberCount
  phone
  address
  category
  status
  smsOptOut
  balance
  createdAt
  updatedAt
  allowedActions
}`) as unknown as TypedDocumentString<HouseholdOneQuery, HouseholdOneQueryVariables>;
export const CreateHouseholdDocument = new TypedDocumentString(`
    mutation CreateHousehold($input: CreateHouseholdInput!) {
  record: createHousehold(input: $input) {
    ...HouseholdFields
  }
}
    fragment HouseholdFields on Household {
  id
  villageId
  number
  headName
  memberCount
  phone
  address
  category
  status
  smsOptOut
  balance
  createdAt
  updatedAt
  allowedActions
}`) as unknown as TypedDocumentString<CreateHouseholdMutation, CreateHouseholdMutationVariables>;
export const UpdateHouseholdDocument = new TypedDocumentString(`
    mutation UpdateHousehold($id: ID!, $input: UpdateHouseholdInput!) {
  record: updateHousehold(id: $id, input: $input) {
    ...HouseholdFields
  }
}
    fragment HouseholdFields on Household {
  id
  villageId
  number
  headName
  memberCount
  phone
  address
  category
  status
  smsOptOut
  balance
  createdAt
  updatedAt
  allowedActions
}`) as unknown as TypedDocumentString<UpdateHouseholdMutation, UpdateHouseholdMutationVariables>;
export const ArchiveHouseholdDocument = new TypedDocumentString(`
    mutation ArchiveHousehold($id: ID!) {
  record: archiveHousehold(id: $id) {
    ...HouseholdFields
  }
}
    fragment HouseholdFields on Household {
  id
  villageId
  number
  headName
  memberCount
  phone
  address
  category
  status
  smsOptOut
  balance
  createdAt
  updatedAt
  allowedActions
}`) as unknown as TypedDocumentString<ArchiveHouseholdMutation, ArchiveHouseholdMutationVariables>;
export const UserListDocument = new TypedDocumentString(`
    query UserList($filter: UserFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
  page: users(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
    items {
      ...UserFields
    }
    total
    totalCapped
  }
}
    fragment UserFields on User {
  id
  username
  displayName
  role
  townshipId
  villageId
  departmentId
  householdId
  active
  mustChangePassword
  lastLoginAt
  createdAt
  township {
    id
    name
  }
  village {
    id
    name
  }
  department {
    id
    name
  }
  household {
    id
    number
    headName
  }
}`) as unknown as TypedDocumentString<UserListQuery, UserListQueryVariables>;
export const UserOneDocument = new TypedDocumentString(`
    query UserOne($id: ID!) {
  record: user(id: $id) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  username
  displayName
  role
  townshipId
  villageId
  departmentId
  householdId
  active
  mustChangePassword
  lastLoginAt
  createdAt
  township {
    id
    name
  }
  village {
    id
    name
  }
  department {
    id
    name
  }
  household {
    id
    number
    headName
  }
}`) as unknown as TypedDocumentString<UserOneQuery, UserOneQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  record: createUser(input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  username
  displayName
  role
  townshipId
  villageId
  departmentId
  householdId
  active
  mustChangePassword
  lastLoginAt
  createdAt
  township {
    id
    name
  }
  village {
    id
    name
  }
  department {
    id
    name
  }
  household {
    id
    number
    headName
  }
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
  record: updateUser(id: $id, input: $input) {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  username
  displayName
  role
  townshipId
  villageId
  departmentId
  householdId
  active
  mustChangePassword
  lastLoginAt
  createdAt
  township {
    id
    name
  }
  village {
    id
    name
  }
  department {
    id
    name
  }
  household {
    id
    number
    headName
  }
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const ImportHouseholdsDocument = new TypedDocumentString(`
    mutation ImportHouseholds($input: ImportHouseholdsInput!) {
  result: importHouseholds(input: $input) {
    dryRun
    ok
    total
    failed
    imported
    rows {
      row
      ok
      householdId
      errors {
        field
        code
        message
        duplicateOfRow
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ImportHouseholdsMutation, ImportHouseholdsMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  token
  user {
    id
    username
    displayName
    role
    townshipId
    villageId
    departmentId
    householdId
    mustChangePassword
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($unreadOnly: Boolean, $page: Int, $perPage: Int) {
  result: notifications(unreadOnly: $unreadOnly, page: $page, perPage: $perPage) {
    items {
      id
      kind
      title
      body
      link
      readAt
      createdAt
    }
    total
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  result: unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  result: markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const IssueResidentActivationsDocument = new TypedDocumentString(`
    mutation IssueResidentActivations($input: IssueResidentActivationsInput!) {
  result: issueResidentActivations(input: $input) {
    householdId
    householdNumber
    headName
    villageName
    code
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<IssueResidentActivationsMutation, IssueResidentActivationsMutationVariables>;
export const HouseholdAccountsDocument = new TypedDocumentString(`
    query HouseholdAccounts($id: ID!) {
  result: household(id: $id) {
    id
    activationExpiresAt
    residentAccounts {
      ...ResidentAccountFields
    }
  }
}
    fragment ResidentAccountFields on ResidentAccount {
  id
  username
  displayName
  phone
  active
  lastLoginAt
  createdAt
}`) as unknown as TypedDocumentString<HouseholdAccountsQuery, HouseholdAccountsQueryVariables>;
export const VillageAccountHoldersDocument = new TypedDocumentString(`
    query VillageAccountHolders($villageId: ID!, $page: Int, $perPage: Int) {
  result: households(
    filter: {villageId: $villageId}
    page: $page
    perPage: $perPage
  ) {
    items {
      id
      residentAccounts {
        id
      }
    }
    total
  }
}
    `) as unknown as TypedDocumentString<VillageAccountHoldersQuery, VillageAccountHoldersQueryVariables>;
export const SetResidentAccountActiveDocument = new TypedDocumentString(`
    mutation SetResidentAccountActive($id: ID!, $active: Boolean!) {
  result: setResidentAccountActive(id: $id, active: $active) {
    ...ResidentAccountFields
  }
}
    fragment ResidentAccountFields on ResidentAccount {
  id
  username
  displayName
  phone
  active
  lastLoginAt
  createdAt
}`) as unknown as TypedDocumentString<SetResidentAccountActiveMutation, SetResidentAccountActiveMutationVariables>;
export const ActivateResidentDocument = new TypedDocumentString(`
    mutation ActivateResident($input: ActivateResidentInput!) {
  result: activateResident(input: $input) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  token
  user {
    id
    username
    displayName
    role
    townshipId
    villageId
    departmentId
    householdId
    mustChangePassword
  }
}`) as unknown as TypedDocumentString<ActivateResidentMutation, ActivateResidentMutationVariables>;
export const RequestLoginCodeDocument = new TypedDocumentString(`
    mutation RequestLoginCode($phone: String!) {
  result: requestLoginCode(phone: $phone)
}
    `) as unknown as TypedDocumentString<RequestLoginCodeMutation, RequestLoginCodeMutationVariables>;
export const LoginWithCodeDocument = new TypedDocumentString(`
    mutation LoginWithCode($phone: String!, $code: String!) {
  result: loginWithCode(phone: $phone, code: $code) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  token
  user {
    id
    username
    displayName
    role
    townshipId
    villageId
    departmentId
    householdId
    mustChangePassword
  }
}`) as unknown as TypedDocumentString<LoginWithCodeMutation, LoginWithCodeMutationVariables>;
export const BackupStatusDocument = new TypedDocumentString(`
    query BackupStatus {
  result: backupStatus {
    scheduled
    keep
    stale
    last {
      name
      bytes
      at
    }
  }
}
    `) as unknown as TypedDocumentString<BackupStatusQuery, BackupStatusQueryVariables>;
export const PhotoLimitsDocument = new TypedDocumentString(`
    query PhotoLimits {
  result: photoLimits {
    perRecord
    perProduct
    maxUploadBytes
  }
}
    `) as unknown as TypedDocumentString<PhotoLimitsQuery, PhotoLimitsQueryVariables>;
export const PointRuleListDocument = new TypedDocumentString(`
    query PointRuleList($filter: PointRuleFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
  page: pointRules(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
    items {
      ...PointRuleFields
    }
    total
    totalCapped
  }
}
    fragment PointRuleFields on PointRule {
  id
  category
  name
  description
  points
  villageId
  active
  createdAt
  updatedAt
  allowedActions
}`) as unknown as TypedDocumentString<PointRuleListQuery, PointRuleListQueryVariables>;
export const PointRuleOneDocument = new TypedDocumentString(`
    query PointRuleOne($id: ID!) {
  record: pointRule(id: $id) {
    ...PointRuleFields
  }
}
    fragment PointRuleFields on PointRule {
  id
  category
  name
  description
  points
  villageId
  active
  createdAt
  updatedAt
  allowedActions
}`) as unknown as TypedDocumentString<PointRuleOneQuery, PointRuleOneQueryVariables>;
export const CreatePointRuleDocument = new TypedDocumentString(`
    mutation CreatePointRule($input: CreatePointRuleInput!) {
  record: createPointRule(input: $input) {
    ...PointRuleFields
  }
}
    fragment PointRuleFields on PointRule {
  id
  category
  name
  description
  points
  villageId
  active
  createdAt
  updatedAt
  allowedActions
}`) as unknown as TypedDocumentString<CreatePointRuleMutation, CreatePointRuleMutationVariables>;
export const UpdatePointRuleDocument = new TypedDocumentString(`
    mutation UpdatePointRule($id: ID!, $input: UpdatePointRuleInput!) {
  record: updatePointRule(id: $id, input: $input) {
    ...PointRuleFields
  }
}
    fragment PointRuleFields on PointRule {
  id
  category
  name
  description
  points
  villageId
  active
  createdAt
  updatedAt
  allowedActions
}`) as unknown as TypedDocumentString<UpdatePointRuleMutation, UpdatePointRuleMutationVariables>;
export const PointEntryListDocument = new TypedDocumentString(`
    query PointEntryList($filter: PointEntryFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
  page: pointEntries(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
    items {
      ...PointEntryFields
      attachments {
        ...AttachmentFields
      }
    }
    total
    totalCapped
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
fragment PointEntryFields on PointEntry {
  id
  householdId
  villageId
  kind
  delta
  requestedDelta
  balanceAfter
  reason
  deedDate
  recordedAt
  recordedBy
  ruleId
  batchId
  activityId
  redemptionId
  reversesEntryId
  allowedActions
}`) as unknown as TypedDocumentString<PointEntryListQuery, PointEntryListQueryVariables>;
export const AwardBatchListDocument = new TypedDocumentString(`
    query AwardBatchList($filter: AwardBatchFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
  page: awardBatches(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
    items {
      ...AwardBatchStaffFields
    }
    total
    totalCapped
  }
}
    fragment AwardBatchFields on AwardBatch {
  id
  villageId
  ruleId
  points
  reason
  note
  deedDate
  status
  publicityEndsOn
  postedAt
  withdrawnAt
  withdrawReason
  createdAt
  allowedActions
  lines {
    id
    householdId
    householdNumber
    headName
    state
    removedReason
    objectionCount
    allowedActions
  }
}
fragment AwardObjectionFields on AwardObjection {
  id
  lineId
  reason
  createdAt
}
fragment AwardBatchStaffFields on AwardBatch {
  ...AwardBatchFields
  objections {
    ...AwardObjectionFields
  }
}`) as unknown as TypedDocumentString<AwardBatchListQuery, AwardBatchListQueryVariables>;
export const AwardBatchOneDocument = new TypedDocumentString(`
    query AwardBatchOne($id: ID!) {
  record: awardBatch(id: $id) {
    ...AwardBatchStaffFields
    ...AwardBatchPhotoFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
fragment AwardBatchFields on AwardBatch {
  id
  villageId
  ruleId
  points
  reason
  note
  deedDate
  status
  publicityEndsOn
  postedAt
  withdrawnAt
  withdrawReason
  createdAt
  allowedActions
  lines {
    id
    householdId
    householdNumber
    headName
    state
    removedReason
    objectionCount
    allowedActions
  }
}
fragment AwardBatchPhotoFields on AwardBatch {
  attachments {
    ...AttachmentFields
  }
  lines {
    id
    attachments {
      ...AttachmentFields
    }
  }
}
fragment AwardObjectionFields on AwardObjection {
  id
  lineId
  reason
  createdAt
}
fragment AwardBatchStaffFields on AwardBatch {
  ...AwardBatchFields
  objections {
    ...AwardObjectionFields
  }
}`) as unknown as TypedDocumentString<AwardBatchOneQuery, AwardBatchOneQueryVariables>;
export const AwardBatchListForResidentDocument = new TypedDocumentString(`
    query AwardBatchListForResident($filter: AwardBatchFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
  page: awardBatches(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
    items {
      ...AwardBatchFields
    }
    total
    totalCapped
  }
}
    fragment AwardBatchFields on AwardBatch {
  id
  villageId
  ruleId
  points
  reason
  note
  deedDate
  status
  publicityEndsOn
  postedAt
  withdrawnAt
  withdrawReason
  createdAt
  allowedActions
  lines {
    id
    householdId
    householdNumber
    headName
    state
    removedReason
    objectionCount
    allowedActions
  }
}`) as unknown as TypedDocumentString<AwardBatchListForResidentQuery, AwardBatchListForResidentQueryVariables>;
export const AwardBatchOneForResidentDocument = new TypedDocumentString(`
    query AwardBatchOneForResident($id: ID!) {
  record: awardBatch(id: $id) {
    ...AwardBatchFields
    ...AwardBatchPhotoFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
fragment AwardBatchFields on AwardBatch {
  id
  villageId
  ruleId
  points
  reason
  note
  deedDate
  status
  publicityEndsOn
  postedAt
  withdrawnAt
  withdrawReason
  createdAt
  allowedActions
  lines {
    id
    householdId
    householdNumber
    headName
    state
    removedReason
    objectionCount
    allowedActions
  }
}
fragment AwardBatchPhotoFields on AwardBatch {
  attachments {
    ...AttachmentFields
  }
  lines {
    id
    attachments {
      ...AttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<AwardBatchOneForResidentQuery, AwardBatchOneForResidentQueryVariables>;
export const AwardPointsDocument = new TypedDocumentString(`
    mutation AwardPoints($input: AwardPointsInput!) {
  result: awardPoints(input: $input) {
    entries {
      ...PointEntryFields
      attachments {
        ...AttachmentFields
      }
    }
    batch {
      ...AwardBatchStaffFields
      ...AwardBatchPhotoFields
    }
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
fragment PointEntryFields on PointEntry {
  id
  householdId
  villageId
  kind
  delta
  requestedDelta
  balanceAfter
  reason
  deedDate
  recordedAt
  recordedBy
  ruleId
  batchId
  activityId
  redemptionId
  reversesEntryId
  allowedActions
}
fragment AwardBatchFields on AwardBatch {
  id
  villageId
  ruleId
  points
  reason
  note
  deedDate
  status
  publicityEndsOn
  postedAt
  withdrawnAt
  withdrawReason
  createdAt
  allowedActions
  lines {
    id
    householdId
    householdNumber
    headName
    state
    removedReason
    objectionCount
    allowedActions
  }
}
fragment AwardBatchPhotoFields on AwardBatch {
  attachments {
    ...AttachmentFields
  }
  lines {
    id
    attachments {
      ...AttachmentFields
    }
  }
}
fragment AwardObjectionFields on AwardObjection {
  id
  lineId
  reason
  createdAt
}
fragment AwardBatchStaffFields on AwardBatch {
  ...AwardBatchFields
  objections {
    ...AwardObjectionFields
  }
}`) as unknown as TypedDocumentString<AwardPointsMutation, AwardPointsMutationVariables>;
export const DeductPointsDocument = new TypedDocumentString(`
    mutation DeductPoints($input: DeductPointsInput!) {
  result: deductPoints(input: $input) {
    ...PointEntryFields
  }
}
    fragment PointEntryFields on PointEntry {
  id
  householdId
  villageId
  kind
  delta
  requestedDelta
  balanceAfter
  reason
  deedDate
  recordedAt
  recordedBy
  ruleId
  batchId
  activityId
  redemptionId
  reversesEntryId
  allowedActions
}`) as unknown as TypedDocumentString<DeductPointsMutation, DeductPointsMutationVariables>;
export const ReversePointEntryDocument = new TypedDocumentString(`
    mutation ReversePointEntry($id: ID!, $reason: String!, $idempotencyKey: String!) {
  result: reversePointEntry(
    id: $id
    reason: $reason
    idempotencyKey: $idempotencyKey
  ) {
    ...PointEntryFields
  }
}
    fragment PointEntryFields on PointEntry {
  id
  householdId
  villageId
  kind
  delta
  requestedDelta
  balanceAfter
  reason
  deedDate
  recordedAt
  recordedBy
  ruleId
  batchId
  activityId
  redemptionId
  reversesEntryId
  allowedActions
}`) as unknown as TypedDocumentString<ReversePointEntryMutation, ReversePointEntryMutationVariables>;
export const HouseholdPassbookDocument = new TypedDocumentString(`
    query HouseholdPassbook($householdId: ID!, $from: LocalDate, $to: LocalDate) {
  result: householdPassbook(householdId: $householdId, from: $from, to: $to) {
    householdId
    householdNumber
    headName
    villageName
    from
    to
    openingBalance
    closingBalance
    totalIn
    totalOut
    entries {
      ...PointEntryFields
      attachments {
        ...AttachmentFields
      }
    }
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
fragment PointEntryFields on PointEntry {
  id
  householdId
  villageId
  kind
  delta
  requestedDelta
  balanceAfter
  reason
  deedDate
  recordedAt
  recordedBy
  ruleId
  batchId
  activityId
  redemptionId
  reversesEntryId
  allowedActions
}`) as unknown as TypedDocumentString<HouseholdPassbookQuery, HouseholdPassbookQueryVariables>;
export const VillagePassbooksDocument = new TypedDocumentString(`
    query VillagePassbooks($villageId: ID!, $from: LocalDate, $to: LocalDate) {
  result: villagePassbooks(villageId: $villageId, from: $from, to: $to) {
    householdId
    householdNumber
    headName
    villageName
    from
    to
    openingBalance
    closingBalance
    totalIn
    totalOut
    entries {
      ...PointEntryFields
    }
  }
}
    fragment PointEntryFields on PointEntry {
  id
  householdId
  villageId
  kind
  delta
  requestedDelta
  balanceAfter
  reason
  deedDate
  recordedAt
  recordedBy
  ruleId
  batchId
  activityId
  redemptionId
  reversesEntryId
  allowedActions
}`) as unknown as TypedDocumentString<VillagePassbooksQuery, VillagePassbooksQueryVariables>;
export const PostAwardBatchDocument = new TypedDocumentString(`
    mutation PostAwardBatch($id: ID!) {
  result: postAwardBatch(id: $id) {
    ...AwardBatchStaffFields
    ...AwardBatchPhotoFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
fragment AwardBatchFields on AwardBatch {
  id
  villageId
  ruleId
  points
  reason
  note
  deedDate
  status
  publicityEndsOn
  postedAt
  withdrawnAt
  withdrawReason
  createdAt
  allowedActions
  lines {
    id
    householdId
    householdNumber
    headName
    state
    removedReason
    objectionCount
    allowedActions
  }
}
fragment AwardBatchPhotoFields on AwardBatch {
  attachments {
    ...AttachmentFields
  }
  lines {
    id
    attachments {
      ...AttachmentFields
    }
  }
}
fragment AwardObjectionFields on AwardObjection {
  id
  lineId
  reason
  createdAt
}
fragment AwardBatchStaffFields on AwardBatch {
  ...AwardBatchFields
  objections {
    ...AwardObjectionFields
  }
}`) as unknown as TypedDocumentString<PostAwardBatchMutation, PostAwardBatchMutationVariables>;
export const WithdrawAwardBatchDocument = new TypedDocumentString(`
    mutation WithdrawAwardBatch($id: ID!, $reason: String!) {
  result: withdrawAwardBatch(id: $id, reason: $reason) {
    ...AwardBatchStaffFields
    ...AwardBatchPhotoFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
fragment AwardBatchFields on AwardBatch {
  id
  villageId
  ruleId
  points
  reason
  note
  deedDate
  status
  publicityEndsOn
  postedAt
  withdrawnAt
  withdrawReason
  createdAt
  allowedActions
  lines {
    id
    householdId
    householdNumber
    headName
    state
    removedReason
    objectionCount
    allowedActions
  }
}
fragment AwardBatchPhotoFields on AwardBatch {
  attachments {
    ...AttachmentFields
  }
  lines {
    id
    attachments {
      ...AttachmentFields
    }
  }
}
fragment AwardObjectionFields on AwardObjection {
  id
  lineId
  reason
  createdAt
}
fragment AwardBatchStaffFields on AwardBatch {
  ...AwardBatchFields
  objections {
    ...AwardObjectionFields
  }
}`) as unknown as TypedDocumentString<WithdrawAwardBatchMutation, WithdrawAwardBatchMutationVariables>;
export const RemoveAwardLineDocument = new TypedDocumentString(`
    mutation RemoveAwardLine($lineId: ID!, $reason: String!) {
  result: removeAwardLine(lineId: $lineId, reason: $reason) {
    ...AwardBatchStaffFields
    ...AwardBatchPhotoFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
fragment AwardBatchFields on AwardBatch {
  id
  villageId
  ruleId
  points
  reason
  note
  deedDate
  status
  publicityEndsOn
  postedAt
  withdrawnAt
  withdrawReason
  createdAt
  allowedActions
  lines {
    id
    householdId
    householdNumber
    headName
    state
    removedReason
    objectionCount
    allowedActions
  }
}
fragment AwardBatchPhotoFields on AwardBatch {
  attachments {
    ...AttachmentFields
  }
  lines {
    id
    attachments {
      ...AttachmentFields
    }
  }
}
fragment AwardObjectionFields on AwardObjection {
  id
  lineId
  reason
  createdAt
}
fragment AwardBatchStaffFields on AwardBatch {
  ...AwardBatchFields
  objections {
    ...AwardObjectionFields
  }
}`) as unknown as TypedDocumentString<RemoveAwardLineMutation, RemoveAwardLineMutationVariables>;
export const ObjectToAwardDocument = new TypedDocumentString(`
    mutation ObjectToAward($lineId: ID!, $reason: String!) {
  result: objectToAward(lineId: $lineId, reason: $reason) {
    ...AwardObjectionFields
  }
}
    fragment AwardObjectionFields on AwardObjection {
  id
  lineId
  reason
  createdAt
}`) as unknown as TypedDocumentString<ObjectToAwardMutation, ObjectToAwardMutationVariables>;
export const AwardBatchesWithPhotosDocument = new TypedDocumentString(`
    query AwardBatchesWithPhotos($filter: AwardBatchFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
  result: awardBatches(
    filter: $filter
    sort: $sort
    page: $page
    perPage: $perPage
  ) {
    items {
      ...AwardBatchFields
      ...AwardBatchPhotoFields
    }
    total
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
fragment AwardBatchFields on AwardBatch {
  id
  villageId
  ruleId
  points
  reason
  note
  deedDate
  status
  publicityEndsOn
  postedAt
  withdrawnAt
  withdrawReason
  createdAt
  allowedActions
  lines {
    id
    householdId
    householdNumber
    headName
    state
    removedReason
    objectionCount
    allowedActions
  }
}
fragment AwardBatchPhotoFields on AwardBatch {
  attachments {
    ...AttachmentFields
  }
  lines {
    id
    attachments {
      ...AttachmentFields
    }
  }
}`) as unknown as TypedDocumentString<AwardBatchesWithPhotosQuery, AwardBatchesWithPhotosQueryVariables>;
export const PointsReportDocument = new TypedDocumentString(`
    query PointsReport($filter: PointsReportFilter) {
  result: pointsReport(filter: $filter) {
    ...PointsReportFields
  }
}
    fragment PointsReportFields on PointsReport {
  pointsAwarded
  pointsDeducted
  pointsRedeemed
  pointsRefunded
  netRedeemed
  redeemingHouseholds
  redeemingPeople
  exchangeEventsHeld
  villages
  villagesWithShop
  shopCoverage
}`) as unknown as TypedDocumentString<PointsReportQuery, PointsReportQueryVariables>;
export const PointsRankingDocument = new TypedDocumentString(`
    query PointsRanking($villageId: ID!, $from: LocalDate, $to: LocalDate, $limit: Int) {
  result: pointsRanking(
    villageId: $villageId
    from: $from
    to: $to
    limit: $limit
  ) {
    villageId
    from
    to
    size
    rule {
      zh
      en
    }
    red {
      rank
      householdId
      householdNumber
      headName
      earned
      deducted
    }
    black {
      rank
      householdId
      householdNumber
      headName
      earned
      deducted
    }
  }
}
    `) as unknown as TypedDocumentString<PointsRankingQuery, PointsRankingQueryVariables>;
export const DistrictReportDocument = new TypedDocumentString(`
    query DistrictReport($year: Int!, $townshipId: ID) {
  result: districtReport(year: $year, townshipId: $townshipId) {
    ...DistrictReportFields
  }
}
    fragment DistrictCountFields on DistrictCount {
  value
  monthly
  definition
}
fragment DistrictTallyFields on DistrictTally {
  value
  definition
}
fragment DistrictRatioFields on DistrictRatio {
  numerator
  denominator
  rate
  definition
}
fragment DistrictRateFields on DistrictRate {
  numerator
  denominator
  rate
  definition
  monthlyNumerator
  monthlyDenominator
  monthlyRate
}
fragment DistrictReportFields on DistrictReport {
  year
  townshipId
  townshipName
  from
  to
  asOf
  timezone
  shop {
    villages {
      ...DistrictTallyFields
    }
    villagesWithShop {
      ...DistrictTallyFields
    }
    shopCoverage {
      ...DistrictRatioFields
    }
    exchangeEvents {
      ...DistrictCountFields
    }
    pointsRedeemed {
      ...DistrictCountFields
    }
    pointsRefunded {
      ...DistrictCountFields
    }
    netRedeemed {
      ...DistrictCountFields
    }
    redeemingHouseholds {
      ...DistrictCountFields
    }
    redeemingPeople {
      ...DistrictCountFields
    }
  }
  volunteer {
    activitiesHeld {
      ...DistrictCountFields
    }
    participations {
      ...DistrictCountFields
    }
    brandsActive {
      ...DistrictCountFields
    }
    teams {
      ...DistrictTallyFields
    }
    teamMembers {
      ...DistrictTallyFields
    }
  }
  civic {
    received {
      ...DistrictCountFields
    }
    byChannel {
      direct {
        ...DistrictCountFields
      }
      lead {
        ...DistrictCountFields
      }
      joint {
        ...DistrictCountFields
      }
      supervised {
        ...DistrictCountFields
      }
      unassigned {
        ...DistrictCountFields
      }
    }
    resolutionRate {
      ...DistrictRateFields
    }
    satisfactionRate {
      ...DistrictRateFields
    }
  }
  households {
    active {
      ...DistrictTallyFields
    }
    general {
      ...DistrictTallyFields
    }
    lifted {
      ...DistrictTallyFields
    }
    monitored {
      ...DistrictTallyFields
    }
  }
}`) as unknown as TypedDocumentString<DistrictReportQuery, DistrictReportQueryVariables>;
export const PointsByMonthDocument = new TypedDocumentString(`
    query PointsByMonth($filter: PointsReportFilter) {
  result: pointsReport(filter: $filter) {
    ...PointsReportFields
    months {
      ...PointsMonthFields
    }
  }
}
    fragment PointsReportFields on PointsReport {
  pointsAwarded
  pointsDeducted
  pointsRedeemed
  pointsRefunded
  netRedeemed
  redeemingHouseholds
  redeemingPeople
  exchangeEventsHeld
  villages
  villagesWithShop
  shopCoverage
}
fragment PointsMonthFields on PointsMonth {
  month
  pointsAwarded
  netRedeemed
}`) as unknown as TypedDocumentString<PointsByMonthQuery, PointsByMonthQueryVariables>;
export const CivicByMonthDocument = new TypedDocumentString(`
    query CivicByMonth($filter: CivicReportFilter) {
  result: civicReport(filter: $filter) {
    ...CivicYearFields
    months {
      ...CivicMonthFields
    }
    departmentWorkload {
      departmentId
      name
      open
      overdue
      partsUnreported
      supervisionsOverdue
    }
  }
}
    fragment CivicRateFields on CivicRate {
  numerator
  denominator
  rate
}
fragment CivicYearFields on CivicReport {
  received
  overdue
  byChannel {
    channel
    count
  }
  resolutionRate {
    ...CivicRateFields
  }
  onTimeRate {
    ...CivicRateFields
  }
  followUpRate {
    ...CivicRateFields
  }
  satisfactionRate {
    ...CivicRateFields
  }
  reworkRate {
    ...CivicRateFields
  }
}
fragment CivicMonthFields on CivicMonth {
  month
  received
  resolutionRate {
    ...CivicRateFields
  }
}`) as unknown as TypedDocumentString<CivicByMonthQuery, CivicByMonthQueryVariables>;
export const ProductListDocument = new TypedDocumentString(`
    query ProductList($filter: ProductFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
  page: products(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
    items {
      ...ProductFields
    }
    total
    totalCapped
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
fragment ProductFields on Product {
  id
  villageId
  name
  unit
  price
  stock
  active
  createdAt
  updatedAt
  attachments {
    ...AttachmentFields
  }
}`) as unknown as TypedDocumentString<ProductListQuery, ProductListQueryVariables>;
export const ProductOneDocument = new TypedDocumentString(`
    query ProductOne($id: ID!) {
  record: product(id: $id) {
    ...ProductFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
fragment ProductFields on Product {
  id
  villageId
  name
  unit
  price
  stock
  active
  createdAt
  updatedAt
  attachments {
    ...AttachmentFields
  }
}`) as unknown as TypedDocumentString<ProductOneQuery, ProductOneQueryVariables>;
export const CreateProductDocument = new TypedDocumentString(`
    mutation CreateProduct($input: CreateProductInput!) {
  record: createProduct(input: $input) {
    ...ProductFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
fragment ProductFields on Product {
  id
  villageId
  name
  unit
  price
  stock
  active
  createdAt
  updatedAt
  attachments {
    ...AttachmentFields
  }
}`) as unknown as TypedDocumentString<CreateProductMutation, CreateProductMutationVariables>;
export const UpdateProductDocument = new TypedDocumentString(`
    mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {
  record: updateProduct(id: $id, input: $input) {
    ...ProductFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
fragment ProductFields on Product {
  id
  villageId
  name
  unit
  price
  stock
  active
  createdAt
  updatedAt
  attachments {
    ...AttachmentFields
  }
}`) as unknown as TypedDocumentString<UpdateProductMutation, UpdateProductMutationVariables>;
export const ExchangeEventListDocument = new TypedDocumentString(`
    query ExchangeEventList($filter: ExchangeEventFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
  page: exchangeEvents(
    filter: $filter
    sort: $sort
    page: $page
    perPage: $perPage
  ) {
    items {
      ...ExchangeEventFields
    }
    total
    totalCapped
  }
}
    fragment ExchangeEventFields on ExchangeEvent {
  id
  villageId
  date
  title
  status
  upcoming
  createdAt
  allowedActions
}`) as unknown as TypedDocumentString<ExchangeEventListQuery, ExchangeEventListQueryVariables>;
export const ExchangeEventOneDocument = new TypedDocumentString(`
    query ExchangeEventOne($id: ID!) {
  record: exchangeEvent(id: $id) {
    ...ExchangeEventFields
  }
}
    fragment ExchangeEventFields on ExchangeEvent {
  id
  villageId
  date
  title
  status
  upcoming
  createdAt
  allowedActions
}`) as unknown as TypedDocumentString<ExchangeEventOneQuery, ExchangeEventOneQueryVariables>;
export const CreateExchangeEventDocument = new TypedDocumentString(`
    mutation CreateExchangeEvent($input: CreateExchangeEventInput!) {
  record: createExchangeEvent(input: $input) {
    ...ExchangeEventFields
  }
}
    fragment ExchangeEventFields on ExchangeEvent {
  id
  villageId
  date
  title
  status
  upcoming
  createdAt
  allowedActions
}`) as unknown as TypedDocumentString<CreateExchangeEventMutation, CreateExchangeEventMutationVariables>;
export const RedemptionListDocument = new TypedDocumentString(`
    query RedemptionList($filter: RedemptionFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
  page: redemptions(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
    items {
      ...RedemptionFields
    }
    total
    totalCapped
  }
}
    fragment RedemptionFields on Redemption {
  id
  householdId
  villageId
  eventId
  total
  status
  createdAt
  cancelledAt
  cancelReason
  recordedBy
  allowedActions
  household {
    number
    headName
  }
  lines {
    productId
    productName
    quantity
    unitPrice
    amount
  }
}`) as unknown as TypedDocumentString<RedemptionListQuery, RedemptionListQueryVariables>;
export const RedemptionOneDocument = new TypedDocumentString(`
    query RedemptionOne($id: ID!) {
  record: redemption(id: $id) {
    ...RedemptionFields
  }
}
    fragment RedemptionFields on Redemption {
  id
  householdId
  villageId
  eventId
  total
  status
  createdAt
  cancelledAt
  cancelReason
  recordedBy
  allowedActions
  household {
    number
    headName
  }
  lines {
    productId
    productName
    quantity
    unitPrice
    amount
  }
}`) as unknown as TypedDocumentString<RedemptionOneQuery, RedemptionOneQueryVariables>;
export const RedemptionReceiptDocument = new TypedDocumentString(`
    query RedemptionReceipt($id: ID!) {
  result: redemption(id: $id) {
    ...RedemptionFields
    villageName
    eventTitle
    recorderName
    entries {
      id
      kind
      delta
      balanceAfter
      recordedAt
    }
  }
}
    fragment RedemptionFields on Redemption {
  id
  householdId
  villageId
  eventId
  total
  status
  createdAt
  cancelledAt
  cancelReason
  recordedBy
  allowedActions
  household {
    number
    headName
  }
  lines {
    productId
    productName
    quantity
    unitPrice
    amount
  }
}`) as unknown as TypedDocumentString<RedemptionReceiptQuery, RedemptionReceiptQueryVariables>;
export const RestockProductDocument = new TypedDocumentString(`
    mutation RestockProduct($id: ID!, $quantity: Int!, $reason: String!) {
  result: restockProduct(id: $id, quantity: $quantity, reason: $reason) {
    ...ProductFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
fragment ProductFields on Product {
  id
  villageId
  name
  unit
  price
  stock
  active
  createdAt
  updatedAt
  attachments {
    ...AttachmentFields
  }
}`) as unknown as TypedDocumentString<RestockProductMutation, RestockProductMutationVariables>;
export const StockMovementsDocument = new TypedDocumentString(`
    query StockMovements($productId: ID!, $page: Int, $perPage: Int) {
  result: stockMovements(productId: $productId, page: $page, perPage: $perPage) {
    items {
      id
      productId
      delta
      reason
      recordedAt
      recordedBy
    }
    total
  }
}
    `) as unknown as TypedDocumentString<StockMovementsQuery, StockMovementsQueryVariables>;
export const CloseExchangeEventDocument = new TypedDocumentString(`
    mutation CloseExchangeEvent($id: ID!) {
  result: closeExchangeEvent(id: $id) {
    ...ExchangeEventFields
  }
}
    fragment ExchangeEventFields on ExchangeEvent {
  id
  villageId
  date
  title
  status
  upcoming
  createdAt
  allowedActions
}`) as unknown as TypedDocumentString<CloseExchangeEventMutation, CloseExchangeEventMutationVariables>;
export const ReopenExchangeEventDocument = new TypedDocumentString(`
    mutation ReopenExchangeEvent($id: ID!) {
  result: reopenExchangeEvent(id: $id) {
    ...ExchangeEventFields
  }
}
    fragment ExchangeEventFields on ExchangeEvent {
  id
  villageId
  date
  title
  status
  upcoming
  createdAt
  allowedActions
}`) as unknown as TypedDocumentString<ReopenExchangeEventMutation, ReopenExchangeEventMutationVariables>;
export const RedeemDocument = new TypedDocumentString(`
    mutation Redeem($input: RedeemInput!) {
  result: redeem(input: $input) {
    ...RedemptionFields
  }
}
    fragment RedemptionFields on Redemption {
  id
  householdId
  villageId
  eventId
  total
  status
  createdAt
  cancelledAt
  cancelReason
  recordedBy
  allowedActions
  household {
    number
    headName
  }
  lines {
    productId
    productName
    quantity
    unitPrice
    amount
  }
}`) as unknown as TypedDocumentString<RedeemMutation, RedeemMutationVariables>;
export const CancelRedemptionDocument = new TypedDocumentString(`
    mutation CancelRedemption($id: ID!, $reason: String!) {
  result: cancelRedemption(id: $id, reason: $reason) {
    ...RedemptionFields
  }
}
    fragment RedemptionFields on Redemption {
  id
  householdId
  villageId
  eventId
  total
  status
  createdAt
  cancelledAt
  cancelReason
  recordedBy
  allowedActions
  household {
    number
    headName
  }
  lines {
    productId
    productName
    quantity
    unitPrice
    amount
  }
}`) as unknown as TypedDocumentString<CancelRedemptionMutation, CancelRedemptionMutationVariables>;
export const VolunteerTeamListDocument = new TypedDocumentString(`
    query VolunteerTeamList($filter: VolunteerTeamFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
  page: volunteerTeams(
    filter: $filter
    sort: $sort
    page: $page
    perPage: $perPage
  ) {
    items {
      ...VolunteerTeamFields
    }
    total
    totalCapped
  }
}
    fragment VolunteerTeamFields on VolunteerTeam {
  id
  name
  kind
  leaderName
  memberCount
  townshipId
  villageId
  active
  createdAt
  updatedAt
  allowedActions
}`) as unknown as TypedDocumentString<VolunteerTeamListQuery, VolunteerTeamListQueryVariables>;
export const VolunteerTeamOneDocument = new TypedDocumentString(`
    query VolunteerTeamOne($id: ID!) {
  record: volunteerTeam(id: $id) {
    ...VolunteerTeamFields
  }
}
    fragment VolunteerTeamFields on VolunteerTeam {
  id
  name
  kind
  leaderName
  memberCount
  townshipId
  villageId
  active
  createdAt
  updatedAt
  allowedActions
}`) as unknown as TypedDocumentString<VolunteerTeamOneQuery, VolunteerTeamOneQueryVariables>;
export const CreateVolunteerTeamDocument = new TypedDocumentString(`
    mutation CreateVolunteerTeam($input: CreateVolunteerTeamInput!) {
  record: createVolunteerTeam(input: $input) {
    ...VolunteerTeamFields
  }
}
    fragment VolunteerTeamFields on VolunteerTeam {
  id
  name
  kind
  leaderName
  memberCount
  townshipId
  villageId
  active
  createdAt
  updatedAt
  allowedActions
}`) as unknown as TypedDocumentString<CreateVolunteerTeamMutation, CreateVolunteerTeamMutationVariables>;
export const UpdateVolunteerTeamDocument = new TypedDocumentString(`
    mutation UpdateVolunteerTeam($id: ID!, $input: UpdateVolunteerTeamInput!) {
  record: updateVolunteerTeam(id: $id, input: $input) {
    ...VolunteerTeamFields
  }
}
    fragment VolunteerTeamFields on VolunteerTeam {
  id
  name
  kind
  leaderName
  memberCount
  townshipId
  villageId
  active
  createdAt
  updatedAt
  allowedActions
}`) as unknown as TypedDocumentString<UpdateVolunteerTeamMutation, UpdateVolunteerTeamMutationVariables>;
export const ServiceBrandListDocument = new TypedDocumentString(`
    query ServiceBrandList($filter: ServiceBrandFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
  page: serviceBrands(
    filter: $filter
    sort: $sort
    page: $page
    perPage: $perPage
  ) {
    items {
      ...ServiceBrandFields
    }
    total
    totalCapped
  }
}
    fragment ServiceBrandFields on ServiceBrand {
  id
  name
  description
  townshipId
  villageId
  active
  createdAt
  updatedAt
  allowedActions
}`) as unknown as TypedDocumentString<ServiceBrandListQuery, ServiceBrandListQueryVariables>;
export const ServiceBrandOneDocument = new TypedDocumentString(`
    query ServiceBrandOne($id: ID!) {
  record: serviceBrand(id: $id) {
    ...ServiceBrandFields
  }
}
    fragment ServiceBrandFields on ServiceBrand {
  id
  name
  description
  townshipId
  villageId
  active
  createdAt
  updatedAt
  allowedActions
}`) as unknown as TypedDocumentString<ServiceBrandOneQuery, ServiceBrandOneQueryVariables>;
export const CreateServiceBrandDocument = new TypedDocumentString(`
    mutation CreateServiceBrand($input: CreateServiceBrandInput!) {
  record: createServiceBrand(input: $input) {
    ...ServiceBrandFields
  }
}
    fragment ServiceBrandFields on ServiceBrand {
  id
  name
  description
  townshipId
  villageId
  active
  createdAt
  updatedAt
  allowedActions
}`) as unknown as TypedDocumentString<CreateServiceBrandMutation, CreateServiceBrandMutationVariables>;
export const UpdateServiceBrandDocument = new TypedDocumentString(`
    mutation UpdateServiceBrand($id: ID!, $input: UpdateServiceBrandInput!) {
  record: updateServiceBrand(id: $id, input: $input) {
    ...ServiceBrandFields
  }
}
    fragment ServiceBrandFields on ServiceBrand {
  id
  name
  description
  townshipId
  villageId
  active
  createdAt
  updatedAt
  allowedActions
}`) as unknown as TypedDocumentString<UpdateServiceBrandMutation, UpdateServiceBrandMutationVariables>;
export const ActivityListDocument = new TypedDocumentString(`
    query ActivityList($filter: ActivityFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
  page: activities(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
    items {
      ...ActivityFields
    }
    total
    totalCapped
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
fragment ActivityFields on Activity {
  id
  title
  date
  place
  description
  category
  status
  villageId
  teamId
  brandId
  pointsPerParticipant
  ruleId
  points
  participantCount
  people
  confirmedAt
  cancelReason
  cancelledAt
  createdAt
  updatedAt
  allowedActions
  attachments {
    ...AttachmentFields
  }
}`) as unknown as TypedDocumentString<ActivityListQuery, ActivityListQueryVariables>;
export const ActivityOneDocument = new TypedDocumentString(`
    query ActivityOne($id: ID!) {
  record: activity(id: $id) {
    ...ActivityFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
fragment ActivityFields on Activity {
  id
  title
  date
  place
  description
  category
  status
  villageId
  teamId
  brandId
  pointsPerParticipant
  ruleId
  points
  participantCount
  people
  confirmedAt
  cancelReason
  cancelledAt
  createdAt
  updatedAt
  allowedActions
  attachments {
    ...AttachmentFields
  }
}`) as unknown as TypedDocumentString<ActivityOneQuery, ActivityOneQueryVariables>;
export const CreateActivityDocument = new TypedDocumentString(`
    mutation CreateActivity($input: CreateActivityInput!) {
  record: createActivity(input: $input) {
    ...ActivityFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
fragment ActivityFields on Activity {
  id
  title
  date
  place
  description
  category
  status
  villageId
  teamId
  brandId
  pointsPerParticipant
  ruleId
  points
  participantCount
  people
  confirmedAt
  cancelReason
  cancelledAt
  createdAt
  updatedAt
  allowedActions
  attachments {
    ...AttachmentFields
  }
}`) as unknown as TypedDocumentString<CreateActivityMutation, CreateActivityMutationVariables>;
export const UpdateActivityDocument = new TypedDocumentString(`
    mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {
  record: updateActivity(id: $id, input: $input) {
    ...ActivityFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
fragment ActivityFields on Activity {
  id
  title
  date
  place
  description
  category
  status
  villageId
  teamId
  brandId
  pointsPerParticipant
  ruleId
  points
  participantCount
  people
  confirmedAt
  cancelReason
  cancelledAt
  createdAt
  updatedAt
  allowedActions
  attachments {
    ...AttachmentFields
  }
}`) as unknown as TypedDocumentString<UpdateActivityMutation, UpdateActivityMutationVariables>;
export const ActivityDetailDocument = new TypedDocumentString(`
    query ActivityDetail($id: ID!) {
  result: activity(id: $id) {
    participants {
      ...ActivityParticipantFields
    }
    entries {
      ...PointEntryFields
    }
  }
}
    fragment PointEntryFields on PointEntry {
  id
  householdId
  villageId
  kind
  delta
  requestedDelta
  balanceAfter
  reason
  deedDate
  recordedAt
  recordedBy
  ruleId
  batchId
  activityId
  redemptionId
  reversesEntryId
  allowedActions
}
fragment ActivityParticipantFields on ActivityParticipant {
  id
  activityId
  householdId
  householdNumber
  headName
  people
  hours
}`) as unknown as TypedDocumentString<ActivityDetailQuery, ActivityDetailQueryVariables>;
export const RecordParticipationDocument = new TypedDocumentString(`
    mutation RecordParticipation($activityId: ID!, $participants: [ParticipantInput!]!, $attachmentIds: [ID!]) {
  result: recordParticipation(
    activityId: $activityId
    participants: $participants
    attachmentIds: $attachmentIds
  ) {
    ...ActivityFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
fragment ActivityFields on Activity {
  id
  title
  date
  place
  description
  category
  status
  villageId
  teamId
  brandId
  pointsPerParticipant
  ruleId
  points
  participantCount
  people
  confirmedAt
  cancelReason
  cancelledAt
  createdAt
  updatedAt
  allowedActions
  attachments {
    ...AttachmentFields
  }
}`) as unknown as TypedDocumentString<RecordParticipationMutation, RecordParticipationMutationVariables>;
export const ConfirmActivityDocument = new TypedDocumentString(`
    mutation ConfirmActivity($id: ID!, $idempotencyKey: String!) {
  result: confirmActivity(id: $id, idempotencyKey: $idempotencyKey) {
    ...ActivityFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
fragment ActivityFields on Activity {
  id
  title
  date
  place
  description
  category
  status
  villageId
  teamId
  brandId
  pointsPerParticipant
  ruleId
  points
  participantCount
  people
  confirmedAt
  cancelReason
  cancelledAt
  createdAt
  updatedAt
  allowedActions
  attachments {
    ...AttachmentFields
  }
}`) as unknown as TypedDocumentString<ConfirmActivityMutation, ConfirmActivityMutationVariables>;
export const CancelActivityDocument = new TypedDocumentString(`
    mutation CancelActivity($id: ID!, $reason: String!, $idempotencyKey: String) {
  result: cancelActivity(
    id: $id
    reason: $reason
    idempotencyKey: $idempotencyKey
  ) {
    ...ActivityFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  url
  thumbnailUrl
  width
  height
}
fragment ActivityFields on Activity {
  id
  title
  date
  place
  description
  category
  status
  villageId
  teamId
  brandId
  pointsPerParticipant
  ruleId
  points
  participantCount
  people
  confirmedAt
  cancelReason
  cancelledAt
  createdAt
  updatedAt
  allowedActions
  attachments {
    ...AttachmentFields
  }
}`) as unknown as TypedDocumentString<CancelActivityMutation, CancelActivityMutationVariables>;
export const ActivityParticipationsDocument = new TypedDocumentString(`
    query ActivityParticipations($filter: ParticipationFilter, $perPage: Int) {
  result: activityParticipations(filter: $filter, page: 1, perPage: $perPage) {
    items {
      ...ActivityParticipantFields
      activity {
        id
        title
        date
        place
        status
        points
        villageId
      }
    }
    total
  }
}
    fragment ActivityParticipantFields on ActivityParticipant {
  id
  activityId
  householdId
  householdNumber
  headName
  people
  hours
}`) as unknown as TypedDocumentString<ActivityParticipationsQuery, ActivityParticipationsQueryVariables>;
export const CalendarDaysDocument = new TypedDocumentString(`
    query CalendarDays($from: LocalDate!, $to: LocalDate!) {
  result: calendarDays(from: $from, to: $to) {
    ...CalendarDayFields
  }
}
    fragment CalendarDayFields on CalendarDay {
  date
  kind
  name
  createdAt
}`) as unknown as TypedDocumentString<CalendarDaysQuery, CalendarDaysQueryVariables>;
export const SetCalendarDayDocument = new TypedDocumentString(`
    mutation SetCalendarDay($date: LocalDate!, $kind: CalendarDayKind!, $name: String!) {
  result: setCalendarDay(date: $date, kind: $kind, name: $name) {
    ...CalendarDayFields
  }
}
    fragment CalendarDayFields on CalendarDay {
  date
  kind
  name
  createdAt
}`) as unknown as TypedDocumentString<SetCalendarDayMutation, SetCalendarDayMutationVariables>;
export const RemoveCalendarDayDocument = new TypedDocumentString(`
    mutation RemoveCalendarDay($date: LocalDate!) {
  result: removeCalendarDay(date: $date)
}
    `) as unknown as TypedDocumentString<RemoveCalendarDayMutation, RemoveCalendarDayMutationVariables>;