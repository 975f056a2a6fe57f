import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { id } from "./columns";
import { households } from "./households";
import { users } from "./users";

/**
 * A single-use code that opens one resident account on a household (printed
 * on an activation slip). Only its keyed hash is kept; the code itself is
 * shown once. A household has at most one outstanding code: issuing again
 * marks the old one replaced.
 */
export const activationCodes = pgTable(
  "activation_codes",
  {
    id: id(),
    householdId: integer("household_id")
      .notNull()
      .references(() => households.id),
    /** HMAC-SHA256 of the normalised code, keyed from the server secret (hex). */
    codeHash: text("code_hash").notNull(),
    /** The code's first characters: the rate limiter's bucket for guesses at it. */
    prefix: text("prefix").notNull(),
    issuedBy: integer("issued_by")
      .notNull()
      .references(() => users.id),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    usedBy: integer("used_by").references(() => users.id),
    replacedAt: timestamp("replaced_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("activation_codes_hash_uq").on(t.codeHash),
    // One outstanding code per household: issuing again replaces it.
    uniqueIndex("activation_codes_household_open_uq").on(t.householdId).where(sql`${t.usedAt} is null and ${t.replacedAt} is null`),
    check("activation_codes_used_ck", sql`(${t.usedAt} is null) = (${t.usedBy} is null)`),
  ],
);

/** A 6-digit code texted to a resident's phone for logging in; only its keyed hash is kept. */
export const loginCodes = pgTable(
  "login_codes",
  {
    id: id(),
    phone: text("phone").notNull(),
    codeHash: text("code_hash").notNull(),
    /** Checks made against it; at 5 it is dead. */
    tries: integer("tries").notNull().default(0),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("login_codes_phone_created_idx").on(t.phone, t.createdAt), check("login_codes_tries_ck", sql`${t.tries} >= 0`)],
);
