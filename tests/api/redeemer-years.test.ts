// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { addDays, todayIn } from "@cunwu/server/common/dates";
import { rowsOf } from "@cunwu/server/db/rows";
import { lastDayOf } from "@cunwu/server/reports/period";
import { alignDistrictTimezone, rebuildRedeemerYears } from "@cunwu/server/points/rollups";
import { updateHousehold } from "../support/ops/households";
import { startTestServer, type TestServer } from "../support/server";

// The reports' distinct redeeming households and people come from the
// redeemer_years rollup (kept by the ledger's triggers) and, for the days at
// a period's ends, from the redemptions. Over the seeded demo year (sales
// and cancellations through the services): every slice of pointsReport
// equals the same figure counted straight from the redemptions, for whole
// and cut periods; a member count's change, a zone's change and a rebuild
// keep the rollup equal to its recomputation.

const zone = "Asia/Shanghai";
const today = todayIn(zone);
const thisYear = Number(today.slice(0, 4));
const FIGURES = "redeemingHouseholds redeemingPeople";
const report = `query ($f: PointsReportFilter) { pointsReport(filter: $f) {
  ${FIGURES} byVillage { villageId ${FIGURES} } months { month ${FIGURES} } } }`;
const RECONCILE = `{ reconcileLedger { redeemerYearMismatches { householdId year storedCounts redemptionCounts storedPeople people }
  redeemerMonthMismatches { villageId year month storedHouseholds households storedPeople people } } }`;

let t: TestServer;
let admin: string;
const db = () => t.server.connection.db;

beforeAll(async () => {
  t = await startTestServer({ fixture: "demo-year" });
  admin = await t.login("admin");
});
afterAll(() => t?.close());

type Figures = { households: number; people: number };
interface Counted {
  total: Figures;
  byVillage: Map<string, Figures>;
  byMonth: Map<string, Figures>;
}

/** The figures counted straight from the redemptions not cancelled, made in the period's district days. */
async function countedFromRedemptions(from: string | null, to: string | null, timezone = zone): Promise<Counted> {
  const made = sql`r.status = 'COMPLETED'
    and (${from}::date is null or r.created_at >= (${from}::date)::timestamp at time zone ${timezone})
    and (${to}::date is null or r.created_at < (${to}::date + 1)::timestamp at time zone ${timezone})`;
  const slice = async (key: ReturnType<typeof sql>) =>
    rowsOf<{ key: string | null; households: string; people: string }>(
      await db().execute(sql`
        select key, count(*) as households, sum(people) as people from (
          select distinct ${key} as key, r.household_id, h.member_count as people
          from redemptions r join households h on h.id = r.household_id where ${made}) d
        group by key`),
    );
  const figures = (row: { households: string; people: string }): Figures => ({ households: Number(row.households), people: Number(row.people) });
  const [total] = await slice(sql`null::text`);
  return {
    total: total ? figures(total) : { households: 0, people: 0 },
    byVillage: new Map((await slice(sql`r.village_id::text`)).map((row) => [row.key!, figures(row)])),
    byMonth: new Map((await slice(sql`to_char(r.created_at at time zone ${timezone}, 'YYYY-MM')`)).map((row) => [row.key!, figures(row)])),
  };
}

/** pointsReport's redeemer figures in the same shape (villages and months without redeemers left out). */
async function reported(from: string | null, to: string | null): Promise<Counted> {
  const { pointsReport: r } = await t.ok<any>(report, { f: { from, to } }, admin);
  const figures = (row: any): Figures => ({ households: row.redeemingHouseholds, people: row.redeemingPeople });
  const some = (rows: [string, Figures][]) => new Map(rows.filter(([, f]) => f.households > 0));
  return {
    total: figures(r),
    byVillage: some(r.byVillage.map((v: any) => [v.villageId, figures(v)])),
    byMonth: some(r.months.map((m: any) => [m.month, figures(m)])),
  };
}

const mismatches = async () => (await t.ok<any>(RECONCILE, {}, admin)).reconcileLedger.redeemerYearMismatches;
/** The counts by village and month (migrations/0019) that differ from the rollup counted again. */
const countsOff = async () => (await t.ok<any>(RECONCILE, {}, admin)).reconcileLedger.redeemerMonthMismatches;

describe("redeeming households and people, from the rollup", () => {
  const y = thisYear;
  /** A district day with sales, halfway through the demo year's redemptions. */
  let d = "";
  beforeAll(async () => {
    d = rowsOf<{ day: string }>(
      await db().execute(sql`select to_char(created_at at time zone ${zone}, 'YYYY-MM-DD') as day from redemptions
        order by created_at offset (select count(*) / 2 from redemptions) limit 1`),
    )[0]!.day;
  });
  it.each([
    ["a whole year (the one of a day with sales)", () => [`${d.slice(0, 4)}-01-01`, `${d.slice(0, 4)}-12-31`]],
    ["one whole month with sales", () => [`${d.slice(0, 7)}-01`, lastDayOf(d.slice(0, 7))]],
    ["whole months within one year, not all of it", () => [`${d.slice(0, 4)}-01-01`, d.slice(5, 7) === "12" ? `${d.slice(0, 4)}-11-30` : lastDayOf(d.slice(0, 7))]],
    ["last year and this, cut mid-month at both ends", () => [`${y - 1}-03-17`, `${y}-02-09`]],
    ["whole months across the new year", () => [`${y - 1}-11-01`, `${y}-01-31`]],
    ["a week around a day with sales", () => [addDays(d, -3), addDays(d, 3)]],
    ["one day with sales", () => [d, d]],
    ["everything up to a day with sales (open start)", () => [null, d]],
    ["everything from a day with sales (open end)", () => [d, null]],
    ["everything", () => [null, null]],
  ] as [string, () => [string | null, string | null]][])("%s: every slice equals the count from the redemptions", async (_name, period) => {
    const [from, to] = period();
    const expected = await countedFromRedemptions(from, to);
    expect(expected.total.households, "the demo year has redemptions in each period").toBeGreaterThan(0);
    expect(await reported(from, to)).toEqual(expected);
  });

  it("has something to count: the demo year's redemptions and cancellations", async () => {
    const [row] = rowsOf<{ completed: string; cancelled: string; rollup: string }>(
      await db().execute(sql`select count(*) filter (where status = 'COMPLETED') as completed, count(*) filter (where status = 'CANCELLED') as cancelled,
        (select count(*) from redeemer_years) as rollup from redemptions`),
    );
    expect(Number(row!.completed)).toBeGreaterThan(100);
    expect(Number(row!.cancelled)).toBeGreaterThan(0);
    expect(Number(row!.rollup)).toBeGreaterThan(50);
    expect(await mismatches()).toEqual([]);
    expect(await countsOff()).toEqual([]);
  });

  it("counts a household's people as its roll stands now, after its member count changes", async () => {
    const [h] = rowsOf<{ id: number; member_count: number }>(
      await db().execute(sql`select h.id, h.member_count from households h
        where exists (select 1 from redemptions r where r.household_id = h.id and r.status = 'COMPLETED'
          and r.created_at >= (${`${y - 1}-01-01`}::date)::timestamp at time zone ${zone}) order by h.id limit 1`),
    );
    const from = `${y - 1}-01-01`;
    const before = await reported(from, null);
    await updateHousehold.ok(t, { id: h!.id, input: { memberCount: h!.member_count + 3 } }, admin);
    const after = await reported(from, null);
    expect(after.total).toEqual({ households: before.total.households, people: before.total.people + 3 });
    expect(after).toEqual(await countedFromRedemptions(from, null));
    expect(await mismatches()).toEqual([]);
    expect(await countsOff()).toEqual([]);
  });
});

describe("keeping the rollup", () => {
  it("is reported by reconcileLedger when a row is off, and a rebuild recomputes it", async () => {
    const [row] = rowsOf<{ household_id: number; year: number; counts: number[]; people: number }>(
      await db().execute(sql`select household_id, year, counts, people from redeemer_years where months <> 0 order by household_id, year limit 1`),
    );
    await db().execute(sql`update redeemer_years set counts = add_month_counts(counts, month_counts(1, 2)) where household_id = ${row!.household_id} and year = ${row!.year}`);
    const stored = row!.counts.map(Number);
    stored[0] = stored[0]! + 2;
    expect(await mismatches()).toEqual([
      { householdId: String(row!.household_id), year: row!.year, storedCounts: stored, redemptionCounts: row!.counts.map(Number), storedPeople: row!.people, people: row!.people },
    ]);
    const [{ n } = { n: 0 }] = rowsOf<{ n: string }>(await db().execute(sql`select count(*) as n from redeemer_years_recomputed`));
    expect(await rebuildRedeemerYears(db())).toBe(Number(n));
    expect(await mismatches()).toEqual([]);
    expect(await countsOff()).toEqual([]);
  });

  it("is reported when a village's count is off, and the rebuild counts again", async () => {
    const [row] = rowsOf<{ village_id: number; year: number; households: number; people: number }>(
      await db().execute(sql`select village_id, year, sum(households)::int as households, sum(people)::int as people from redeemer_month_counts
        where month = 0 group by 1, 2 having sum(households) > 0 order by 1, 2 limit 1`),
    );
    await db().execute(sql`update redeemer_month_counts set households = households + 1
      where (village_id, year, month, slot) = (select village_id, year, month, min(slot) from redeemer_month_counts
        where village_id = ${row!.village_id} and year = ${row!.year} and month = 0 group by 1, 2, 3)`);
    await db().execute(sql`delete from redeemer_month_counts where village_id = ${row!.village_id} and year = ${row!.year} and month between 1 and 12`);
    const off = await countsOff();
    expect(off[0]).toEqual({
      villageId: String(row!.village_id),
      year: row!.year,
      month: 0,
      storedHouseholds: row!.households + 1,
      households: row!.households,
      storedPeople: row!.people,
      people: row!.people,
    });
    // The months deleted: each one with redeemers is named, stored as none.
    expect(off.slice(1).every((m: { month: number; storedHouseholds: number; households: number }) => m.month > 0 && m.storedHouseholds === 0 && m.households > 0)).toBe(true);
    expect(off.length).toBeGreaterThan(1);
    await rebuildRedeemerYears(db());
    expect(await countsOff()).toEqual([]);
  });

  it("dates redemptions in the configured zone: a change of zone rebuilds it, the same zone leaves it", async () => {
    // A sale at 20:00 UTC on 31 March is 1 April in Shanghai and 31 March in Los Angeles.
    const [sale] = rowsOf<{ id: number; household_id: number }>(
      await db().execute(sql`
        insert into redemptions (household_id, village_id, total, idempotency_key, recorded_by, created_at)
        select h.id, h.village_id, 1, 'redeemer-years-zone', (select id from users order by id limit 1), ${`${thisYear}-03-31T20:00:00Z`}::timestamptz
        from households h where h.status = 'ACTIVE' order by h.id limit 1
        returning id, household_id`),
    );
    const monthsOf = async () =>
      Number(
        rowsOf<{ months: number }>(await db().execute(sql`select months from redeemer_years where household_id = ${sale!.household_id} and year = ${thisYear}`))[0]
          ?.months ?? 0,
      );
    const march = 1 << 2;
    const april = 1 << 3;
    try {
      expect(await alignDistrictTimezone(db(), "America/Los_Angeles")).toBe(true);
      expect(rowsOf<{ zone: string }>(await db().execute(sql`select district_timezone() as zone`))[0]!.zone).toBe("America/Los_Angeles");
      expect((await monthsOf()) & march).toBe(march);
      expect(await mismatches()).toEqual([]);
      expect(await countsOff()).toEqual([]);
      expect(await alignDistrictTimezone(db(), zone)).toBe(true);
      expect((await monthsOf()) & april).toBe(april);
      expect(await alignDistrictTimezone(db(), zone)).toBe(false);
      expect(await mismatches()).toEqual([]);
    } finally {
      await db().execute(sql`delete from redemptions where id = ${sale!.id}`);
      await alignDistrictTimezone(db(), zone);
      await rebuildRedeemerYears(db());
    }
  });
});
