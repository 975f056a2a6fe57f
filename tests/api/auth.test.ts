// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { SignJWT, decodeJwt } from "jose";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loginAttempts } from "@cunwu/schema";
import { demoPassword, startTestServer, testSecret, type GraphQLResult, type TestServer } from "../support/server";
import { detailsOf, errorCode, expectError, expectReason, reasonOf } from "../support/assert";
import { createUser, updateUser } from "../support/ops/users";

const LOGIN = `mutation Login($u: String!, $p: String!) {
  login(username: $u, password: $p) { token expiresAt user { id username role displayName } }
}`;
const ME = `{ me { id username role displayName active lastLoginAt townshipId villageId departmentId householdId } }`;
const CHANGE_PASSWORD = `mutation Change($c: String!, $n: String!) {
  changePassword(currentPassword: $c, newPassword: $n) { token expiresAt user { id username role } }
}`;

const demoUsers = ["admin", "district", "township", "village", "dept", "resident"] as const;

interface LoginData {
  login: { token: string; expiresAt: string; user: { id: string; username: string; role: string; displayName: string } };
}
interface MeData {
  me: {
    id: string;
    username: string;
    role: string;
    displayName: string;
    active: boolean;
    lastLoginAt: string | null;
    townshipId: string | null;
    villageId: string | null;
    departmentId: string | null;
    householdId: string | null;
  } | null;
}

const tryLogin = (t: TestServer, username: string, password: string) => t.gql<LoginData>(LOGIN, { u: username, p: password });
const me = (t: TestServer, token?: string) => t.gql<MeData>(ME, {}, token);

/** Asserts the one refusal a failed login gives, whatever the cause. */
function expectBadCredentials(result: GraphQLResult<LoginData>) {
  expect(result.data?.login ?? null).toBeNull();
  expectReason(result, "UNAUTHENTICATED", "BAD_CREDENTIALS");
  expect(result.errors?.[0]?.message).toBe("Wrong username or password");
  expect(detailsOf(result).retryAfterSeconds).toBeUndefined();
}

function expectRateLimited(result: GraphQLResult<LoginData>, windowMinutes = 15) {
  expect(result.data?.login ?? null).toBeNull();
  expectReason(result, "UNAUTHENTICATED", "RATE_LIMITED");
  const retryAfter = detailsOf(result).retryAfterSeconds;
  expect(typeof retryAfter).toBe("number");
  expect(retryAfter as number).toBeGreaterThan(0);
  expect(retryAfter as number).toBeLessThanOrEqual(windowMinutes * 60);
}

/** Signs a token the way the server does, with whatever secret, claims and expiry. */
async function signToken(
  secret: string,
  claims: { sub: string; ver: unknown; iss?: string },
  options: { exp?: number; iat?: number; alg?: string } = {},
) {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ ver: claims.ver })
    .setProtectedHeader({ alg: options.alg ?? "HS256" })
    .setSubject(claims.sub)
    .setIssuer(claims.iss ?? "cunwu")
    .setIssuedAt(options.iat ?? now)
    .setExpirationTime(options.exp ?? now + 3600);
  return jwt.sign(new TextEncoder().encode(secret));
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("login, me and tokens", () => {
  let t: TestServer;
  let adminToken: string;
  let adminClaims: { sub: string; ver: number };

  beforeAll(async () => {
    t = await startTestServer();
    adminToken = await t.login("admin");
    const payload = decodeJwt(adminToken);
    adminClaims = { sub: payload.sub!, ver: payload.ver as number };
  });
  afterAll(() => t?.close());

  /** A DISTRICT_STAFF user of the test's own, so tests don't share passwords. */
  async function createStaff(username: string, password: string): Promise<string> {
    return (await createUser.ok(t, { username, password, role: "DISTRICT_STAFF" }, adminToken)).id;
  }

  it("logs in with token, expiry and user, and `me` is that user", async () => {
    const before = Date.now();
    const result = await tryLogin(t, "village", demoPassword);
    expect(result.errors).toBeUndefined();
    const login = result.data!.login;
    expect(login.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(login.user).toMatchObject({ username: "village", role: "VILLAGE_COMMITTEE" });
    expect(login.user.id).toMatch(/^\d+$/);
    // The default session lasts 12 hours.
    const expiresAt = Date.parse(login.expiresAt);
    expect(expiresAt).toBeGreaterThan(before + 11.9 * 3_600_000);
    expect(expiresAt).toBeLessThan(Date.now() + 12.1 * 3_600_000);

    const meResult = await me(t, login.token);
    expect(meResult.errors).toBeUndefined();
    expect(meResult.data!.me).toMatchObject({ id: login.user.id, username: "village", role: "VILLAGE_COMMITTEE", active: true });
    expect(meResult.data!.me!.villageId).toMatch(/^\d+$/);
    expect(meResult.data!.me!.townshipId).toBeNull();
    // The login is recorded.
    expect(Date.parse(meResult.data!.me!.lastLoginAt!)).toBeGreaterThanOrEqual(before - 5_000);
  });

  it("each demo role logs in and sees itself", async () => {
    const roles: Record<string, string> = {
      admin: "DISTRICT_ADMIN",
      district: "DISTRICT_STAFF",
      township: "TOWNSHIP_STAFF",
      village: "VILLAGE_COMMITTEE",
      dept: "DEPARTMENT_STAFF",
      resident: "RESIDENT",
    };
    for (const username of demoUsers) {
      const token = await t.login(username);
      const data = await t.ok<MeData>(ME, {}, token);
      expect(data.me).toMatchObject({ username, role: roles[username] });
    }
  });

  it("takes the username in any case and with spaces around it", async () => {
    const result = await tryLogin(t, "  ADMIN ", demoPassword);
    expect(result.errors).toBeUndefined();
    expect(result.data!.login.user.username).toBe("admin");
  });

  it("`me` without a token is UNAUTHENTICATED", async () => {
    const result = await me(t);
    expect(errorCode(result)).toBe("UNAUTHENTICATED");
    expect(result.data?.me ?? null).toBeNull();
    // No token at all is not an invalid token: the reason says so.
    expect(reasonOf(result)).toBe("NOT_LOGGED_IN");
  });

  it("refuses a wrong password and an unknown username alike", async () => {
    const wrong = await tryLogin(t, "district", "not-the-password");
    expectBadCredentials(wrong);
    const unknown = await tryLogin(t, "nobody-here", demoPassword);
    expectBadCredentials(unknown);
    expect(unknown.errors![0]!.message).toBe(wrong.errors![0]!.message);
    // The right password still works afterwards.
    expect((await tryLogin(t, "district", demoPassword)).errors).toBeUndefined();
  });

  it("refuses a blank username or password as BAD_USER_INPUT naming the fields", async () => {
    const noUser = await tryLogin(t, "", demoPassword);
    expectError(noUser, "BAD_USER_INPUT", { username: "REQUIRED" });

    const spaces = await tryLogin(t, "   ", demoPassword);
    expectError(spaces, "BAD_USER_INPUT", { username: "REQUIRED" });

    const noPassword = await tryLogin(t, "admin", "");
    expectError(noPassword, "BAD_USER_INPUT", { password: "REQUIRED" });

    const neither = await tryLogin(t, "", "");
    expectError(neither, "BAD_USER_INPUT", { username: "REQUIRED", password: "REQUIRED" });
  });

  it("a deactivated user cannot log in, with the same refusal as a wrong password", async () => {
    const id = await createStaff("leaver", "leaver-password-1");
    expect((await tryLogin(t, "leaver", "leaver-password-1")).errors).toBeUndefined();
    await updateUser.ok(t, { id, input: { active: false } }, adminToken);
    expectBadCredentials(await tryLogin(t, "leaver", "leaver-password-1"));
    // Reactivated, the same password works again.
    await updateUser.ok(t, { id, input: { active: true } }, adminToken);
    expect((await tryLogin(t, "leaver", "leaver-password-1")).errors).toBeUndefined();
  });

  it("accepts a token it signed itself with the same claims (control for the forgeries below)", async () => {
    const token = await signToken(testSecret, adminClaims);
    const result = await me(t, token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.me!.username).toBe("admin");
  });

  it("refuses a token signed with another secret as INVALID_TOKEN", async () => {
    const token = await signToken("another-secret-that-is-also-32-characters-long", adminClaims);
    const result = await me(t, token);
    expectReason(result, "UNAUTHENTICATED", "INVALID_TOKEN");
    expect(result.data?.me ?? null).toBeNull();
  });

  it("refuses an expired token as TOKEN_EXPIRED", async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await signToken(testSecret, adminClaims, { iat: now - 13 * 3600, exp: now - 3600 });
    const result = await me(t, token);
    expectReason(result, "UNAUTHENTICATED", "TOKEN_EXPIRED");
    // Mutations are refused alike.
    const create = await createUser(t, { username: "expired-maker", password: "long-enough-1", role: "DISTRICT_STAFF" }, token);
    expectReason(create, "UNAUTHENTICATED", "TOKEN_EXPIRED");
  });

  it("a token accepted once is TOKEN_EXPIRED when its time is up (verified tokens are kept only until then)", async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await signToken(testSecret, adminClaims, { iat: now, exp: now + 2 });
    expect((await me(t, token)).errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, (now + 2) * 1000 - Date.now() + 50));
    expectReason(await me(t, token), "UNAUTHENTICATED", "TOKEN_EXPIRED");
  });

  it("an expired token signed with another secret is INVALID_TOKEN, not TOKEN_EXPIRED", async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await signToken("another-secret-that-is-also-32-characters-long", adminClaims, { iat: now - 7200, exp: now - 3600 });
    expect(reasonOf(await me(t, token))).toBe("INVALID_TOKEN");
  });

  it("refuses garbage, a tampered token and a token of another issuer as INVALID_TOKEN", async () => {
    for (const garbage of ["garbage", "a.b.c", "eyJhbGciOiJIUzI1NiJ9..", "Bearer"]) {
      const result = await me(t, garbage);
      expect(errorCode(result), garbage).toBe("UNAUTHENTICATED");
      expect(reasonOf(result), garbage).toBe("INVALID_TOKEN");
    }
    // A real token whose payload is changed to another user keeps the old signature.
    const [header, , signature] = adminToken.split(".");
    const otherUser = base64url({ ...decodeJwt(adminToken), sub: String(Number(adminClaims.sub) + 1) });
    expect(reasonOf(await me(t, `${header}.${otherUser}.${signature}`))).toBe("INVALID_TOKEN");

    const otherIssuer = await signToken(testSecret, { ...adminClaims, iss: "someone-else" });
    expect(reasonOf(await me(t, otherIssuer))).toBe("INVALID_TOKEN");
  });

  it("refuses tokens with the right secret but bad claims: unknown user, no version, old version", async () => {
    expect(reasonOf(await me(t, await signToken(testSecret, { sub: "999999", ver: 0 })))).toBe("INVALID_TOKEN");
    expect(reasonOf(await me(t, await signToken(testSecret, { sub: "abc", ver: 0 })))).toBe("INVALID_TOKEN");
    expect(reasonOf(await me(t, await signToken(testSecret, { sub: adminClaims.sub, ver: "0" })))).toBe("INVALID_TOKEN");
    expect(reasonOf(await me(t, await signToken(testSecret, { sub: adminClaims.sub, ver: adminClaims.ver + 1 })))).toBe("INVALID_TOKEN");
  });

  it("refuses an unsigned `alg: none` token and another algorithm", async () => {
    const now = Math.floor(Date.now() / 1000);
    const payload = { sub: adminClaims.sub, ver: adminClaims.ver, iss: "cunwu", iat: now, exp: now + 3600 };
    for (const alg of ["none", "None", "NONE"]) {
      const token = `${base64url({ alg, typ: "JWT" })}.${base64url(payload)}.`;
      const result = await me(t, token);
      expect(errorCode(result), alg).toBe("UNAUTHENTICATED");
      expect(reasonOf(result), alg).toBe("INVALID_TOKEN");
    }
    const hs512 = await signToken(testSecret, adminClaims, { alg: "HS512" });
    expect(reasonOf(await me(t, hs512))).toBe("INVALID_TOKEN");
  });

  it("logs in even when a bad or expired token is sent along", async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await signToken(testSecret, adminClaims, { iat: now - 7200, exp: now - 3600 });
    for (const bad of ["garbage", expired]) {
      const result = await t.gql<LoginData>(LOGIN, { u: "admin", p: demoPassword }, bad);
      expect(result.errors).toBeUndefined();
      expect(result.data!.login.user.username).toBe("admin");
      expect(reasonOf(await me(t, result.data!.login.token))).toBeUndefined();
    }
  });

  describe("changePassword", () => {
    it("returns a fresh token, ends every older session, and swaps the passwords", async () => {
      const id = await createStaff("changer", "first-password-1");
      const sessionA = await t.login("changer", "first-password-1");
      const sessionB = await t.login("changer", "first-password-1");
      expect((await me(t, sessionB)).data!.me!.id).toBe(id);

      const result = await t.gql<{ changePassword: LoginData["login"] }>(
        CHANGE_PASSWORD,
        { c: "first-password-1", n: "second-password-2" },
        sessionA,
      );
      expect(result.errors).toBeUndefined();
      const payload = result.data!.changePassword;
      expect(payload.user).toMatchObject({ id, username: "changer", role: "DISTRICT_STAFF" });
      expect(payload.token).not.toBe(sessionA);
      expect(Date.parse(payload.expiresAt)).toBeGreaterThan(Date.now());

      // The fresh token works; the one used to change and every other session do not.
      expect((await me(t, payload.token)).data!.me!.username).toBe("changer");
      for (const old of [sessionA, sessionB]) {
        const stale = await me(t, old);
        expectReason(stale, "UNAUTHENTICATED", "INVALID_TOKEN");
      }
      expectBadCredentials(await tryLogin(t, "changer", "first-password-1"));
      expect((await tryLogin(t, "changer", "second-password-2")).errors).toBeUndefined();
    });

    it("refuses a wrong current password, names the field and changes nothing", async () => {
      await createStaff("keeper", "keeper-password-1");
      const token = await t.login("keeper", "keeper-password-1");
      const result = await t.gql(CHANGE_PASSWORD, { c: "not-my-password", n: "keeper-password-2" }, token);
      expectError(result, "BAD_USER_INPUT", { currentPassword: "INVALID" });
      expect(result.data?.changePassword ?? null).toBeNull();
      // Nothing changed: the session lives on, the old password works, the new one does not.
      expect((await me(t, token)).data!.me!.username).toBe("keeper");
      expect((await tryLogin(t, "keeper", "keeper-password-1")).errors).toBeUndefined();
      expectBadCredentials(await tryLogin(t, "keeper", "keeper-password-2"));
    });

    it("refuses a too short, blank or unchanged new password and a blank current one", async () => {
      await createStaff("shorty", "shorty-password-1");
      const token = await t.login("shorty", "shorty-password-1");

      const short = await t.gql(CHANGE_PASSWORD, { c: "shorty-password-1", n: "short" }, token);
      expectError(short, "BAD_USER_INPUT", { newPassword: "TOO_SHORT" });

      const blank = await t.gql(CHANGE_PASSWORD, { c: "shorty-password-1", n: "" }, token);
      expectError(blank, "BAD_USER_INPUT", { newPassword: "REQUIRED" });

      const tooLong = await t.gql(CHANGE_PASSWORD, { c: "shorty-password-1", n: "x".repeat(129) }, token);
      expectError(tooLong, "BAD_USER_INPUT", { newPassword: "TOO_LONG" });

      const noCurrent = await t.gql(CHANGE_PASSWORD, { c: "", n: "shorty-password-2" }, token);
      expectError(noCurrent, "BAD_USER_INPUT", { currentPassword: "REQUIRED" });

      const same = await t.gql(CHANGE_PASSWORD, { c: "shorty-password-1", n: "shorty-password-1" }, token);
      expectError(same, "BAD_USER_INPUT", { newPassword: "INVALID" });

      // After every failure the old password and the session still work.
      expect((await me(t, token)).data!.me!.username).toBe("shorty");
      expect((await tryLogin(t, "shorty", "shorty-password-1")).errors).toBeUndefined();
      expectBadCredentials(await tryLogin(t, "shorty", "short"));
    });

    it("needs a login", async () => {
      const result = await t.gql(CHANGE_PASSWORD, { c: demoPassword, n: "whatever-password-1" });
      expect(errorCode(result)).toBe("UNAUTHENTICATED");
    });

    it("every role may change its own password", async () => {
      for (const username of demoUsers) {
        const token = await t.login(username);
        const newPassword = `${username}-new-password`;
        const data = await t.ok<{ changePassword: LoginData["login"] }>(CHANGE_PASSWORD, { c: demoPassword, n: newPassword }, token);
        expect(data.changePassword.user.username).toBe(username);
        expect((await me(t, data.changePassword.token)).data!.me!.username).toBe(username);
        expect(reasonOf(await me(t, token))).toBe("INVALID_TOKEN");
        expectBadCredentials(await tryLogin(t, username, demoPassword));
        expect((await tryLogin(t, username, newPassword)).errors).toBeUndefined();
      }
    });
  });
});

describe("login rate limit (CUNWU_LOGIN_MAX_FAILURES=3)", () => {
  // Every request comes from 127.0.0.1, so the tests below share one address;
  // each starts from a clean slate of attempts (as after the window passed).
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { CUNWU_LOGIN_MAX_FAILURES: "3", CUNWU_LOGIN_WINDOW_MINUTES: "15" } });
  });
  beforeEach(async () => {
    await t.server.connection.db.delete(loginAttempts);
  });
  afterAll(() => t?.close());

  it("locks a username after 3 failures, even for the right password; other usernames still log in", async () => {
    expectBadCredentials(await tryLogin(t, "village", "wrong-1"));
    expectBadCredentials(await tryLogin(t, "village", "wrong-2"));
    // Two failures are not yet a lock: the third is still checked.
    expectBadCredentials(await tryLogin(t, "village", "wrong-3"));

    const locked = await tryLogin(t, "village", demoPassword);
    expectRateLimited(locked);
    expect(locked.errors![0]!.message).toMatch(/try again/);
    // The same username in other case is the same username.
    expectRateLimited(await tryLogin(t, "VILLAGE", demoPassword));

    // Another username from the same address is not affected.
    const other = await tryLogin(t, "township", demoPassword);
    expect(other.errors).toBeUndefined();
    expect(other.data!.login.user.username).toBe("township");
    // …and its success does not unlock the locked username.
    expectRateLimited(await tryLogin(t, "village", demoPassword));
  });

  it("a success before the limit clears the count", async () => {
    expectBadCredentials(await tryLogin(t, "district", "wrong-1"));
    expectBadCredentials(await tryLogin(t, "district", "wrong-2"));
    expect((await tryLogin(t, "district", demoPassword)).errors).toBeUndefined();
    // Without the reset this would be the third and fourth failure in the window.
    expectBadCredentials(await tryLogin(t, "district", "wrong-3"));
    expectBadCredentials(await tryLogin(t, "district", "wrong-4"));
    expect((await tryLogin(t, "district", demoPassword)).errors).toBeUndefined();
  });

  it("blank attempts are refused as input and do not count as failures", async () => {
    for (let i = 0; i < 4; i++) expect(errorCode(await tryLogin(t, "resident", ""))).toBe("BAD_USER_INPUT");
    expect((await tryLogin(t, "resident", demoPassword)).errors).toBeUndefined();
  });

  it("locks the whole address after 4 × 3 failures across usernames", async () => {
    // 11 failures, each for another username (so no username reaches its own limit).
    for (let i = 1; i <= 11; i++) expectBadCredentials(await tryLogin(t, `stranger${i}`, "wrong"));
    // The 12th is still checked…
    expectBadCredentials(await tryLogin(t, "stranger12", "wrong"));
    // …and now the address is locked: even a user without a single failure, with the right password.
    expectRateLimited(await tryLogin(t, "dept", demoPassword));
    expectRateLimited(await tryLogin(t, "admin", demoPassword));
  });

  it("does not let one valid account's successes shield guessing at others from the same address", async () => {
    for (let i = 1; i <= 11; i++) {
      expectBadCredentials(await tryLogin(t, `stranger${i}`, "wrong"));
      // An attacker with an account logs in between guesses…
      if (i % 2 === 0) expect((await tryLogin(t, "resident", demoPassword)).errors).toBeUndefined();
    }
    expectBadCredentials(await tryLogin(t, "stranger12", "wrong"));
    // …and the address is locked all the same.
    expectRateLimited(await tryLogin(t, "stranger13", "wrong"));
  });

  it("counts wrong current passwords in changePassword as failed logins", async () => {
    const token = await t.login("township");
    for (let i = 1; i <= 3; i++) {
      const result = await t.gql(CHANGE_PASSWORD, { c: `wrong-${i}`, n: "a-new-password-1" }, token);
      expect(errorCode(result)).toBe("BAD_USER_INPUT");
    }
    const locked = await t.gql(CHANGE_PASSWORD, { c: demoPassword, n: "a-new-password-1" }, token);
    expectReason(locked, "UNAUTHENTICATED", "RATE_LIMITED");
    // The password did not change.
    await t.server.connection.db.delete(loginAttempts);
    expect((await tryLogin(t, "township", demoPassword)).errors).toBeUndefined();
  });
});

describe("bootstrap admin from CUNWU_ADMIN_USERNAME / CUNWU_ADMIN_PASSWORD", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ fixture: "empty", env: { CUNWU_ADMIN_USERNAME: "boss", CUNWU_ADMIN_PASSWORD: "boss-password-2026" } });
  });
  afterAll(() => t?.close());

  it("lets the bootstrapped admin log in as DISTRICT_ADMIN on an empty database", async () => {
    const result = await tryLogin(t, "boss", "boss-password-2026");
    expect(result.errors).toBeUndefined();
    expect(result.data!.login.user).toMatchObject({ username: "boss", role: "DISTRICT_ADMIN" });
    const token = result.data!.login.token;
    expect((await me(t, token)).data!.me).toMatchObject({ username: "boss", role: "DISTRICT_ADMIN", active: true });
    // A real admin: it manages users, and it is the only one.
    const users = await t.ok<{ users: { total: number; items: { username: string }[] } }>(`{ users { total items { username } } }`, {}, token);
    expect(users.users.total).toBe(1);
    expect(users.users.items.map((u) => u.username)).toEqual(["boss"]);
    await createUser.ok(t, { username: "helper", password: "helper-password-1", role: "DISTRICT_STAFF" }, token);
    expect((await tryLogin(t, "helper", "helper-password-1")).errors).toBeUndefined();
  });

  it("refuses a wrong password for the bootstrapped admin, and the demo users do not exist", async () => {
    expectBadCredentials(await tryLogin(t, "boss", "not-the-boss-password"));
    expectBadCredentials(await tryLogin(t, "admin", demoPassword));
  });
});
