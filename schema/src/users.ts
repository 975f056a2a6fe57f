import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { roleEnum } from "./enums";
import { departments, townships, villages } from "./geo";
import { households } from "./households";

export const users = pgTable(
  "users",
  {
    id: id(),
    username: text("username").notNull(),
    passwordHash: text("password_hash").notNull(),
    displayName: text("display_name").notNull(),
    role: roleEnum("role").notNull(),
    townshipId: integer("township_id").references(() => townships.id),
    villageId: integer("village_id").references(() => villages.id),
    departmentId: integer("department_id").references(() => departments.id),
    householdId: integer("household_id").references(() => households.id),
    /** A resident's mobile number, for logging in by text-message code; unique among active users. */
    phone: text("phone"),
    active: boolean("active").notNull().default(true),
    /** Bumped on password change or deactivation: tokens carrying an older value stop working. */
    tokenVersion: integer("token_version").notNull().default(0),
    /** Set when an admin resets the password: the user must choose a new one before anything else. */
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_username_uq").on(t.username),
    uniqueIndex("users_phone_uq").on(t.phone).where(sql`${t.phone} is not null and ${t.active}`),
    index("users_household_idx").on(t.householdId),
    index("users_village_idx").on(t.villageId),
    index("users_department_idx").on(t.departmentId),
    // Each role carries exactly the one scope id it needs.
    check(
      "users_scope_ck",
      sql`(case when ${t.role} = 'TOWNSHIP_STAFF' then ${t.townshipId} is not null else ${t.townshipId} is null end)
      and (case when ${t.role} = 'VILLAGE_COMMITTEE' then ${t.villageId} is not null else ${t.villageId} is null end)
      and (case when ${t.role} = 'DEPARTMENT_STAFF' then ${t.departmentId} is not null else ${t.departmentId} is null end)
      and (case when ${t.role} = 'RESIDENT' then ${t.householdId} is not null else ${t.householdId} is null end)`,
    ),
  ],
);

/** Login attempts, kept in the database so that several server processes share one limit. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: id(),
    username: text("username").notNull(),
    address: text("address").notNull(),
    succeeded: boolean("succeeded").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("login_attempts_username_at_idx").on(t.username, t.at), index("login_attempts_address_at_idx").on(t.address, t.at)],
);
