import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, numeric, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { activityCategoryEnum, activityStatusEnum, teamKindEnum } from "./enums";
import { townships, villages } from "./geo";
import { households } from "./households";
import { pointRules } from "./points";
import { users } from "./users";

/** A volunteer team (服务队), owned by a township or a village. */
export const volunteerTeams = pgTable(
  "volunteer_teams",
  {
    id: id(),
    name: text("name").notNull(),
    kind: teamKindEnum("kind").notNull(),
    townshipId: integer("township_id").references(() => townships.id),
    villageId: integer("village_id").references(() => villages.id),
    leaderName: text("leader_name"),
    memberCount: integer("member_count").notNull().default(0),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("volunteer_teams_name_uq").on(t.name),
    check("volunteer_teams_member_count_ck", sql`${t.memberCount} >= 0`),
  ],
);

/** A volunteer service brand (志愿服务品牌), e.g. 敬老微爱行. */
export const serviceBrands = pgTable(
  "service_brands",
  {
    id: id(),
    name: text("name").notNull(),
    description: text("description"),
    townshipId: integer("township_id").references(() => townships.id),
    villageId: integer("village_id").references(() => villages.id),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("service_brands_name_uq").on(t.name)],
);

/** A civilisation-practice activity (文明实践活动). */
export const activities = pgTable(
  "activities",
  {
    id: id(),
    title: text("title").notNull(),
    brandId: integer("brand_id").references(() => serviceBrands.id),
    teamId: integer("team_id").references(() => volunteerTeams.id),
    villageId: integer("village_id")
      .notNull()
      .references(() => villages.id),
    date: date("date").notNull(),
    place: text("place"),
    category: activityCategoryEnum("category").notNull(),
    description: text("description"),
    pointsPerParticipant: integer("points_per_participant"),
    ruleId: integer("rule_id").references(() => pointRules.id),
    status: activityStatusEnum("status").notNull().default("PLANNED"),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    confirmedBy: integer("confirmed_by").references(() => users.id),
    // Why and when it was called off: shown on the activity, kept with it.
    cancelReason: text("cancel_reason"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    /** Person-times (人次): the sum of its participants' people, kept by statement triggers on activity_participants (migrations/0017) for the reports. */
    personTimes: integer("person_times").notNull().default(0),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("activities_village_date_idx").on(t.villageId, t.date),
    index("activities_date_idx").on(t.date),
    /** The held activities with every column districtReport's volunteer figures read, so a district's year is one index-only pass. */
    index("activities_held_idx").on(t.date, t.villageId, t.brandId, t.personTimes).where(sql`${t.status} = 'HELD'`),
    index("activities_brand_idx").on(t.brandId),
    index("activities_team_idx").on(t.teamId),
    check("activities_points_ck", sql`${t.pointsPerParticipant} is null or ${t.pointsPerParticipant} > 0`),
    // A cancelled activity says why; no other does.
    check("activities_cancel_reason_ck", sql`(${t.status} = 'CANCELLED') = (${t.cancelReason} is not null)`),
  ],
);

export const activityParticipants = pgTable(
  "activity_participants",
  {
    id: id(),
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id),
    householdId: integer("household_id")
      .notNull()
      .references(() => households.id),
    people: integer("people").notNull().default(1),
    hours: numeric("hours", { precision: 6, scale: 1 }).notNull().default("0"),
  },
  (t) => [
    uniqueIndex("activity_participants_activity_household_uq").on(t.activityId, t.householdId),
    index("activity_participants_household_idx").on(t.householdId),
    check("activity_participants_people_ck", sql`${t.people} >= 1`),
    check("activity_participants_hours_ck", sql`${t.hours} >= 0`),
  ],
);
