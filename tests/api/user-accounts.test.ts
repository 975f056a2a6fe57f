// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, users } from "@cunwu/schema";
import { startTestServer, type TestServer } from "../support/server";
import { expectBadInput, expectReason, expectOk } from "../support/assert";
import { newUserToken } from "../support/ops/users";

// The admin's accounts on paper: a password reset, a village's committee
// accounts in bulk, and the gate that holds such a user until they choose
// a new password.

const RESET = `mutation ($id: ID!) { resetPassword(userId: $id) { temporaryPassword user { id username mustChangePassword } } }`;
const BULK = `mutation ($ids: [ID!]!) { createVillageCommitteeAccounts(villageIds: $ids) {
  village { id code name } outcome username temporaryPassword user { id role villageId displayName mustChangePassword active } } }`;
const ME = `{ me { id username mustChangePassword } }`;
const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token user { mustChangePassword } } }`;
const CHANGE = `mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token user { mustChangePassword } } }`;
const HOUSEHOLDS = `{ households(perPage: 1) { total } }`;

interface Reset {
  resetPassword: { temporaryPassword: string; user: { id: string; username: string; mustChangePassword: boolean } };
}
interface Account {
  village: { id: string; code: string; name: string };
  outcome: string;
  username: string;
  temporaryPassword: string | null;
  user: { id: string; role: string; villageId: string; displayName: string; mustChangePassword: boolean; active: boolean } | null;
}

let t: TestServer;
let admin: string;
const db = () => t.server.connection.db;

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.login("admin");
});
afterAll(() => t?.close());

/** A fresh committee user of the committee's village, logged in. */
async function someone(username: string) {
  const me = await t.ok<{ me: { villageId: string } }>(`{ me { villageId } }`, {}, await t.login("village"));
  const token = await newUserToken(t, admin, { username, password: "first-password-1", role: "VILLAGE_COMMITTEE", villageId: me.me.villageId });
  const { me: self } = await t.ok<{ me: { id: string } }>(`{ me { id } }`, {}, token);
  return { id: self.id, token };
}

describe("resetPassword", () => {
  it("gives a readable temporary password once, ends the sessions and holds the user to me and changePassword", async () => {
    const user = await someone("reset-me");
    const data = expectOk(await t.gql<Reset>(RESET, { id: user.id }, admin));
    const temporary = data.resetPassword.temporaryPassword;
    expect(temporary).toMatch(/^[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}$/);
    expect(data.resetPassword.user.mustChangePassword).toBe(true);
    // Stored as a hash only; the audit log names the reset without the password.
    const [row] = await db().select().from(users).where(eq(users.id, Number(user.id)));
    expect(row!.passwordHash).not.toContain(temporary);
    const audits = await db().select().from(auditLog).where(and(eq(auditLog.entity, "user"), eq(auditLog.entityId, user.id), eq(auditLog.action, "reset-password")));
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits[0])).not.toContain(temporary);

    // The old session has ended; the old password no longer logs in.
    expectReason(await t.gql(ME, {}, user.token), "UNAUTHENTICATED", "INVALID_TOKEN");
    expectReason(await t.gql(LOGIN, { u: "reset-me", p: "first-password-1" }), "UNAUTHENTICATED", "BAD_CREDENTIALS");

    const login = expectOk(await t.gql<{ login: { token: string; user: { mustChangePassword: boolean } } }>(LOGIN, { u: "reset-me", p: temporary }));
    expect(login.login.user.mustChangePassword).toBe(true);
    const held = login.login.token;
    expect(expectOk(await t.gql<{ me: { mustChangePassword: boolean } }>(ME, {}, held)).me.mustChangePassword).toBe(true);
    const refused = await t.gql(HOUSEHOLDS, {}, held);
    expectReason(refused, "FORBIDDEN", "PASSWORD_CHANGE_REQUIRED");
    expect(refused.data ?? null).toBeNull();

    const changed = expectOk(
      await t.gql<{ changePassword: { token: string; user: { mustChangePassword: boolean } } }>(CHANGE, { c: temporary, n: "my-own-password-2" }, held),
    );
    expect(changed.changePassword.user.mustChangePassword).toBe(false);
    expectOk(await t.gql(HOUSEHOLDS, {}, changed.changePassword.token));
    expect((await t.gql(HOUSEHOLDS, {}, await t.login("reset-me", "my-own-password-2"))).errors).toBeUndefined();
  });

  it("is the district admin's alone", async () => {
    const user = await someone("reset-not-by-you");
    for (const name of ["district", "township", "village", "dept", "resident"]) {
      expectReason(await t.gql(RESET, { id: user.id }, await t.login(name)), "FORBIDDEN", "NOT_ALLOWED", name);
    }
    expectReason(await t.gql(RESET, { id: user.id }), "UNAUTHENTICATED", "NOT_LOGGED_IN");
    // Nothing changed: the user's session still works.
    expectOk(await t.gql(ME, {}, user.token));
  });

  it("refuses a bad id, an unknown user and the admin's own account", async () => {
    expectBadInput(await t.gql(RESET, { id: "abc" }, admin), { userId: "INVALID" });
    expectReason(await t.gql(RESET, { id: "999999" }, admin), "NOT_FOUND", "NOT_FOUND");
    const { me } = await t.ok<{ me: { id: string } }>(ME, {}, admin);
    expectBadInput(await t.gql(RESET, { id: me.id }, admin), { userId: "INVALID" });
    expectOk(await t.gql(ME, {}, admin));
  });
});

describe("createVillageCommitteeAccounts", () => {
  // Every demo village has its committee account; these new ones have none.
  let fresh: { id: string; code: string; name: string }[];
  beforeAll(async () => {
    const { townships } = await t.ok<{ townships: { items: { id: string }[] } }>(`{ townships(perPage: 1) { items { id } } }`, {}, admin);
    fresh = [];
    for (const [index, code] of ["NEW-A1", "NEW-B2", "NEW-C3", "NEW-D4", "NEW-E5"].entries()) {
      const data = await t.ok<{ createVillage: { id: string; code: string; name: string } }>(
        `mutation ($input: CreateVillageInput!) { createVillage(input: $input) { id code name } }`,
        { input: { townshipId: townships.items[0]!.id, code, name: `新建${index + 1}村` } },
        admin,
      );
      fresh.push(data.createVillage);
    }
  });

  it("makes one account per village without one, each held until its password is changed, and skips the others", async () => {
    const { me } = await t.ok<{ me: { villageId: string } }>(`{ me { villageId } }`, {}, await t.login("village"));
    const ids = [fresh[0]!.id, fresh[1]!.id, me.villageId, fresh[0]!.id];
    const accounts = expectOk(await t.gql<{ createVillageCommitteeAccounts: Account[] }>(BULK, { ids }, admin)).createVillageCommitteeAccounts;
    // Given twice counts once; the order is the order given.
    expect(accounts.map((a) => [a.village.id, a.outcome])).toEqual([
      [fresh[0]!.id, "CREATED"],
      [fresh[1]!.id, "CREATED"],
      [me.villageId, "HAS_COMMITTEE"],
    ]);
    for (const [index, account] of accounts.slice(0, 2).entries()) {
      expect(account.username).toBe(`vc-${fresh[index]!.code.toLowerCase()}`);
      expect(account.user).toMatchObject({ role: "VILLAGE_COMMITTEE", villageId: fresh[index]!.id, mustChangePassword: true, active: true });
      expect(account.user!.displayName).toBe(`${account.village.name}村民委员会`);
      const token = await t.login(account.username, account.temporaryPassword!);
      expectReason(await t.gql(HOUSEHOLDS, {}, token), "FORBIDDEN", "PASSWORD_CHANGE_REQUIRED");
    }
    expect(accounts[2]!.user).toBeNull();
    expect(accounts[2]!.temporaryPassword).toBeNull();

    // A second run makes nothing new.
    const again = expectOk(await t.gql<{ createVillageCommitteeAccounts: Account[] }>(BULK, { ids: ids.slice(0, 2) }, admin));
    expect(again.createVillageCommitteeAccounts.map((a) => a.outcome)).toEqual(["HAS_COMMITTEE", "HAS_COMMITTEE"]);
    const audits = await db().select().from(auditLog).where(and(eq(auditLog.entity, "user"), eq(auditLog.action, "create")));
    expect(audits.filter((a) => (a.detail as { bulk?: boolean } | null)?.bulk)).toHaveLength(2);
  });

  it("skips a village whose username another user has", async () => {
    const village = fresh[2]!;
    await t.ok(`mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { username: `vc-${village.code.toLowerCase()}`, password: "some-password-1", role: "DISTRICT_STAFF" },
    }, admin);
    const accounts = expectOk(await t.gql<{ createVillageCommitteeAccounts: Account[] }>(BULK, { ids: [village.id] }, admin));
    expect(accounts.createVillageCommitteeAccounts.map((a) => [a.outcome, a.user, a.temporaryPassword])).toEqual([["USERNAME_TAKEN", null, null]]);
  });

  it("makes one account when two admins ask for the same village at once", async () => {
    const village = fresh[4]!;
    const results = await Promise.all([0, 1].map(() => t.gql<{ createVillageCommitteeAccounts: Account[] }>(BULK, { ids: [village.id] }, admin)));
    const outcomes = results.map((r) => r.data?.createVillageCommitteeAccounts[0]!.outcome ?? r.errors?.[0]?.extensions.reason);
    // The loser either sees the winner's account or, mid-way, is told to retry; never a second account, never a 500.
    expect(outcomes.filter((o) => o === "CREATED")).toHaveLength(1);
    expect(["HAS_COMMITTEE", "CHANGED_MEANWHILE"]).toContain(outcomes.find((o) => o !== "CREATED"));
    const rows = await db().select().from(users).where(and(eq(users.role, "VILLAGE_COMMITTEE"), eq(users.villageId, Number(village.id))));
    expect(rows).toHaveLength(1);
  });

  it("is the district admin's alone", async () => {
    const village = fresh[3];
    for (const name of ["district", "township", "village", "dept", "resident"]) {
      expectReason(await t.gql(BULK, { ids: [village!.id] }, await t.login(name)), "FORBIDDEN", "NOT_ALLOWED", name);
    }
  });

  it("refuses an empty list, too many, a bad id and an unknown village, creating nothing", async () => {
    const before = await db().select({ id: users.id }).from(users);
    const village = fresh[3];
    expectBadInput(await t.gql(BULK, { ids: [] }, admin), { villageIds: "REQUIRED" });
    expectBadInput(await t.gql(BULK, { ids: Array.from({ length: 101 }, (_, i) => String(i + 1)) }, admin), { villageIds: "TOO_MANY" });
    expectBadInput(await t.gql(BULK, { ids: [village!.id, "x"] }, admin), { villageIds: "INVALID" });
    expectReason(await t.gql(BULK, { ids: [village!.id, "999999"] }, admin), "NOT_FOUND", "NOT_FOUND");
    expect(await db().select({ id: users.id }).from(users)).toHaveLength(before.length);
  });
});
