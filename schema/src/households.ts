import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { householdCategoryEnum, householdStatusEnum } from "./enums";
import { villages } from "./geo";

export const households = pgTable(
  "households",
  {
    id: id(),
    villageId: integer("village_id")
      .notNull()
      .references(() => villages.id),
    /** Household number (户号), unique within its village. */
    number: text("number").notNull(),
    headName: text("head_name").notNull(),
    memberCount: integer("member_count").notNull(),
    phone: text("phone"),
    address: text("address"),
    category: householdCategoryEnum("category").notNull().default("GENERAL"),
    status: householdStatusEnum("status").notNull().default("ACTIVE"),
    /** Cached sum of the household's point entries; changed only with an entry. */
    balance: integer("balance").notNull().default(0),
    /** The household asked for no text messages (notifications in the console still come). */
    smsOptOut: boolean("sms_opt_out").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("households_village_number_uq").on(t.villageId, t.number),
    // With the category: districtReport's household roll counts from the index alone.
    index("households_village_status_idx").on(t.villageId, t.status, t.category),
    index("households_category_idx").on(t.category),
    index("households_head_name_idx").on(t.headName),
    check("households_balance_ck", sql`${t.balance} >= 0`),
    check("households_member_count_ck", sql`${t.memberCount} between 1 and 99`),
  ],
);
