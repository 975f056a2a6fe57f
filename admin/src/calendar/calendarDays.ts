import type { CalendarDayKind } from "../volunteer/enums";

// Calendar arithmetic of the page: a year's range, weekdays, the kind a day can take.

/** 0 Sunday … 6 Saturday, of a YYYY-MM-DD day. */
export const weekdayOf = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay();

export const isWeekend = (day: string): boolean => {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
};

/**
 * The only exception a day can be: a HOLIDAY on a weekday, a WORKDAY (调休)
 * on a weekend; anything else would change nothing, so the server refuses it.
 */
export const kindFor = (day: string): CalendarDayKind => (isWeekend(day) ? "WORKDAY" : "HOLIDAY");

export const yearRange = (year: number): { from: string; to: string } => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** The weekday's short name in the user's language: 周三, Wed. */
export const weekdayName = (day: string, locale: string): string =>
  new Intl.DateTimeFormat(locale === "zh-CN" ? "zh-CN" : "en-US", { weekday: "short", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
