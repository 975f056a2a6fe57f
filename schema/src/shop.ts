import { sql } from "drizzle-orm";
import { boolean, check, date, foreignKey, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { exchangeEventStatusEnum, redemptionStatusEnum } from "./enums";
import { villages } from "./geo";
import { households } from "./households";
import { users } from "./users";

/** A product on a village shop's shelf, priced in points. */
export const products = pgTable(
  "products",
  {
    id: id(),
    villageId: integer("village_id")
      .notNull()
      .references(() => villages.id),
    name: text("name").notNull(),
    unit: text("unit").notNull(),
    price: integer("price").notNull(),
    stock: integer("stock").notNull().default(0),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("products_village_name_uq").on(t.villageId, t.name),
    check("products_price_ck", sql`${t.price} > 0`),
    check("products_stock_ck", sql`${t.stock} >= 0`),
  ],
);

/** Restocking and corrections of stock, with who and when. */
export const stockMovements = pgTable(
  "stock_movements",
  {
    id: id(),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id),
    delta: integer("delta").notNull(),
    reason: text("reason").notNull(),
    recordedBy: integer("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("stock_movements_product_idx").on(t.productId), check("stock_movements_delta_ck", sql`${t.delta} <> 0`)],
);

/** An exchange event (兑换活动) held in a village's shop. */
export const exchangeEvents = pgTable(
  "exchange_events",
  {
    id: id(),
    villageId: integer("village_id")
      .notNull()
      .references(() => villages.id),
    date: date("date").notNull(),
    title: text("title").notNull(),
    status: exchangeEventStatusEnum("status").notNull().default("OPEN"),
    createdAt: createdAt(),
  },
  (t) => [index("exchange_events_village_date_idx").on(t.villageId, t.date), index("exchange_events_date_idx").on(t.date)],
);

export const redemptions = pgTable(
  "redemptions",
  {
    id: id(),
    householdId: integer("household_id")
      .notNull()
      .references(() => households.id),
    villageId: integer("village_id")
      .notNull()
      .references(() => villages.id),
    eventId: integer("event_id").references(() => exchangeEvents.id),
    total: integer("total").notNull(),
    status: redemptionStatusEnum("status").notNull().default("COMPLETED"),
    idempotencyKey: text("idempotency_key").notNull(),
    recordedBy: integer("recorded_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelledBy: integer("cancelled_by").references(() => users.id),
    cancelReason: text("cancel_reason"),
  },
  (t) => [
    uniqueIndex("redemptions_idempotency_uq").on(t.idempotencyKey),
    index("redemptions_household_idx").on(t.householdId),
    index("redemptions_village_created_idx").on(t.villageId, t.createdAt),
    index("redemptions_event_idx").on(t.eventId),
    check("redemptions_total_ck", sql`${t.total} > 0`),
  ],
);

/** One product on a redemption, with its price frozen at the time. */
export const redemptionLines = pgTable(
  "redemption_lines",
  {
    id: id(),
    redemptionId: integer("redemption_id").notNull(),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id),
    quantity: integer("quantity").notNull(),
    unitPrice: integer("unit_price").notNull(),
  },
  (t) => [
    foreignKey({ columns: [t.redemptionId], foreignColumns: [redemptions.id], name: "redemption_lines_redemption_fk" }),
    uniqueIndex("redemption_lines_redemption_product_uq").on(t.redemptionId, t.productId),
    check("redemption_lines_quantity_ck", sql`${t.quantity} > 0`),
    check("redemption_lines_unit_price_ck", sql`${t.unitPrice} > 0`),
  ],
);
