import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type GraphQLResult, type TestServer } from "../support/server";
import { createHousehold } from "../support/ops/households";

// HTTP as a browser, a script or an attacker sends it: health, the console's
// files, bodies that are not GraphQL, CSRF, documents that do not fit the
// schema (the request limits are request-limits.test.ts).

const consoleIndex = fileURLToPath(new URL("../../admin/dist/index.html", import.meta.url));

let t: TestServer;
let token: string;
/** Every response body this file saw, checked at the end for leaks. */
const seen: string[] = [];

beforeAll(async () => {
  t = await startTestServer();
  token = await t.login("admin");
});
afterAll(() => t?.close());

interface Answer {
  status: number;
  type: string;
  text: string;
  json: GraphQLResult | undefined;
}

async function send(path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${t.url}${path}`, init);
  const text = await response.text();
  seen.push(text);
  let json: GraphQLResult | undefined;
  try {
    json = JSON.parse(text) as GraphQLResult;
  } catch {
    json = undefined;
  }
  return { status: response.status, type: response.headers.get("content-type") ?? "", text, json };
}

/** A POST as the console sends it (JSON, preflight header), logged in as the district admin. */
const post = (query: string, variables: Record<string, unknown> = {}) =>
  send("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", "apollo-require-preflight": "true", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });

const firstCode = (answer: Answer) => answer.json?.errors?.[0]?.extensions.code;

describe("GET /healthz", () => {
  it("answers 200 with status ok", async () => {
    const answer = await send("/healthz");
    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(/application\/json/);
    expect(answer.json).toMatchObject({ status: "ok" });
  });
});

describe("the console", () => {
  it("is served at / and at every console route, as its index.html", async () => {
    expect(fs.existsSync(consoleIndex), "build the console first: pnpm --filter @cunwu/admin build").toBe(true);
    const index = fs.readFileSync(consoleIndex, "utf8");
    expect(index).toContain('<div id="root">');
    for (const route of ["/", "/households", "/households/12/show", "/townships/create"]) {
      const answer = await send(route);
      expect(answer.status, route).toBe(200);
      expect(answer.type, route).toMatch(/text\/html/);
      expect(answer.text, route).toBe(index);
    }
  });

  it("serves the files index.html refers to", async () => {
    const index = fs.readFileSync(consoleIndex, "utf8");
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1];
    expect(script, "index.html names a script in /assets").toBeDefined();
    const answer = await send(script!);
    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(/javascript/);
  });

  it("sends them gzipped and cached for good (their names change with their content); index.html always fresh", async () => {
    const index = fs.readFileSync(consoleIndex, "utf8");
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index)![1]!;
    const asset = await fetch(`${t.url}${script}`, { headers: { "accept-encoding": "gzip" } });
    expect(asset.headers.get("content-encoding")).toBe("gzip");
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    await asset.arrayBuffer();
    const page = await fetch(`${t.url}/households`, { headers: { "accept-encoding": "gzip" } });
    expect(page.headers.get("cache-control")).toBe("public, max-age=0");
    await page.text();
  });

  it("gzips a large GraphQL answer", async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "apollo-require-preflight": "true", authorization: `Bearer ${token}`, "accept-encoding": "gzip" },
      body: JSON.stringify({ query: `{ households(perPage: 100) { items { id number headName address } } }` }),
    });
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(((await response.json()) as { data: { households: { items: unknown[] } } }).data.households.items).toHaveLength(100);
  });

  it("sends a large answer in the encoding the client takes, and a small one as it is; both say they vary by it", async () => {
    const ask = (query: string, acceptEncoding?: string) =>
      fetch(`${t.url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "apollo-require-preflight": "true",
          authorization: `Bearer ${token}`,
          ...(acceptEncoding ? { "accept-encoding": acceptEncoding } : {}),
        },
        body: JSON.stringify({ query }),
      });
    const large = `{ households(perPage: 100) { items { id number headName address } } }`;
    for (const [accepted, sent] of [["br", "br"], ["gzip, deflate", "gzip"], ["identity", null]] as const) {
      const response = await ask(large, accepted);
      expect(response.headers.get("content-encoding"), accepted).toBe(sent);
      expect(response.headers.get("vary"), accepted).toMatch(/Accept-Encoding/i);
      expect(((await response.json()) as { data: { households: { items: unknown[] } } }).data.households.items).toHaveLength(100);
    }
    const small = await ask(`{ me { username } }`, "gzip");
    expect(small.headers.get("content-encoding")).toBeNull();
    expect(small.headers.get("vary")).toMatch(/Accept-Encoding/i);
    expect(small.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await small.json()).toEqual({ data: { me: { username: "admin" } } });
  });
});

describe("POST /graphql with a body that is not a GraphQL request", () => {
  it("answers 400 BAD_USER_INPUT for a body that is not JSON", async () => {
    const answer = await send("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
      body: '{"query": "{ me { id } }",',
    });
    expect(answer.status).toBe(400);
    expect(answer.type).toMatch(/application\/json/);
    expect(firstCode(answer)).toBe("BAD_USER_INPUT");
  });

  it("answers 413 BAD_USER_INPUT for a body over the limit", async () => {
    const answer = await send("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
      body: JSON.stringify({ query: "{ me { id } }", variables: { pad: "x".repeat(2 * 1024 * 1024) } }),
    });
    expect(answer.status).toBe(413);
    expect(firstCode(answer)).toBe("BAD_USER_INPUT");
  });

  it("answers 400 BAD_USER_INPUT for JSON that is not an operation", async () => {
    for (const body of ["{}", "[]", '"{ me { id } }"', '{"query": 42}']) {
      const answer = await send("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
        body,
      });
      expect(answer.status, body).toBe(400);
      expect(firstCode(answer), body).toBe("BAD_USER_INPUT");
    }
  });
});

describe("CSRF prevention", () => {
  it("refuses a GET query without a preflight header", async () => {
    const answer = await send(`/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(answer.status).toBe(400);
    expect(answer.json?.data).toBeUndefined();
  });

  it("refuses simple POSTs a form or a script could send cross-site", async () => {
    const body = JSON.stringify({ query: "{ __typename }" });
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const answer = await send("/graphql", { method: "POST", headers: { "content-type": type }, body });
      expect(answer.status, type).toBe(400);
      expect(answer.json?.data, type).toBeUndefined();
    }
  });

  it("lets the console's own requests through", async () => {
    const viaGet = await send(`/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(viaGet.status).toBe(200);
    expect(viaGet.json).toEqual({ data: { __typename: "Query" } });
    const viaPost = await post("{ __typename }");
    expect(viaPost.status).toBe(200);
    expect(viaPost.json).toEqual({ data: { __typename: "Query" } });
  });
});

describe("documents and variables that do not fit the schema", () => {
  it("answers BAD_USER_INPUT for a syntax error", async () => {
    const answer = await post("{ households(perPage: 1 { total } }");
    expect(answer.status).toBe(400);
    expect(firstCode(answer)).toBe("BAD_USER_INPUT");
  });

  it("answers BAD_USER_INPUT for an unknown field", async () => {
    const answer = await post("{ households { total passwordHash } }");
    expect(answer.status).toBe(400);
    expect(firstCode(answer)).toBe("BAD_USER_INPUT");
    expect(answer.json?.data).toBeUndefined();
  });

  it("answers BAD_USER_INPUT for a missing required variable", async () => {
    const answer = await post("query ($id: ID!) { household(id: $id) { id } }");
    expect(answer.status).toBe(400);
    expect(firstCode(answer)).toBe("BAD_USER_INPUT");
    expect(answer.json?.errors?.[0]?.extensions.fields).toEqual({ id: "REQUIRED" });
    expect(answer.json?.errors?.[0]?.message).toMatch(/\$id/);
  });

  it("answers BAD_USER_INPUT for a variable of the wrong type", async () => {
    const answer = await post("query ($n: Int!) { households(perPage: $n) { total } }", { n: "lots" });
    expect(answer.status).toBe(400);
    expect(firstCode(answer)).toBe("BAD_USER_INPUT");
    const input = await post(createHousehold.document, {
      input: { villageId: "1", number: "X-1", headName: "x", memberCount: "three" },
    });
    expect(input.status).toBe(400);
    expect(firstCode(input)).toBe("BAD_USER_INPUT");
  });

  it("answers BAD_USER_INPUT for @defer, even to a client that takes an answer in parts", async () => {
    // graphql 16 has no @defer or @stream, so every answer is one piece (http/graphql-route.ts).
    const answer = await send("/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "multipart/mixed;deferSpec=20220824, application/json",
        "apollo-require-preflight": "true",
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: "{ households(perPage: 1) { total ... @defer { items { id } } } }" }),
    });
    expect(answer.status).toBe(400);
    expect(answer.type).toMatch(/application\/(graphql-response\+)?json/);
    expect(firstCode(answer)).toBe("BAD_USER_INPUT");
    expect(answer.json?.errors?.[0]?.message).toMatch(/defer/);
  });

  it("answers BAD_USER_INPUT for an operation name that is not in the document", async () => {
    const answer = await send("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
      body: JSON.stringify({ query: "query A { __typename } query B { __typename }", operationName: "C" }),
    });
    expect(firstCode(answer)).toBe("BAD_USER_INPUT");
  });
});

// Each operation runs as a function compiled on its document's first request
// (graphql/compiled-execution.ts); these are what that must keep.
describe("operations, run compiled", () => {
  const named = (operationName?: string) =>
    send("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "apollo-require-preflight": "true", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "query A { households(perPage: 1) { total } } query B { me { username } }", operationName }),
    });

  it("run the operation named, of several; several without a name is BAD_USER_INPUT", async () => {
    expect((await named("B")).json?.data).toEqual({ me: { username: "admin" } });
    expect((await named("A")).json?.data).toEqual({ households: { total: 200 } });
    const unnamed = await named();
    expect(unnamed.status).toBe(400);
    expect(firstCode(unnamed)).toBe("BAD_USER_INPUT");
    expect(unnamed.json?.errors?.[0]?.message).toMatch(/operation name/);
  });

  it("answer one document with each request's own variables", async () => {
    const page = "query ($n: Int!) { households(perPage: $n) { items { id } } }";
    for (const n of [1, 3, 2]) {
      const answer = await post(page, { n });
      expect((answer.json?.data as { households: { items: unknown[] } }).households.items).toHaveLength(n);
    }
  });

  it("put a field's error on its own path and place; a required field's error empties the answer", async () => {
    const answer = await post('{ first: households(perPage: 1) { total }\n  second: household(id: "abc") { id } }');
    expect(answer.status).toBe(200);
    // household is non-null, so its error takes the whole answer, as graphql-js's execution did.
    expect(answer.json?.data).toBeNull();
    expect(answer.json?.errors).toHaveLength(1);
    expect(answer.json?.errors?.[0]).toMatchObject({
      path: ["second"],
      locations: [{ line: 2, column: 3 }],
      extensions: { code: "BAD_USER_INPUT" },
    });
  });
});

describe("error responses", () => {
  it("never carry a stack, a database message or SQL", () => {
    expect(seen.length).toBeGreaterThan(20);
    for (const body of seen) {
      let result: GraphQLResult;
      try {
        result = JSON.parse(body) as GraphQLResult;
      } catch {
        continue; // the console's own files
      }
      expect(body).not.toMatch(/stack|\bat .+\.(ts|js):\d+/i);
      const messages = result.errors?.map((e) => e.message) ?? [];
      for (const message of messages) {
        expect(message).not.toMatch(/\bselect\b|insert into|\bupdate\b.+\bset\b|delete from|relation "|violates|syntax error at or near/i);
      }
    }
  });
});
