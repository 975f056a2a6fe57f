// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode, startTestServer, type TestServer } from "../support/server";
import { expectBadInput, fieldsOf, reasonOf } from "../support/assert";
import { createUser as createUser_, me as me_, updateUser as updateUser_, user as user_, type Role, type User } from "../support/ops/users";

// Each user operation is written once, in the support's ops; this file sends their documents.
const CREATE_USER = createUser_.document;
const UPDATE_USER = updateUser_.document;
const GET_USER = user_.document;
const LIST_USERS = `query List($filter: UserFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
  users(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { total items { id username displayName role active } }
}`;
const ME = me_.document;
const LOGIN = `mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token user { id username role } } }`;

type UserData = User;
interface ListData {
  users: { total: number; items: { id: string; username: string; displayName: string; role: Role; active: boolean }[] };
}

const password = "a-good-password-1";

let t: TestServer;
let admin: string;
const tokens: Record<string, string> = {};
let ids: { townshipId: string; otherTownshipId: string; villageId: string; otherVillageId: string; departmentId: string; householdId: string };

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.login("admin");
  for (const username of ["district", "township", "village", "dept", "resident"]) tokens[username] = await t.login(username);
  const geo = await t.ok<{
    townships: { items: { id: string }[] };
    villages: { items: { id: string }[] };
    departments: { items: { id: string }[] };
    households: { items: { id: string }[] };
  }>(
    `{ townships(perPage: 2) { items { id } } villages(perPage: 2) { items { id } }
       departments(perPage: 1) { items { id } } households(perPage: 1) { items { id } } }`,
    {},
    admin,
  );
  ids = {
    townshipId: geo.townships.items[0]!.id,
    otherTownshipId: geo.townships.items[1]!.id,
    villageId: geo.villages.items[0]!.id,
    otherVillageId: geo.villages.items[1]!.id,
    departmentId: geo.departments.items[0]!.id,
    householdId: geo.households.items[0]!.id,
  };
});
afterAll(() => t?.close());

const createUser = (input: Record<string, unknown>, token = admin) => t.gql<{ createUser: UserData }>(CREATE_USER, { input }, token);
const updateUser = (id: string, input: Record<string, unknown>, token = admin) =>
  t.gql<{ updateUser: UserData }>(UPDATE_USER, { id, input }, token);
const me = (token: string) => t.gql<{ me: UserData | null }>(ME, {}, token);
const tryLogin = (username: string, pass: string) => t.gql<{ login: { token: string } }>(LOGIN, { u: username, p: pass });
const total = async () => (await t.ok<ListData>(LIST_USERS, {}, admin)).users.total;

async function create(input: Record<string, unknown>): Promise<UserData> {
  const result = await createUser({ password, ...input });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.createUser;
}

describe("createUser", () => {
  const scopeOf = (role: Role): Record<string, string> =>
    ({
      DISTRICT_ADMIN: {},
      DISTRICT_STAFF: {},
      TOWNSHIP_STAFF: { townshipId: ids.townshipId },
      VILLAGE_COMMITTEE: { villageId: ids.villageId },
      DEPARTMENT_STAFF: { departmentId: ids.departmentId },
      RESIDENT: { householdId: ids.householdId },
    })[role];

  const roles: Role[] = ["DISTRICT_ADMIN", "DISTRICT_STAFF", "TOWNSHIP_STAFF", "VILLAGE_COMMITTEE", "DEPARTMENT_STAFF", "RESIDENT"];

  it.each(roles)("creates a %s with its scope; the new user logs in and `me` shows the scope", async (role) => {
    const username = `new-${role.toLowerCase().replace(/_/g, "-")}`;
    const scope = scopeOf(role);
    const user = await create({ username, role, displayName: `New ${role}`, ...scope });
    const expected = {
      username,
      role,
      displayName: `New ${role}`,
      active: true,
      townshipId: scope.townshipId ?? null,
      villageId: scope.villageId ?? null,
      departmentId: scope.departmentId ?? null,
      householdId: scope.householdId ?? null,
    };
    expect(user).toMatchObject(expected);

    const login = await tryLogin(username, password);
    expect(login.errors).toBeUndefined();
    const self = await me(login.data!.login.token);
    expect(self.errors).toBeUndefined();
    expect(self.data!.me).toMatchObject({ id: user.id, ...expected });
    // The scope's own record comes along.
    expect(self.data!.me!.township?.id ?? null).toBe(scope.townshipId ?? null);
    expect(self.data!.me!.village?.id ?? null).toBe(scope.villageId ?? null);
    expect(self.data!.me!.department?.id ?? null).toBe(scope.departmentId ?? null);
    // The admin reads the same user by id.
    expect((await t.ok<{ user: UserData }>(GET_USER, { id: user.id }, admin)).user).toMatchObject(expected);
  });

  it("a new DISTRICT_ADMIN can manage users", async () => {
    const token = await t.login("new-district-admin", password);
    const result = await createUser({ username: "made-by-new-admin", password, role: "DISTRICT_STAFF" }, token);
    expect(result.errors).toBeUndefined();
  });

  it("defaults the display name to the username and trims the username", async () => {
    const user = await create({ username: "  plainname ", role: "DISTRICT_STAFF" });
    expect(user.username).toBe("plainname");
    expect(user.displayName).toBe("plainname");
  });

  it("refuses bad input with the offending field, and creates nothing", async () => {
    const before = await total();
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      // A scope id the role needs is missing.
      [{ username: "x-township", role: "TOWNSHIP_STAFF" }, { townshipId: "SCOPE_REQUIRED" }],
      [{ username: "x-village", role: "VILLAGE_COMMITTEE" }, { villageId: "SCOPE_REQUIRED" }],
      [{ username: "x-dept", role: "DEPARTMENT_STAFF" }, { departmentId: "SCOPE_REQUIRED" }],
      [{ username: "x-resident", role: "RESIDENT" }, { householdId: "SCOPE_REQUIRED" }],
      // A scope id the role does not take.
      [{ username: "x-district", role: "DISTRICT_STAFF", townshipId: ids.townshipId }, { townshipId: "INVALID" }],
      [{ username: "x-admin", role: "DISTRICT_ADMIN", householdId: ids.householdId }, { householdId: "INVALID" }],
      [{ username: "x-village2", role: "VILLAGE_COMMITTEE", villageId: ids.villageId, townshipId: ids.townshipId }, { townshipId: "INVALID" }],
      [{ username: "x-dept2", role: "DEPARTMENT_STAFF", villageId: ids.villageId }, { departmentId: "SCOPE_REQUIRED", villageId: "INVALID" }],
      // A scope id that does not exist.
      [{ username: "x-village3", role: "VILLAGE_COMMITTEE", villageId: "999999" }, { villageId: "NOT_FOUND" }],
      [{ username: "x-township3", role: "TOWNSHIP_STAFF", townshipId: "999999" }, { townshipId: "NOT_FOUND" }],
      [{ username: "x-dept3", role: "DEPARTMENT_STAFF", departmentId: "999999" }, { departmentId: "NOT_FOUND" }],
      [{ username: "x-resident3", role: "RESIDENT", householdId: "999999" }, { householdId: "NOT_FOUND" }],
      // Username and password rules.
      [{ username: "village", role: "DISTRICT_STAFF" }, { username: "DUPLICATE" }],
      [{ username: "x-short-pass", role: "DISTRICT_STAFF", password: "short" }, { password: "TOO_SHORT" }],
      [{ username: "x-empty-pass", role: "DISTRICT_STAFF", password: "" }, { password: "REQUIRED" }],
      [{ username: "Bad Name", role: "DISTRICT_STAFF" }, { username: "INVALID" }],
      [{ username: "Upper", role: "DISTRICT_STAFF" }, { username: "INVALID" }],
      [{ username: "张三丰", role: "DISTRICT_STAFF" }, { username: "INVALID" }],
      [{ username: "ab", role: "DISTRICT_STAFF" }, { username: "TOO_SHORT" }],
      [{ username: "a".repeat(33), role: "DISTRICT_STAFF" }, { username: "TOO_LONG" }],
      [{ username: "   ", role: "DISTRICT_STAFF" }, { username: "REQUIRED" }],
    ];
    for (const [input, expected] of cases) {
      const result = await createUser({ password, ...input });
      expect(result.data?.createUser ?? null, JSON.stringify(input)).toBeNull();
      expect(errorCode(result), JSON.stringify(input)).toBe("BAD_USER_INPUT");
      expect(fieldsOf(result), JSON.stringify(input)).toEqual(expected);
      expect(await total(), JSON.stringify(input)).toBe(before);
    }
    // The duplicate did not touch the existing user: its password still works.
    expect((await tryLogin("village", "demo-password-for-tests")).errors).toBeUndefined();
  });
});

describe("only the district admin manages users", () => {
  let target: UserData;
  beforeAll(async () => {
    target = await create({ username: "guarded", role: "DISTRICT_STAFF", displayName: "Guarded" });
  });

  const operations = () => [
    { name: "users", run: (token?: string) => t.gql(LIST_USERS, {}, token) },
    { name: "user", run: (token?: string) => t.gql(GET_USER, { id: target.id }, token) },
    { name: "createUser", run: (token?: string) => t.gql(CREATE_USER, { input: { username: "sneaky", password, role: "DISTRICT_ADMIN" } }, token) },
    { name: "updateUser", run: (token?: string) => t.gql(UPDATE_USER, { id: target.id, input: { displayName: "Hacked", active: false } }, token) },
  ];

  it.each(["district", "township", "village", "dept", "resident"])("%s gets FORBIDDEN on every user operation", async (username) => {
    for (const op of operations()) {
      const result = await op.run(tokens[username]);
      expect(errorCode(result), op.name).toBe("FORBIDDEN");
      expect(result.data ?? null, op.name).toBeNull();
    }
    // Not even their own record by id, nor an update of themselves.
    const self = (await me(tokens[username]!)).data!.me!;
    expect(errorCode(await t.gql(GET_USER, { id: self.id }, tokens[username]))).toBe("FORBIDDEN");
    expect(errorCode(await updateUser(self.id, { displayName: "Myself" }, tokens[username]))).toBe("FORBIDDEN");
  });

  it("without a token every user operation is UNAUTHENTICATED", async () => {
    for (const op of operations()) {
      const result = await op.run();
      expect(errorCode(result), op.name).toBe("UNAUTHENTICATED");
      expect(result.data ?? null, op.name).toBeNull();
    }
  });

  it("the refused calls changed nothing", async () => {
    const list = await t.ok<ListData>(LIST_USERS, { filter: { q: "sneaky" } }, admin);
    expect(list.users.total).toBe(0);
    const user = (await t.ok<{ user: UserData }>(GET_USER, { id: target.id }, admin)).user;
    expect(user).toMatchObject({ displayName: "Guarded", active: true });
    for (const username of ["district", "township", "village", "dept", "resident"]) {
      expect((await me(tokens[username]!)).data!.me!.displayName).not.toBe("Myself");
    }
  });
});

describe("users list", () => {
  beforeAll(async () => {
    await create({ username: "zlist-c", role: "VILLAGE_COMMITTEE", villageId: ids.villageId, displayName: "王大山" });
    await create({ username: "zlist-a", role: "DISTRICT_STAFF", displayName: "李小红" });
    const b = await create({ username: "zlist-b", role: "VILLAGE_COMMITTEE", villageId: ids.otherVillageId, displayName: "王小二" });
    await t.ok(UPDATE_USER, { id: b.id, input: { active: false } }, admin);
  });

  const list = (variables: Record<string, unknown>) => t.ok<ListData>(LIST_USERS, variables, admin);

  it("filters by role", async () => {
    const all = await list({ perPage: 200 });
    const committees = await list({ filter: { role: "VILLAGE_COMMITTEE" }, perPage: 200 });
    expect(committees.users.total).toBe(all.users.items.filter((u) => u.role === "VILLAGE_COMMITTEE").length);
    expect(committees.users.items.length).toBe(committees.users.total);
    expect(committees.users.items.every((u) => u.role === "VILLAGE_COMMITTEE")).toBe(true);
    expect(committees.users.items.map((u) => u.username)).toEqual(expect.arrayContaining(["village", "zlist-b", "zlist-c"]));
    expect(committees.users.total).toBeLessThan(all.users.total);
  });

  it("filters by text in the username or display name, case-insensitively", async () => {
    const byUsername = await list({ filter: { q: "ZLIST" }, sort: [{ field: "username" }] });
    expect(byUsername.users.items.map((u) => u.username)).toEqual(["zlist-a", "zlist-b", "zlist-c"]);
    const byDisplayName = await list({ filter: { q: "王" }, sort: [{ field: "username" }] });
    expect(byDisplayName.users.items.map((u) => u.username)).toEqual(["zlist-b", "zlist-c"]);
    // % and _ are taken literally, not as wildcards.
    expect((await list({ filter: { q: "%" } })).users.total).toBe(0);
    expect((await list({ filter: { q: "nothing-like-this" } })).users).toEqual({ total: 0, items: [] });
  });

  it("filters by active", async () => {
    const inactive = await list({ filter: { q: "zlist", active: false } });
    expect(inactive.users.items.map((u) => u.username)).toEqual(["zlist-b"]);
    expect(inactive.users.items[0]!.active).toBe(false);
    const active = await list({ filter: { q: "zlist", active: true }, sort: [{ field: "username" }] });
    expect(active.users.items.map((u) => u.username)).toEqual(["zlist-a", "zlist-c"]);
    // Filters combine.
    const both = await list({ filter: { q: "zlist", active: true, role: "VILLAGE_COMMITTEE", villageId: ids.villageId } });
    expect(both.users.items.map((u) => u.username)).toEqual(["zlist-c"]);
  });

  it("sorts by username both ways", async () => {
    const asc = await list({ filter: { q: "zlist" }, sort: [{ field: "username", order: "ASC" }] });
    expect(asc.users.items.map((u) => u.username)).toEqual(["zlist-a", "zlist-b", "zlist-c"]);
    const desc = await list({ filter: { q: "zlist" }, sort: [{ field: "username", order: "DESC" }] });
    expect(desc.users.items.map((u) => u.username)).toEqual(["zlist-c", "zlist-b", "zlist-a"]);
    // Without a sort, the list comes in creation order.
    const byDefault = await list({ filter: { q: "zlist" } });
    expect(byDefault.users.items.map((u) => u.username)).toEqual(["zlist-c", "zlist-a", "zlist-b"]);
  });

  it("pages with the total of all matching users", async () => {
    const variables = { filter: { q: "zlist" }, sort: [{ field: "username" }], perPage: 2 };
    const first = await list({ ...variables, page: 1 });
    const second = await list({ ...variables, page: 2 });
    const third = await list({ ...variables, page: 3 });
    expect(first.users.total).toBe(3);
    expect(second.users.total).toBe(3);
    expect(third.users.total).toBe(3);
    expect(first.users.items.map((u) => u.username)).toEqual(["zlist-a", "zlist-b"]);
    expect(second.users.items.map((u) => u.username)).toEqual(["zlist-c"]);
    expect(third.users.items).toEqual([]);
    // The whole list's total counts every user, not just a page.
    const all = await list({ perPage: 1 });
    expect(all.users.items).toHaveLength(1);
    expect(all.users.total).toBeGreaterThan(9);
  });

  it("refuses a bad page, page size or sort key", async () => {
    expectBadInput(await t.gql(LIST_USERS, { perPage: 0 }, admin), { perPage: "OUT_OF_RANGE" });
    expectBadInput(await t.gql(LIST_USERS, { perPage: 201 }, admin), { perPage: "OUT_OF_RANGE" });
    expectBadInput(await t.gql(LIST_USERS, { page: 0 }, admin), { page: "OUT_OF_RANGE" });
    expectBadInput(await t.gql(LIST_USERS, { sort: [{ field: "passwordHash" }] }, admin), { sort: "INVALID" });
  });
});

describe("user by id", () => {
  it("an unknown id is NOT_FOUND and a malformed one BAD_USER_INPUT", async () => {
    const missing = await t.gql(GET_USER, { id: "999999" }, admin);
    expect(errorCode(missing)).toBe("NOT_FOUND");
    expect(missing.data ?? null).toBeNull();
    const malformed = await t.gql(GET_USER, { id: "abc" }, admin);
    expect(errorCode(malformed)).toBe("BAD_USER_INPUT");
  });
});

describe("updateUser", () => {
  it("changes the display name and leaves the session alone", async () => {
    const user = await create({ username: "renamed", role: "DISTRICT_STAFF", displayName: "Old name" });
    const token = await t.login("renamed", password);
    const result = await updateUser(user.id, { displayName: "  New name  " });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateUser).toMatchObject({ id: user.id, displayName: "New name", role: "DISTRICT_STAFF", active: true });
    // The user sees it, still logged in.
    expect((await me(token)).data!.me!.displayName).toBe("New name");
    // A blank display name is refused.
    expectBadInput(await updateUser(user.id, { displayName: "  " }), { displayName: "REQUIRED" });
    expect((await t.ok<{ user: UserData }>(GET_USER, { id: user.id }, admin)).user.displayName).toBe("New name");
  });

  it("changes the role with its new scope, drops the old scope and ends the user's sessions", async () => {
    const user = await create({ username: "promoted", role: "VILLAGE_COMMITTEE", villageId: ids.villageId });
    const token = await t.login("promoted", password);

    const result = await updateUser(user.id, { role: "TOWNSHIP_STAFF", townshipId: ids.townshipId });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateUser).toMatchObject({
      role: "TOWNSHIP_STAFF",
      townshipId: ids.townshipId,
      villageId: null,
      departmentId: null,
      householdId: null,
    });
    const stale = await me(token);
    expect(errorCode(stale)).toBe("UNAUTHENTICATED");
    expect(reasonOf(stale)).toBe("INVALID_TOKEN");
    const fresh = await t.login("promoted", password);
    expect((await me(fresh)).data!.me).toMatchObject({ role: "TOWNSHIP_STAFF", townshipId: ids.townshipId, villageId: null });

    // To a district-wide role: every scope id goes.
    const district = await updateUser(user.id, { role: "DISTRICT_STAFF" });
    expect(district.errors).toBeUndefined();
    expect(district.data!.updateUser).toMatchObject({ role: "DISTRICT_STAFF", townshipId: null, villageId: null });
  });

  it("moves a user to another scope within the role", async () => {
    const user = await create({ username: "mover", role: "VILLAGE_COMMITTEE", villageId: ids.villageId });
    const result = await updateUser(user.id, { villageId: ids.otherVillageId });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateUser).toMatchObject({ role: "VILLAGE_COMMITTEE", villageId: ids.otherVillageId });
    const token = await t.login("mover", password);
    expect((await me(token)).data!.me!.villageId).toBe(ids.otherVillageId);
  });

  it("refuses a role change without the scope it needs, a foreign scope id, or a missing scope record", async () => {
    const user = await create({ username: "stuck", role: "VILLAGE_COMMITTEE", villageId: ids.villageId });
    const token = await t.login("stuck", password);
    expectBadInput(await updateUser(user.id, { role: "TOWNSHIP_STAFF" }), { townshipId: "SCOPE_REQUIRED" });
    expectBadInput(await updateUser(user.id, { role: "RESIDENT" }), { householdId: "SCOPE_REQUIRED" });
    expectBadInput(await updateUser(user.id, { townshipId: ids.townshipId }), { townshipId: "INVALID" });
    expectBadInput(await updateUser(user.id, { role: "DISTRICT_STAFF", villageId: ids.villageId }), { villageId: "INVALID" });
    expectBadInput(await updateUser(user.id, { villageId: "999999" }), { villageId: "NOT_FOUND" });
    expectBadInput(await updateUser(user.id, { villageId: null }), { villageId: "SCOPE_REQUIRED" });
    expectBadInput(await updateUser(user.id, { role: null }), { role: "REQUIRED" });
    expectBadInput(await updateUser(user.id, { active: null }), { active: "REQUIRED" });
    // Nothing changed, and the session lives on.
    expect((await t.ok<{ user: UserData }>(GET_USER, { id: user.id }, admin)).user).toMatchObject({
      role: "VILLAGE_COMMITTEE",
      villageId: ids.villageId,
      townshipId: null,
      active: true,
    });
    expect((await me(token)).data!.me!.username).toBe("stuck");
  });

  it("deactivation ends the user's sessions and blocks login; reactivation lets them in again", async () => {
    const user = await create({ username: "deactivated", role: "VILLAGE_COMMITTEE", villageId: ids.villageId });
    const token = await t.login("deactivated", password);
    expect((await me(token)).data!.me!.username).toBe("deactivated");

    const result = await updateUser(user.id, { active: false });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateUser.active).toBe(false);

    const stale = await me(token);
    expect(errorCode(stale)).toBe("UNAUTHENTICATED");
    expect(reasonOf(stale)).toBe("INVALID_TOKEN");
    const login = await tryLogin("deactivated", password);
    expect(errorCode(login)).toBe("UNAUTHENTICATED");
    expect(reasonOf(login)).toBe("BAD_CREDENTIALS");

    await t.ok(UPDATE_USER, { id: user.id, input: { active: true } }, admin);
    // The old session stays ended; a new login works.
    expect(errorCode(await me(token))).toBe("UNAUTHENTICATED");
    const again = await tryLogin("deactivated", password);
    expect(again.errors).toBeUndefined();
    expect((await me(again.data!.login.token)).data!.me!.active).toBe(true);
  });

  it("a password reset by the admin ends the user's sessions and the new password works", async () => {
    const user = await create({ username: "forgetful", role: "RESIDENT", householdId: ids.householdId });
    const token = await t.login("forgetful", password);

    expectBadInput(await updateUser(user.id, { password: "short" }), { password: "TOO_SHORT" });
    // A refused reset leaves everything as it was.
    expect((await me(token)).data!.me!.username).toBe("forgetful");

    const result = await updateUser(user.id, { password: "a-brand-new-password" });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateUser).toMatchObject({ role: "RESIDENT", householdId: ids.householdId, active: true });

    const stale = await me(token);
    expect(errorCode(stale)).toBe("UNAUTHENTICATED");
    expect(reasonOf(stale)).toBe("INVALID_TOKEN");
    expect(reasonOf(await tryLogin("forgetful", password))).toBe("BAD_CREDENTIALS");
    const fresh = await tryLogin("forgetful", "a-brand-new-password");
    expect(fresh.errors).toBeUndefined();
    // The admin knows that password too: the user must change it before anything else.
    const held = fresh.data!.login.token;
    expect((await me(held)).data!.me!.householdId).toBe(ids.householdId);
    expect((await t.gql<{ me: { mustChangePassword: boolean } }>(`{ me { mustChangePassword } }`, {}, held)).data!.me.mustChangePassword).toBe(true);
    const refused = await t.gql(`{ households { total } }`, {}, held);
    expect(errorCode(refused)).toBe("FORBIDDEN");
    expect(reasonOf(refused)).toBe("PASSWORD_CHANGE_REQUIRED");
  });

  it("the admin cannot deactivate themselves or drop their own admin role", async () => {
    const self = (await me(admin)).data!.me!;
    expectBadInput(await updateUser(self.id, { active: false }), { active: "INVALID" });
    expectBadInput(await updateUser(self.id, { role: "DISTRICT_STAFF" }), { role: "INVALID" });
    // Still an active admin with a working session.
    expect((await me(admin)).data!.me).toMatchObject({ role: "DISTRICT_ADMIN", active: true });
    expect((await t.gql(LIST_USERS, {}, admin)).errors).toBeUndefined();
    // Their own display name is theirs to change, and another admin may be demoted.
    expect((await updateUser(self.id, { displayName: "周志刚 (区)" })).data!.updateUser.displayName).toBe("周志刚 (区)");
    const other = await create({ username: "other-admin", role: "DISTRICT_ADMIN" });
    const demoted = await updateUser(other.id, { role: "DISTRICT_STAFF" });
    expect(demoted.errors).toBeUndefined();
    expect(demoted.data!.updateUser.role).toBe("DISTRICT_STAFF");
  });

  it("an unknown id is NOT_FOUND and a malformed one BAD_USER_INPUT", async () => {
    const before = await total();
    const missing = await updateUser("999999", { displayName: "Ghost" });
    expect(errorCode(missing)).toBe("NOT_FOUND");
    expect(missing.data ?? null).toBeNull();
    for (const id of ["abc", "0", "-1", "1.5"]) {
      const malformed = await updateUser(id, { displayName: "Ghost" });
      expect(errorCode(malformed), id).toBe("BAD_USER_INPUT");
      expect(malformed.data ?? null, id).toBeNull();
    }
    expect(await total()).toBe(before);
  });
});
