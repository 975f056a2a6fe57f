import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import {
  assignmentRoleEnum,
  assignmentStateEnum,
  civicChannelEnum,
  civicStatusEnum,
  extensionStateEnum,
  followUpMethodEnum,
  followUpResolvedEnum,
  intakeSourceEnum,
  satisfactionEnum,
  supervisionLevelEnum,
  supervisionStatusEnum,
  urgencyEnum,
} from "./enums";
import { departments, townships, villages } from "./geo";
import { households } from "./households";
import { users } from "./users";

/** A matter category (事项类别) with its default channel and deadline in working days. */
export const civicCategories = pgTable(
  "civic_categories",
  {
    id: id(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    defaultChannel: civicChannelEnum("default_channel").notNull(),
    deadlineDays: integer("deadline_days").notNull(),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("civic_categories_code_uq").on(t.code), check("civic_categories_deadline_ck", sql`${t.deadlineDays} > 0`)],
);

/** The last number handed out per year, so codes (MS-2026-00042) are never reused. */
export const civicCodeCounters = pgTable("civic_code_counters", {
  year: integer("year").primaryKey(),
  last: integer("last").notNull(),
});

export const civicMatters = pgTable(
  "civic_matters",
  {
    id: id(),
    code: text("code").notNull(),
    title: text("title").notNull(),
    content: text("content").notNull(),
    categoryId: integer("category_id")
      .notNull()
      .references(() => civicCategories.id),
    villageId: integer("village_id")
      .notNull()
      .references(() => villages.id),
    /** The village's township, kept on the row for scope filters and reports. */
    townshipId: integer("township_id")
      .notNull()
      .references(() => townships.id),
    address: text("address"),
    submitterHouseholdId: integer("submitter_household_id").references(() => households.id),
    submitterName: text("submitter_name"),
    submitterPhone: text("submitter_phone"),
    anonymous: boolean("anonymous").notNull().default(false),
    source: intakeSourceEnum("source").notNull(),
    urgency: urgencyEnum("urgency").notNull().default("NORMAL"),
    channel: civicChannelEnum("channel"),
    status: civicStatusEnum("status").notNull().default("RECEIVED"),
    dueDate: date("due_date"),
    supervisionLevel: supervisionLevelEnum("supervision_level"),
    reworkCount: integer("rework_count").notNull().default(0),
    /**
     * Whether the matter has ever had a follow-up (回访), an assignment, an
     * ESCALATED supervision: set by statement triggers on those tables
     * (migrations/0016), which are never deleted from, so the reports read
     * a column instead of three EXISTS per matter.
     */
    hasFollowUp: boolean("has_follow_up").notNull().default(false),
    hasAssignment: boolean("has_assignment").notNull().default(false),
    wasEscalated: boolean("was_escalated").notNull().default(false),
    /**
     * Kept by statement triggers for the reports (migrations/0017), so they
     * read the matter instead of its timeline and follow-ups: the time of
     * its first RESOLVED event (matter_events is append-only), whether a
     * follow-up ever reached the resident, and the satisfaction the latest
     * such follow-up recorded (by created_at, then id; follow-ups are only
     * inserted).
     */
    firstResolvedAt: timestamp("first_resolved_at", { withTimezone: true }),
    residentReached: boolean("resident_reached").notNull().default(false),
    residentSatisfaction: satisfactionEnum("resident_satisfaction"),
    duplicateOfId: integer("duplicate_of_id"),
    resolution: text("resolution"),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closeReason: text("close_reason"),
    /** Optimistic concurrency: every transition bumps it; a stale one is CONFLICT. */
    version: integer("version").notNull().default(1),
    createdBy: integer("created_by").references(() => users.id),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("civic_matters_code_uq").on(t.code),
    foreignKey({ columns: [t.duplicateOfId], foreignColumns: [t.id], name: "civic_matters_duplicate_of_fk" }),
    index("civic_matters_status_idx").on(t.status),
    index("civic_matters_channel_idx").on(t.channel),
    index("civic_matters_category_idx").on(t.categoryId),
    index("civic_matters_village_idx").on(t.villageId),
    index("civic_matters_township_received_idx").on(t.townshipId, t.receivedAt),
    // Every column civicReport's and districtReport's cohort statements read
    // (by the period received), the id for the workloads' joins too, so a
    // district's year is an index-only scan instead of reading the wide rows
    // (migrations/0020).
    index("civic_matters_report_idx").on(
      t.receivedAt,
      t.townshipId,
      t.villageId,
      t.categoryId,
      t.channel,
      t.status,
      t.dueDate,
      t.resolvedAt,
      t.reworkCount,
      t.hasFollowUp,
      t.hasAssignment,
      t.wasEscalated,
      t.residentReached,
      t.residentSatisfaction,
      t.firstResolvedAt,
      t.id,
    ),
    index("civic_matters_due_idx").on(t.dueDate),
    index("civic_matters_submitter_idx").on(t.submitterHouseholdId),
    check("civic_matters_rework_ck", sql`${t.reworkCount} >= 0`),
    check("civic_matters_anonymous_ck", sql`not ${t.anonymous} or (${t.submitterName} is null and ${t.submitterPhone} is null)`),
  ],
);

/** Who handles a matter: a unit (department / village / supervision office) or a named official. */
export const matterAssignments = pgTable(
  "matter_assignments",
  {
    id: id(),
    matterId: integer("matter_id")
      .notNull()
      .references(() => civicMatters.id),
    role: assignmentRoleEnum("role").notNull(),
    departmentId: integer("department_id").references(() => departments.id),
    villageId: integer("village_id").references(() => villages.id),
    officialUserId: integer("official_user_id").references(() => users.id),
    personName: text("person_name"),
    state: assignmentStateEnum("state").notNull().default("PENDING"),
    dueDate: date("due_date").notNull(),
    returnReason: text("return_reason"),
    resultNote: text("result_note"),
    /** The assignee gave it to itself (a committee's 直办 at intake): accepted by that act, never returned to itself. */
    selfAssigned: boolean("self_assigned").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("matter_assignments_matter_idx").on(t.matterId),
    index("matter_assignments_department_state_idx").on(t.departmentId, t.state),
    index("matter_assignments_official_state_idx").on(t.officialUserId, t.state),
    /** The open assignments (a twelfth of a district's), every column civicReport's workloads read: they join the cohort by matter. */
    index("matter_assignments_open_idx")
      .on(t.matterId, t.state, t.role, t.departmentId, t.officialUserId, t.dueDate)
      .where(sql`${t.state} in ('PENDING', 'ACCEPTED')`),
    check(
      "matter_assignments_unit_ck",
      sql`${t.departmentId} is not null or ${t.villageId} is not null or ${t.officialUserId} is not null`,
    ),
  ],
);

/**
 * Supervision actions (督办): urge, written notice, escalation. OPEN until the
 * handling unit answers (ANSWERED); ENDED, keeping any answer, when the
 * matter is resolved, closed, rejected or merged.
 */
export const matterSupervisions = pgTable(
  "matter_supervisions",
  {
    id: id(),
    matterId: integer("matter_id")
      .notNull()
      .references(() => civicMatters.id),
    level: supervisionLevelEnum("level").notNull(),
    reason: text("reason").notNull(),
    responseDue: date("response_due").notNull(),
    status: supervisionStatusEnum("status").notNull().default("OPEN"),
    response: text("response"),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    answeredBy: integer("answered_by").references(() => users.id),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("matter_supervisions_matter_idx").on(t.matterId),
    // An answer is whole (text, when, who); OPEN has none, ANSWERED has one; only ENDED has an end time.
    check(
      "matter_supervisions_answer_ck",
      sql`(${t.response} is null) = (${t.answeredAt} is null) and (${t.response} is null) = (${t.answeredBy} is null)
        and (${t.status} = 'ENDED') = (${t.endedAt} is not null)
        and case ${t.status} when 'OPEN' then ${t.response} is null when 'ANSWERED' then ${t.response} is not null else true end`,
    ),
  ],
);

/** Extension requests (延期): asked before the due date, decided by staff above. */
export const matterExtensions = pgTable(
  "matter_extensions",
  {
    id: id(),
    matterId: integer("matter_id")
      .notNull()
      .references(() => civicMatters.id),
    assignmentId: integer("assignment_id").references(() => matterAssignments.id),
    requestedDueDate: date("requested_due_date").notNull(),
    reason: text("reason").notNull(),
    state: extensionStateEnum("state").notNull().default("PENDING"),
    requestedBy: integer("requested_by")
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    decidedBy: integer("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionNote: text("decision_note"),
  },
  (t) => [index("matter_extensions_matter_idx").on(t.matterId)],
);

/** A follow-up visit (回访). */
export const followUps = pgTable(
  "follow_ups",
  {
    id: id(),
    matterId: integer("matter_id")
      .notNull()
      .references(() => civicMatters.id),
    method: followUpMethodEnum("method").notNull(),
    reached: boolean("reached").notNull(),
    resolved: followUpResolvedEnum("resolved"),
    satisfaction: satisfactionEnum("satisfaction"),
    comment: text("comment"),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("follow_ups_matter_idx").on(t.matterId),
    check("follow_ups_reached_ck", sql`${t.reached} or (${t.resolved} is null and ${t.satisfaction} is null)`),
  ],
);

/** The matter's timeline: append-only, the database refuses UPDATE and DELETE. */
export const matterEvents = pgTable(
  "matter_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    matterId: integer("matter_id")
      .notNull()
      .references(() => civicMatters.id),
    type: text("type").notNull(),
    fromStatus: civicStatusEnum("from_status"),
    toStatus: civicStatusEnum("to_status"),
    actorId: integer("actor_id").references(() => users.id),
    note: text("note"),
    public: boolean("public").notNull().default(true),
    data: jsonb("data"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("matter_events_matter_idx").on(t.matterId, t.id), index("matter_events_type_at_idx").on(t.type, t.at)],
);
