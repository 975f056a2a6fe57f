import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@cunwu/server";
import { createFormatError } from "@cunwu/server/graphql/format-error";
import { demoPassword, startTestServer, type GraphQLResult, type TestServer } from "../support/server";

// The server's edge as a browser, a proxy and an operator meet it: protective
// headers, one log line per request with nothing private in it, an id that
// ties an HTTP 500 to its log line, the embedded default listening on this
// computer only, and the client's address behind a trusted proxy.

/** Every log line the server writes, parsed. */
const lines: Record<string, unknown>[] = [];
const logText = () => lines.map((l) => JSON.stringify(l)).join("\n");
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split("\n")) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

let t: TestServer;
let proxied: TestServer;

beforeAll(async () => {
  [t, proxied] = await Promise.all([
    startTestServer({ logger: pino({ level: "info" }, sink) }),
    startTestServer({ env: { CUNWU_TRUST_PROXY: "loopback", CUNWU_LOGIN_MAX_FAILURES: "1" } }),
  ]);
});
afterAll(async () => {
  await t?.close();
  await proxied?.close();
});

const gql = (server: TestServer, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "apollo-require-preflight": "true", ...headers },
    body: JSON.stringify(body),
  });

describe("protective headers", () => {
  it("are on the console's page and on the API: no sniffing, no framing, no referrer, a CSP the console runs under", async () => {
    for (const response of [await fetch(`${t.url}/`), await gql(t, { query: "{ __typename }" })]) {
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain("upgrade-insecure-requests");
      expect(response.headers.get("x-powered-by")).toBeNull();
    }
  });
});

describe("the request log", () => {
  it("writes one line per request with method, operation, status, duration and user, never variables, passwords or tokens", async () => {
    const login = await gql(t, { query: `mutation SignIn($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, operationName: "SignIn", variables: { u: "village", p: demoPassword } });
    const token = ((await login.json()) as GraphQLResult<{ login: { token: string } }>).data!.login.token;
    const secretWords = "村口的秘密投诉内容";
    const search = await gql(t, { query: `query Find($q: String) { households(filter: { q: $q }) { total } }`, operationName: "Find", variables: { q: secretWords } }, { authorization: `Bearer ${token}` });
    expect(search.status).toBe(200);
    const { me } = (await t.ok<{ me: { id: string } }>(`{ me { id } }`, {}, token));

    await expect.poll(() => lines.filter((l) => l.msg === "request" && l.operation === "Find").length).toBe(1);
    const find = lines.find((l) => l.msg === "request" && l.operation === "Find")!;
    expect(find, JSON.stringify(find)).toMatchObject({ method: "POST", path: "/graphql", status: 200, userId: Number(me.id) });
    expect(typeof find.ms).toBe("number");
    expect(lines.find((l) => l.operation === "SignIn")).toMatchObject({ status: 200 });
    // A load balancer's health checks do not fill the log.
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    await gql(t, { query: `query AfterHealth { __typename }`, operationName: "AfterHealth" });
    await expect.poll(() => lines.some((l) => l.operation === "AfterHealth")).toBe(true);
    expect(lines.filter((l) => l.path === "/healthz")).toEqual([]);
    expect(logText()).not.toContain(demoPassword);
    expect(logText()).not.toContain(token);
    expect(logText()).not.toContain(secretWords);
  });
});

describe("an unexpected error", () => {
  it("reaches the client as INTERNAL_SERVER_ERROR with an id, and the log line with that id has no values or SQL", () => {
    const logged: Record<string, unknown>[] = [];
    const format = createFormatError(pino({ level: "error" }, new Writable({ write: (c: Buffer, _e, done) => (logged.push(JSON.parse(c.toString())), done()) })));
    const databaseError = Object.assign(new Error(`Failed query: insert into households (head_name) values ($1)\nparams: 王秘密`), {
      cause: Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: "22021" }),
    });
    const answer = format({ message: "x", path: ["createHousehold"] }, databaseError);
    const errorId = answer.extensions?.errorId as string;
    expect(answer.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(errorId).toMatch(/^[0-9a-f]{12}$/);
    expect(answer.message).toBe(`Internal server error (${errorId})`);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ errorId, error: { sqlState: "22021" } });
    expect(JSON.stringify(logged)).not.toMatch(/王秘密|insert into|params/);
  });
});

describe("where it listens and whom it sees", () => {
  it("listens on this computer only by default on the embedded database, on every address with PostgreSQL", () => {
    expect(loadConfig({}).host).toBe("127.0.0.1");
    expect(loadConfig({ DATABASE_URL: "postgres://db/cunwu", CUNWU_SECRET: "x".repeat(32) }).host).toBe("0.0.0.0");
    expect(loadConfig({ HOST: "0.0.0.0" }).host).toBe("0.0.0.0");
  });

  it("takes the client's address from a trusted proxy's X-Forwarded-For (CUNWU_TRUST_PROXY), so one office's guesses lock only that office", async () => {
    const attempt = async (username: string, from: string) => {
      const response = await gql(proxied, { query: `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, variables: { u: username, p: "wrong-password" } }, { "x-forwarded-for": from });
      return ((await response.json()) as GraphQLResult).errors?.[0]?.extensions.reason;
    };
    // One failure per username is the limit here; an address may fail four times.
    for (const username of ["nobody1", "nobody2", "nobody3", "nobody4"]) expect(await attempt(username, "203.0.113.5")).toBe("BAD_CREDENTIALS");
    expect(await attempt("nobody5", "203.0.113.5")).toBe("RATE_LIMITED");
    expect(await attempt("nobody6", "203.0.113.6")).toBe("BAD_CREDENTIALS");
    expect(() => loadConfig({ CUNWU_TRUST_PROXY: "every$body" })).toThrow(/CUNWU_TRUST_PROXY/);
    expect(loadConfig({ CUNWU_TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(loadConfig({}).trustProxy).toBe(false);
  });

  it("names the setting when a request limit or login setting is out of range or not a number", () => {
    for (const [name, value] of [
      ["CUNWU_MAX_DEPTH", "1"],
      ["CUNWU_MAX_ALIASES", "many"],
      ["CUNWU_MAX_ROOT_FIELDS", "0"],
      ["CUNWU_MAX_TOKENS", "99"],
      ["CUNWU_MAX_DIRECTIVES", "-1"],
      ["CUNWU_MAX_COST", "2.5"],
      ["CUNWU_REQUEST_BUDGET_MS", "0"],
      ["CUNWU_REPORTS_AT_ONCE", "0"],
      ["CUNWU_REPORTS_AT_ONCE", "two"],
      ["CUNWU_LOGIN_SLOW_SECONDS", "3601"],
      ["CUNWU_ANONYMOUS_INTROSPECTION", "yes"],
    ]) {
      expect(() => loadConfig({ [name!]: value }), name).toThrow(new RegExp(`^${name}`));
    }
    expect(loadConfig({}).reportsAtOnce).toBe(2);
    expect(loadConfig({}).limits).toEqual({
      maxDepth: 10,
      maxAliases: 30,
      maxRootFields: 30,
      maxTokens: 10_000,
      maxDirectives: 50,
      maxCost: 20_000,
      anonymousIntrospection: false,
    });
  });
});
