// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { seedScale, type ScaleResult } from "@cunwu/server/seed/scale/seed-scale";
import { startTestServer, demoPassword, type TestServer } from "../support/server";

// `pnpm seed --scale`: the generated district (here its smallest size,
// `test`) on a fresh database: the ledger reconciles, the civic service
// holds every channel and status with rows that agree with them, and every
// role can log in and read its lists.

let t: TestServer;
let result: ScaleResult;
const rows = async <T>(query: string): Promise<T[]> => {
  const r = (await t.server.connection.db.execute(sql.raw(query))) as unknown;
  return (Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[];
};

beforeAll(async () => {
  t = await startTestServer({ fixture: "empty" });
  result = await seedScale(t.server.connection.db, { scale: "test", demoPassword });
});
afterAll(() => t?.close());

describe("the generated district", () => {
  it("fills every table it is about", () => {
    for (const [table, n] of Object.entries(result.counts)) expect(n, table).toBeGreaterThan(0);
    expect(result.counts.point_entries).toBeGreaterThan(result.counts.households! * 10);
  });

  it("has a ledger that reconciles: balances are the sums of their entries, none below zero", async () => {
    expect(result).toMatchObject({ mismatches: 0, brokenEntries: 0, negativeBalances: 0 });
    const admin = await t.login("admin");
    const { reconcileLedger } = await t.ok<{ reconcileLedger: Record<string, unknown> }>(
      `{ reconcileLedger { entriesChecked mismatches { householdId } brokenEntries { entryId problem } monthSumMismatches { villageId month kind }
         redeemerYearMismatches { householdId year } redeemerMonthMismatches { villageId year month }
         householdCountMismatches { villageId status category } } }`,
      {},
      admin,
    );
    expect(reconcileLedger).toEqual({
      entriesChecked: result.counts.point_entries,
      mismatches: [],
      brokenEntries: [],
      monthSumMismatches: [],
      redeemerYearMismatches: [],
      redeemerMonthMismatches: [],
      householdCountMismatches: [],
    });
    // The history's sales are folded into the rollups' slot 0, as a running district's fold would leave them.
    const [spread] = await rows<{ sums: string; counts: string }>(
      `select (select count(*) from ledger_month_sums where slot > 0) as sums, (select count(*) from redeemer_month_counts where slot > 0) as counts`,
    );
    expect({ sums: Number(spread!.sums), counts: Number(spread!.counts) }).toEqual({ sums: 0, counts: 0 });
    const kinds = await rows<{ kind: string }>(`select distinct kind::text from point_entries order by 1`);
    expect(kinds.map((k) => k.kind)).toEqual(["AWARD", "DEDUCTION", "REDEMPTION", "REFUND", "REVERSAL"]);
    // A redemption's total is its lines'; each is charged once.
    const [off] = await rows<{ n: string }>(`
      select count(*) as n from redemptions r
      where r.total <> (select sum(quantity * unit_price) from redemption_lines l where l.redemption_id = r.id)
         or (select count(*) from point_entries e where e.redemption_id = r.id and e.kind = 'REDEMPTION') <> 1`);
    expect(Number(off!.n)).toBe(0);
  });

  it("holds civic matters in every channel and every status, their rows agreeing with the status", async () => {
    const statuses = await rows<{ status: string }>(`select distinct status::text from civic_matters order by 1`);
    expect(statuses.map((s) => s.status)).toEqual(["ASSIGNED", "CLOSED", "IN_PROGRESS", "MERGED", "RECEIVED", "REJECTED", "RESOLVED"]);
    const channels = await rows<{ channel: string }>(`select distinct channel::text from civic_matters where channel is not null order by 1`);
    expect(channels.map((c) => c.channel)).toEqual(["DIRECT", "JOINT", "LEAD", "SUPERVISED"]);
    const sources = await rows<{ n: string }>(`select count(distinct source) as n from civic_matters`);
    expect(Number(sources[0]!.n)).toBe(5);
    const [bad] = await rows<Record<string, string>>(`
      select
        count(*) filter (where status = 'CLOSED' and (resolution is null or closed_at is null or not exists (
          select 1 from follow_ups f where f.matter_id = m.id and f.satisfaction in ('SATISFIED', 'BASICALLY')))) as closed,
        count(*) filter (where status = 'RESOLVED' and (resolution is null or resolved_at is null)) as resolved,
        count(*) filter (where status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS') and (resolution is not null or closed_at is not null)) as open,
        count(*) filter (where status = 'REJECTED' and close_reason is null) as rejected,
        count(*) filter (where status = 'MERGED' and duplicate_of_id is null) as merged,
        count(*) filter (where (channel is null) <> (status in ('RECEIVED', 'REJECTED', 'MERGED'))) as channel,
        count(*) filter (where exists (select 1 from matter_assignments a where a.matter_id = m.id and a.state::text <>
          case m.status when 'ASSIGNED' then 'PENDING' when 'IN_PROGRESS' then 'ACCEPTED' else 'DONE' end)) as assignments,
        count(*) filter (where status::text <> (select e.to_status::text from matter_events e where e.matter_id = m.id and e.to_status is not null
                                                 order by e.id desc limit 1)) as timeline,
        count(*) filter (where rework_count <> (select count(*) from matter_events e where e.matter_id = m.id and e.type = 'REOPENED')) as rework
      from civic_matters m`);
    const found = Object.fromEntries(Object.entries(bad!).map(([k, v]) => [k, Number(v)]));
    expect(found).toEqual({ closed: 0, resolved: 0, open: 0, rejected: 0, merged: 0, channel: 0, assignments: 0, timeline: 0, rework: 0 });
  });

  it("lets every role log in and read its lists", async () => {
    const lists = `{ households(perPage: 1) { total } pointEntries(perPage: 1) { total } civicMatters(perPage: 1) { total }
                     activities(perPage: 1) { total } redemptions(perPage: 1) { total } }`;
    type Lists = Record<"households" | "pointEntries" | "civicMatters" | "activities" | "redemptions", { total: number }>;
    const read = async (username: string) => t.ok<Lists>(lists, {}, await t.login(username));
    const all = await read("admin");
    expect(all.households.total).toBe(result.counts.households);
    expect(all.civicMatters.total).toBe(result.counts.civic_matters);
    for (const username of ["district", "township", "t-t01", "village", "v-t0102"]) {
      const seen = await read(username);
      for (const [list, page] of Object.entries(seen)) expect(page.total, `${username} ${list}`).toBeGreaterThan(0);
    }
    const village = await read("village");
    expect(village.households.total).toBeLessThan(all.households.total);
    const resident = await read("r-t0101");
    expect(resident.households.total).toBe(1);
    expect(resident.pointEntries.total).toBeGreaterThan(0);
    const dept = await t.ok<{ civicMatters: { total: number } }>(`{ civicMatters(perPage: 1) { total } }`, {}, await t.login("d-t01-fw"));
    expect(dept.civicMatters.total).toBeGreaterThan(0);
  });

  it("is only generated into an empty database", async () => {
    await expect(seedScale(t.server.connection.db, { scale: "test", demoPassword })).rejects.toThrow(/already holds data/);
  });
});
