import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { WorkingCalendar, type CalendarDayKind } from "@cunwu/server/civic/calendar";
import { addDays } from "@cunwu/server/common/dates";

// The working-day count answers by lookup, not by walking the days; it must
// give exactly what walking the days gives, for any calendar and any pair of
// days, inside the loaded range or across its ends.

/** Working days in (a, b] by walking them one at a time (negative when b < a). */
function walked(calendar: WorkingCalendar, a: string, b: string): number {
  if (b < a) return 0 - walked(calendar, b, a);
  let count = 0;
  for (let day = addDays(a, 1); day <= b; day = addDays(day, 1)) if (calendar.isWorkingDay(day)) count += 1;
  return count;
}

const from = "2025-12-01";
const to = "2027-01-31";
const dayIn = (start: string, span: number) => fc.integer({ min: 0, max: span }).map((n) => addDays(start, n));

describe("WorkingCalendar.workingDaysBetween", () => {
  it("equals counting day by day, for holidays, 调休 workdays and exceptions that change nothing", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(dayIn(from, 426), fc.constantFrom<CalendarDayKind>("HOLIDAY", "WORKDAY")), { maxLength: 40 }),
        dayIn("2025-10-01", 540),
        dayIn("2025-10-01", 540),
        (exceptions, a, b) => {
          const calendar = new WorkingCalendar(new Map(exceptions), from, to);
          expect(calendar.workingDaysBetween(a, b)).toBe(walked(calendar, a, b));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("counts the 2026 National Day week and its 调休 Saturday as the district does", () => {
    const holidays = ["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"];
    const exceptions = new Map<string, CalendarDayKind>([...holidays.map((d) => [d, "HOLIDAY"] as const), ["2026-10-10", "WORKDAY"]]);
    const calendar = new WorkingCalendar(exceptions, "2026-09-01", "2026-10-31");
    expect(calendar.workingDaysBetween("2026-09-30", "2026-10-09")).toBe(2); // the 8th and the 9th
    expect(calendar.workingDaysBetween("2026-09-30", "2026-10-10")).toBe(3); // and the 调休 Saturday
    expect(calendar.workingDaysBetween("2026-10-10", "2026-09-30")).toBe(-3);
    expect(calendar.workingDaysBetween("2026-10-09", "2026-10-09")).toBe(0);
  });
});
