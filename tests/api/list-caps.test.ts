// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { startTestServer, type TestServer } from "../support/server";
import { expectBadInput, expectOk, rowsOf } from "../support/assert";

// A list counts its rows up to 10,000 and its pages start within them (on a
// district's two million ledger entries a full count or a deep offset scans
// everything before it). Shown on households, which every list shares
// (common/list.ts, common/paging.ts).

let t: TestServer;
let admin: string;
let villageId: string;
const db = () => t.server.connection.db;
const page = (variables: Record<string, unknown>) =>
  t.gql(`query ($filter: HouseholdFilter, $page: Int, $perPage: Int) { households(filter: $filter, page: $page, perPage: $perPage) { items { id } total totalCapped } }`, variables, admin);
const households = async (variables: Record<string, unknown>) =>
  expectOk(await page(variables)).households as { items: { id: string }[]; total: number; totalCapped: boolean };

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.login("admin");
  // A village of 10,050 households: more than a list counts.
  const [village] = rowsOf<{ id: number }>(await db().execute(sql`select id from villages order by id limit 1`));
  villageId = String(village!.id);
  await db().execute(sql`
    insert into households (village_id, number, head_name, member_count)
    select ${village!.id}, 'CAP-' || lpad(g::text, 5, '0'), '测试户' || g, 1 from generate_series(1, 10050) g`);
});
afterAll(() => t?.close());

describe("lists past 10,000 rows", () => {
  it("count up to 10,000 and say that more match; a narrower filter counts exactly", async () => {
    const all = await households({ filter: { villageId }, perPage: 25 });
    expect(all).toMatchObject({ total: 10000, totalCapped: true });
    expect(all.items).toHaveLength(25);
    const few = await households({ filter: { villageId, q: "CAP-0000" }, perPage: 25 });
    expect(few).toMatchObject({ total: 9, totalCapped: false });
    expect(few.items).toHaveLength(9);
  });

  it("start a page within the first 10,000 rows, and refuse one that starts past them with page OUT_OF_RANGE", async () => {
    const last = await households({ filter: { villageId }, page: 400, perPage: 25 });
    expect(last.items).toHaveLength(25);
    expect((await households({ filter: { villageId }, page: 50, perPage: 200 })).items).toHaveLength(200);
    const tooDeep = await page({ filter: { villageId }, page: 401, perPage: 25 });
    expectBadInput(tooDeep, { page: "OUT_OF_RANGE" });
    expect(tooDeep.errors![0]!.message).toContain("narrow the filter");
    expectBadInput(await page({ filter: { villageId }, page: 51, perPage: 200 }), { page: "OUT_OF_RANGE" });
    // Sorted the other way, the rows past the cap come first.
    const newest = await t.gql(`query ($filter: HouseholdFilter) { households(filter: $filter, sort: [{ field: "id", order: DESC }], perPage: 1) { items { id } } }`, { filter: { villageId } }, admin);
    const [maxId] = rowsOf<{ id: number }>(await db().execute(sql`select max(id)::int as id from households`));
    expect(expectOk(newest).households.items).toEqual([{ id: String(maxId!.id) }]);
  });
});
