import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { sql } from "drizzle-orm";
import { districtToday, formatPoints } from "../../admin/src/common/format";
import { formatPercent, formatRatio } from "../../admin/src/charts/scale";
import { hasChromium, launchBrowser } from "../support/browser";
import { testDatabaseKind } from "../support/database";
import type { TestServer } from "../support/server";
import { rowsOf } from "../support/assert";
import { desktop, numberIn, open, phone, see, shoot, shootBothSizes, signedIn, startDemoServer, waitIdle, type ConsolePage, settle } from "../support/console/pages";

// The dashboard per role and the printable pages, each figure checked
// against the same report asked over GraphQL as the same user: a screen
// that counted something itself would show another number.

const run = hasChromium && testDatabaseKind === "pglite";

interface Rate {
  numerator: number;
  denominator: number;
  rate: number;
}
interface PointsReport {
  pointsAwarded: number;
  pointsRedeemed: number;
  pointsRefunded: number;
  netRedeemed: number;
  pointsDeducted: number;
  redeemingHouseholds: number;
  redeemingPeople: number;
  exchangeEventsHeld: number;
  villages: number;
  villagesWithShop: number;
  shopCoverage: number;
}
interface CivicReport {
  received: number;
  overdue: number;
  resolutionRate: Rate;
  onTimeRate: Rate;
  followUpRate: Rate;
  satisfactionRate: Rate;
  reworkRate: Rate;
  byChannel: { channel: string | null; count: number }[];
}
interface RankingRow {
  rank: number;
  householdNumber: string;
  headName: string;
  earned: number;
  deducted: number;
}
interface RankingBoard {
  size: number;
  rule: { zh: string };
  red: RankingRow[];
  black: RankingRow[];
}
const boardQuery = `query ($v: ID!, $from: LocalDate, $to: LocalDate, $l: Int) { pointsRanking(villageId: $v, from: $from, to: $to, limit: $l) {
  size rule { zh } red { rank householdNumber headName earned deducted } black { rank householdNumber headName earned deducted } } }`;

const year = Number(districtToday().slice(0, 4));
const month = Number(districtToday().slice(5, 7));
const pad = (n: number) => String(n).padStart(2, "0");
const yearFilter = (y = year) => ({ from: `${y}-01-01`, to: `${y}-12-31` });
const monthFilter = (m: number) => ({ from: `${year}-${pad(m)}-01`, to: `${year}-${pad(m)}-${pad(new Date(Date.UTC(year, m, 0)).getUTCDate())}` });
const RATE = "{ numerator denominator rate }";

describe.skipIf(!run)("the dashboard and the printable pages", () => {
  let server: TestServer;
  let browser: Browser;
  const tokens: Record<string, string> = {};
  const pages = new Map<string, ConsolePage>();

  /**
   * Units beyond the demo's, each with one open 联办 part on a matter of this
   * year still being worked on: more units with work in hand than
   * 各单位办理情况 shows at first (ten). Written by SQL: these rows are what
   * civicReport counts; the workflow that makes them is tested in api/.
   */
  const addUnitsWithWork = async (count: number) => {
    const added = rowsOf<{ id: number }>(
      await server.server.connection.db.execute(sql`
        with units as (
          insert into departments (code, name, kind)
          select 'E2E-' || g, '联办测试单位' || g, 'DISTRICT' from generate_series(1, ${count}::int) g
          returning id
        ), matter as (
          select id from civic_matters where status in ('ASSIGNED', 'IN_PROGRESS') and received_at >= ${`${year}-01-02`}::date order by id limit 1
        )
        insert into matter_assignments (matter_id, role, department_id, state, due_date)
        select matter.id, 'CO_UNIT', units.id, 'PENDING', current_date + 7 from units, matter
        returning id`),
    );
    expect(added, "the demo year has a matter still being worked on").toHaveLength(count);
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    for (const user of ["district", "township", "village", "dept"]) tokens[user] = await server.login(user);
    await addUnitsWithWork(11);
  });
  afterAll(async () => {
    expect([...pages.values()].flatMap((p) => p.errors)).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  /** The signed-in page of a demo user, opened once and reused. */
  const as = async (username: string, viewport = desktop): Promise<Page> => {
    if (!pages.has(username)) pages.set(username, await signedIn(browser, server.url, username, viewport));
    return pages.get(username)!.page;
  };

  const pointsReport = async (user: string, filter: Record<string, unknown>) =>
    (
      await server.ok<{ pointsReport: PointsReport }>(
        `query ($f: PointsReportFilter) { pointsReport(filter: $f) {
          pointsAwarded pointsRedeemed pointsRefunded netRedeemed pointsDeducted redeemingHouseholds redeemingPeople exchangeEventsHeld villages villagesWithShop shopCoverage } }`,
        { f: filter },
        tokens[user],
      )
    ).pointsReport;

  const civicReport = async (user: string, filter: Record<string, unknown>) =>
    (
      await server.ok<{ civicReport: CivicReport }>(
        `query ($f: CivicReportFilter) { civicReport(filter: $f) {
          received overdue byChannel { channel count } resolutionRate ${RATE} onTimeRate ${RATE} followUpRate ${RATE}
          satisfactionRate ${RATE} reworkRate ${RATE} } }`,
        { f: filter },
        tokens[user],
      )
    ).civicReport;

  const figure = async (page: Page, id: string) => (await page.getByTestId(`figure-${id}`).innerText()).trim();

  /** The dashboard's points figures are exactly the report's. */
  const expectPointsFigures = async (page: Page, report: PointsReport) => {
    await page.getByTestId("figure-pointsAwarded").waitFor();
    await expect.poll(async () => numberIn(await figure(page, "pointsAwarded")), settle).toBe(report.pointsAwarded);
    await expect.poll(async () => numberIn(await figure(page, "netRedeemed")), settle).toBe(report.netRedeemed);
    // Net, with the gross and the refunds it is made of, worded as the district print words them.
    expect(await figure(page, "netRedeemed-detail")).toBe(`兑换 ${formatPoints(report.pointsRedeemed, "zh-CN")} − 退回 ${formatPoints(report.pointsRefunded, "zh-CN")}`);
    await expect.poll(async () => numberIn(await figure(page, "pointsDeducted")), settle).toBe(report.pointsDeducted);
    await expect.poll(async () => numberIn(await figure(page, "redeemingHouseholds")), settle).toBe(report.redeemingHouseholds);
    await expect.poll(async () => numberIn(await figure(page, "redeemingPeople")), settle).toBe(report.redeemingPeople);
    await expect.poll(async () => numberIn(await figure(page, "exchangeEventsHeld")), settle).toBe(report.exchangeEventsHeld);
  };

  /** Every civic rate as a percentage with its numerator and denominator under it. */
  const expectCivicFigures = async (page: Page, report: CivicReport) => {
    await page.getByTestId("figure-civicReceived").waitFor();
    await expect.poll(async () => numberIn(await figure(page, "civicReceived")), settle).toBe(report.received);
    await expect.poll(async () => numberIn(await figure(page, "civicOverdue")), settle).toBe(report.overdue);
    for (const id of ["resolutionRate", "onTimeRate", "followUpRate", "satisfactionRate", "reworkRate"] as const) {
      const rate = report[id];
      expect(await figure(page, `${id}-detail`)).toBe(`${formatPoints(rate.numerator, "zh-CN")}/${formatPoints(rate.denominator, "zh-CN")}`);
      expect(await figure(page, id)).toBe(rate.denominator === 0 ? "—" : formatPercent(rate.rate));
    }
  };

  /**
   * 各单位办理情况 is civicReport's departmentWorkload: the units with any
   * figure, the most overdue first, ten until 全部 is pressed (and again
   * after 只看前 10 个).
   */
  const expectUnitWorkload = async (page: Page, user: string, filter: Record<string, unknown>) => {
    type Unit = { name: string; open: number; overdue: number; partsUnreported: number; supervisionsOverdue: number };
    const { civicReport: report } = await server.ok<{ civicReport: { departmentWorkload: Unit[] } }>(
      `query ($f: CivicReportFilter) { civicReport(filter: $f) { departmentWorkload { name open overdue partsUnreported supervisionsOverdue } } }`,
      { f: filter },
      tokens[user],
    );
    const figures = (u: Unit) => [u.open, u.overdue, u.partsUnreported, u.supervisionsOverdue];
    const expected = report.departmentWorkload
      .filter((u) => figures(u).some((n) => n > 0))
      .sort((a, b) => b.overdue - a.overdue || b.supervisionsOverdue - a.supervisionsOverdue || b.partsUnreported - a.partsUnreported || b.open - a.open)
      .map((u) => [u.name, ...figures(u).map(String)]);
    expect(expected.length, "the demo year leaves units with work in hand").toBeGreaterThan(0);
    const table = page.getByTestId("unit-workload");
    await see(page, "各单位办理情况");
    expect(await table.locator("thead th").allInnerTexts()).toEqual(["单位", "办理中", "已逾期", "联办未报送", "督办超期"]);
    const shown = async () => (await table.locator("tbody tr").allInnerTexts()).map((row) => row.split("\t").map((cell) => cell.trim()));
    // Only the names may tie in order; compare as the sort leaves them.
    await expect.poll(shown, settle).toEqual(expected.slice(0, 10));
    expect(expected.length, "more units with work than the table shows at first").toBeGreaterThan(10);
    await page.getByRole("button", { name: `全部 ${expected.length} 个单位` }).click();
    await expect.poll(shown, settle).toEqual(expected);
    await page.getByRole("button", { name: "只看前 10 个" }).click();
    await expect.poll(shown, settle).toEqual(expected.slice(0, 10));
  };

  /** The tooltips of a chart's bars: "11月 · 奖励积分: 1,234". */
  const barTitles = async (page: Page, chart: string) => page.locator(`[data-testid="${chart}"] rect > title`).allTextContents();

  it("shows district staff the district's year: points, civic rates with what they are made of, volunteers, charts", async () => {
    const page = await as("district");
    const points = await pointsReport("district", yearFilter());
    expect(points.pointsAwarded).toBeGreaterThan(0); // the demo year has awards: the comparison means something
    await expectPointsFigures(page, points);
    expect(await figure(page, "shopCoverage")).toBe(formatPercent(points.shopCoverage));
    expect(await figure(page, "shopCoverage-detail")).toBe(`${points.villagesWithShop}/${points.villages} 个村`);

    const civic = await civicReport("district", yearFilter());
    expect(civic.received).toBeGreaterThan(0);
    await expectCivicFigures(page, civic);
    await see(page, "办结率");
    await expectUnitWorkload(page, "district", yearFilter());

    // This month's bars are this month's reports.
    const thisMonth = await pointsReport("district", monthFilter(month));
    const titles = await barTitles(page, "points-chart");
    expect(titles).toHaveLength(24);
    expect(titles).toContain(`${month}月 · 奖励积分: ${formatPoints(thisMonth.pointsAwarded, "zh-CN")}`);
    expect(titles).toContain(`${month}月 · 净兑换积分: ${formatPoints(thisMonth.netRedeemed, "zh-CN")}`);
    const civicMonth = await civicReport("district", monthFilter(month));
    expect(await barTitles(page, "civic-chart")).toContain(`${month}月 · 受理: ${civicMonth.received}`);
    // The channel mix states each channel's count and share as text.
    const direct = civic.byChannel.find((c) => c.channel === "DIRECT")?.count ?? 0;
    await expect.poll(() => page.getByTestId("channel-chart").innerText(), settle).toContain(`直办${direct} · ${formatPercent(direct / civic.received)}`);

    const { districtReport } = await server.ok<{ districtReport: { volunteer: { activitiesHeld: { value: number }; participations: { value: number } } } }>(
      `query ($y: Int!) { districtReport(year: $y) { volunteer { activitiesHeld { value } participations { value } } } }`,
      { y: year },
      tokens.district,
    );
    await expect.poll(async () => numberIn(await figure(page, "activitiesHeld")), settle).toBe(districtReport.volunteer.activitiesHeld.value);
    await expect.poll(async () => numberIn(await figure(page, "participations")), settle).toBe(districtReport.volunteer.participations.value);
    await shoot(page, "dashboard-district");

    // Each card is one report with its months: one request, not twelve aliased month reports.
    const operations: string[] = [];
    const listen = (request: { method(): string; postData(): string | null }) => {
      const name = /query (\w+)/.exec(request.method() === "POST" ? (request.postData() ?? "") : "")?.[1];
      if (name) operations.push(name);
    };
    page.on("request", listen);
    await page.reload();
    await page.getByTestId("figure-netRedeemed").waitFor();
    await page.getByTestId("figure-civicReceived").waitFor();
    page.off("request", listen);
    expect(operations.filter((name) => name === "PointsByMonth")).toHaveLength(1);
    expect(operations.filter((name) => name === "CivicByMonth")).toHaveLength(1);
  });

  it("narrows the district's figures to a township and to another year", async () => {
    const page = await as("district");
    const { townships } = await server.ok<{ townships: { items: { id: string; name: string }[] } }>(`{ townships { items { id name } } }`, {}, tokens.district);
    const township = townships.items[0]!;
    await page.getByRole("combobox", { name: "范围" }).click();
    await page.getByRole("option", { name: township.name }).click();
    await waitIdle(page);
    expect(page.url()).toContain(`township=${township.id}`);
    const narrowed = await pointsReport("district", { ...yearFilter(), townshipId: township.id });
    await expect.poll(async () => numberIn(await figure(page, "pointsAwarded"))).toBe(narrowed.pointsAwarded);
    await expectPointsFigures(page, narrowed);
    await expectCivicFigures(page, await civicReport("district", { ...yearFilter(), townshipId: township.id }));

    await page.getByRole("combobox", { name: "年度" }).click();
    await page.getByRole("option", { name: `${year - 1} 年` }).click();
    await waitIdle(page);
    const lastYear = await pointsReport("district", { ...yearFilter(year - 1), townshipId: township.id });
    await expect.poll(async () => numberIn(await figure(page, "pointsAwarded"))).toBe(lastYear.pointsAwarded);
    await expectPointsFigures(page, lastYear);
    await see(page, `${year - 1} 年积分超市`);
  });

  it("shows township staff their township, as the server scopes it, on a phone too", async () => {
    const page = await as("township", phone);
    await expectPointsFigures(page, await pointsReport("township", yearFilter()));
    await expectCivicFigures(page, await civicReport("township", yearFilter()));
    // No township picker: the server decides the area.
    await expect.poll(() => page.getByRole("combobox", { name: "范围" }).count(), settle).toBe(0);
    await page.getByTestId("figure-activitiesHeld").waitFor();
    // The charts draw in the phone's own pixels: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await shoot(page, "dashboard-township-phone");
  });

  it("shows a village committee its village's points, shop, ranking and matters", async () => {
    const page = await as("village");
    const points = await pointsReport("village", yearFilter());
    await expectPointsFigures(page, points);
    // One village: no coverage figure, no volunteer card (districtReport is not the committee's).
    await expect.poll(() => page.getByTestId("figure-shopCoverage").count(), settle).toBe(0);
    await expect.poll(() => page.getByTestId("volunteer-card").count(), settle).toBe(0);
    await expectCivicFigures(page, await civicReport("village", yearFilter()));

    const { me } = await server.ok<{ me: { villageId: string } }>(`{ me { villageId } }`, {}, tokens.village);
    const { pointsRanking } = await server.ok<{ pointsRanking: RankingBoard }>(boardQuery, { v: me.villageId, l: 5, ...yearFilter() }, tokens.village);
    expect(pointsRanking.red.length).toBeGreaterThan(0);
    const card = page.getByTestId("ranking-card");
    for (const row of [...pointsRanking.red, ...pointsRanking.black]) await expect.poll(() => card.innerText(), settle).toContain(row.headName);
    await shoot(page, "dashboard-village");
  });

  it("shows department staff the figures of their own matters, and no points figures", async () => {
    const page = await as("dept");
    await see(page, "本部门承办的、本年受理的事项");
    const own = await civicReport("dept", yearFilter());
    expect(own.received).toBeGreaterThan(0);
    await expectCivicFigures(page, own);
    // Their matters are fewer than the district's.
    expect(own.received).toBeLessThan((await civicReport("district", yearFilter())).received);
    await expect.poll(() => page.getByTestId("points-card").count(), settle).toBe(0);
    await expect.poll(() => page.getByRole("combobox", { name: "范围" }).count(), settle).toBe(0);
    await shoot(page, "dashboard-department");
  });

  it("prints a village's honour board from pointsRanking, red and black", async () => {
    const page = await as("village");
    await page.getByTestId("print-link-ranking").click();
    await page.getByTestId("ranking-top").waitFor();
    const { me } = await server.ok<{ me: { villageId: string } }>(`{ me { villageId } }`, {}, tokens.village);
    const { pointsRanking: board } = await server.ok<{ pointsRanking: RankingBoard }>(boardQuery, { v: me.villageId, ...yearFilter() }, tokens.village);
    // The village's own setting (10 by default) and the server's rule, printed as it gives it.
    expect(board.size).toBe(10);
    const signed = (text: string) => numberIn(text) * (text.startsWith("−") ? -1 : 1);
    const printed = async (testId: string) =>
      (await page.locator(`[data-testid="${testId}"] tbody tr`).allInnerTexts()).map((text) => text.split("\t").map((c) => c.trim()));
    const red = await printed("ranking-top");
    expect(board.red.length).toBeGreaterThan(0);
    expect(red.map(([rank, number, head, earned]) => ({ rank: Number(rank), number, head, earned: signed(earned!) }))).toEqual(
      board.red.map((r) => ({ rank: r.rank, number: r.householdNumber, head: r.headName, earned: r.earned })),
    );
    const black = await printed("ranking-bottom");
    expect(black.map(([rank, number, head, , deducted]) => ({ rank: Number(rank), number, head, deducted: numberIn(deducted!) }))).toEqual(
      board.black.map((r) => ({ rank: r.rank, number: r.householdNumber, head: r.headName, deducted: r.deducted })),
    );
    if (board.black.length === 0) await see(page, "本期没有农户被扣分，黑榜空缺。");
    // Nobody on both lists, and nobody with a positive net on the black one.
    const onRed = new Set(red.map(([, number]) => number));
    expect(black.filter(([, number]) => onRed.has(number))).toEqual([]);
    expect(black.every(([, , , earned]) => signed(earned!) <= 0)).toBe(true);
    await see(page, `${year} 年积分红黑榜`);
    await see(page, "红榜");
    await expect.poll(() => page.getByTestId("ranking-rule").innerText(), settle).toBe(`评榜规则：${board.rule.zh}`);
    expect(board.rule.zh).toContain("第 1 至第 10 名");
    // On paper: no menu, no app bar, no print button, the board still there.
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("header").first().isVisible()).resolves.toBe(false);
    await expect(page.getByRole("button", { name: "打印" }).isVisible()).resolves.toBe(false);
    await expect(page.getByTestId("ranking-top").isVisible()).resolves.toBe(true);
    await shootBothSizes(page, "print-ranking-board");
    await page.emulateMedia({ media: "screen" });
  });

  it("prints a village's publicity board: each batch on publicity, its households and the last day to object", async () => {
    // 白鹤村 (PC03) posts at once: its board is empty and says so, its print states its real rule, and the list says why it is empty and who sets it.
    const baihe = await as("village-pc03");
    await open(baihe, "/print/publicity");
    await see(baihe, "本村当前没有公示中的积分奖励。");
    await see(baihe, "本村积分奖励不设公示期，登记后即入账。");
    expect(await baihe.getByText("须公示 0 天").count()).toBe(0);
    await open(baihe, "/awardBatches");
    await see(baihe, "白鹤村不设公示期：积分奖励登记后即入账，因此这里没有公示。公示天数由区管理员在「行政村」中设定。");
    // The demo committee's own 石门村 runs 3 days of publicity: its print says so.
    const committee = await as("village");
    await open(committee, "/print/publicity");
    await see(committee, "积分奖励须公示 3 天，期满无异议后入账。");
    // The demo leaves last week's group work of 石门村 on publicity: the board carries it.
    await expect.poll(() => committee.locator('[data-testid^="publicity-batch-"]').count(), settle).toBeGreaterThan(0);

    const { awardBatches } = await server.ok<{
      awardBatches: { items: { id: string; villageId: string; reason: string; points: number; deedDate: string; publicityEndsOn: string; lines: { headName: string; householdNumber: string; state: string }[] }[] };
    }>(
      `{ awardBatches(filter: { status: ON_PUBLICITY }, perPage: 100) { items { id villageId reason points deedDate publicityEndsOn lines { headName householdNumber state } } } }`,
      {},
      tokens.district,
    );
    expect(awardBatches.items.length).toBeGreaterThan(0);
    const villageId = awardBatches.items[0]!.villageId;
    const batches = awardBatches.items.filter((b) => b.villageId === villageId);
    const page = await as("district");
    // From the village's page, as staff find it.
    await open(page, `/villages/${villageId}/show`);
    await page.getByRole("link", { name: "公示榜" }).click();
    await page.waitForURL((url) => url.hash === `#/print/publicity?village=${villageId}`);
    for (const batch of batches) {
      const block = page.getByTestId(`publicity-batch-${batch.id}`);
      await block.waitFor();
      const text = await block.innerText();
      expect(text).toContain(batch.reason);
      expect(text).toContain(`事迹日期 ${batch.deedDate}`);
      for (const line of batch.lines.filter((l) => l.state === "INCLUDED")) expect(text).toContain(line.headName);
      await expect.poll(() => page.getByTestId(`publicity-deadline-${batch.id}`).innerText(), settle).toBe(`异议截止日期：${batch.publicityEndsOn}`);
    }
    await expect.poll(() => page.locator('[data-testid^="publicity-batch-"]').count(), settle).toBe(batches.length);
    // A village with publicity states its days; the foot carries the seal, the signature and contact lines, and the day it went up.
    await see(page, /积分奖励须公示 [1-9]\d* 天，期满无异议后入账。/);
    const signOff = await page.getByTestId("publicity-sign-off").innerText();
    for (const words of ["村委会负责人（签字）：", "联系电话：", "村民委员会（盖章）", `公示日期：${districtToday()}`]) expect(signOff).toContain(words);
    await shootBothSizes(page, "print-publicity-board");
  });

  it("prints the district's yearly figures from districtReport, every figure with how it is counted", async () => {
    const page = await as("district");
    await open(page, `/print/district?year=${year}`);
    await page.getByTestId("district-section-shop").waitFor();
    const { districtReport: report } = await server.ok<{ districtReport: any }>(
      `query ($y: Int!) { districtReport(year: $y) {
        shop { exchangeEvents { value } pointsRedeemed { value } pointsRefunded { value } netRedeemed { value } redeemingHouseholds { value } shopCoverage ${RATE} }
        volunteer { activitiesHeld { value } teams { value } }
        civic { received { value } byChannel { supervised { value } } resolutionRate ${RATE} satisfactionRate ${RATE} }
        households { active { value } lifted { value } } } }`,
      { y: year },
      tokens.district,
    );
    const value = async (key: string) => (await page.getByTestId(`district-value-${key}`).innerText()).trim();
    const count = (n: number) => formatPoints(n, "zh-CN");
    expect(await value("exchangeEvents")).toBe(count(report.shop.exchangeEvents.value));
    expect(await value("pointsRedeemed")).toBe(count(report.shop.pointsRedeemed.value));
    expect(await value("pointsRefunded")).toBe(count(report.shop.pointsRefunded.value));
    expect(await value("netRedeemed")).toBe(count(report.shop.netRedeemed.value));
    // The rows are labelled as the dashboard's points card labels them: gross, refunded, net.
    expect(await page.getByTestId("district-row-pointsRedeemed").innerText()).toMatch(/^兑换积分/);
    expect(await page.getByTestId("district-row-netRedeemed").innerText()).toMatch(/^净兑换积分/);
    expect(await value("redeemingHouseholds")).toBe(count(report.shop.redeemingHouseholds.value));
    expect(await value("activitiesHeld")).toBe(count(report.volunteer.activitiesHeld.value));
    expect(await value("teams")).toBe(count(report.volunteer.teams.value));
    expect(await value("received")).toBe(count(report.civic.received.value));
    expect(await value("supervised")).toBe(count(report.civic.byChannel.supervised.value));
    expect(await value("active")).toBe(count(report.households.active.value));
    expect(await value("lifted")).toBe(count(report.households.lifted.value));
    for (const [key, rate] of [
      ["shopCoverage", report.shop.shopCoverage],
      ["resolutionRate", report.civic.resolutionRate],
      ["satisfactionRate", report.civic.satisfactionRate],
    ] as const) {
      expect(await value(key)).toBe(formatRatio(rate.numerator, rate.denominator, rate.rate));
    }
    // Each figure's row states how it is counted.
    const rows = await page.locator('[data-testid^="district-row-"]').allInnerTexts();
    expect(rows).toHaveLength(26);
    for (const row of rows) expect(row.split("\t").pop()!.trim().length, row).toBeGreaterThan(5);
    await see(page, "办结率：");
    await see(page, `全区 ${year} 年度数据`);
    await shoot(page, "print-district-figures");
    // As on A4 paper (210 mm at 96 dpi): the monthly tables fit the width.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: "print" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(794);
    await shoot(page, "print-district-figures-a4");
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize(desktop);

    // In English each figure states the server's own definition, word for word.
    const { districtReport: defs } = await server.ok<{ districtReport: { civic: { resolutionRate: { definition: string } }; shop: { pointsRedeemed: { definition: string } } } }>(
      `query ($y: Int!) { districtReport(year: $y) { civic { resolutionRate { definition } } shop { pointsRedeemed { definition } } } }`,
      { y: year },
      tokens.district,
    );
    await page.locator(`header button[aria-controls="simple-menu"]`).click();
    await page.getByRole("menuitem", { name: "English" }).click();
    await see(page, `The district: figures for ${year}`);
    await expect.poll(() => page.getByTestId("district-row-resolutionRate").innerText(), settle).toContain(defs.civic.resolutionRate.definition);
    await expect.poll(() => page.getByTestId("district-row-pointsRedeemed").innerText(), settle).toContain(defs.shop.pointsRedeemed.definition);
    await shoot(page, "print-district-figures-en");
  });

  it("keeps the yearly figures from a committee, whom districtReport does not serve", async () => {
    const page = await as("village");
    await open(page, "/print/district");
    await see(page, "您没有访问此页面的权限");
  });
});
