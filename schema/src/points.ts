import { sql } from "drizzle-orm";
import { type AnyPgColumn, bigint, boolean, check, date, index, integer, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { awardBatchStatusEnum, awardLineStateEnum, entryKindEnum, ruleCategoryEnum } from "./enums";
import { villages } from "./geo";
import { households } from "./households";
import { redemptions } from "./shop";
import { users } from "./users";
import { activities } from "./volunteer";

/** The rule catalogue (积分细则): district-wide when villageId is null, else one village's own. */
export const pointRules = pgTable(
  "point_rules",
  {
    id: id(),
    villageId: integer("village_id").references(() => villages.id),
    category: ruleCategoryEnum("category").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    /** Positive: an award; negative: a deduction. */
    points: integer("points").notNull(),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("point_rules_village_idx").on(t.villageId), check("point_rules_points_ck", sql`${t.points} <> 0`)],
);

/** Idempotency keys with the hash of the request they first came with. */
export const idempotencyKeys = pgTable("idempotency_keys", {
  key: text("key").primaryKey(),
  operation: text("operation").notNull(),
  requestHash: text("request_hash").notNull(),
  /** What the first request produced (ids), so a retry returns the same result. */
  resultRef: text("result_ref"),
  userId: integer("user_id").references(() => users.id),
  createdAt: createdAt(),
});

/** An award on publicity (公示): entries are written only when it posts. */
export const awardBatches = pgTable(
  "award_batches",
  {
    id: id(),
    villageId: integer("village_id")
      .notNull()
      .references(() => villages.id),
    ruleId: integer("rule_id").references(() => pointRules.id),
    points: integer("points").notNull(),
    reason: text("reason").notNull(),
    deedDate: date("deed_date").notNull(),
    note: text("note"),
    status: awardBatchStatusEnum("status").notNull(),
    publicityEndsOn: date("publicity_ends_on"),
    idempotencyKey: text("idempotency_key").notNull(),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    postedAt: timestamp("posted_at", { withTimezone: true }),
    postedBy: integer("posted_by").references(() => users.id),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    withdrawnBy: integer("withdrawn_by").references(() => users.id),
    withdrawReason: text("withdraw_reason"),
  },
  (t) => [
    uniqueIndex("award_batches_idempotency_uq").on(t.idempotencyKey),
    index("award_batches_village_status_idx").on(t.villageId, t.status),
    check("award_batches_points_ck", sql`${t.points} > 0`),
  ],
);

export const awardBatchLines = pgTable(
  "award_batch_lines",
  {
    id: id(),
    batchId: integer("batch_id")
      .notNull()
      .references(() => awardBatches.id),
    householdId: integer("household_id")
      .notNull()
      .references(() => households.id),
    state: awardLineStateEnum("state").notNull().default("INCLUDED"),
    removedReason: text("removed_reason"),
  },
  (t) => [uniqueIndex("award_batch_lines_batch_household_uq").on(t.batchId, t.householdId)],
);

/** A resident's objection to a line on publicity. */
export const awardObjections = pgTable(
  "award_objections",
  {
    id: id(),
    lineId: integer("line_id")
      .notNull()
      .references(() => awardBatchLines.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    reason: text("reason").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("award_objections_line_idx").on(t.lineId)],
);

/**
 * The ledger (积分流水): the only way a balance changes. Append-only; the
 * database refuses UPDATE and DELETE (see the append_only migration).
 */
export const pointEntries = pgTable(
  "point_entries",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    householdId: integer("household_id")
      .notNull()
      .references(() => households.id),
    villageId: integer("village_id")
      .notNull()
      .references(() => villages.id),
    kind: entryKindEnum("kind").notNull(),
    /** The change to the balance: for a DEDUCTION what was taken, at most the balance. */
    delta: integer("delta").notNull(),
    /**
     * A DEDUCTION's points as the rule (or the recorder) set them, recorded in
     * full even when the balance was smaller; null before this was kept (those
     * took exactly their delta) and on every other kind.
     */
    requestedDelta: integer("requested_delta"),
    balanceAfter: integer("balance_after").notNull(),
    ruleId: integer("rule_id").references(() => pointRules.id),
    batchId: integer("batch_id").references(() => awardBatches.id),
    activityId: integer("activity_id").references(() => activities.id),
    redemptionId: integer("redemption_id").references(() => redemptions.id),
    /** The entry a REVERSAL cancels; unique, so an entry is reversed at most once. */
    reversesEntryId: bigint("reverses_entry_id", { mode: "number" }).references((): AnyPgColumn => pointEntries.id),
    reason: text("reason").notNull(),
    deedDate: date("deed_date").notNull(),
    recordedBy: integer("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
    idempotencyKey: text("idempotency_key").notNull(),
  },
  (t) => [
    uniqueIndex("point_entries_idempotency_uq").on(t.idempotencyKey),
    uniqueIndex("point_entries_reverses_uq").on(t.reversesEntryId),
    index("point_entries_household_idx").on(t.householdId, t.id),
    index("point_entries_village_deed_idx").on(t.villageId, t.deedDate),
    index("point_entries_kind_deed_idx").on(t.kind, t.deedDate),
    // The district's lists: by deed dates alone, and by a township's villages and kind.
    index("point_entries_deed_idx").on(t.deedDate),
    index("point_entries_village_kind_idx").on(t.villageId, t.kind),
    // A township's ledger in id order, merged from each village's (points/township-entries.ts).
    index("point_entries_village_id_idx").on(t.villageId, t.id),
    index("point_entries_rule_idx").on(t.ruleId),
    index("point_entries_activity_idx").on(t.activityId),
    index("point_entries_redemption_idx").on(t.redemptionId),
    // A deduction from an empty balance takes nothing but is recorded; so is its reversal.
    check("point_entries_delta_ck", sql`${t.delta} <> 0 or ${t.kind} in ('DEDUCTION', 'REVERSAL')`),
    check("point_entries_balance_after_ck", sql`${t.balanceAfter} >= 0`),
    check(
      "point_entries_sign_ck",
      sql`case ${t.kind}
        when 'AWARD' then ${t.delta} > 0
        when 'REFUND' then ${t.delta} > 0
        when 'DEDUCTION' then ${t.delta} <= 0
        when 'REDEMPTION' then ${t.delta} < 0
        else true end`,
    ),
    check("point_entries_reversal_ck", sql`(${t.kind} = 'REVERSAL') = (${t.reversesEntryId} is not null)`),
    check(
      "point_entries_requested_ck",
      sql`${t.requestedDelta} is null or (${t.kind} = 'DEDUCTION' and ${t.requestedDelta} < 0 and ${t.requestedDelta} <= ${t.delta})`,
    ),
  ],
);

/**
 * The ledger's sums per village, deed month and kind, for the reports: kept
 * by a statement trigger on point_entries in the same transaction as the
 * entries (migrations/0004), so no writer can forget it. Entries are
 * append-only, so the sums only grow.
 */
export const ledgerMonthSums = pgTable(
  "ledger_month_sums",
  {
    villageId: integer("village_id")
      .notNull()
      .references(() => villages.id),
    /** "YYYY-MM" of the entries' deed date. */
    month: text("month").notNull(),
    kind: entryKindEnum("kind").notNull(),
    /**
     * A sale's and a refund's entries are spread over 16 rows by household
     * (migrations/0015), so the sales of one village at the same moment do
     * not queue for one row; other kinds write slot 0. Readers add the
     * slots; the scheduler folds slots quiet for ten minutes back into 0.
     */
    slot: smallint("slot").notNull().default(0),
    points: bigint("points", { mode: "number" }).notNull(),
    entries: integer("entries").notNull(),
    /** When an entry last added to the row: the fold leaves rows a burst of sales is still writing. */
    touchedAt: timestamp("touched_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.villageId, t.month, t.kind, t.slot] }),
    // The fold finds the spread rows without reading the whole table each tick;
    // on the slot, which no update changes, so a sale's update stays HOT.
    index("ledger_month_sums_spread_idx").on(t.slot).where(sql`${t.slot} > 0`),
  ],
);
