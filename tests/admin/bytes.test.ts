import { describe, expect, it } from "vitest";
import { formatBytes } from "../../admin/src/common/format";
import { testDatabaseKind } from "../support/database";

// Sizes as people read them (the last backup on the admin's home screen, a
// photo's upload limit): steps of 1024, one decimal below 100, none when whole.

describe.skipIf(testDatabaseKind === "postgres")("file sizes in the console", () => {
  it.each([
    [0, "0 B"],
    [980, "980 B"],
    [1024, "1 KB"],
    [15 * 2 ** 20, "15 MB"],
    [12.3 * 2 ** 20, "12.3 MB"],
    [512 * 2 ** 20, "512 MB"],
    [1.25 * 2 ** 30, "1.3 GB"],
    [3 * 2 ** 40, "3 TB"],
  ])("shows %d bytes as %s", (bytes, text) => {
    expect(formatBytes(bytes, "zh-CN")).toBe(text);
    expect(formatBytes(bytes, "en")).toBe(text);
  });

  it("groups the digits of a very large size", () => {
    expect(formatBytes(2048 * 2 ** 40, "en")).toBe("2,048 TB");
  });
});
