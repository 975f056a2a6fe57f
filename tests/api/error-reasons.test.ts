// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema, GraphQLEnumType } from "graphql";
import { readFile } from "node:fs/promises";
import { errorReasons } from "@cunwu/server/errors";
import { schemaFile } from "@cunwu/server/graphql/print-schema";
import { startTestServer, type TestServer } from "../support/server";
import { expectReason, fieldsOf } from "../support/assert";
import { archiveHousehold, households } from "../support/ops/households";
import { createProduct, redeem } from "../support/ops/shop";

// Every error names its reason (extensions.reason), one of the schema's closed
// enum ErrorReason: a client tells a closed exchange event from a closed
// matter without reading detail keys.

let t: TestServer;
let village: string;
let admin: string;

beforeAll(async () => {
  t = await startTestServer();
  [village, admin] = await Promise.all([t.login("village"), t.login("admin")]);
});
afterAll(() => t?.close());

/** The first active household of the committee's own village (an archived one leaves the default list). */
const ownHousehold = async () => (await households.ok(t, { perPage: 1 }, village)).items[0]!;

describe("the schema's enum ErrorReason", () => {
  it("lists exactly the server's reasons, each with its meaning", async () => {
    const schema = buildSchema(await readFile(schemaFile, "utf8"));
    const reasons = schema.getType("ErrorReason") as GraphQLEnumType;
    expect(reasons).toBeInstanceOf(GraphQLEnumType);
    expect(reasons.getValues().map((value) => value.name).sort()).toEqual(Object.keys(errorReasons).sort());
    for (const value of reasons.getValues()) expect(value.description, value.name).toBe(errorReasons[value.name as keyof typeof errorReasons]);
  });
});

describe("every error carries its reason", () => {
  it("UNAUTHENTICATED: not logged in, a bad token, wrong credentials", async () => {
    expectReason(await t.gql(`{ me { id } }`), "UNAUTHENTICATED", "NOT_LOGGED_IN");
    expectReason(await t.gql(`{ me { id } }`, {}, "not-a-token"), "UNAUTHENTICATED", "INVALID_TOKEN");
    const login = await t.gql(`mutation { login(username: "village", password: "wrong-password") { token } }`);
    expectReason(login, "UNAUTHENTICATED", "BAD_CREDENTIALS");
  });

  it("FORBIDDEN and NOT_FOUND", async () => {
    expectReason(await t.gql(`{ users { total } }`, {}, village), "FORBIDDEN", "NOT_ALLOWED");
    expectReason(await t.gql(`{ household(id: "999999") { id } }`, {}, village), "NOT_FOUND", "NOT_FOUND");
  });

  it("BAD_USER_INPUT: a field, a variable, a document, a limit", async () => {
    const bad = await t.gql(`mutation { createHousehold(input: { villageId: "1", number: "", headName: "" }) { id } }`, {}, admin);
    expectReason(bad, "BAD_USER_INPUT", "INVALID_INPUT");
    expect(fieldsOf(bad)).toBeDefined();
    expectReason(await t.gql(`query ($id: ID!) { household(id: $id) { id } }`, {}, village), "BAD_USER_INPUT", "INVALID_INPUT");
    expectReason(await t.gql(`{ household(id: "1") { noSuchField } }`, {}, village), "BAD_USER_INPUT", "INVALID_QUERY");
    const aliases = Array.from({ length: 60 }, (_, i) => `a${i}: me { id }`).join(" ");
    expectReason(await t.gql(`{ ${aliases} }`, {}, village), "BAD_USER_INPUT", "REQUEST_TOO_LARGE");
  });

  it("CONFLICT says which state refused the step", async () => {
    const { id } = await ownHousehold();
    await archiveHousehold.ok(t, { id }, village);
    expectReason(await archiveHousehold(t, { id }, village), "CONFLICT", "HOUSEHOLD_STATUS");
  });

  it("INSUFFICIENT_POINTS: the demo's households start at zero", async () => {
    const household = await ownHousehold();
    const product = await createProduct.ok(t, { villageId: household.villageId, name: "香皂", unit: "块", price: 5, stock: 10 }, village);
    const result = await redeem(t, { householdId: household.id, lines: [{ productId: product.id, quantity: 1 }] }, village);
    expectReason(result, "INSUFFICIENT_POINTS", "INSUFFICIENT_POINTS");
  });
});
