import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { households, pointRules, townships, users, villages } from "@cunwu/schema";
import { addDays, todayIn } from "@cunwu/server/common/dates";
import { startTestServer, type TestServer } from "../support/server";
import { errorCode, expectError, fieldsOf } from "../support/assert";
import { awardPoints, deductPoints, reversePointEntry } from "../support/ops/points";
import { cancelRedemption, closeExchangeEvent, createExchangeEvent, createProduct, redeem as redeemOp } from "../support/ops/shop";
import { postAtOnce } from "../support/ops/villages";

// pointsReport over a small hand-built set whose figures are known exactly;
// then the same report, and every village's 红黑榜 (pointsRanking; its own
// rules are tested in points-ranking.test.ts), over the seeded demo year.

const today = todayIn("Asia/Shanghai");
const D1 = addDays(today, -40);
const D2 = addDays(today, -20);
const D3 = addDays(today, -10);
const yesterday = addDays(today, -1);

const FIGURES = `pointsAwarded pointsDeducted pointsRedeemed pointsRefunded pointsReversed netRedeemed
  exchangeEventsHeld redeemingHouseholds redeemingPeople`;
const REPORT = `townshipId villageId from to ${FIGURES} villages villagesWithShop shopCoverage
  byVillage { villageId villageCode villageName townshipId townshipName hasShop ${FIGURES} }
  months { month from to ${FIGURES} }`;
const reportQuery = `query ($filter: PointsReportFilter) { pointsReport(filter: $filter) { ${REPORT} } }`;
const rankingQuery = `query ($v: ID!) {
  pointsRanking(villageId: $v, limit: 50) { size red { rank householdId earned deducted } black { rank householdId earned deducted } } }`;

interface Figures {
  pointsAwarded: number;
  pointsDeducted: number;
  pointsRedeemed: number;
  pointsRefunded: number;
  pointsReversed: number;
  netRedeemed: number;
  exchangeEventsHeld: number;
  redeemingHouseholds: number;
  redeemingPeople: number;
}
interface VillageRow extends Figures {
  villageId: string;
  villageCode: string;
  villageName: string;
  townshipId: string;
  townshipName: string;
  hasShop: boolean;
}
interface Report extends Figures {
  townshipId: string | null;
  villageId: string | null;
  from: string | null;
  to: string | null;
  villages: number;
  villagesWithShop: number;
  shopCoverage: number;
  byVillage: VillageRow[];
  months: (Figures & { month: string; from: string; to: string })[];
}
interface RankingRow {
  rank: number;
  householdId: string;
  earned: number;
  deducted: number;
}
interface RankingBoard {
  size: number;
  red: RankingRow[];
  black: RankingRow[];
}

/** Competition ranks (1, 1, 3) of rows already in order of `points`. */
const competitionRanks = (rows: RankingRow[], points: (r: RankingRow) => number) =>
  rows.map((r) => rows.findIndex((x) => points(x) === points(r)) + 1);

const zero: Figures = {
  pointsAwarded: 0,
  pointsDeducted: 0,
  pointsRedeemed: 0,
  pointsRefunded: 0,
  pointsReversed: 0,
  netRedeemed: 0,
  exchangeEventsHeld: 0,
  redeemingHouseholds: 0,
  redeemingPeople: 0,
};
const figuresOf = (row: Figures): Figures => Object.fromEntries(Object.keys(zero).map((k) => [k, row[k as keyof Figures]])) as unknown as Figures;

describe("points reports over a hand-built set", () => {
  let t: TestServer;
  const tokens: Record<string, string> = {};
  const village: Record<string, number> = {};
  const township: Record<string, number> = {};
  /** Active households of 石门村 (PC01), the resident's first. */
  let h: { id: number; number: string; headName: string; memberCount: number }[];
  let g0: { id: number; memberCount: number };
  let k0: number;

  const db = () => t.server.connection.db;
  const report = async (filter: Record<string, unknown> | null, token = tokens.admin) =>
    (await t.ok<{ pointsReport: Report }>(reportQuery, { filter }, token)).pointsReport;

  async function award(householdIds: number[], points: number, deedDate: string, token = tokens.village) {
    const { entries } = await awardPoints.ok(t, { householdIds, points, reason: "测试奖励", deedDate }, token);
    return entries.map((e) => e.id);
  }
  const deduct = async (householdId: number, ruleId: number, deedDate: string) =>
    (await deductPoints.ok(t, { householdId, ruleId, deedDate }, tokens.village)).id;
  const reverse = (entryId: string) => reversePointEntry.ok(t, { id: entryId, reason: "录入有误" }, tokens.village);
  const product = async (villageId: number, name: string, price: number, token: string) =>
    (await createProduct.ok(t, { villageId, name, unit: "袋", price, stock: 20 }, token)).id;
  const event = async (villageId: number, date: string, token: string) =>
    (await createExchangeEvent.ok(t, { villageId, date, title: `兑换活动 ${date}` }, token)).id;
  const redeem = (householdId: number, lines: [string, number][], eventId: string | null, token: string) =>
    redeemOp.ok(t, { householdId, lines: lines.map(([productId, quantity]) => ({ productId, quantity })), eventId }, token);

  beforeAll(async () => {
    t = await startTestServer();
    for (const name of ["admin", "district", "township", "village", "dept", "resident"]) tokens[name] = await t.login(name);
    for (const v of await db().select().from(villages)) village[v.code] = v.id;
    for (const ts of await db().select().from(townships)) township[ts.code] = ts.id;
    await postAtOnce(t, village.PC01!, tokens.admin!);
    const active = (code: string) =>
      db()
        .select({ id: households.id, number: households.number, headName: households.headName, memberCount: households.memberCount })
        .from(households)
        .where(and(eq(households.villageId, village[code]!), eq(households.status, "ACTIVE")))
        .orderBy(asc(households.id));
    h = await active("PC01");
    const [resident] = await db().select({ householdId: users.householdId }).from(users).where(eq(users.username, "resident"));
    expect(h[0]!.id).toBe(resident!.householdId);
    g0 = (await active("PC03"))[0]!;
    k0 = (await active("MB02"))[0]!.id;
    const [messy] = await db().select({ id: pointRules.id }).from(pointRules).where(eq(pointRules.name, "乱堆乱放"));

    // 石门村 (PC01), by its committee.
    const [, , h2Award] = await award([h[0]!.id, h[1]!.id, h[2]!.id], 10, D1);
    await award([h[0]!.id], 20, D2);
    await award([h[3]!.id], 5, D2);
    await award([h[4]!.id], 10, D3);
    const deduction = await deduct(h[1]!.id, messy!.id, D2); // −5
    await reverse(h2Award!); // −10, dated today
    await reverse(deduction); // +5, dated today
    const p1 = await product(village.PC01!, "洗衣粉", 7, tokens.village!);
    const p2 = await product(village.PC01!, "香皂", 3, tokens.village!);
    const e1 = await event(village.PC01!, D2, tokens.village!);
    await closeExchangeEvent.ok(t, { id: e1 }, tokens.village);
    const e2 = await event(village.PC01!, today, tokens.village!);
    await event(village.PC01!, addDays(today, 5), tokens.village!); // not held yet
    await redeem(h[0]!.id, [[p1, 2], [p2, 1]], e2, tokens.village!); // 17
    await redeem(h[1]!.id, [[p2, 2]], e2, tokens.village!); // 6
    const walkIn = await redeem(h[3]!.id, [[p2, 1]], null, tokens.village!); // 3, cancelled
    await cancelRedemption.ok(t, { id: walkIn.id, reason: "退货" }, tokens.village);

    // 白鹤村 (PC03, same township) and 上寨村 (MB02), by the district admin.
    await award([g0.id], 7, D3, tokens.admin);
    const p3 = await product(village.PC03!, "毛巾", 4, tokens.admin!);
    const e3 = await event(village.PC03!, D3, tokens.admin!);
    await closeExchangeEvent.ok(t, { id: e3 }, tokens.admin);
    await redeem(g0.id, [[p3, 1]], null, tokens.admin!); // 4
    await award([k0], 9, D1, tokens.admin);
    await event(village.MB02!, D1, tokens.admin!);
  });
  afterAll(() => t?.close());

  const pc01 = (): Figures => ({
    pointsAwarded: 30 + 20 + 5 + 10,
    pointsDeducted: 5,
    pointsRedeemed: 17 + 6 + 3,
    pointsRefunded: 3,
    pointsReversed: -10 + 5,
    netRedeemed: 23,
    exchangeEventsHeld: 2,
    redeemingHouseholds: 2,
    redeemingPeople: h[0]!.memberCount + h[1]!.memberCount,
  });
  const pc03 = (): Figures => ({
    ...zero,
    pointsAwarded: 7,
    pointsRedeemed: 4,
    netRedeemed: 4,
    exchangeEventsHeld: 1,
    redeemingHouseholds: 1,
    redeemingPeople: g0.memberCount,
  });
  const mb02: Figures = { ...zero, pointsAwarded: 9, exchangeEventsHeld: 1 };
  const sum = (...rows: Figures[]): Figures =>
    Object.fromEntries(Object.keys(zero).map((k) => [k, rows.reduce((s, r) => s + r[k as keyof Figures], 0)])) as unknown as Figures;

  it("states every figure for the whole district, with each village's row", async () => {
    const r = await report(null);
    expect(figuresOf(r)).toEqual(sum(pc01(), pc03(), mb02));
    expect(r).toMatchObject({ townshipId: null, villageId: null, from: null, to: null, villages: 6, villagesWithShop: 5 });
    expect(r.shopCoverage).toBeCloseTo(5 / 6, 10);
    expect(r.byVillage.map((v) => v.villageCode)).toEqual(["MB01", "MB02", "MB03", "PC01", "PC02", "PC03"]);
    const row = (code: string) => r.byVillage.find((v) => v.villageCode === code)!;
    expect(figuresOf(row("PC01"))).toEqual(pc01());
    expect(figuresOf(row("PC03"))).toEqual(pc03());
    expect(figuresOf(row("MB02"))).toEqual(mb02);
    for (const code of ["MB01", "MB03", "PC02"]) expect(figuresOf(row(code))).toEqual(zero);
    expect(row("PC01")).toMatchObject({
      villageId: String(village.PC01),
      villageName: "石门村",
      townshipId: String(township.PC),
      townshipName: "蒲池乡",
      hasShop: true,
    });
    expect(row("MB03").hasShop).toBe(false);
  });

  it("narrows to a township or a village", async () => {
    const pc = await report({ townshipId: String(township.PC) });
    expect(figuresOf(pc)).toEqual(sum(pc01(), pc03()));
    expect(pc).toMatchObject({ townshipId: String(township.PC), villageId: null, villages: 3, villagesWithShop: 3, shopCoverage: 1 });
    const mb = await report({ townshipId: String(township.MB) });
    expect(figuresOf(mb)).toEqual(mb02);
    expect(mb).toMatchObject({ villages: 3, villagesWithShop: 2 });
    expect(mb.shopCoverage).toBeCloseTo(2 / 3, 10);
    const one = await report({ villageId: String(village.PC01) });
    expect(figuresOf(one)).toEqual(pc01());
    expect(one).toMatchObject({ villageId: String(village.PC01), villages: 1, villagesWithShop: 1, shopCoverage: 1 });
    expect(one.byVillage).toHaveLength(1);
    const noShop = await report({ villageId: String(village.MB03) });
    expect(noShop).toMatchObject({ ...zero, villages: 1, villagesWithShop: 0, shopCoverage: 0 });
    // Both given: the village must lie in the township.
    expect(figuresOf(await report({ townshipId: String(township.PC), villageId: String(village.PC01) }))).toEqual(pc01());
    const mismatch = await t.gql(reportQuery, { filter: { townshipId: String(township.MB), villageId: String(village.PC01) } }, tokens.admin);
    expectError(mismatch, "BAD_USER_INPUT", { villageId: "INVALID" });
    const unknown = await t.gql(reportQuery, { filter: { villageId: "999999" } }, tokens.admin);
    expect(fieldsOf(unknown)).toEqual({ villageId: "NOT_FOUND" });
    const unknownTownship = await t.gql(reportQuery, { filter: { townshipId: "999999" } }, tokens.admin);
    expect(fieldsOf(unknownTownship)).toEqual({ townshipId: "NOT_FOUND" });
  });

  it("counts entries by deed date, redemptions by the day they were made, events held up to today", async () => {
    const pc = String(village.PC01);
    expect(figuresOf(await report({ villageId: pc, from: D2, to: D2 }))).toEqual({
      ...zero,
      pointsAwarded: 25,
      pointsDeducted: 5,
      exchangeEventsHeld: 1,
    });
    expect(figuresOf(await report({ villageId: pc, from: D1, to: D1 }))).toEqual({ ...zero, pointsAwarded: 30 });
    // Up to yesterday: the reversals, sales, refund and today's event are not in it.
    expect(figuresOf(await report({ villageId: pc, to: yesterday }))).toEqual({ ...zero, pointsAwarded: 65, pointsDeducted: 5, exchangeEventsHeld: 1 });
    // Today only.
    expect(figuresOf(await report({ villageId: pc, from: today, to: today }))).toEqual({
      ...zero,
      pointsRedeemed: 26,
      pointsRefunded: 3,
      pointsReversed: -5,
      netRedeemed: 23,
      exchangeEventsHeld: 1,
      redeemingHouseholds: 2,
      redeemingPeople: h[0]!.memberCount + h[1]!.memberCount,
    });
    // A period reaching into the future still counts only events already held.
    const ahead = await report({ villageId: pc, from: today, to: addDays(today, 30) });
    expect(ahead.exchangeEventsHeld).toBe(1);
    expect(ahead).toMatchObject({ from: today, to: addDays(today, 30) });
    expect(figuresOf(await report({ villageId: pc, from: addDays(today, 1) }))).toEqual(zero);
    const backwards = await t.gql(reportQuery, { filter: { from: today, to: yesterday } }, tokens.admin);
    expectError(backwards, "BAD_USER_INPUT", { from: "INVALID" });
  });

  it("states each month of the period as a report over exactly that month's days would", async () => {
    for (const area of [{ villageId: String(village.PC01) }, { townshipId: String(township.PC) }, {}]) {
      const r = await report({ ...area, from: D1, to: today });
      expect(r.months[0]!.from).toBe(D1);
      expect(r.months.at(-1)!.to).toBe(today);
      expect(r.months.map((m) => m.month)).toContain(D2.slice(0, 7));
      for (const m of r.months) expect(figuresOf(m), m.month).toEqual(figuresOf(await report({ ...area, from: m.from, to: m.to })));
    }
  });

  it("gives each role its own area and refuses any other", async () => {
    const all = await report(null);
    expect(await report(null, tokens.district)).toEqual(all);
    // Township staff (蒲池乡): their township by default, or one of its villages.
    const mine = await report(null, tokens.township);
    expect(mine.townshipId).toBe(String(township.PC));
    expect(figuresOf(mine)).toEqual(sum(pc01(), pc03()));
    expect(mine.byVillage.map((v) => v.villageCode)).toEqual(["PC01", "PC02", "PC03"]);
    expect(figuresOf(await report({ villageId: String(village.PC03) }, tokens.township))).toEqual(pc03());
    expect(errorCode(await t.gql(reportQuery, { filter: { townshipId: String(township.MB) } }, tokens.township))).toBe("FORBIDDEN");
    expect(errorCode(await t.gql(reportQuery, { filter: { villageId: String(village.MB02) } }, tokens.township))).toBe("FORBIDDEN");
    // The village committee (石门村): its own village only.
    const own = await report(null, tokens.village);
    expect(own).toMatchObject({ villageId: String(village.PC01), villages: 1 });
    expect(figuresOf(own)).toEqual(pc01());
    expect(figuresOf(await report({ townshipId: String(township.PC), villageId: String(village.PC01) }, tokens.village))).toEqual(pc01());
    expect(errorCode(await t.gql(reportQuery, { filter: { villageId: String(village.PC03) } }, tokens.village))).toBe("FORBIDDEN");
    expect(errorCode(await t.gql(reportQuery, { filter: { townshipId: String(township.PC) } }, tokens.village))).toBe("FORBIDDEN");
    // Residents and department staff get no report at all; nobody without logging in.
    expect(errorCode(await t.gql(reportQuery, {}, tokens.resident))).toBe("FORBIDDEN");
    expect(errorCode(await t.gql(reportQuery, {}, tokens.dept))).toBe("FORBIDDEN");
    expect(errorCode(await t.gql(reportQuery, {}))).toBe("UNAUTHENTICATED");
  });
});

describe("points reports over the seeded demo year", () => {
  let t: TestServer;
  let admin: string;
  beforeAll(async () => {
    // The seed's own speed is a figure of `pnpm bench api`, not a timed test.
    t = await startTestServer({ fixture: "demo-year" });
    admin = await t.login("admin");
  });
  afterAll(() => t?.close());

  it("seeds a year whose ledger reconciles", async () => {
    const { reconcileLedger } = await t.ok<{
      reconcileLedger: { householdsChecked: number; entriesChecked: number; mismatches: unknown[]; brokenEntries: unknown[] };
    }>(`{ reconcileLedger { householdsChecked entriesChecked mismatches { householdId } brokenEntries { entryId problem } } }`, {}, admin);
    expect(reconcileLedger.mismatches).toEqual([]);
    expect(reconcileLedger.brokenEntries).toEqual([]);
    expect(reconcileLedger.householdsChecked).toBe(200);
    expect(reconcileLedger.entriesChecked).toBeGreaterThan(3000);
    expect(reconcileLedger.entriesChecked).toBeLessThan(6000);
  });

  it("reports plausible figures that add up", async () => {
    const r = (await t.ok<{ pointsReport: Report }>(reportQuery, { filter: null }, admin)).pointsReport;
    expect(r).toMatchObject({ villages: 6, villagesWithShop: 5 });
    expect(r.shopCoverage).toBeCloseTo(5 / 6, 10);
    expect(r.pointsAwarded).toBeGreaterThan(5000);
    expect(r.pointsDeducted).toBeGreaterThan(0);
    expect(r.pointsRedeemed).toBeGreaterThan(2000);
    expect(r.pointsRedeemed).toBeLessThan(r.pointsAwarded);
    expect(r.pointsRefunded).toBeGreaterThan(0);
    expect(r.pointsReversed).not.toBe(0);
    expect(r.netRedeemed).toBe(r.pointsRedeemed - r.pointsRefunded);
    // About one event a month in each of the five shops; none in the village without one.
    expect(r.exchangeEventsHeld).toBeGreaterThanOrEqual(55);
    expect(r.exchangeEventsHeld).toBeLessThanOrEqual(65);
    expect(r.redeemingHouseholds).toBeGreaterThan(50);
    expect(r.redeemingHouseholds).toBeLessThanOrEqual(200);
    expect(r.redeemingPeople).toBeGreaterThan(r.redeemingHouseholds);
    const noShop = r.byVillage.find((v) => !v.hasShop)!;
    expect(noShop).toMatchObject({ pointsRedeemed: 0, exchangeEventsHeld: 0, redeemingHouseholds: 0 });
    expect(noShop.pointsAwarded).toBeGreaterThan(0);
    // Each household redeems in its own village only, so even the households add up.
    for (const k of Object.keys(zero) as (keyof Figures)[]) expect(r.byVillage.reduce((s, v) => s + v[k], 0), k).toBe(r[k]);
    // Every village's 红黑榜 keeps its rule over a real year (the demo:
    // a +124 household was on both lists and half the village on the black).
    for (const v of r.byVillage) {
      const board = (await t.ok<{ pointsRanking: RankingBoard }>(rankingQuery, { v: v.villageId }, admin)).pointsRanking;
      expect(board.size, v.villageCode).toBe(10);
      const onRed = new Set(board.red.map((row) => row.householdId));
      expect(board.black.filter((row) => onRed.has(row.householdId)), v.villageCode).toEqual([]);
      expect(board.red.every((row) => row.earned > 0 && row.rank <= 10)).toBe(true);
      expect(board.black.every((row) => row.deducted > 0 && row.earned <= 0 && row.rank <= 10)).toBe(true);
      expect(board.red.map((row) => row.rank)).toEqual(competitionRanks(board.red, (row) => row.earned));
      expect(board.black.map((row) => row.rank)).toEqual(competitionRanks(board.black, (row) => row.deducted));
      expect(board.red[0]!.earned).toBeGreaterThan(0);
    }
    // The last month is part of the year.
    const month = (await t.ok<{ pointsReport: Report }>(reportQuery, { filter: { from: addDays(today, -30), to: yesterday } }, admin)).pointsReport;
    expect(month.pointsAwarded).toBeGreaterThan(0);
    expect(month.pointsAwarded).toBeLessThan(r.pointsAwarded);
    expect(month.exchangeEventsHeld).toBeGreaterThanOrEqual(1);
    expect(month.exchangeEventsHeld).toBeLessThanOrEqual(10);
  });
});
