// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { todayIn } from "@cunwu/server/common/dates";
import { rowsOf } from "@cunwu/server/db/rows";
import { rebuildHouseholdCounts } from "@cunwu/server/households/household-counts";
import { archiveHousehold, createHousehold, updateHousehold } from "../support/ops/households";
import { reconcileLedger } from "../support/ops/points";
import { startTestServer, type TestServer } from "../support/server";

// districtReport's household roll sums household_counts, which triggers on
// households keep (migrations/0018). Whatever a committee does to its roll
// through the API (adding, re-categorising, marking moved, archiving), and
// a hand edit that moves a household to another village, the counts equal
// the households counted again, and the report states them; a rebuild
// mends counts that were edited by hand.

let t: TestServer;
let admin: string;
const db = () => t.server.connection.db;
const year = Number(todayIn("Asia/Shanghai").slice(0, 4));

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.login("admin");
});
afterAll(() => t?.close());

/** The counts reconcileLedger finds off from the households counted again. */
const countsOff = async () => (await reconcileLedger.ok(t, {}, admin)).householdCountMismatches;

/** ACTIVE households of a village by category, counted from the households themselves. */
async function rollOf(villageId: string) {
  const [row] = rowsOf<{ active: number; general: number; lifted: number; monitored: number }>(
    await db().execute(sql`
      select count(*)::int as active, (count(*) filter (where category = 'GENERAL'))::int as general,
             (count(*) filter (where category = 'LIFTED'))::int as lifted, (count(*) filter (where category = 'MONITORED'))::int as monitored
      from households where status = 'ACTIVE' and village_id = ${Number(villageId)}`),
  );
  return row!;
}

const reported = async (villageId: string) => {
  const tally = "value";
  const data = await t.ok<{ districtReport: { households: Record<string, { value: number }> } }>(
    `query ($y: Int!, $v: ID) { districtReport(year: $y, villageId: $v) { households { active { ${tally} } general { ${tally} } lifted { ${tally} } monitored { ${tally} } } } }`,
    { y: year, v: villageId },
    admin,
  );
  const h = data.districtReport.households;
  return { active: h.active!.value, general: h.general!.value, lifted: h.lifted!.value, monitored: h.monitored!.value };
};

describe("household counts", () => {
  it("follow every change to the roll, and the report states them", async () => {
    expect(await countsOff()).toEqual([]);
    const [village, other] = rowsOf<{ id: number }>(await db().execute(sql`select id from villages order by id limit 2`)).map((v) => String(v.id));
    const before = await rollOf(village!);
    expect(await reported(village!)).toEqual(before);

    const add = (number: string, category: string) =>
      createHousehold.ok(t, { villageId: village!, number, headName: `户主${number}`, memberCount: 3, category }, admin);
    const a = await add("HC-1", "GENERAL");
    const b = await add("HC-2", "LIFTED");
    const c = await add("HC-3", "MONITORED");
    await updateHousehold.ok(t, { id: a.id, input: { category: "MONITORED" } }, admin);
    await updateHousehold.ok(t, { id: b.id, input: { status: "MOVED" } }, admin);
    await archiveHousehold.ok(t, { id: c.id }, admin);
    // An edit that names the columns without changing them counts nothing twice.
    await updateHousehold.ok(t, { id: a.id, input: { category: "MONITORED", headName: "改名" } }, admin);
    expect(await countsOff()).toEqual([]);
    const after = await rollOf(village!);
    expect(after).toEqual({ ...before, active: before.active + 1, monitored: before.monitored + 1 });
    expect(await reported(village!)).toEqual(after);

    // No API moves a household to another village; a hand edit that does is counted all the same.
    const otherBefore = await rollOf(other!);
    await db().execute(sql`update households set village_id = ${Number(other)} where id = ${Number(a.id)}`);
    expect(await countsOff()).toEqual([]);
    expect(await reported(village!)).toEqual(before);
    expect(await reported(other!)).toEqual({ ...otherBefore, active: otherBefore.active + 1, monitored: otherBefore.monitored + 1 });
    await db().execute(sql`update households set village_id = ${Number(village)} where id = ${Number(a.id)}`);
  });

  it("are named by reconcileLedger after a hand edit put them off, and recounted by the rebuild", async () => {
    const [first] = rowsOf<{ village_id: number; status: string; category: string; households: number }>(
      await db().execute(sql`select * from household_counts where households > 0 order by village_id, status, category limit 1`),
    );
    await db().execute(sql`update household_counts set households = households + 5 where status = 'ACTIVE'`);
    await db().execute(sql`delete from household_counts where status <> 'ACTIVE'`);
    const off = await countsOff();
    expect(off.length).toBeGreaterThan(1);
    expect(off).toContainEqual(
      first!.status === "ACTIVE"
        ? { villageId: String(first!.village_id), status: first!.status, category: first!.category, storedHouseholds: first!.households + 5, households: first!.households }
        : { villageId: String(first!.village_id), status: first!.status, category: first!.category, storedHouseholds: 0, households: first!.households },
    );
    const written = await rebuildHouseholdCounts(db());
    expect(await countsOff()).toEqual([]);
    const [groups] = rowsOf<{ n: number }>(await db().execute(sql`select count(*)::int as n from (select distinct village_id, status, category from households) g`));
    expect(written).toBe(groups!.n);
  });
});
