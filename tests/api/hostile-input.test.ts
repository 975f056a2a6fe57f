import { sql } from "drizzle-orm";
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type IntrospectionQuery,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorReasons } from "@cunwu/server/errors";
import { startTestServer, type GraphQLResult, type TestServer } from "../support/server";
import { createHousehold } from "../support/ops/households";

const reasons = new Set(Object.keys(errorReasons));

// Every query and mutation, called with hostile values by the roles that may
// call the most (district admin, village committee, resident): unknown ids,
// ids beyond what the database holds, malformed ids, empty, blank and
// 100,000-character text, NUL characters, half surrogate pairs, the largest
// and smallest numbers, 10,000-item lists and values of the wrong type. None
// may answer INTERNAL_SERVER_ERROR or an HTTP 5xx, and a refused call writes
// nothing (every table's row count is the same after it).

interface Flavour {
  name: string;
  id: unknown;
  text: unknown;
  int: unknown;
  float: unknown;
  date: unknown;
  listLength: number;
}

const flavours: Flavour[] = [
  { name: "unknown ids, empty text", id: "999999", text: "", int: -1, float: -1, date: "2026-01-01", listLength: 1 },
  { name: "ids beyond the database's integers, blank text, the largest Int", id: "2147483648", text: "   ", int: 2147483647, float: 1e308, date: "9999-12-31", listLength: 1 },
  { name: "malformed ids, 100,000-character text, the smallest Int", id: "-1", text: "字".repeat(100_000), int: -2147483648, float: -1e308, date: "0001-01-01", listLength: 1 },
  { name: "NUL characters", id: "0", text: "a\u0000b", int: 0, float: 0, date: "2026-01-01", listLength: 1 },
  { name: "half a surrogate pair", id: "1e3", text: "\ud800", int: 1, float: Number.MIN_VALUE, date: "2026-01-01", listLength: 1 },
  { name: "10,000-item lists", id: "99999999999999999999", text: "", int: -1, float: -1, date: "2026-01-01", listLength: 10_000 },
  { name: "values of the wrong type", id: 1.5, text: 12, int: "many", float: "much", date: "2026-02-30", listLength: 1 },
];

let t: TestServer;
const tokens: Record<string, string> = {};
let countRows: () => Promise<string>;
let fields: { operation: "query" | "mutation"; field: GraphQLField<unknown, unknown> }[];

beforeAll(async () => {
  t = await startTestServer();
  for (const name of ["admin", "village", "resident"]) tokens[name] = await t.login(name);
  const schema = buildClientSchema(await t.ok<IntrospectionQuery>(getIntrospectionQuery(), {}, tokens.admin));
  fields = [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ operation: "query" as const, field })),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ operation: "mutation" as const, field })),
  ];
  const db = t.server.connection.db;
  const tables = (await db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`)) as unknown;
  const names = ((tables as { rows?: { table_name: string }[] }).rows ?? (tables as { table_name: string }[])).map((r) => r.table_name);
  const query = `select ${names.map((n) => `(select count(*) from "${n}")::text as "${n}"`).join(", ")}`;
  countRows = async () => JSON.stringify(await db.execute(sql.raw(query)));
});
afterAll(() => t?.close());

/** A hostile value of `type`; `inList`: within a list's item, whose own lists stay one long (10,000 of 10,000 would be a body no client can even build). */
function valueFor(type: GraphQLInputType, flavour: Flavour, inList = false): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) {
    const item = valueFor(inner.ofType, flavour, true);
    return Array.from({ length: inList ? 1 : flavour.listLength }, () => item);
  }
  if (isInputObjectType(inner)) {
    return Object.fromEntries(Object.values(inner.getFields()).map((f) => [f.name, valueFor(f.type, flavour, inList)]));
  }
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isScalarType(inner)) {
    switch (inner.name) {
      case "ID":
        return flavour.id;
      case "String":
        return flavour.text;
      case "Int":
        return flavour.int;
      case "Float":
        return flavour.float;
      case "Boolean":
        return true;
      case "LocalDate":
        return flavour.date;
      case "DateTimeISO":
        return typeof flavour.date === "string" ? `${flavour.date}T00:00:00Z` : flavour.date;
      case "JSONObject":
        return {};
    }
  }
  throw new Error(`no hostile value for ${String(type)}`);
}

/** `mutation ($a: T!) { field(a: $a) { __typename } }` with every argument given. */
function operationFor(operation: "query" | "mutation", field: GraphQLField<unknown, unknown>, flavour: Flavour) {
  const declarations = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? "" : "{ __typename }";
  const query = `${operation}${declarations ? ` (${declarations})` : ""} { ${field.name}${args ? `(${args})` : ""} ${selection} }`;
  const variables = Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type, flavour)]));
  return { query, variables };
}

async function call(query: string, variables: Record<string, unknown>, token: string) {
  const response = await fetch(`${t.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "apollo-require-preflight": "true", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let result: GraphQLResult | undefined;
  try {
    result = JSON.parse(text) as GraphQLResult;
  } catch {
    result = undefined;
  }
  return { status: response.status, text, result };
}

describe("every operation with hostile values", () => {
  it.each(flavours.map((f) => [f.name, f] as const))("%s: no internal error, and a refused call writes nothing", async (_name, flavour) => {
    const problems: string[] = [];
    let calls = 0;
    for (const { operation, field } of fields) {
      const { query, variables } = operationFor(operation, field, flavour);
      for (const user of ["admin", "village", "resident"]) {
        const before = operation === "mutation" ? await countRows() : "";
        const { status, text, result } = await call(query, variables, tokens[user]!);
        calls++;
        const codes = result?.errors?.map((e) => e.extensions?.code) ?? [];
        if (status >= 500 || codes.includes("INTERNAL_SERVER_ERROR") || !result) {
          problems.push(`${user} ${field.name}: HTTP ${status} ${text.slice(0, 200)}`);
        }
        if (operation === "mutation" && result?.errors?.length && (await countRows()) !== before) {
          problems.push(`${user} ${field.name}: refused (${codes.join(", ")}) but wrote rows`);
        }
        // Every error names one of the schema's closed ErrorReason values.
        for (const error of result?.errors ?? []) {
          if (!reasons.has(String(error.extensions?.reason))) problems.push(`${user} ${field.name}: reason ${String(error.extensions?.reason)}`);
        }
        // A hostile value is refused with one of the closed set of codes.
        for (const code of codes) {
          if (!["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT", "CONFLICT", "INSUFFICIENT_POINTS", "OUT_OF_STOCK"].includes(String(code))) {
            problems.push(`${user} ${field.name}: code ${String(code)}`);
          }
        }
      }
    }
    expect(calls).toBe(fields.length * 3);
    expect(problems).toEqual([]);
  });

  it("covers every root field of the schema", () => {
    expect(fields.filter((f) => f.operation === "query").length).toBeGreaterThan(35);
    expect(fields.filter((f) => f.operation === "mutation").length).toBeGreaterThan(55);
    // The required arguments all get a value: none was skipped.
    for (const { field } of fields) for (const arg of field.args) if (isNonNullType(arg.type)) expect(valueFor(arg.type, flavours[0]!)).not.toBeUndefined();
  });
});

describe("what a client sees", () => {
  it("an id beyond the database's integers is NOT_FOUND naming the field; a malformed one BAD_USER_INPUT", async () => {
    const beyond = await call(`query ($id: ID!) { household(id: $id) { id } }`, { id: "2147483648" }, tokens.admin!);
    expect(beyond.status).toBe(200);
    expect(beyond.result?.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", fields: { id: "NOT_FOUND" } });
    const malformed = await call(`query ($id: ID!) { household(id: $id) { id } }`, { id: "12abc" }, tokens.admin!);
    expect(malformed.result?.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { id: "INVALID" } });
  });

  it("text with a NUL or half a surrogate pair is HTTP 400 BAD_USER_INPUT naming the field, in a variable or in the document", async () => {
    const create = createHousehold.document;
    const villageId = (await t.ok<{ me: { villageId: string } }>(`{ me { villageId } }`, {}, tokens.village)).me.villageId;
    const input = { villageId, number: "H-NUL", headName: "王\u0000五", memberCount: 3 };
    for (const headName of ["王\u0000五", "王\ud800五", "王\udc00五"]) {
      const answer = await call(create, { input: { ...input, headName } }, tokens.village!);
      expect(answer.status).toBe(400);
      expect(answer.result?.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", reason: "INVALID_INPUT", fields: { headName: "INVALID" } });
    }
    // Asked again (the document then known): refused again.
    for (const time of ["first", "again"]) {
      const literal = await call(`{ households(filter: { q: "a\\u0000b" }) { total } }`, {}, tokens.village!);
      expect(literal.status, time).toBe(400);
      expect(literal.result?.errors?.[0]?.extensions, time).toEqual({ code: "BAD_USER_INPUT", reason: "INVALID_INPUT", fields: { q: "INVALID" } });
    }
    // A whole pair (an emoji) is text like any other.
    const emoji = await call(create, { input: { ...input, headName: "王五😀" } }, tokens.village!);
    expect(emoji.result?.errors).toBeUndefined();
  });
});

