import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { pino } from "pino";
import { connect } from "@cunwu/server/db/connection";
import { createFormatError } from "@cunwu/server/graphql/format-error";
import { freshDatabase, testDatabaseKind } from "../support/database";
import { startTestServer, type GraphQLResult, type TestServer } from "../support/server";

// What one request may ask for (graphql/limits.ts, README "Settings"): depth
// (introspection not counted), aliases, root fields, tokens and an estimated
// cost that prices reports and rankings by the work they do. A refusal is an
// HTTP 400 BAD_USER_INPUT before anything runs, and other users are served
// meanwhile. Introspection is for logged-in users unless a setting opens it.

let t: TestServer;
/** The same server code with low limits, so a test can reach them with real fields. */
let strict: TestServer;
const tokens: Record<string, string> = {};
const strictTokens: Record<string, string> = {};

beforeAll(async () => {
  [t, strict] = await Promise.all([
    startTestServer(),
    startTestServer({
      env: { CUNWU_MAX_DEPTH: "4", CUNWU_MAX_ALIASES: "3", CUNWU_MAX_ROOT_FIELDS: "4", CUNWU_MAX_COST: "1200", CUNWU_ANONYMOUS_INTROSPECTION: "on" },
    }),
  ]);
  for (const name of ["admin", "district", "resident"]) tokens[name] = await t.login(name);
  strictTokens.admin = await strict.login("admin");
});
afterAll(async () => {
  await t?.close();
  await strict?.close();
});

interface Answer {
  status: number;
  json: GraphQLResult;
}

async function post(server: TestServer, query: string, token?: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const headers: Record<string, string> = { "content-type": "application/json", "apollo-require-preflight": "true" };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${server.url}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, json: (await response.json()) as GraphQLResult };
}

/** Refused as a client's mistake: HTTP 400, BAD_USER_INPUT, nothing run. */
function expectRefused(answer: Answer, message: RegExp) {
  expect(answer.status, JSON.stringify(answer.json)).toBe(400);
  expect(answer.json.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
  expect(answer.json.errors?.map((e) => e.message).join("\n")).toMatch(message);
  expect(answer.json.data).toBeUndefined();
}

const firstVillageId = async () =>
  (await t.ok<{ villages: { items: { id: string }[] } }>(`{ villages(perPage: 1) { items { id } } }`, {}, tokens.admin)).villages.items[0]!.id;

describe("abuse that stalled the server", () => {
  it("refuses 3,000 aliased rankings from a resident with a 400 while another user is answered", async () => {
    const village = await firstVillageId();
    const aliases = Array.from({ length: 3000 }, (_, i) => `a${i}: pointsRanking(villageId: "${village}", limit: 1) { red { householdId earned } }`);
    const [abuse, other] = await Promise.all([post(t, `{ ${aliases.join(" ")} }`, tokens.resident), post(t, `{ me { id username } }`, tokens.admin)]);
    expectRefused(abuse, /more that 10000 tokens|Aliases limit/);
    expect(other.status).toBe(200);
    expect(other.json).toEqual({ data: { me: { id: expect.any(String), username: "admin" } } });
  });

  it("refuses 500 aliased district reports from district staff with a 400 while another user is answered", async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `r${i}: districtReport(year: 2026) { asOf }`);
    const [abuse, other] = await Promise.all([post(t, `{ ${aliases.join(" ")} }`, tokens.district), post(t, `{ me { username } }`, tokens.resident)]);
    expectRefused(abuse, /Aliases limit of 30 exceeded, found 500/);
    expect(other.json).toEqual({ data: { me: { username: "resident" } } });
  });

  it("lets a dashboard's thirteen reports through in one request", async () => {
    const months = Array.from({ length: 12 }, (_, i) => `m${i}: districtReport(year: ${2015 + i}) { asOf }`);
    const dashboard = await post(t, `{ year: districtReport(year: 2026) { asOf } ${months.join(" ")} }`, tokens.district);
    expect(dashboard.status, JSON.stringify(dashboard.json)).toBe(200);
    expect(dashboard.json.errors).toBeUndefined();
    expect(Object.keys(dashboard.json.data!)).toHaveLength(13);
  });

  it("prices a report by its work (500): with the cost limit at 1,200, two reports pass and three do not", async () => {
    const two = await post(strict, `{ districtReport(year: 2026) { asOf } pointsReport { pointsAwarded } }`, strictTokens.admin);
    expect(two.json.errors, JSON.stringify(two.json.errors)).toBeUndefined();
    const three = await post(strict, `{ districtReport(year: 2026) { asOf } pointsReport { pointsAwarded } civicReport { received } }`, strictTokens.admin);
    expectRefused(three, /too complex \(\d+; at most 1200\)/);
  });

  it("counts a nested list's items, a page's size and a ranking's limit", async () => {
    const page = (n: number) => `query ($n: Int!) { a: households(perPage: $n) { items { id entries(perPage: 200) { items { id delta } } } } }`;
    expectRefused(await post(t, page(200), tokens.admin, { n: 200 }), /too complex/);
    const fine = await post(t, page(2), tokens.admin, { n: 2 });
    expect(fine.json.errors).toBeUndefined();
  });

  it("prices the same document again for each page size and each @include, whatever was asked before", async () => {
    // The cost is kept per parsed document: a small page first must not let a large one through.
    const page = `query ($n: Int!) { b: households(perPage: $n) { items { id entries(perPage: 200) { items { id } } } } }`;
    expect((await post(t, page, tokens.admin, { n: 2 })).json.errors).toBeUndefined();
    expectRefused(await post(t, page, tokens.admin, { n: 200 }), /too complex/);
    expect((await post(t, page, tokens.admin, { n: 3 })).json.errors).toBeUndefined();
    const reports = `query ($all: Boolean!, $year: Int!) { districtReport(year: $year) { asOf } pointsReport { pointsAwarded } civicReport @include(if: $all) { received } }`;
    expect((await post(strict, reports, strictTokens.admin, { all: false, year: 2026 })).json.errors).toBeUndefined();
    expectRefused(await post(strict, reports, strictTokens.admin, { all: true, year: 2026 }), /too complex \(\d+; at most 1200\)/);
    // Another year (a variable the cost does not depend on) is priced as before.
    expect((await post(strict, reports, strictTokens.admin, { all: false, year: 2025 })).json.errors).toBeUndefined();
  });
});

describe("depth, aliases and root fields (settings; here 4, 3 and 4)", () => {
  it("lets a query as deep as the limit through and refuses one deeper", async () => {
    const fine = await post(strict, `{ households(perPage: 1) { items { village { name } } } }`, strictTokens.admin);
    expect(fine.json.errors).toBeUndefined();
    expectRefused(await post(strict, `{ households(perPage: 1) { items { village { township { name } } } } }`, strictTokens.admin), /depth/i);
  });

  it("follows fragments when it counts", async () => {
    const answer = await post(
      strict,
      `query { households(perPage: 1) { items { ...H } } } fragment H on Household { village { ...V } } fragment V on Village { township { name } }`,
      strictTokens.admin,
    );
    expectRefused(answer, /depth/i);
  });

  it("refuses more aliases, or more root fields, than allowed", async () => {
    expectRefused(await post(strict, `{ a: me { id } b: me { id } c: me { id } d: me { id } }`, strictTokens.admin), /Aliases limit of 3 exceeded, found 4/);
    const five = `{ me { id } villages { total } townships { total } departments { total } households { total } }`;
    expectRefused(await post(strict, five, strictTokens.admin), /5 root fields; at most 4/);
  });
});

describe("introspection", () => {
  it("answers the standard introspection query (15 levels deep) for a logged-in user", async () => {
    const answer = await post(t, getIntrospectionQuery(), tokens.resident);
    expect(answer.status, JSON.stringify(answer.json.errors)).toBe(200);
    expect(answer.json.errors).toBeUndefined();
    expect((answer.json.data as { __schema: { queryType: { name: string } } }).__schema.queryType.name).toBe("Query");
  });

  it("refuses it to an anonymous caller by default, 401 UNAUTHENTICATED; __typename is always answered", async () => {
    const answer = await post(t, getIntrospectionQuery());
    expect(answer.status).toBe(401);
    expect(answer.json.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    expect(answer.json.data).toBeUndefined();
    const type = await post(t, `{ __type(name: "Household") { name } }`);
    expect(type.status).toBe(401);
    expect(await post(t, `{ __typename }`)).toEqual({ status: 200, json: { data: { __typename: "Query" } } });
  });

  it("answers an anonymous caller when CUNWU_ANONYMOUS_INTROSPECTION is on", async () => {
    const answer = await post(strict, getIntrospectionQuery());
    expect(answer.status).toBe(200);
    expect(answer.json.errors).toBeUndefined();
  });
});

describe("variables", () => {
  it("answers HTTP 400 with the field for a missing or wrongly typed variable, also where the cost is counted", async () => {
    const missing = await post(t, `query ($n: Int!) { households(perPage: $n) { total } }`, tokens.admin);
    expect(missing.status).toBe(400);
    expect(missing.json.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { n: "REQUIRED" } });
    const wrong = await post(t, `query ($n: Int!) { households(perPage: $n) { total } }`, tokens.admin, { n: "many" });
    expect(wrong.status).toBe(400);
    expect(wrong.json.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { n: "INVALID" } });
  });

  it("checks the variables of a document it has priced before: a missing or wrong one is still a 400", async () => {
    const byId = `query ($id: ID!, $n: Int) { household(id: $id) { id entries(perPage: $n) { total } } }`;
    const id = (await t.ok<{ households: { items: { id: string }[] } }>(`{ households(perPage: 1) { items { id } } }`, {}, tokens.admin)).households.items[0]!.id;
    const fine = await post(t, byId, tokens.admin, { id, n: 5 });
    expect(fine.json.errors).toBeUndefined();
    const missing = await post(t, byId, tokens.admin, { n: 5 });
    expect(missing.status).toBe(400);
    expect(missing.json.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { id: "REQUIRED" } });
    const wrong = await post(t, byId, tokens.admin, { id, n: "five" });
    expect(wrong.status).toBe(400);
    expect(wrong.json.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { n: "INVALID" } });
  });
});

describe("the time budget (CUNWU_REQUEST_BUDGET_MS)", () => {
  it("starts no resolver once a request has run past its budget: BAD_USER_INPUT, reason TIME_BUDGET", async () => {
    // 1 ms: any real page of households outlasts it. Tokens carry over: the same secret and users.
    const hurried = await startTestServer({ env: { CUNWU_REQUEST_BUDGET_MS: "1" } });
    try {
      const answer = await post(hurried, `{ households(perPage: 200) { items { id number village { name township { name } } } } }`, tokens.admin);
      const error = answer.json.errors?.find((e) => e.extensions.reason === "TIME_BUDGET");
      expect(error, JSON.stringify(answer.json.errors)).toBeDefined();
      expect(error!.extensions.code).toBe("BAD_USER_INPUT");
      expect(error!.message).toMatch(/time budget of 0.001 s/);
      // The default budget (15 s) lets the same request through.
      const fine = await post(t, `{ households(perPage: 200) { items { id number village { name township { name } } } } }`, tokens.admin);
      expect(fine.json.errors).toBeUndefined();
    } finally {
      await hurried.close();
    }
  });

  it.skipIf(testDatabaseKind !== "postgres")("ends a statement that outlasts it on PostgreSQL, and says so as the same refusal", async () => {
    const database = await freshDatabase("empty");
    const connection = await connect({ databaseUrl: database.databaseUrl, dataDir: database.dataDir, statementTimeoutMs: 100 });
    try {
      const slow = await connection.db.execute(sql`select pg_sleep(3)`).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(slow).toBeDefined();
      const answer = createFormatError(pino({ level: "silent" }), 100)({ message: "x", path: ["districtReport"] }, slow);
      expect(answer.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "TIME_BUDGET" });
      // Migrations run without it: they may take long on a district's years of data.
      await connection.migrate();
    } finally {
      await connection.close();
      await database.drop();
    }
  });
});

