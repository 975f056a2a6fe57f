import { integer, timestamp } from "drizzle-orm/pg-core";

/** Surrogate key shared by every table: an identity the database assigns. */
export const id = () => integer("id").primaryKey().generatedAlwaysAsIdentity();

export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
