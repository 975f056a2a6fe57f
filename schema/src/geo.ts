import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { departmentKindEnum } from "./enums";

export const townships = pgTable(
  "townships",
  {
    id: id(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("townships_code_uq").on(t.code), uniqueIndex("townships_name_uq").on(t.name)],
);

export const villages = pgTable(
  "villages",
  {
    id: id(),
    townshipId: integer("township_id")
      .notNull()
      .references(() => townships.id),
    code: text("code").notNull(),
    name: text("name").notNull(),
    /** The village runs a points supermarket (积分超市). */
    hasShop: boolean("has_shop").notNull().default(true),
    /** Days an award batch stays on publicity (公示) before it posts; 0 posts at once. */
    publicityDays: integer("publicity_days").notNull().default(0),
    /** How many households the village's 红黑榜 names on each list (its top and its bottom). */
    rankingSize: integer("ranking_size").notNull().default(10),
    /** Residents are told of each award and redemption recorded for their household. */
    notifyPoints: boolean("notify_points").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("villages_code_uq").on(t.code),
    uniqueIndex("villages_township_name_uq").on(t.townshipId, t.name),
    index("villages_township_idx").on(t.townshipId),
    check("villages_publicity_days_ck", sql`${t.publicityDays} between 0 and 30`),
    check("villages_ranking_size_ck", sql`${t.rankingSize} between 1 and 50`),
  ],
);

/** District departments (区直部门), township units and supervision offices. */
export const departments = pgTable(
  "departments",
  {
    id: id(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    kind: departmentKindEnum("kind").notNull(),
    /** Set for a township's own unit. */
    townshipId: integer("township_id").references(() => townships.id),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("departments_code_uq").on(t.code), uniqueIndex("departments_name_uq").on(t.name)],
);
