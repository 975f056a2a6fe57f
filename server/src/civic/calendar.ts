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

/** Days since 1970-01-05 (a Monday) of a "YYYY-MM-DD" day. */
const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000) - 4;

/** Monday-to-Friday days from a fixed Monday up to day number m, inclusive: a running count (only differences mean anything). */
function weekdaysUpTo(m: number): number {
  const weekday = ((m % 7) + 7) % 7; // 0 = Monday … 6 = Sunday
  return Math.floor(m / 7) * 5 + Math.min(weekday + 1, 5);
}

/**
 * The calendar's exceptions for a known range of days, and the working-day
 * arithmetic over them. Pure: build it once (one query) and ask as often as
 * needed. Days outside the loaded range count by weekday only, so load a
 * range that covers every question (see `loadCalendar`).
 *
 * Counting is two lookups, not a walk over the days: working days up to a
 * day = weekdays up to it (closed form) + the exceptions up to it (a running
 * sum, found by binary search). A district report asks this for every
 * matter of a year.
 */
export class WorkingCalendar {
  /** Day numbers of the exceptions that change a day's kind, ascending, and the running sum of their changes. */
  private readonly changedDays: number[] = [];
  private readonly runningChange: number[] = [];

  constructor(
    private readonly exceptions: ReadonlyMap<string, CalendarDayKind>,
    /** The loaded range, inclusive; exceptions outside it are unknown. */
    readonly from: string,
    readonly to: string,
  ) {
    let sum = 0;
    for (const day of [...exceptions.keys()].sort()) {
      const change = (this.isWorkingDay(day) ? 1 : 0) - (isWeekend(day) ? 0 : 1);
      if (change === 0) continue;
      sum += change;
      this.changedDays.push(dayNumber(day));
      this.runningChange.push(sum);
    }
  }

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
    return this.workingDaysUpTo(dayNumber(b)) - this.workingDaysUpTo(dayNumber(a));
  }

  /** A running count of working days up to day number m, inclusive. */
  private workingDaysUpTo(m: number): number {
    // The last exception on or before m, by binary search.
    let low = 0;
    let high = this.changedDays.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.changedDays[mid]! <= m) low = mid + 1;
      else high = mid;
    }
    return weekdaysUpTo(m) + (low > 0 ? this.runningChange[low - 1]! : 0);
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
