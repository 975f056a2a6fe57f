import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, smallint, timestamp } from "drizzle-orm/pg-core";
import { villages } from "./geo";
import { householdCategoryEnum, householdStatusEnum } from "./enums";
import { households } from "./households";

/** Bit n of `months` is set when month n + 1 has at least one redemption (SQL, written once here). */
const monthBits = sql.raw(Array.from({ length: 12 }, (_, i) => `(case when counts[${i + 1}] > 0 then ${1 << i} else 0 end)`).join(" | "));

/**
 * Each household's redemptions that are not cancelled, counted by month of
 * a district year, with its village and its member count as they are now:
 * the reports' distinct redeeming households and people read one row per
 * household instead of every redemption. Kept by triggers in the ledger's
 * own statements (migrations/0013): a REDEMPTION entry adds one, a REFUND
 * takes it away, a change of member count is copied; the months are those of
 * the redemption in the zone `district_timezone()` names, which the server
 * sets from its configuration (server/src/points/rollups.ts).
 */
export const redeemerYears = pgTable(
  "redeemer_years",
  {
    householdId: integer("household_id")
      .notNull()
      .references(() => households.id),
    /** The district year of the redemptions. */
    year: integer("year").notNull(),
    villageId: integer("village_id")
      .notNull()
      .references(() => villages.id),
    /** households.member_count, kept equal to it. */
    people: integer("people").notNull(),
    /** Redemptions not cancelled, January first (12 values). */
    counts: integer("counts").array().notNull(),
    /** Bit n set: month n + 1 has a redemption not cancelled. */
    months: integer("months").notNull().generatedAlwaysAs(monthBits),
  },
  (t) => [
    primaryKey({ columns: [t.householdId, t.year] }),
    // Every column a report reads: an area's rows come from the index alone (once vacuumed).
    index("redeemer_years_village_year_idx").on(t.villageId, t.year, t.householdId, t.people, t.months),
    // Twelve months; not "each ≥ 0": a refund's row is checked as proposed (-1) before it adds to the kept one.
    check("redeemer_years_counts_ck", sql`cardinality(${t.counts}) = 12`),
  ],
);

/**
 * redeemer_years summed by village, year and month: the households with a
 * redemption not cancelled in the month (1–12), or in the year (month 0),
 * and the sum of their member counts. A whole year's or one month's
 * redeemers are then sums over a few thousand rows instead of a pass over
 * one row per household (the district's year ~90 ms). Kept by statement
 * triggers on redeemer_years (migrations/0019), which write only when a
 * household's months or member count change (its first redemption of a
 * month, a cancellation that empties one); spread over 16 slots by household
 * like the monthly sums, and folded back into slot 0 by the same job.
 */
export const redeemerMonthCounts = pgTable(
  "redeemer_month_counts",
  {
    villageId: integer("village_id")
      .notNull()
      .references(() => villages.id),
    year: integer("year").notNull(),
    /** 1–12, or 0 for the whole year (a household counted once). */
    month: smallint("month").notNull(),
    slot: smallint("slot").notNull().default(0),
    households: integer("households").notNull(),
    people: integer("people").notNull(),
    touchedAt: timestamp("touched_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.villageId, t.year, t.month, t.slot] }),
    // The fold finds the spread rows without reading the whole table each tick;
    // on the slot, which no update changes, so a sale's update stays HOT.
    index("redeemer_month_counts_spread_idx").on(t.slot).where(sql`${t.slot} > 0`),
  ],
);

/**
 * Households by village, status and category: districtReport's household
 * roll sums a few thousand rows instead of counting 120,000 households.
 * Kept by triggers on households (migrations/0018): inserts and deletes by
 * statement, a change of village, status or category by row (a sale's
 * balance update does not name those columns, so it fires nothing).
 */
export const householdCounts = pgTable(
  "household_counts",
  {
    villageId: integer("village_id")
      .notNull()
      .references(() => villages.id),
    status: householdStatusEnum("status").notNull(),
    category: householdCategoryEnum("category").notNull(),
    households: integer("households").notNull(),
  },
  (t) => [primaryKey({ columns: [t.villageId, t.status, t.category] }), check("household_counts_households_ck", sql`${t.households} >= 0`)],
);
