import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { hasChromium, launchBrowser } from "../support/browser";
import { testDatabaseKind } from "../support/database";
import type { TestServer } from "../support/server";
import { api, numberIn, open, phone, row, see, shoot, shootBothSizes, signedIn, startDemoServer, type ConsolePage, type HouseholdRow, settle } from "../support/console/pages";
import { postAtOnce } from "../support/ops/villages";

// The volunteer service in the console: a committee plans an activity,
// records who took part, confirms it (the points reach the households'
// balances through the ledger) and cancels it with a reason; a resident sees
// it on the phone; the district admin keeps the working-day calendar and the
// civic categories. Refusals show as sentences that say why.

const run = hasChromium && testDatabaseKind === "pglite";

/** A day of the district's current year, YYYY-MM-DD. */
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!run)("volunteer service in the console", () => {
  let server: TestServer;
  let browser: Browser;
  let committee: ConsolePage;
  let admin: ConsolePage;
  let resident: ConsolePage;
  let ledger: ReturnType<typeof api>;
  let committeeToken: string;
  let mine: HouseholdRow;
  let neighbour: HouseholdRow;
  /** A household new to the village: nothing on its balance but what the activity gives. */
  let newcomer: HouseholdRow;
  let activityId: string;
  const title = "清扫村道与河岸";

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    committeeToken = await server.login("village");
    ledger = api(server, committeeToken);
    [mine, neighbour] = await Promise.all([ledger.household("PC01-001"), ledger.household("PC01-002")]);
    await server.ok(
      `mutation ($input: CreateHouseholdInput!) { createHousehold(input: $input) { id } }`,
      { input: { villageId: mine.villageId, number: "PC01-901", headName: "新户测试", memberCount: 3 } },
      committeeToken,
    );
    newcomer = await ledger.household("PC01-901");
    // Points given here by hand must count at once: 石门村's 公示 off (publicity has its own tests).
    await postAtOnce(server, mine.villageId, await server.login("admin"));
    [committee, admin, resident] = await Promise.all([
      signedIn(browser, server.url, "village"),
      signedIn(browser, server.url, "admin"),
      signedIn(browser, server.url, "resident", phone),
    ]);
  });
  afterAll(async () => {
    expect([...(committee?.errors ?? []), ...(admin?.errors ?? []), ...(resident?.errors ?? [])]).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  /** Ticks a household in the participation page's picker. */
  const tick = async (household: HouseholdRow) => {
    const { page } = committee;
    await page.locator('input[name="householdSearch"]').fill(household.number);
    await page.getByTestId(`household-row-${household.number}`).click();
    await page.getByTestId(`participant-${household.number}`).waitFor();
  };

  it("offers the committee the volunteer menu and the village's activities with their status", async () => {
    const { page } = committee;
    await open(page, "/activities");
    await see(page, "文明实践活动");
    const menu = await page.locator(".RaMenuItemLink-root").allInnerTexts();
    expect(menu.map((m) => m.trim())).toEqual(expect.arrayContaining(["文明实践活动", "服务队", "服务品牌"]));
    // The demo year's activities, newest first, with their status chips.
    await see(page, "已开展");
    await shoot(page, "volunteer-activities");

    // Filtered by status: only cancelled ones are left.
    await page.getByRole("combobox", { name: "状态" }).click();
    await page.getByRole("option", { name: "已取消" }).click();
    await page.waitForURL(/CANCELLED/);
    await expect.poll(async () => [...new Set(await page.locator("tbody .MuiChip-label").allInnerTexts())]).toEqual(["已取消"]);
  });

  it("plans an activity, records who took part, confirms it, and the points reach the balances", async () => {
    const { page } = committee;
    await open(page, "/activities/create");
    await page.locator('input[name="title"]').fill(title);
    await page.locator('input[name="place"]').fill("村委会门口集合");
    await page.locator('input[name="pointsPerParticipant"]').fill("8");
    await page.getByRole("button", { name: "保存" }).click();
    await page.waitForURL(/#\/activities\/\d+\/show/);
    activityId = /activities\/(\d+)\/show/.exec(page.url())![1]!;
    await see(page, title);
    await see(page, "待确认");
    await see(page, "还没有登记参与农户");

    await page.getByRole("link", { name: "登记参与" }).click();
    await see(page, "一、勾选参与的农户");
    await tick(mine);
    await tick(neighbour);
    await tick(newcomer);
    await page.locator(`input[name="people-${mine.number}"]`).fill("2");
    for (const h of [mine, neighbour, newcomer]) await page.locator(`input[name="hours-${h.number}"]`).fill("3");
    await shootBothSizes(page, "volunteer-participation");
    await page.getByTestId("save-participation").click();
    await see(page, "参与登记已保存");
    await see(page, "参与农户：3 户，4 人");
    await see(page, "确认后发放");

    await page.getByTestId("confirm-activity").click();
    await see(page, "3 户每户获得 8 分，合计 24 分");
    await page.getByRole("dialog").getByRole("button", { name: "确认并发放积分" }).click();
    await see(page, "活动已确认，积分已发放");
    await see(page, "已开展");
    await see(page, "已发放积分");
    // Each household's award and the balance it left, as the ledger has them.
    const line = row(page, `${newcomer.number} ${newcomer.headName}`);
    await expect.poll(() => line.innerText(), settle).toMatch(/\+8\s+8\s*$/);
    await shoot(page, "volunteer-activity-held");
    expect(await ledger.balance(mine.id)).toBe(mine.balance + 8);
    expect(await ledger.balance(neighbour.id)).toBe(neighbour.balance + 8);
    expect(await ledger.balance(newcomer.id)).toBe(8);
    mine.balance += 8;
    neighbour.balance += 8;

    // The household's own page shows the new balance; a held activity offers no second confirmation.
    await expect.poll(() => page.getByTestId("confirm-activity").count(), settle).toBe(0);
    await open(page, `/households/${mine.id}/show`);
    await see(page, "积分余额");
    await expect.poll(async () => numberIn(await page.getByText("积分余额").locator("..").innerText()), settle).toBe(mine.balance);
  });

  it("shows the resident what is coming and what the household earned, on a phone", async () => {
    await server.ok(
      `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
      { input: { villageId: mine.villageId, title: "重阳节敬老慰问", date: nextDay(today()), place: "村文化广场", category: "ELDERLY_AND_LEFT_BEHIND", pointsPerParticipant: 6 } },
      committeeToken,
    );
    const { page } = resident;
    await open(page, "/my/volunteer");
    await see(page, "村里近期活动");
    await see(page, "重阳节敬老慰问");
    await see(page, "每户 6 分");
    const mineRow = page.getByTestId(`participation-${activityId}`);
    await expect.poll(() => mineRow.innerText(), settle).toContain(title);
    await expect.poll(() => mineRow.innerText(), settle).toContain("+8");
    await expect.poll(() => mineRow.innerText(), settle).toContain("2 人 · 3.0 小时");
    await shoot(page, "volunteer-resident-phone", { fullPage: false });

    // An activity opens on its own page: the figures, and of the participants only the household itself.
    await open(page, `/activities/${activityId}/show`);
    await see(page, "每户积分");
    await see(page, `${mine.number} ${mine.headName}`);
    await expect.poll(() => page.getByText(neighbour.number).count(), settle).toBe(0);
    await expect.poll(() => page.getByRole("button", { name: "取消活动" }).count(), settle).toBe(0);
    await shoot(page, "volunteer-resident-activity-phone", { fullPage: false });
  });

  it("refuses to cancel while a household has spent the points, naming it; with the points back, cancels with a reason", async () => {
    // The newcomer is deducted 5 of its 8 points: the activity's 8 cannot be taken back.
    const rules = await server.ok<{ pointRules: { items: { id: string; name: string }[] } }>(
      `{ pointRules(filter: { positive: false, active: true }, perPage: 100) { items { id name } } }`,
      {},
      committeeToken,
    );
    const ruleId = rules.pointRules.items.find((r) => r.name === "乱堆乱放")!.id;
    await server.ok(
      `mutation ($input: DeductPointsInput!) { deductPoints(input: $input) { id } }`,
      { input: { householdId: newcomer.id, ruleId, deedDate: today(), idempotencyKey: "e2e-volunteer-deduct-0001" } },
      committeeToken,
    );

    const { page } = committee;
    await open(page, `/activities/${activityId}/show`);
    await page.getByRole("button", { name: "取消活动" }).click();
    await see(page, "8 分将被收回");
    await page.locator('textarea[name="reason"]').fill("活动当天暴雨，未能开展");
    await page.getByRole("dialog").getByRole("button", { name: "取消活动" }).click();
    await see(page, `积分无法收回：农户 ${newcomer.number} 现有 3 分，本活动给了 8 分。未做任何更改。`);
    await shoot(page, "volunteer-cancel-refused");
    expect(await ledger.balance(mine.id)).toBe(mine.balance);
    await page.getByRole("dialog").getByRole("button", { name: "取消" , exact: true }).click();

    // Points awarded again for something else: now the activity's points can go back.
    await server.ok(
      `mutation ($input: AwardPointsInput!) { awardPoints(input: $input) { entries { id } } }`,
      { input: { householdIds: [newcomer.id], points: 10, reason: "帮助邻里", deedDate: today(), idempotencyKey: "e2e-volunteer-award-0001" } },
      committeeToken,
    );
    await open(page, `/activities/${activityId}/show`);
    await page.getByRole("button", { name: "取消活动" }).click();
    await page.locator('textarea[name="reason"]').fill("活动当天暴雨，未能开展");
    await page.getByRole("dialog").getByRole("button", { name: "取消活动" }).click();
    await see(page, "活动已取消");
    await see(page, "已取消");
    // The reason stays with the activity.
    await expect.poll(() => page.getByTestId("activity-cancel-reason").innerText(), settle).toMatch(/已取消：活动当天暴雨，未能开展$/);
    await expect.poll(async () => numberIn(await page.getByText("已收回积分").locator("..").innerText()), settle).toBe(24);
    // Each award has its reversal beside it.
    await expect.poll(() => row(page, `${mine.number} ${mine.headName}`).innerText(), settle).toMatch(/\+8\s+−8/);
    await shoot(page, "volunteer-activity-cancelled");
    expect(await ledger.balance(mine.id)).toBe(mine.balance - 8);
    expect(await ledger.balance(newcomer.id)).toBe(5);
    await expect.poll(() => page.getByRole("button", { name: "取消活动" }).count(), settle).toBe(0);
  });

  it("lets a committee start its own volunteer team; the admin sees every team and brand", async () => {
    const { page } = committee;
    await open(page, "/volunteerTeams/create");
    await page.locator('input[name="name"]').fill("石门村巾帼志愿服务队");
    await page.locator('input[name="leaderName"]').fill("李秀英");
    await page.locator('input[name="memberCount"]').fill("18");
    await page.getByRole("button", { name: "保存" }).click();
    await page.waitForURL(/#\/volunteerTeams$|#\/volunteerTeams\?/);
    await expect.poll(() => row(page, "石门村巾帼志愿服务队").innerText(), settle).toMatch(/巾帼服务队\s+石门村\s+李秀英\s+18/);
    await shoot(page, "volunteer-teams");

    await open(admin.page, "/serviceBrands");
    await see(admin.page, "敬老微爱行");
    await see(admin.page, "法治夜校");
    await shoot(admin.page, "volunteer-brands");

    // Planning an activity, the admin is offered only the teams the chosen village may name.
    const token = await server.login("admin");
    const { villages } = await server.ok<{ villages: { items: { id: string; name: string }[] } }>(`{ villages(perPage: 50) { items { id name } } }`, {}, token);
    const shimen = villages.items.find((v) => v.name === "石门村")!;
    const { volunteerTeams } = await server.ok<{ volunteerTeams: { items: { name: string }[] } }>(
      `query ($v: ID!) { volunteerTeams(filter: { usableBy: $v, active: true }, perPage: 100) { items { name } } }`,
      { v: shimen.id },
      token,
    );
    const { volunteerTeams: everyTeam } = await server.ok<{ volunteerTeams: { total: number } }>(`{ volunteerTeams { total } }`, {}, token);
    expect(volunteerTeams.items.length).toBeLessThan(everyTeam.total);
    await open(admin.page, "/activities/create");
    await admin.page.locator('input[name="villageId"]').fill("石门村");
    await admin.page.getByRole("option", { name: "石门村" }).click();
    await admin.page.locator('input[name="teamId"]').click();
    await expect
      .poll(async () => (await admin.page.getByRole("option").allInnerTexts()).map((t) => t.trim()).sort(), settle)
      .toEqual(volunteerTeams.items.map((t) => t.name).sort());
    await admin.page.keyboard.press("Escape");
  });

  it("lets the district admin add a holiday, refusing one on a weekend with a sentence that says why", async () => {
    const { page } = admin;
    const year = Number(today().slice(0, 4));
    const { calendarDays } = await server.ok<{ calendarDays: { date: string }[] }>(
      `query ($from: LocalDate!, $to: LocalDate!) { calendarDays(from: $from, to: $to) { date } }`,
      { from: `${year}-01-01`, to: `${year}-12-31` },
      committeeToken,
    );
    const taken = new Set(calendarDays.map((d) => d.date));
    let holiday = `${year}-06-10`;
    while (taken.has(holiday) || weekday(holiday) === 0 || weekday(holiday) === 6) holiday = nextDay(holiday);
    let saturday = `${year}-07-01`;
    while (taken.has(saturday) || weekday(saturday) !== 6) saturday = nextDay(saturday);

    await open(page, "/calendar");
    await see(page, `${year} 年`);
    const before = await page.getByTestId("calendar-summary").innerText();

    // A holiday on a Saturday would change nothing: the server refuses and the page says why.
    await page.locator('input[name="date"]').fill(saturday);
    await page.getByRole("combobox", { name: /类型/ }).click();
    await page.getByRole("option", { name: "节假日" }).click();
    await page.locator('input[name="name"]').fill("错填的假日");
    await page.getByTestId("add-calendar-day").click();
    await see(page, "节假日须是周一至周五，调休上班日须是周六或周日");
    await expect.poll(() => page.getByText("错填的假日").count(), settle).toBe(0);

    await page.locator('input[name="date"]').fill(holiday);
    await page.locator('input[name="name"]').fill("区庆纪念日");
    await page.getByTestId("add-calendar-day").click();
    await see(page, "已保存");
    const added = row(page, holiday);
    await expect.poll(() => added.innerText(), settle).toMatch(/区庆纪念日/);
    await expect.poll(() => added.innerText(), settle).toMatch(/节假日/);
    await expect.poll(async () => numberIn(await page.getByTestId("calendar-summary").innerText()), settle).toBe(numberIn(before) + 1);
    await shoot(page, "calendar-holidays");

    await added.getByRole("button", { name: `删除 ${holiday}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
    await see(page, "已删除");
    await expect.poll(() => page.getByText("区庆纪念日").count(), settle).toBe(0);
  });

  it("lets the district admin add a civic category and sees it listed", async () => {
    const { page } = admin;
    await open(page, "/civicCategories/create");
    await page.locator('input[name="code"]').fill("BRIDGE");
    await page.locator('input[name="name"]').fill("桥梁维护");
    await page.locator('input[name="deadlineDays"]').fill("15");
    await page.getByRole("button", { name: "保存" }).click();
    await page.waitForURL(/#\/civicCategories$|#\/civicCategories\?/);
    await see(page, "桥梁维护");
    await expect.poll(() => row(page, "桥梁维护").innerText(), settle).toMatch(/BRIDGE\s+桥梁维护\s+直办\s+15 个工作日/);
    await shoot(page, "civic-categories");

    // A code already in use is named next to its input.
    await open(page, "/civicCategories/create");
    await page.locator('input[name="code"]').fill("BRIDGE");
    await page.locator('input[name="name"]').fill("桥梁维护二");
    await page.getByRole("button", { name: "保存" }).click();
    await see(page, "已被使用");
  });
});
