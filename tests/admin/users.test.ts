import { describe, expect, it } from "vitest";
import { scopeText } from "../../admin/src/users/userScope";
import { testDatabaseKind } from "../support/database";

// The users list's 所属 column: the place a user belongs to, in words, never an id.

describe.skipIf(testDatabaseKind === "postgres")("a user's scope in words", () => {
  const none = { township: null, village: null, department: null, household: null };

  it("names the township, village, department or household", () => {
    expect(scopeText({ ...none, township: { id: "3", name: "蒲池乡" } })).toBe("蒲池乡");
    expect(scopeText({ ...none, village: { id: "7", name: "石门村" } })).toBe("石门村");
    expect(scopeText({ ...none, department: { id: "2", name: "区民政局" } })).toBe("区民政局");
    expect(scopeText({ ...none, household: { id: "11", number: "PC01-001", headName: "黄学军" } })).toBe("PC01-001 黄学军");
  });

  it("is empty for the district's roles", () => {
    expect(scopeText(none)).toBeNull();
  });
});
