/// <reference lib="dom" />
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { authProvider } from "../../admin/src/providers/authProvider";
import { execute, GraphQLRequestError } from "../../admin/src/providers/graphqlClient";
import { LoginDocument } from "../../admin/src/documents/households";
import { getToken, getUser, hasLiveSession, tokenExpiry } from "../../admin/src/providers/session";
import { rememberReturnTo, takeReturnTo } from "../../admin/src/providers/firstScreen";
import { testDatabaseKind } from "../support/database";
import { installLocalStorage, mockServer } from "../support/console/providers";

// Signing in and out, and what the console offers the signed-in role.

const user = {
  id: "6",
  username: "village",
  displayName: "陈德明",
  role: "VILLAGE_COMMITTEE",
  townshipId: null,
  villageId: "1",
  departmentId: null,
  householdId: null,
};

describe.skipIf(testDatabaseKind === "postgres")("auth provider", () => {
  let server: ReturnType<typeof mockServer>;

  beforeEach(() => {
    installLocalStorage();
    server = mockServer();
  });
  afterEach(() => vi.unstubAllGlobals());

  it("keeps the token and the user of a login", async () => {
    server.data({ login: { token: "t-1", user } });
    await authProvider.login({ username: "village", password: "secret" });
    expect(server.last.variables).toEqual({ username: "village", password: "secret" });
    expect(getToken()).toBe("t-1");
    expect(getUser()).toEqual(user);
    await expect(authProvider.checkAuth!({})).resolves.toBeUndefined();
    await expect(authProvider.getIdentity!()).resolves.toMatchObject({ fullName: "陈德明", villageId: "1" });
    await expect(authProvider.getPermissions!({})).resolves.toBe("VILLAGE_COMMITTEE");
  });

  it.each(["UNAUTHENTICATED", "BAD_USER_INPUT"])("says wrong credentials on %s", async (code) => {
    server.error({ code });
    await expect(authProvider.login({ username: "village", password: "wrong" })).rejects.toThrow("ra.auth.sign_in_error");
    expect(getToken()).toBeNull();
  });

  it("says there were too many attempts when the server slows or locks the login", async () => {
    server.error({ code: "UNAUTHENTICATED", reason: "RATE_LIMITED", retryAfterSeconds: 9 });
    await expect(authProvider.login({ username: "village", password: "right" })).rejects.toThrow("登录失败次数过多，请约 1 分钟后再试。");
    expect(getToken()).toBeNull();
  });

  it("signs out on UNAUTHENTICATED and stays on FORBIDDEN", async () => {
    server.data({ login: { token: "t-1", user } });
    await authProvider.login({ username: "village", password: "secret" });
    await expect(authProvider.checkError(new GraphQLRequestError("FORBIDDEN"))).resolves.toBeUndefined();
    expect(getToken()).toBe("t-1");
    await expect(authProvider.checkError(new GraphQLRequestError("UNAUTHENTICATED"))).rejects.toBeInstanceOf(GraphQLRequestError);
    expect(getToken()).toBeNull();
    // The screen's other queries and guarded parts fail the same way: they do not send to the form again.
    const quietly = { logoutUser: false, redirectTo: false, message: false };
    await expect(authProvider.checkAuth!({})).rejects.toEqual(quietly);
    await expect(authProvider.checkError(new GraphQLRequestError("UNAUTHENTICATED"))).rejects.toEqual(quietly);
  });

  it("moves to the login form once per lost session: again after a new login, or a screen opened later by hand", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      server.data({ login: { token: "t-1", user } });
      await authProvider.login({ username: "village", password: "secret" });
      await expect(authProvider.checkError(new GraphQLRequestError("UNAUTHENTICATED"))).rejects.toBeInstanceOf(GraphQLRequestError);
      // Signed in again, the next lost session moves to the form again at once.
      server.data({ login: { token: "t-2", user } });
      await authProvider.login({ username: "village", password: "secret" });
      await expect(authProvider.checkError(new GraphQLRequestError("UNAUTHENTICATED"))).rejects.toBeInstanceOf(GraphQLRequestError);
      await expect(authProvider.checkAuth!({})).rejects.toEqual({ logoutUser: false, redirectTo: false, message: false });
      // Seconds later, a screen opened from the form (no session) is sent to the form as ever.
      vi.setSystemTime(Date.now() + 6_000);
      await expect(authProvider.checkAuth!({})).rejects.toThrow("ra.auth.auth_check_error");
    } finally {
      vi.useRealTimers();
      // A login ends the burst: later tests start from a signed-in console.
      server.data({ login: { token: "t-3", user } });
      await authProvider.login({ username: "village", password: "secret" });
    }
  });

  it("stays signed in when a query sent before the latest login fails as unauthenticated after it", async () => {
    server.data({ login: { token: "t-1", user } });
    await authProvider.login({ username: "village", password: "secret" });
    server.error({ code: "UNAUTHENTICATED" });
    const stale = await execute(LoginDocument, { username: "village", password: "secret" }).catch((error: unknown) => error);
    expect(stale).toMatchObject({ code: "UNAUTHENTICATED", sentWith: "t-1" });
    server.data({ login: { token: "t-2", user } });
    await authProvider.login({ username: "village", password: "secret" });
    await expect(authProvider.checkError(stale)).rejects.toEqual({ logoutUser: false, redirectTo: false, message: false });
    expect(getToken()).toBe("t-2");
    // The new session's own end still signs out.
    server.error({ code: "UNAUTHENTICATED" });
    const current = await execute(LoginDocument, { username: "village", password: "secret" }).catch((error: unknown) => error);
    await expect(authProvider.checkError(current)).rejects.toBeInstanceOf(GraphQLRequestError);
    expect(getToken()).toBeNull();
    server.data({ login: { token: "t-3", user } });
    await authProvider.login({ username: "village", password: "secret" });
  });

  it("offers the role what providers/access.ts grants it", async () => {
    server.data({ login: { token: "t-1", user } });
    await authProvider.login({ username: "village", password: "secret" });
    const can = (resource: string, action: string) => authProvider.canAccess!({ resource, action });
    await expect(can("award", "use")).resolves.toBe(true);
    await expect(can("households", "import")).resolves.toBe(true);
    await expect(can("users", "list")).resolves.toBe(false);
    await expect(can("awardBatches", "object")).resolves.toBe(false);
    await authProvider.logout({});
    await expect(can("award", "use")).resolves.toBe(false);
  });
});

describe.skipIf(testDatabaseKind === "postgres")("the session's end and the way back", () => {
  let server: ReturnType<typeof mockServer>;
  const jwt = (claims: object) => `${btoa(JSON.stringify({ alg: "HS256" }))}.${btoa(JSON.stringify(claims)).replace(/=+$/, "")}.signature`;
  const seconds = (ms: number) => Math.floor(ms / 1000);

  beforeEach(() => {
    installLocalStorage();
    server = mockServer();
  });
  afterEach(() => vi.unstubAllGlobals());

  it("reads the token's expiry, and treats one it cannot read as the server's to judge", () => {
    expect(tokenExpiry(jwt({ sub: "6", exp: 1_800_000_000 }))).toBe(1_800_000_000_000);
    expect(tokenExpiry("t-1")).toBeNull();
    expect(tokenExpiry(jwt({ sub: "6" }))).toBeNull();
  });

  it("no longer counts a stored session whose token has expired (the morning after a 12-hour login)", async () => {
    server.data({ login: { token: jwt({ sub: "6", exp: seconds(Date.now() + 3_600_000) }), user } });
    await authProvider.login({ username: "village", password: "secret" });
    expect(hasLiveSession()).toBe(true);
    await expect(authProvider.checkAuth!({})).resolves.toBeUndefined();
    expect(hasLiveSession(Date.now() + 2 * 3_600_000)).toBe(false);

    server.data({ login: { token: jwt({ sub: "6", exp: seconds(Date.now() - 60_000) }), user } });
    await authProvider.login({ username: "village", password: "secret" });
    expect(hasLiveSession()).toBe(false);
    await expect(authProvider.checkAuth!({})).rejects.toThrow("ra.auth.auth_check_error");
  });

  it("comes back after the login to the screen asked for, once; the login form and the dashboard are not remembered", async () => {
    server.data({ login: { token: "t-1", user } });
    server.data({ login: { token: "t-2", user } });
    rememberReturnTo("/households?filter=%7B%7D");
    await expect(authProvider.login({ username: "village", password: "secret" })).resolves.toEqual({ redirectTo: "/households?filter=%7B%7D" });
    await expect(authProvider.login({ username: "village", password: "secret" })).resolves.toBeUndefined();
    rememberReturnTo("/login");
    expect(takeReturnTo()).toBeUndefined();
    rememberReturnTo("/pointEntries");
    rememberReturnTo("/");
    expect(takeReturnTo()).toBeUndefined();
  });

  it("remembers the screen the user was on when the server ends the session mid-work", async () => {
    vi.stubGlobal("window", { location: { hash: "#/redemptions/12/show" } });
    server.data({ login: { token: "t-1", user } });
    await authProvider.login({ username: "village", password: "secret" });
    await expect(authProvider.checkError(new GraphQLRequestError("UNAUTHENTICATED"))).rejects.toBeInstanceOf(GraphQLRequestError);
    expect(takeReturnTo()).toBe("/redemptions/12/show");
  });
});
