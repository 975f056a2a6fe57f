import { and, asc, eq, gte, lte } from "drizzle-orm";
import { calendarDays } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db, DbOrTx } from "../db/database";
import { audit } from "../audit/audit";
import { addDays, isDay } from "../common/dates";
import { Checks } from "../common/validate";
import { badInput, notFound } from "../errors";

/**
 * The district's working-day calendar. A day is a working day when it is
 * Monday to Friday and not a configured HOLIDAY, or a weekend day configured
 * as a WORKDAY (调休). `calendar_days` holds only those exceptions.
 *
 * Deadlines count working days AFTER the day a matter was assigned: with
 * `addWorkingDays(start, n)` the due date is the n-th working day after
 * `start` (the start day itself never counts, even when it is a working day).
 * `workingDaysBetween(a, b)` is the inverse: working days in (a, b].
 */

export type CalendarDayKind = (typeof calendarDays.$inferSelect)["kind"];
export type CalendarDayRow = typeof calendarDays.$inferSelect;

/** 0 = Sunday … 6 = Saturday, for a "YYYY-MM-DD" day. */
export const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
export const isWeekend = (day: string) => {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
};

/** Whole calendar days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * The calendar's exceptions for a known range of days, and the working-day
 * arithmetic over them. Pure: build it once (one query) and ask as often as
 * needed. Days outside the loaded range count by weekday only, so load a
 * range that covers every question (see `loadCalendar`).
 */
export class WorkingCalendar {
  constructor(
    private readonly exceptions: ReadonlyMap<string, CalendarDayKind>,
    /** The loaded range, inclusive; exceptions outside it are unknown. */
    readonly from: string,
    readonly to: string,
  ) {}

  isWorkingDay(day: string): boolean {
    const kind = this.exceptions.get(day);
    if (kind === "HOLIDAY") return false;
    if (kind === "WORKDAY") return true;
    return !isWeekend(day);
  }

  covers(from: string, to: string): boolean {
    return from >= this.from && to <= this.to;
  }

  /** The n-th working day after `start` (n ≥ 1); undefined when it lies beyond the loaded range. */
  addWorkingDays(start: string, n: number): string | undefined {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`addWorkingDays needs n >= 1, got ${n}`);
    let day = start;
    let left = n;
    while (left > 0) {
      day = addDays(day, 1);
      if (day > this.to) return undefined;
      if (this.isWorkingDay(day)) left -= 1;
    }
    return day;
  }

  /** Working days in (a, b]: 0 when b ≤ a … negative, counted the other way, when b < a. */
  workingDaysBetween(a: string, b: string): number {
    if (b < a) return -this.workingDaysBetween(b, a);
    let count = 0;
    for (let day = addDays(a, 1); day <= b; day = addDays(day, 1)) {
      if (this.isWorkingDay(day)) count += 1;
    }
    return count;
  }
}

/** The exceptions from `from` to `to` (inclusive), in one query. */
export async function loadCalendar(db: DbOrTx, from: string, to: string): Promise<WorkingCalendar> {
  const rows = await db
    .select({ date: calendarDays.date, kind: calendarDays.kind })
    .from(calendarDays)
    .where(and(gte(calendarDays.date, from), lte(calendarDays.date, to)));
  return new WorkingCalendar(new Map(rows.map((row) => [row.date, row.kind])), from, to);
}

/**
 * The due date n working days after `startDay` (the day of assignment): the
 * n-th working day after it. Loads the calendar's exceptions for a range
 * that surely holds n working days (twice n plus a month), in one query;
 * only a calendar with more holidays than that would need another.
 */
export async function addWorkingDays(db: DbOrTx, startDay: string, n: number): Promise<string> {
  let span = n * 2 + 31;
  for (;;) {
    const calendar = await loadCalendar(db, addDays(startDay, 1), addDays(startDay, span));
    const due = calendar.addWorkingDays(startDay, n);
    if (due !== undefined) return due;
    span *= 2;
  }
}

/** Working days in (a, b] (negative when b < a), loading the range's exceptions in one query. */
export async function workingDaysBetween(db: DbOrTx, a: string, b: string): Promise<number> {
  const [from, to] = a <= b ? [a, b] : [b, a];
  const calendar = await loadCalendar(db, from, to);
  return calendar.workingDaysBetween(a, b);
}

// --- the calendar's exceptions, managed by the district admin ---------------

/** The longest range one calendarDays call reads. */
export const maxCalendarRangeDays = 3 * 366;

export async function listCalendarDays(db: Db, from: string, to: string): Promise<CalendarDayRow[]> {
  const checks = new Checks();
  if (!isDay(from)) checks.fail("from", "INVALID");
  if (!isDay(to)) checks.fail("to", "INVALID");
  if (isDay(from) && isDay(to)) {
    if (from > to) checks.fail("to", "OUT_OF_RANGE");
    else if (daysBetween(from, to) > maxCalendarRangeDays) checks.fail("to", "OUT_OF_RANGE");
  }
  checks.throwIfAny();
  return db
    .select()
    .from(calendarDays)
    .where(and(gte(calendarDays.date, from), lte(calendarDays.date, to)))
    .orderBy(asc(calendarDays.date));
}

/**
 * Records an exception: a HOLIDAY must fall on a weekday and a WORKDAY on a
 * weekend (anything else would change nothing). Setting a day again replaces
 * its kind and name. Due dates already given keep their value.
 */
export async function setCalendarDay(db: Db, actor: Actor, date: string, kind: CalendarDayKind, name: string) {
  const checks = new Checks();
  if (!isDay(date)) checks.fail("date", "INVALID");
  const label = checks.text("name", name, { max: 50, required: true });
  if (isDay(date)) {
    if (kind === "HOLIDAY" && isWeekend(date)) checks.fail("kind", "INVALID");
    if (kind === "WORKDAY" && !isWeekend(date)) checks.fail("kind", "INVALID");
  }
  if (Object.keys(checks.errors).length) {
    throw badInput(checks.errors, checks.errors.kind ? "A HOLIDAY falls on a weekday and a WORKDAY (调休) on a weekend" : undefined);
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(calendarDays)
      .values({ date, kind, name: label! })
      .onConflictDoUpdate({ target: calendarDays.date, set: { kind, name: label! } })
      .returning();
    await audit(tx, actor, "set", "calendar-day", date, { kind, name: label });
    return row!;
  });
}

/** Removes an exception: the day counts by its weekday again. NOT_FOUND when there is none. */
export async function removeCalendarDay(db: Db, actor: Actor, date: string): Promise<boolean> {
  if (!isDay(date)) throw badInput({ date: "INVALID" });
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(calendarDays).where(eq(calendarDays.date, date)).returning();
    if (!row) throw notFound("CalendarDay", date);
    await audit(tx, actor, "remove", "calendar-day", date, { kind: row.kind, name: row.name });
    return true;
  });
}
