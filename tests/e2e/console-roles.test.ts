import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { hasChromium, launchBrowser } from "../support/browser";
import { testDatabaseKind } from "../support/database";
import { startTestServer, type TestServer } from "../support/server";
import { menuEntries, phone, see, shoot, shootWide, signedIn, type ConsolePage } from "../support/console/pages";
import type { Page } from "playwright-core";

// Each role signs in and finds exactly the menu it may use (providers/access.ts);
// the console speaks Chinese first and English on request.

const run = hasChromium && testDatabaseKind === "pglite";

const menus: Record<string, string[]> = {
  admin: ["首页", "事项台账", "登记事项", "积分奖励", "积分公示", "积分流水", "积分细则", "兑换结算", "兑换记录", "商品", "兑换活动", "文明实践活动", "服务队", "服务品牌", "农户", "行政村", "乡镇", "部门", "用户", "事项类别", "节假日", "年度数据", "公示榜", "红黑榜"],
  district: ["首页", "事项台账", "登记事项", "积分公示", "积分流水", "积分细则", "兑换记录", "商品", "兑换活动", "文明实践活动", "服务队", "服务品牌", "农户", "行政村", "乡镇", "部门", "事项类别", "节假日", "年度数据", "公示榜", "红黑榜"],
  township: ["首页", "事项台账", "登记事项", "积分公示", "积分流水", "积分细则", "兑换记录", "商品", "兑换活动", "文明实践活动", "服务队", "服务品牌", "农户", "行政村", "乡镇", "部门", "事项类别", "年度数据", "公示榜", "红黑榜"],
  village: ["首页", "事项台账", "登记事项", "积分奖励", "积分公示", "积分流水", "积分细则", "兑换结算", "兑换记录", "商品", "兑换活动", "文明实践活动", "服务队", "服务品牌", "农户", "事项类别", "公示榜", "红黑榜"],
  dept: ["首页", "事项台账", "事项类别"],
  resident: ["首页", "我的积分", "积分超市", "志愿服务", "我的兑换", "积分公示", "积分细则", "我的事项"],
};

/** Each bottom-navigation label: its text, how many lines it takes, and whether it is cut short. */
const bottomLabels = (page: Page) =>
  page.locator(".MuiBottomNavigationAction-label").evaluateAll((labels) =>
    labels.map((label) => {
      const range = document.createRange();
      range.selectNodeContents(label);
      const lines = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top))).size;
      return { text: label.textContent, lines, cut: label.scrollWidth > label.clientWidth };
    }),
  );

describe.skipIf(!run)("the console by role", () => {
  let server: TestServer;
  let browser: Browser;
  /** Each role's signed-in page, kept for the tests that follow. */
  const pages = new Map<string, ConsolePage>();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    expect([...pages.values()].flatMap((p) => p.errors)).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  it.each(Object.entries(menus))("shows %s the menu of its role, and only that", async (username, expected) => {
    const signed = await signedIn(browser, server.url, username);
    pages.set(username, signed);
    expect(await menuEntries(signed.page)).toEqual(expected);
    await shoot(signed.page, `role-${username}-home`);
  });

  it("keeps a role out of a screen it is not offered", async () => {
    const page = pages.get("district")!.page;
    await page.goto(`${server.url}/#/checkout`);
    await see(page, "您没有访问此页面的权限");
    await page.goto(`${server.url}/#/users`);
    await see(page, "您没有访问此页面的权限");
  });

  it("switches between Chinese and English, every label with it", async () => {
    const { page } = pages.get("village")!;
    {
      await see(page, "日常办理");
      await page.locator(`header button[aria-controls="simple-menu"]`).click();
      await page.getByRole("menuitem", { name: "English" }).click();
      await see(page, "Everyday work");
      expect(await menuEntries(page)).toEqual([
        "Dashboard",
        "Civic matters",
        "Take in a matter",
        "Award points",
        "Publicity",
        "Points ledger",
        "Point rules",
        "Checkout",
        "Redemptions",
        "Products",
        "Exchange events",
        "Activities",
        "Volunteer teams",
        "Service brands",
        "Households",
        "Matter categories",
        "Publicity board",
        "Honour board",
      ]);
      expect(await page.title()).toBe("Village Points & Civic Service");
      await page.goto(`${server.url}/#/pointRules`);
      await see(page, "Filial piety");
      await shoot(page, "language-en-rules");
      // The choice is kept across a reload.
      await page.reload();
      await see(page, "Filial piety");
      await page.locator(`header button[aria-controls="simple-menu"]`).click();
      await page.getByRole("menuitem", { name: "简体中文" }).click();
      await see(page, "孝老爱亲");
      expect(await page.title()).toBe("村务积分与民事直说");
    }
  });

  it("keeps every bottom-navigation label of a resident's phone on one line, at 360 and 390 px, whichever tab is chosen", async () => {
    const signed = await signedIn(browser, server.url, "resident", { width: 360, height: 780 });
    pages.set("resident-phone", signed);
    const { page } = signed;
    for (const width of [360, 390]) {
      await page.setViewportSize({ width, height: 780 });
      for (const tab of ["首页", "我的积分", "积分超市", "志愿", "说事"]) {
        await page.locator(".MuiBottomNavigationAction-root", { hasText: tab }).click();
        await page.locator(".MuiBottomNavigationAction-root.Mui-selected", { hasText: tab }).waitFor();
        await page.waitForTimeout(250); // the selected label's size transition
        const labels = await bottomLabels(page);
        expect(labels.map((label) => label.text)).toEqual(["首页", "我的积分", "积分超市", "志愿", "说事"]);
        expect(labels.filter((label) => label.lines !== 1 || label.cut), `at ${width} px with ${tab} chosen`).toEqual([]);
      }
    }
    await shoot(page, "resident-bottom-nav-390", { fullPage: false });
  });

  it("lets a resident switch the phone to English in the user menu and back, kept across a reload", async () => {
    const { page } = pages.get("resident-phone")!;
    await page.setViewportSize(phone);
    await page.locator(".MuiBottomNavigationAction-root", { hasText: "我的积分" }).click();
    await see(page, "积分存折");
    await page.getByRole("button", { name: "个人", exact: true }).click();
    await page.getByRole("menuitem", { name: /English.*语言/ }).click();
    await see(page, "Passbook");
    const labels = await bottomLabels(page);
    expect(labels.map((label) => label.text)).toEqual(["Home", "My points", "Shop", "Volunteer", "Matters"]);
    expect(labels.filter((label) => label.lines !== 1 || label.cut)).toEqual([]);
    await shoot(page, "resident-english-390", { fullPage: false });
    // On a computer the same choice is the app bar's language menu (one locale store).
    await shootWide(browser, pages.get("resident-phone")!, "resident", "resident-english", async (wide) => {
      await wide.locator(`header button[aria-controls="simple-menu"]`).click();
      await wide.getByRole("menuitem", { name: "English" }).click();
      await see(wide, "Passbook");
      await shoot(wide, "resident-english-1366", { fullPage: false });
    });
    await page.reload();
    await see(page, "Passbook");
    await page.getByRole("button", { name: "Profile", exact: true }).click();
    await page.getByRole("menuitem", { name: /简体中文.*Language/ }).click();
    await see(page, "积分存折");
    await shoot(page, "resident-chinese-390", { fullPage: false });
  });
});
