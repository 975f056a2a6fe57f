import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { hasChromium, launchBrowser } from "../support/browser";
import { testDatabaseKind } from "../support/database";
import type { TestServer } from "../support/server";
import { dialog, statusShows } from "../support/console/civic-pages";
import { numberIn, open, phone, see, settle, shoot, shootBothSizes, shootWide, signedIn, startDemoServer, type ConsolePage } from "../support/console/pages";

// Notifications in the console: a department is told of an assignment by
// the bell, opens it from the list and accepts it there; the resident finds
// 已办结，请评价 on the phone's home page and rates from it.

const run = hasChromium && testDatabaseKind === "pglite";
const TITLE = "晒谷场的路面塌陷";

describe.skipIf(!run)("notifications in the console", () => {
  let server: TestServer;
  let browser: Browser;
  let dept: ConsolePage;
  let resident: ConsolePage;
  let tokens: Record<string, string>;
  let matterId: string;

  const bellCount = async (page: ConsolePage["page"]) => {
    const label = (await page.getByRole("link", { name: /^通知（/ }).getAttribute("aria-label")) ?? "";
    return numberIn(label);
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    tokens = {};
    for (const name of ["resident", "township", "dept"]) tokens[name] = await server.login(name);
    [dept, resident] = await Promise.all([signedIn(browser, server.url, "dept"), signedIn(browser, server.url, "resident", phone)]);
    // The resident raises a matter; the township assigns it jointly, led by the demo department (区民政局).
    matterId = await raiseAndAssign(TITLE, (id) => ({ channel: "JOINT", leadDepartmentId: id("MZJ"), coDepartmentIds: [id("NYNCJ")] }));
  });
  /** A matter the resident raises and the township assigns (to the demo department, 区民政局, among others). */
  async function raiseAndAssign(title: string, assignment: (departmentId: (code: string) => string) => Record<string, unknown>): Promise<string> {
    const { departments } = await server.ok<{ departments: { items: { id: string; code: string }[] } }>(`{ departments(perPage: 100) { items { id code } } }`, {}, tokens.township);
    const id = (code: string) => departments.items.find((d) => d.code === code)!.id;
    const { categories } = await server.ok<{ categories: { items: { id: string }[] } }>(`{ categories: civicCategories { items { id } } }`, {}, tokens.resident);
    const submitted = await server.ok<{ submitCivicMatter: { id: string } }>(
      `mutation ($input: SubmitCivicMatterInput!) { submitCivicMatter(input: $input) { id } }`,
      { input: { categoryId: categories.items[0]!.id, title, content: "下雨后塌了一块，晒谷有危险" } },
      tokens.resident,
    );
    await server.ok(
      `mutation ($id: ID!, $input: AssignCivicMatterInput!) { assignCivicMatter(id: $id, input: $input) { id } }`,
      { id: submitted.submitCivicMatter.id, input: assignment(id) },
      tokens.township,
    );
    return submitted.submitCivicMatter.id;
  }
  afterAll(async () => {
    expect([dept, resident].flatMap((p) => p?.errors ?? [])).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  it("shows a department the assignment by the bell; from the list it opens the matter, where it accepts", async () => {
    const { page } = dept;
    await open(page, "/");
    await expect.poll(() => bellCount(page), settle).toBeGreaterThanOrEqual(1);
    const before = await bellCount(page);
    await page.getByRole("link", { name: /^通知（/ }).click();
    await see(page, "新交办事项待签收");
    await see(page, `「${TITLE}」交办给本单位`);
    await shootBothSizes(page, "notifications-department");
    await page.getByText(`「${TITLE}」交办给本单位`).first().click();
    await page.waitForURL(new RegExp(`/civicMatters/${matterId}/show`));
    await see(page, TITLE);
    await page.getByTestId("matter-actions").getByRole("button", { name: "签收" }).click();
    await see(page, "已签收");
    await statusShows(page, "办理中");
    // Opening it read it: the bell counts one fewer.
    await expect.poll(() => bellCount(page), settle).toBe(before - 1);
  });

  it("pages a department's year of notifications, and shows the unread ones alone", async () => {
    const { page } = dept;
    // Two new assignments the department has not read yet.
    for (const title of ["村口路灯不亮", "水渠堵塞"]) await raiseAndAssign(title, (id) => ({ channel: "JOINT", leadDepartmentId: id("MZJ"), coDepartmentIds: [id("NYNCJ")] }));
    const counts = () =>
      server.ok<{ notifications: { total: number }; unreadNotificationCount: number }>(`{ notifications(perPage: 1) { total } unreadNotificationCount }`, {}, tokens.dept);
    const { notifications: all, unreadNotificationCount: unread } = await counts();
    expect(all.total, "the demo year notifies the department of more than two pages").toBeGreaterThan(40);
    expect(unread).toBeGreaterThanOrEqual(2);
    const firstItem = () => page.locator(".MuiListItemButton-root").first().innerText();

    await open(page, "/notifications");
    await see(page, `第 1-20 条，共 ${all.total} 条`);
    await expect.poll(() => page.locator(".MuiListItemButton-root").count(), settle).toBe(20);
    const newest = await firstItem();
    await page.getByRole("button", { name: "下一页" }).click();
    await see(page, `第 21-40 条，共 ${all.total} 条`);
    await expect.poll(firstItem, settle).not.toBe(newest);
    // Newest first by when each was made (the demo year's ids do not follow time).
    const times = (await page.locator(".MuiListItemButton-root").allInnerTexts()).map((text) => text.match(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)![0]);
    expect(times).toHaveLength(20);
    expect(times).toEqual([...times].sort().reverse());
    await shootBothSizes(page, "notifications-paged");

    // Only the unread: back to the first page, as many as the bell counts.
    await page.getByRole("button", { name: "只看未读" }).click();
    await see(page, `第 1-${unread} 条，共 ${unread} 条`);
    await expect.poll(() => page.locator(".MuiListItemButton-root").count(), settle).toBe(unread);
    expect((await counts()).notifications.total, "looking changes nothing").toBe(all.total);
    await page.getByRole("button", { name: "全部", exact: true }).click();
    await see(page, `第 1-20 条，共 ${all.total} 条`);
  });

  it("shows the resident 已办结，请评价 on the phone's home page, which leads to the rating", async () => {
    await server.ok(
      `mutation ($id: ID!) { resolveCivicMatter(id: $id, input: { resolution: "已回填夯实路面" }) { id } }`,
      { id: matterId },
      tokens.dept,
    );
    const { page } = resident;
    await open(page, "/");
    await see(page, "最新通知");
    await see(page, "已办结，请评价");
    await see(page, `您反映的「${TITLE}」已办好`);
    await shoot(page, "notifications-resident-home-390", { fullPage: false });
    await shootWide(browser, resident, "resident", "notifications-resident-home");
    await page.getByText(`您反映的「${TITLE}」已办好`).first().click();
    await page.waitForURL(new RegExp(`/civicMatters/${matterId}/show`));
    await see(page, "已回填夯实路面");
    await page.getByRole("button", { name: "评价办理结果" }).click();
    await dialog(page).getByLabel("已解决").check();
    await dialog(page).getByLabel("满意", { exact: true }).check();
    await dialog(page).getByRole("button", { name: "提交评价" }).click();
    await see(page, "感谢您的评价");
    await open(page, "/notifications");
    await see(page, "已办结，请评价");
    await expect.poll(() => page.getByRole("button", { name: "全部标为已读" }).isDisabled(), settle).toBe(true);
  });
});
