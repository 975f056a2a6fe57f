import { describe, expect, it } from "vitest";
import { nearDistrictMidnight } from "./district-midnight";

// The wait before a test file that would run across the district's midnight
// (Asia/Shanghai: 16:00 UTC): it lasts while a file starting now could still
// run when the day changes.
describe("a test file's wait for the district's midnight", () => {
  const at = (iso: string) => Date.parse(iso);

  it("holds a file that starts within four minutes of 16:00 UTC", () => {
    expect(nearDistrictMidnight(at("2026-12-06T15:56:01Z"))).toBe(true);
    expect(nearDistrictMidnight(at("2026-12-06T15:58:00Z"))).toBe(true);
    expect(nearDistrictMidnight(at("2026-12-06T15:59:59.500Z"))).toBe(true);
  });

  it("lets it go otherwise: earlier, once the day has changed, or at UTC's midnight", () => {
    expect(nearDistrictMidnight(at("2026-12-06T15:55:00Z"))).toBe(false);
    expect(nearDistrictMidnight(at("2026-12-06T16:00:00Z"))).toBe(false);
    expect(nearDistrictMidnight(at("2026-12-06T23:58:00Z"))).toBe(false);
  });
});
