import { date, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { calendarDayKindEnum } from "./enums";

/**
 * The district calendar's exceptions: a HOLIDAY on a weekday, or a WORKDAY on
 * a weekend (调休). Every other Monday–Friday is a working day.
 */
export const calendarDays = pgTable("calendar_days", {
  date: date("date").primaryKey(),
  kind: calendarDayKindEnum("kind").notNull(),
  name: text("name").notNull(),
  createdAt: createdAt(),
});
