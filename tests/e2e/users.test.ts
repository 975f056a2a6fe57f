import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { hasChromium, launchBrowser, loginInConsole, screenshot } from "../support/browser";
import { testDatabaseKind } from "../support/database";
import { startTestServer, type TestServer } from "../support/server";
import { patience } from "../support/patience";
import { desktop, open, row, see, shootBothSizes, signedIn, waitIdle, type ConsolePage } from "../support/console/pages";

// The admin's accounts in the console: the users list names each user's
// place in words and filters by area; 重置密码 shows a temporary password
// once; the user then sees only the password change until it is done; the
// villages list makes committee accounts for the villages ticked.

const run = hasChromium && testDatabaseKind === "pglite";
const temporary = /^[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}$/;
const listOf = (route: string, filter: object) => `${route}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

describe.skipIf(!run)("users and accounts in the console", () => {
  let server: TestServer;
  let browser: Browser;
  let admin: ConsolePage;
  let adminToken: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    adminToken = await server.login("admin");
    admin = await signedIn(browser, server.url, "admin");
  });
  afterAll(async () => {
    expect(admin?.errors ?? []).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  it("names each user's village in the list, filtered by village", async () => {
    const { me } = await server.ok<{ me: { villageId: string; village: { name: string } } }>(
      `{ me { villageId village { name } } }`,
      {},
      await server.login("village"),
    );
    await open(admin.page, listOf("/users", { villageId: me.villageId }));
    await expect.poll(() => row(admin.page, "village").innerText(), { timeout: patience }).toContain(me.village.name);
    // Only that village's users are listed.
    const rows = await admin.page.locator("tbody tr").allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    for (const text of rows) expect(text).toContain(me.village.name);
    await shootBothSizes(admin.page, "users-list");
  });

  it("resets a password: the temporary one shows once, and the user must change it before anything else", async () => {
    const { me } = await server.ok<{ me: { villageId: string } }>(`{ me { villageId } }`, {}, await server.login("village"));
    await server.ok(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { username: "reset-e2e", displayName: "重置测试", password: "first-password-1", role: "VILLAGE_COMMITTEE", villageId: me.villageId } },
      adminToken,
    );
    const page = admin.page;
    await open(page, listOf("/users", { q: "reset-e2e" }));
    await row(page, "reset-e2e").getByRole("button", { name: "重置密码" }).click();
    await page.locator(".MuiDialog-root .ra-confirm").click();
    const shown = page.getByTestId("temporary-password");
    await shown.waitFor();
    const password = (await shown.innerText()).trim();
    expect(password).toMatch(temporary);
    await shootBothSizes(page, "users-reset-password", screenshot);
    await page.getByRole("button", { name: "关闭" }).click();
    // Still on the list: the row's click did not open the user.
    expect(new URL(page.url()).hash).toContain("#/users");

    const context = await browser.newContext({ viewport: desktop, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    const user = await context.newPage();
    user.setDefaultTimeout(patience);
    await loginInConsole(user, server.url, "reset-e2e", password);
    await see(user, "设置新密码");
    expect(await user.locator(".RaMenuItemLink-root").count()).toBe(0);
    await shootBothSizes(user, "users-password-change-gate", screenshot);
    await user.locator('input[name="currentPassword"]').fill(password);
    await user.locator('input[name="newPassword"]').fill("my-own-password-2");
    await user.locator('input[name="repeat"]').fill("my-own-password-3");
    await user.getByRole("button", { name: "修改密码" }).click();
    await see(user, "两次输入的新密码不一致");
    await user.locator('input[name="repeat"]').fill("my-own-password-2");
    await user.getByRole("button", { name: "修改密码" }).click();
    await user.locator(".RaMenuItemLink-root").first().waitFor();
    await waitIdle(user);
    await context.close();
    // The new password is the one that logs in now.
    expect(await server.login("reset-e2e", "my-own-password-2")).toBeTruthy();
  });

  it("makes committee accounts for the villages ticked and lists them to print", async () => {
    const { townships } = await server.ok<{ townships: { items: { id: string }[] } }>(`{ townships(perPage: 1) { items { id } } }`, {}, adminToken);
    await server.ok(
      `mutation ($input: CreateVillageInput!) { createVillage(input: $input) { id } }`,
      { input: { townshipId: townships.items[0]!.id, code: "E2E-NEW", name: "新建测试村" } },
      adminToken,
    );
    const page = admin.page;
    await open(page, listOf("/villages", { q: "新建测试村" }));
    await row(page, "新建测试村").locator('input[type="checkbox"]').check();
    await page.getByRole("button", { name: "建村委会账号" }).click();
    await page.locator(".MuiDialog-root .ra-confirm").click();
    const table = page.getByRole("table", { name: "村委会账号" });
    await table.waitFor();
    const text = await table.innerText();
    expect(text).toContain("新建测试村");
    expect(text).toContain("vc-e2e-new");
    expect(text).toMatch(/[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}/);
    await shootBothSizes(page, "villages-committee-accounts", screenshot);
  });
});
