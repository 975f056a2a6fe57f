import { describe, expect, it } from "vitest";
import { arcPath, arcs, axis, formatPercent, formatRatio, labelEvery, niceStep, scaleTo, textWidth } from "../../admin/src/charts/scale";
import { monthsOfYear } from "../../admin/src/dashboard/reports";
import { testDatabaseKind } from "../support/database";

// The arithmetic of the hand-written SVG charts and the report periods.

describe.skipIf(testDatabaseKind === "postgres")("chart scaling", () => {
  it("picks round steps of 1, 2 or 5 times a power of ten", () => {
    expect([0.3, 1, 1.2, 3, 7, 9.5, 12, 250, 308].map(niceStep)).toEqual([0.5, 1, 2, 5, 10, 10, 20, 500, 500]);
    expect(niceStep(0)).toBe(1);
    expect(niceStep(Number.NaN)).toBe(1);
  });

  it("ends a count axis on a whole number of round steps at or above the largest value", () => {
    expect(axis(38)).toEqual({ top: 40, step: 10, ticks: [0, 10, 20, 30, 40] });
    expect(axis(40)).toEqual({ top: 40, step: 10, ticks: [0, 10, 20, 30, 40] });
    expect(axis(1234)).toEqual({ top: 1500, step: 500, ticks: [0, 500, 1000, 1500] });
    // Counts never get half steps.
    expect(axis(3)).toEqual({ top: 3, step: 1, ticks: [0, 1, 2, 3] });
    expect(axis(1)).toEqual({ top: 1, step: 1, ticks: [0, 1] });
  });

  it("gives an empty year an axis 0–1 for its bars to sit on", () => {
    expect(axis(0)).toEqual({ top: 1, step: 1, ticks: [0, 1] });
    expect(axis(-5)).toEqual({ top: 1, step: 1, ticks: [0, 1] });
  });

  it("scales values into the plot and clamps the rest", () => {
    expect(scaleTo(20, 40, 100)).toBe(50);
    expect(scaleTo(40, 40, 100)).toBe(100);
    expect(scaleTo(-3, 40, 100)).toBe(0);
    expect(scaleTo(80, 40, 100)).toBe(100);
    expect(scaleTo(5, 0, 100)).toBe(0);
  });

  it("thins category labels when they would overlap", () => {
    expect(labelEvery(50, 30)).toBe(1);
    expect(labelEvery(20, 30)).toBe(2);
    expect(labelEvery(9, 30)).toBe(4);
    // "10月" on a phone: about 29 px against 25 px a month, so every other month.
    expect(textWidth("10月", 11)).toBeCloseTo(24.2);
    expect(textWidth("Jan", 10)).toBeCloseTo(18);
    expect(labelEvery(25, textWidth("10月", 11) + 4)).toBe(2);
  });

  it("splits a donut into slices in proportion, clockwise from the top", () => {
    const [a, b, c] = arcs([1, 3, 0]);
    expect(a).toEqual({ share: 0.25, start: 0, end: Math.PI / 2 });
    expect(b!.share).toBe(0.75);
    expect(b!.end).toBeCloseTo(2 * Math.PI);
    expect(c!.share).toBe(0);
    expect(arcs([0, 0]).every((arc) => arc.share === 0)).toBe(true);
    expect(arcs([-2, 2]).map((arc) => arc.share)).toEqual([0, 1]);
  });

  it("draws slice paths, a whole circle in two halves and nothing for an empty slice", () => {
    const quarter = arcPath({ share: 0.25, start: 0, end: Math.PI / 2 }, 50, 50, 40, 20);
    expect(quarter).toBe("M 50.00 10.00 A 40 40 0 0 1 90.00 50.00 L 70.00 50.00 A 20 20 0 0 0 50.00 30.00 Z");
    const whole = arcPath({ share: 1, start: 0, end: 2 * Math.PI }, 50, 50, 40, 20);
    expect(whole.match(/M /g)).toHaveLength(2);
    expect(arcPath({ share: 0, start: 1, end: 1 }, 50, 50, 40, 20)).toBe("");
    // More than half a circle takes the large arc.
    expect(arcPath({ share: 0.75, start: 0, end: 1.5 * Math.PI }, 50, 50, 40, 20)).toContain("A 40 40 0 1 1");
  });

  it("states rates as a report does", () => {
    expect(formatPercent(0.95)).toBe("95%");
    expect(formatPercent(0.9523)).toBe("95.2%");
    expect(formatPercent(1)).toBe("100%");
    expect(formatPercent(0)).toBe("0%");
    expect(formatRatio(38, 40, 0.95)).toBe("38/40 = 95%");
    expect(formatRatio(0, 0, 0)).toBe("0/0");
  });

  it("lays the server's monthly series out as the year's twelve months, January first", () => {
    const series = [
      { month: "2028-02", received: 4 },
      { month: "2028-01", received: 3 },
      { month: "2028-12", received: 9 },
    ];
    const months = monthsOfYear(2028, series);
    expect(months).toHaveLength(12);
    expect(months.map((m) => m?.received ?? null)).toEqual([3, 4, null, null, null, null, null, null, null, null, null, 9]);
    // Another year's months are not this year's.
    expect(monthsOfYear(2027, series).every((m) => m === null)).toBe(true);
  });
});
