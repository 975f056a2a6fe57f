// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { startTestServer, type GraphQLResult, type TestServer } from "../support/server";
import { testDatabaseKind } from "../support/database";
import { expectBadInput, expectReason, expectRefused, rowsOf, tally } from "../support/assert";
import { activateResident, householdAccounts, issueResidentActivations } from "../support/ops/onboarding";

// A village opens its residents' accounts: its committee (or its township's
// or the district's staff) issues a single-use code per household, printed on
// a slip; a resident activates with it and is logged in. Codes are kept only
// as hashes, replaced when issued again, refused once used or expired, and
// cannot be guessed: the limits hold against 10,000 tries (2,000 on PGlite).

let t: TestServer;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
const db = () => t.server.connection.db;
const rows = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await db().execute(query));
const password = "a-family-password";

/** One operation from a chosen client address (the server trusts the loopback proxy's X-Forwarded-For). */
async function from<T = Record<string, any>>(address: string, query: string, variables: Record<string, unknown>): Promise<GraphQLResult<T>> {
  const response = await fetch(`${t.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "apollo-require-preflight": "true", "x-forwarded-for": address },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult<T>;
}

const villageId = async (code: string) => (await rows<{ id: number }>(sql`select id from villages where code = ${code}`))[0]!.id;
const householdId = async (number: string) => (await rows<{ id: number }>(sql`select id from households where number = ${number}`))[0]!.id;
/** Active households of a village without an active resident account, as the database says. */
const withoutAccounts = async (village: number) =>
  (
    await rows<{ id: number }>(sql`select h.id from households h where h.village_id = ${village} and h.status = 'ACTIVE'
      and not exists (select 1 from users u where u.household_id = h.id and u.role = 'RESIDENT' and u.active) order by h.id`)
  ).map((r) => String(r.id));
const accountsOf = async (household: number | string) =>
  rows<{ username: string; phone: string | null }>(sql`select username, phone from users where household_id = ${Number(household)} and role = 'RESIDENT' order by id`);
const issueOne = async (household: number | string, token = tokens.village!) =>
  (await issueResidentActivations.ok(t, { villageId: ids.pc01!, householdIds: [household] }, token))[0]!;

beforeAll(async () => {
  t = await startTestServer({ fixture: "demo-year", env: { CUNWU_TRUST_PROXY: "loopback" } });
  for (const name of ["admin", "district", "township", "village", "village-pc02", "dept", "resident"]) tokens[name] = await t.login(name);
  for (const code of ["PC01", "PC02", "MB01"]) ids[code.toLowerCase()] = String(await villageId(code));
});
afterAll(() => t?.close());

describe("issuing activation codes", () => {
  it("gives every active household of the committee's village without an account a code, when no households are named", async () => {
    const expected = await withoutAccounts(Number(ids.pc01));
    expect(expected).not.toContain(String(await householdId("PC01-001"))); // the demo resident's household has an account
    const issued = await issueResidentActivations.ok(t, { villageId: ids.pc01! }, tokens.village);
    expect(issued.map((a) => a.householdId).sort()).toEqual([...expected].sort());
    const first = issued[0]!;
    expect(first).toMatchObject({ villageName: "石门村", householdNumber: expect.stringMatching(/^PC01-/), headName: expect.any(String) });
    for (const a of issued) expect(a.code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(new Set(issued.map((a) => a.code)).size).toBe(issued.length);
    const days = (Date.parse(first.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    // Only hashes are kept: no column holds the code.
    const stored = await rows<Record<string, unknown>>(sql`select * from activation_codes where household_id = ${Number(first.householdId)}`);
    expect(JSON.stringify(stored)).not.toContain(first.code.replaceAll("-", ""));
    expect(JSON.stringify(stored)).not.toContain(first.code);
    // The household's page says until when its code holds.
    const page = await householdAccounts.ok(t, { id: first.householdId }, tokens.village);
    expect(page.activationExpiresAt).toBe(first.expiresAt);
    // An audit line names the village and how many, never a code.
    const [audit] = await rows<{ detail: unknown }>(sql`select detail from audit_log where action = 'issue-resident-activations' order by id desc limit 1`);
    expect(audit!.detail).toEqual({ households: issued.length, chosen: false });
  });

  it("lets township staff issue in their township and district staff anywhere; refuses other areas, residents and departments", async () => {
    const pc02 = await householdId("PC02-002");
    const mb01 = await householdId("MB01-002");
    expect(await issueResidentActivations.ok(t, { villageId: ids.pc02!, householdIds: [pc02] }, tokens.township)).toHaveLength(1);
    expectReason(await issueResidentActivations(t, { villageId: ids.mb01!, householdIds: [mb01] }, tokens.township), "FORBIDDEN", "NOT_ALLOWED");
    expect(await issueResidentActivations.ok(t, { villageId: ids.mb01!, householdIds: [mb01] }, tokens.district)).toHaveLength(1);
    expect(await issueResidentActivations.ok(t, { villageId: ids.mb01!, householdIds: [mb01] }, tokens.admin)).toHaveLength(1);
    // Another village's committee: its village is FORBIDDEN, its households NOT_FOUND under one's own village.
    expectReason(await issueResidentActivations(t, { villageId: ids.pc02! }, tokens.village), "FORBIDDEN", "NOT_ALLOWED");
    expectRefused(await issueResidentActivations(t, { villageId: ids.pc01!, householdIds: [pc02] }, tokens.village), "NOT_FOUND", { householdIds: "NOT_FOUND" });
    expectReason(await issueResidentActivations(t, { villageId: ids.pc01! }, tokens["village-pc02"]), "FORBIDDEN", "NOT_ALLOWED");
    for (const role of ["resident", "dept"]) expectReason(await issueResidentActivations(t, { villageId: ids.pc01! }, tokens[role]), "FORBIDDEN", "NOT_ALLOWED", role);
    expectReason(await issueResidentActivations(t, { villageId: "999999" }, tokens.admin), "NOT_FOUND", "NOT_FOUND");
    expectBadInput(await issueResidentActivations(t, { villageId: ids.pc01!, householdIds: [] }, tokens.village), { householdIds: "REQUIRED" });
  });

  it("replaces a household's unused code when issued again: the old one is refused as replaced", async () => {
    const household = await householdId("PC01-003");
    const old = await issueOne(household);
    const fresh = await issueOne(household);
    expect(fresh.code).not.toBe(old.code);
    const refused = await activateResident(t, { code: old.code, password });
    expectRefused(refused, "CONFLICT");
    expectReason(refused, "CONFLICT", "ACTIVATION_CODE_EXPIRED");
    expect(refused.errors![0]!.message).toMatch(/replaced/);
    expect((await householdAccounts.ok(t, { id: household }, tokens.village)).activationExpiresAt).toBe(fresh.expiresAt);
    expect(await rows(sql`select 1 from activation_codes where household_id = ${household} and used_at is null and replaced_at is null`)).toHaveLength(1);
  });
});

describe("activating an account", () => {
  it("creates the household's resident, logs in, and shows the balance through the resident's own queries", async () => {
    const household = await householdId("PC01-004");
    const slip = await issueOne(household);
    // Typed in lower case, with spaces instead of dashes: the same code.
    const session = await activateResident.ok(t, { code: slip.code.toLowerCase().replaceAll("-", " "), password });
    expect(session.user).toMatchObject({ username: "pc01-004", role: "RESIDENT", householdId: String(household) });
    const mine = await t.ok<{ me: { household: { id: string; balance: number } } }>(`{ me { household { id balance } } }`, {}, session.token);
    const committeeSees = await householdAccounts.ok(t, { id: household }, tokens.village);
    expect(mine.me.household).toEqual({ id: String(household), balance: committeeSees.balance });
    const passbook = await t.gql(`query ($id: ID!) { household(id: $id) { balance entries(perPage: 5) { total } } }`, { id: household }, session.token);
    expect(passbook.errors).toBeUndefined();
    // The username and password log in from now on.
    expect(await t.login("pc01-004", password)).toBeTruthy();
    expect(committeeSees.activationExpiresAt).toBeNull();
    expect(committeeSees.residentAccounts).toEqual([expect.objectContaining({ username: "pc01-004", active: true, phone: null })]);
    // Used is used.
    const again = await activateResident(t, { code: slip.code, password });
    expectRefused(again, "CONFLICT");
    expectReason(again, "CONFLICT", "ACTIVATION_CODE_USED");
    expect(await accountsOf(household)).toHaveLength(1);
  });

  it("takes the phone as the username, and gives a family member without a phone the next suffix", async () => {
    const household = await householdId("PC01-005");
    const first = await activateResident.ok(t, { code: (await issueOne(household)).code, password, phone: "139 0000 0005" });
    expect(first.user.username).toBe("13900000005");
    await activateResident.ok(t, { code: (await issueOne(household)).code, password });
    await activateResident.ok(t, { code: (await issueOne(household)).code, password });
    expect((await accountsOf(household)).map((a) => a.username)).toEqual(["13900000005", "pc01-005", "pc01-005-2"]);
    // Another village's committee sees none of it; township staff see the phone masked.
    expectReason(await householdAccounts(t, { id: household }, tokens["village-pc02"]), "NOT_FOUND", "NOT_FOUND");
    const township = await householdAccounts.ok(t, { id: household }, tokens.township);
    expect(township.residentAccounts.map((a) => a.phone)).toEqual(["139****0005", null, null]);
  });

  it("refuses a taken phone, a bad phone, a short password and an unknown code, each with its reason, making nothing", async () => {
    const household = await householdId("PC01-006");
    const slip = await issueOne(household);
    expectRefused(await activateResident(t, { code: slip.code, password, phone: "13900000005" }), "BAD_USER_INPUT", { phone: "TAKEN" });
    expectReason(await activateResident(t, { code: slip.code, password, phone: "13900000005" }), "BAD_USER_INPUT", "DUPLICATE_KEY");
    expectBadInput(await activateResident(t, { code: slip.code, password, phone: "12345" }), { phone: "INVALID_PHONE" });
    expectBadInput(await activateResident(t, { code: slip.code, password: "short" }), { password: "TOO_SHORT" });
    expectBadInput(await activateResident(t, { code: "", password }), { code: "REQUIRED" });
    const unknown = await activateResident(t, { code: "2222-2222-2222", password });
    expectBadInput(unknown, { code: "INVALID" });
    expectReason(unknown, "BAD_USER_INPUT", "ACTIVATION_CODE_INVALID");
    expectReason(await activateResident(t, { code: "not a code", password }), "BAD_USER_INPUT", "ACTIVATION_CODE_INVALID");
    expect(await accountsOf(household)).toHaveLength(0);
    // The slip still works afterwards.
    expect((await activateResident.ok(t, { code: slip.code, password })).user.username).toBe("pc01-006");
  });

  it("refuses a code past its 30 days as expired", async () => {
    const household = await householdId("PC01-007");
    const slip = await issueOne(household);
    await db().execute(sql`update activation_codes set expires_at = now() - interval '1 minute' where household_id = ${household} and used_at is null and replaced_at is null`);
    expectReason(await activateResident(t, { code: slip.code, password }), "CONFLICT", "ACTIVATION_CODE_EXPIRED");
    expect((await householdAccounts.ok(t, { id: household }, tokens.village)).activationExpiresAt).toBeNull();
    expect(await accountsOf(household)).toHaveLength(0);
  });

  it("makes exactly one user when one code is activated twice at once", async () => {
    const household = await householdId("PC01-008");
    const slip = await issueOne(household);
    const answers = await Promise.all(
      ["10.1.0.1", "10.1.0.2", "10.1.0.3", "10.1.0.4"].map((address) =>
        from(address, activateResident.document, { input: { code: slip.code, password } }),
      ),
    );
    expect(tally(answers)).toEqual({ OK: 1, CONFLICT: 3 });
    for (const answer of answers.filter((a) => a.errors)) expectReason(answer, "CONFLICT", "ACTIVATION_CODE_USED");
    expect(await accountsOf(household)).toHaveLength(1);
  });
});

describe("a village of 1,000 households", () => {
  it("gets its codes in one call", async () => {
    const [township] = await rows<{ id: number }>(sql`select id from townships where code = 'PC'`);
    const [village] = await rows<{ id: number }>(sql`insert into villages (township_id, code, name) values (${township!.id}, 'BULK1', '千户村') returning id`);
    await db().execute(sql`insert into households (village_id, number, head_name, member_count)
      select ${village!.id}, 'BULK1-' || lpad(n::text, 4, '0'), '户主' || n, 3 from generate_series(1, 1000) n`);
    const issued = await issueResidentActivations.ok(t, { villageId: village!.id }, tokens.admin);
    expect(issued).toHaveLength(1000);
    expect(new Set(issued.map((a) => a.code)).size).toBe(1000);
    expect(issued[0]!.householdNumber).toBe("BULK1-0001");
    const [open] = await rows<{ n: string }>(sql`select count(*) as n from activation_codes a join households h on h.id = a.household_id
      where h.village_id = ${village!.id} and a.used_at is null and a.replaced_at is null`);
    expect(Number(open!.n)).toBe(1000);
    // Issued again: 1,000 new codes, the old ones replaced.
    await issueResidentActivations.ok(t, { villageId: village!.id }, tokens.admin);
    const [after] = await rows<{ open: string; replaced: string }>(sql`select count(*) filter (where a.replaced_at is null) as open, count(*) filter (where a.replaced_at is not null) as replaced
      from activation_codes a join households h on h.id = a.household_id where h.village_id = ${village!.id}`);
    expect({ open: Number(after!.open), replaced: Number(after!.replaced) }).toEqual({ open: 1000, replaced: 1000 });
  });
});

// Last: these fill the limiter's buckets.
describe("guessing codes", () => {
  const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  const randomCode = (prefix = "") => prefix + Array.from({ length: 12 - prefix.length }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join("");
  // The flood's codes never start with Q or R, so it cannot fill the
  // prefixes' buckets that the next test counts from empty.
  const floodCode = () => randomCode(alphabet.replace(/[QR]/g, "")[Math.floor(Math.random() * (alphabet.length - 2))]);
  const reasonsOf = (answer: GraphQLResult) => (answer.errors ?? []).map((e) => String(e.extensions.reason));

  // 10,000 on PostgreSQL, where the guesses truly race over a pool of
  // connections; on PGlite (one connection, in this process) the same code
  // path with 2,000, which keeps the suite's time.
  const guesses = testDatabaseKind === "postgres" ? 10_000 : 2_000;

  it(`holds against ${guesses.toLocaleString("en")} wrong guesses from one address: 20 reach the codes, the rest are RATE_LIMITED`, async () => {
    // One request per guess (a mutation stops at its first failing field, so
    // aliases would not add guesses), a few in flight at once.
    const counts: Record<string, number> = {};
    const usersBefore = await rows(sql`select id from users`);
    let sent = 0;
    const client = async () => {
      while (sent < guesses) {
        sent++;
        const answer = await from("10.9.9.9", activateResident.document, { input: { code: floodCode(), password } });
        if (answer.data) counts.OK = (counts.OK ?? 0) + 1;
        for (const reason of reasonsOf(answer)) counts[reason] = (counts[reason] ?? 0) + 1;
      }
    };
    await Promise.all(Array.from({ length: testDatabaseKind === "postgres" ? 12 : 6 }, client));
    expect(counts).toEqual({ ACTIVATION_CODE_INVALID: 20, RATE_LIMITED: guesses - 20 });
    const [limited] = (await from("10.9.9.9", activateResident.document, { input: { code: floodCode(), password } })).errors!;
    expect(limited!.extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) });
    // Nothing was opened, and the codes issued above are all still there to use.
    expect(await rows(sql`select id from users`)).toHaveLength(usersBefore.length);
  });

  it("slows guesses at one code prefix from many addresses, and leaves another address alone", async () => {
    // Two prefixes no earlier attempt counted against: a code issued earlier
    // in this file may start with any two letters, and a wrong try at it
    // counts on its prefix (the flood never starts with Q or R).
    const counted = new Set((await rows<{ username: string }>(sql`select distinct username from login_attempts`)).map((r) => r.username));
    const [slowed, other] = [..."QR"].flatMap((first) => [...alphabet].map((second) => first + second)).filter((p) => !counted.has(`activation:${p}`));
    const outcomes: string[] = [];
    for (let i = 0; i < 30; i++) {
      const answer = await from(`10.8.0.${i + 1}`, activateResident.document, { input: { code: randomCode(slowed), password } });
      outcomes.push(reasonsOf(answer)[0]!);
    }
    expect(outcomes.slice(0, 20)).toEqual(Array.from({ length: 20 }, () => "ACTIVATION_CODE_INVALID"));
    expect(outcomes.slice(20).filter((r) => r === "RATE_LIMITED").length).toBeGreaterThanOrEqual(9);
    // Another prefix from a fresh address is not held up.
    expect(reasonsOf(await from("10.7.0.1", activateResident.document, { input: { code: randomCode(other), password } }))).toEqual(["ACTIVATION_CODE_INVALID"]);
  });
});
