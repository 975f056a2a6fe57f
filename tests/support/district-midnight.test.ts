import { describe, expect, it } from "vitest";
import { untilDistrictMidnight } from "./district-midnight";

// The wait before a test file that would run across the district's midnight
// (Asia/Shanghai: 16:00 UTC).
describe("a test file's wait for the district's midnight", () => {
  const at = (iso: string) => Date.parse(iso);

  it("waits until 16:00 UTC when the file starts within four minutes of it", () => {
    expect(untilDistrictMidnight(at("2026-12-06T15:58:00Z"))).toBeGreaterThan(119_000);
    expect(untilDistrictMidnight(at("2026-12-06T15:58:00Z"))).toBeLessThanOrEqual(120_000);
    expect(untilDistrictMidnight(at("2026-12-06T15:59:59.500Z"))).toBeLessThanOrEqual(1_000);
  });

  it("does not wait otherwise: earlier, just after midnight, or at UTC's midnight", () => {
    expect(untilDistrictMidnight(at("2026-12-06T15:55:00Z"))).toBe(0);
    expect(untilDistrictMidnight(at("2026-12-06T16:00:01Z"))).toBe(0);
    expect(untilDistrictMidnight(at("2026-12-06T23:58:00Z"))).toBe(0);
  });
});
