/// <reference lib="dom" />
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { rememberReturnTo, takeReturnTo } from "../../admin/src/providers/firstScreen";
import { canRoleAccess } from "../../admin/src/providers/access";
import { normalizeCode, spacedCode } from "../../admin/src/onboarding/issuedSlips";
import type { Role } from "../../admin/src/common/enums";
import { testDatabaseKind } from "../support/database";
import { installLocalStorage } from "../support/console/providers";

// Residents' accounts in the console, without a browser: how a typed code is
// read, who is offered the slips, and the public pages never come back after a login.

describe.skipIf(testDatabaseKind === "postgres")("residents' accounts in the console", () => {
  beforeEach(() => installLocalStorage());
  afterEach(() => vi.unstubAllGlobals());

  it("reads a code in any case, with spaces or dashes, and prints it in groups of four", () => {
    expect(normalizeCode(" k7pm-3xqa h9tw ")).toBe("K7PM3XQAH9TW");
    expect(normalizeCode("K7PM—3XQA–H9TW")).toBe("K7PM3XQAH9TW");
    expect(spacedCode("K7PM-3XQA-H9TW")).toBe("K7PM 3XQA H9TW");
  });

  it("offers the slips to committees and township and district staff, not to departments or residents", () => {
    const offered = (role: Role) => canRoleAccess(role, "households", "activate");
    for (const role of ["VILLAGE_COMMITTEE", "TOWNSHIP_STAFF", "DISTRICT_STAFF", "DISTRICT_ADMIN"] as const) expect(offered(role), role).toBe(true);
    for (const role of ["DEPARTMENT_STAFF", "RESIDENT"] as const) expect(offered(role), role).toBe(false);
  });

  it("does not return to the activation or the phone login after a login", () => {
    rememberReturnTo("/activate?code=K7PM3XQAH9TW");
    expect(takeReturnTo()).toBeUndefined();
    rememberReturnTo("/login-by-phone");
    expect(takeReturnTo()).toBeUndefined();
  });
});
