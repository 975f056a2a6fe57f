import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

describe("smoke", () => {
  it("logs in and lists households", async () => {
    const token = await t.login("admin");
    const data = await t.ok(`{ households(perPage: 5) { total items { id } } }`, {}, token);
    expect(data.households.total).toBeGreaterThan(150);
  });
});
