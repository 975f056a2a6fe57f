import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayIn } from "@cunwu/server/common/dates";
import { startTestServer, type TestServer } from "../support/server";

// The same figure, for the same year and area, is the same number in
// pointsReport, civicReport and districtReport, and each monthly series adds
// up to its year: over the seeded demo year, for the district, a township
// and a village, in the last two calendar years (both hold part of it).

type Json = Record<string, any>;
const today = todayIn("Asia/Shanghai");
const thisYear = Number(today.slice(0, 4));

const POINTS = `pointsAwarded pointsDeducted pointsRedeemed pointsRefunded pointsReversed netRedeemed
  exchangeEventsHeld redeemingHouseholds redeemingPeople`;
/** Figures whose months add up to the period (households count once per month instead). */
const additive = ["pointsAwarded", "pointsDeducted", "pointsRedeemed", "pointsRefunded", "pointsReversed", "netRedeemed", "exchangeEventsHeld"];
const pointsQuery = `query ($f: PointsReportFilter) { pointsReport(filter: $f) {
  ${POINTS} villages villagesWithShop shopCoverage months { month from to ${POINTS} } } }`;
const RATE = "{ numerator denominator rate }";
const CIVIC = `received byChannel { channel count } resolutionRate ${RATE} satisfactionRate ${RATE}`;
const civicQuery = `query ($f: CivicReportFilter) { civicReport(filter: $f) { ${CIVIC} months { month from to ${CIVIC} } } }`;
const COUNT = "{ value monthly }";
const DRATE = "{ numerator denominator rate monthlyNumerator monthlyDenominator }";
const districtQuery = `query ($y: Int!, $t: ID, $v: ID) { districtReport(year: $y, townshipId: $t, villageId: $v) {
  shop { villages { value } villagesWithShop { value } shopCoverage { rate } exchangeEvents ${COUNT}
    pointsRedeemed ${COUNT} pointsRefunded ${COUNT} netRedeemed ${COUNT} redeemingHouseholds ${COUNT} redeemingPeople ${COUNT} }
  civic { received ${COUNT} byChannel { direct ${COUNT} lead ${COUNT} joint ${COUNT} supervised ${COUNT} unassigned ${COUNT} }
    resolutionRate ${DRATE} satisfactionRate ${DRATE} } } }`;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

let t: TestServer;
let admin: string;
/** The areas compared; the township and village are picked once the server runs. */
const areas: Record<"district" | "township" | "village", { townshipId?: string; villageId?: string }> = { district: {}, township: {}, village: {} };

beforeAll(async () => {
  t = await startTestServer({ fixture: "demo-year" });
  admin = await t.login("admin");
  // The village that redeemed most over the whole history, and its township.
  const { pointsReport } = await t.ok<{ pointsReport: Json }>(
    `{ pointsReport { byVillage { villageId townshipId pointsRedeemed } } }`,
    {},
    admin,
  );
  const busiest = [...pointsReport.byVillage].sort((a, b) => b.pointsRedeemed - a.pointsRedeemed)[0];
  areas.township = { townshipId: busiest.townshipId };
  areas.village = { villageId: busiest.villageId };
});
afterAll(() => t?.close());

describe.each([thisYear - 1, thisYear])("the reports of %i agree", (year) => {
  it.each(["district", "township", "village"] as const)("for the %s", async (name) => {
    const area = areas[name];
    const filter = { from: `${year}-01-01`, to: `${year}-12-31`, townshipId: area.townshipId, villageId: area.villageId };
    const p = (await t.ok<{ pointsReport: Json }>(pointsQuery, { f: filter }, admin)).pointsReport;
    const c = (await t.ok<{ civicReport: Json }>(civicQuery, { f: filter }, admin)).civicReport;
    const d = (await t.ok<{ districtReport: Json }>(districtQuery, { y: year, t: area.townshipId, v: area.villageId }, admin)).districtReport;

    // Twelve months, January first, each its own days.
    const names = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
    for (const months of [p.months, c.months]) {
      expect(months.map((m: Json) => m.month)).toEqual(names);
      expect(months.map((m: Json) => m.to)).toEqual(names.map((n, i) => `${n}-${lastDay(year, i + 1)}`));
    }

    // Points: pointsReport and districtReport, year and months; months add up.
    for (const key of additive) expect(sum(p.months.map((m: Json) => m[key])), key).toBe(p[key]);
    for (const m of p.months) expect(m.redeemingHouseholds).toBeLessThanOrEqual(p.redeemingHouseholds);
    const series = (key: string) => ({ value: p[key], monthly: p.months.map((m: Json) => m[key]) });
    expect(d.shop.pointsRedeemed).toEqual(series("pointsRedeemed"));
    expect(d.shop.pointsRefunded).toEqual(series("pointsRefunded"));
    expect(d.shop.netRedeemed).toEqual(series("netRedeemed"));
    expect(d.shop.exchangeEvents).toEqual(series("exchangeEventsHeld"));
    expect(d.shop.redeemingHouseholds).toEqual(series("redeemingHouseholds"));
    expect(d.shop.redeemingPeople).toEqual(series("redeemingPeople"));
    expect(d.shop.villages.value).toBe(p.villages);
    expect(d.shop.villagesWithShop.value).toBe(p.villagesWithShop);
    expect(d.shop.shopCoverage.rate).toBe(p.shopCoverage);

    // Civic: civicReport and districtReport, year and months; months add up.
    expect(sum(c.months.map((m: Json) => m.received))).toBe(c.received);
    expect(d.civic.received).toEqual({ value: c.received, monthly: c.months.map((m: Json) => m.received) });
    const channelKeys = { direct: "DIRECT", lead: "LEAD", joint: "JOINT", supervised: "SUPERVISED", unassigned: null } as const;
    for (const [key, channel] of Object.entries(channelKeys)) {
      const countIn = (r: Json) => r.byChannel.find((b: Json) => b.channel === channel).count;
      expect(d.civic.byChannel[key], key).toEqual({ value: countIn(c), monthly: c.months.map(countIn) });
    }
    for (const key of ["resolutionRate", "satisfactionRate"]) {
      const rate = c[key];
      expect(d.civic[key], key).toEqual({
        ...rate,
        monthlyNumerator: c.months.map((m: Json) => m[key].numerator),
        monthlyDenominator: c.months.map((m: Json) => m[key].denominator),
      });
      expect(sum(d.civic[key].monthlyNumerator), key).toBe(rate.numerator);
      expect(sum(d.civic[key].monthlyDenominator), key).toBe(rate.denominator);
    }

    // The demo year leaves something to compare in the year holding most of it.
    if (year === thisYear) {
      expect(p.pointsRedeemed).toBeGreaterThan(0);
      expect(p.redeemingHouseholds).toBeGreaterThan(0);
      expect(c.received).toBeGreaterThan(0);
      expect(c.satisfactionRate.denominator).toBeGreaterThan(0);
    }
  });
});

describe("a month of a report", () => {
  it("states what a report over exactly that month's days states", async () => {
    const filter = { from: `${thisYear}-01-01`, to: `${thisYear}-12-31`, ...areas.township };
    const c = (await t.ok<{ civicReport: Json }>(civicQuery, { f: filter }, admin)).civicReport;
    for (const { month, from, to, ...figures } of c.months) {
      const alone = (await t.ok<{ civicReport: Json }>(civicQuery, { f: { ...areas.township, from, to } }, admin)).civicReport;
      const { months: _, ...aloneFigures } = alone;
      expect(figures, month).toEqual(aloneFigures);
    }
  });
});

describe("months of an open period", () => {
  it("run from the first month with a record to the current month, and add up to the whole", async () => {
    const p = (await t.ok<{ pointsReport: Json }>(pointsQuery, { f: null }, admin)).pointsReport;
    const c = (await t.ok<{ civicReport: Json }>(civicQuery, { f: null }, admin)).civicReport;
    for (const months of [p.months, c.months]) {
      expect(months.at(-1).month).toBe(today.slice(0, 7));
      expect(months[0].from).toBe(`${months[0].month}-01`);
      // Consecutive months, none missing.
      for (let i = 1; i < months.length; i++) expect(months[i].from > months[i - 1].to).toBe(true);
    }
    expect(p.months.length).toBeGreaterThanOrEqual(12);
    for (const key of additive) expect(sum(p.months.map((m: Json) => m[key])), key).toBe(p[key]);
    expect(sum(c.months.map((m: Json) => m.received))).toBe(c.received);
    // A period cut mid-month cuts its first and last months to its days.
    const cut = (await t.ok<{ pointsReport: Json }>(pointsQuery, { f: { from: `${thisYear}-03-15`, to: `${thisYear}-05-10` } }, admin)).pointsReport;
    expect(cut.months.map((m: Json) => [m.month, m.from, m.to])).toEqual([
      [`${thisYear}-03`, `${thisYear}-03-15`, `${thisYear}-03-31`],
      [`${thisYear}-04`, `${thisYear}-04-01`, `${thisYear}-04-30`],
      [`${thisYear}-05`, `${thisYear}-05-01`, `${thisYear}-05-10`],
    ]);
    for (const key of additive) expect(sum(cut.months.map((m: Json) => m[key])), key).toBe(cut[key]);
  });
});
