import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cutIntoMonths } from "@cunwu/server/reports/period";
import { addDays } from "@cunwu/server/common/dates";

// Reports add whole months from the monthly sums and the days left at the
// ends from the entries: each day of the period must be counted exactly once.

const day = fc.integer({ min: 0, max: 800 }).map((n) => addDays("2025-11-01", n));
const bound = fc.option(day, { nil: null });

/** How many times a day is counted by the cut. */
function timesCounted(cut: ReturnType<typeof cutIntoMonths>, d: string): number {
  const month = d.slice(0, 7);
  const whole = cut.wholeMonths && (cut.wholeMonths.from === null || month >= cut.wholeMonths.from) && (cut.wholeMonths.to === null || month <= cut.wholeMonths.to);
  const inDays = cut.days.filter((r) => (r.from === null || d >= r.from) && (r.to === null || d <= r.to)).length;
  return (whole ? 1 : 0) + inDays;
}

describe("cutIntoMonths", () => {
  it("counts every day of the period once and no day outside it", () => {
    fc.assert(
      fc.property(bound, bound, day, (a, b, probe) => {
        const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
        const inside = (from === null || probe >= from) && (to === null || probe <= to);
        expect(timesCounted(cutIntoMonths({ from, to }), probe)).toBe(inside ? 1 : 0);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a calendar year from monthly sums alone, and a part of one month day by day", () => {
    expect(cutIntoMonths({ from: "2026-01-01", to: "2026-12-31" })).toEqual({ wholeMonths: { from: "2026-01", to: "2026-12" }, days: [] });
    expect(cutIntoMonths({ from: "2026-03-05", to: "2026-03-20" })).toEqual({ wholeMonths: null, days: [{ from: "2026-03-05", to: "2026-03-20" }] });
    expect(cutIntoMonths({ from: "2026-02-15", to: "2026-05-10" })).toEqual({
      wholeMonths: { from: "2026-03", to: "2026-04" },
      days: [
        { from: "2026-02-15", to: "2026-02-28" },
        { from: "2026-05-01", to: "2026-05-10" },
      ],
    });
    expect(cutIntoMonths({ from: null, to: null })).toEqual({ wholeMonths: { from: null, to: null }, days: [] });
  });
});
