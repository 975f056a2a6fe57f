import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { hasChromium, launchBrowser, loginInConsole, screenshot } from "../support/browser";
import { testDatabaseKind } from "../support/database";
import { patience } from "../support/patience";
import type { TestServer } from "../support/server";
import { numberIn, open, see, shootBothSizes, signedIn, startDemoServer, type ConsolePage } from "../support/console/pages";

// Residents' accounts in the console (issue 19): the committee of 石门村
// prints activation slips for one household and for the whole village; a
// resident on a phone opens a slip's QR link, activates, sees the balance,
// logs out and back in with a text-message code (read from a gateway this
// test runs); a used or replaced code says why; a disabled family member
// cannot log in again.

const run = hasChromium && testDatabaseKind === "pglite";
const secret = "the-district-gateway-shared-secret";

interface Household {
  id: string;
  number: string;
  headName: string;
}

/** A phone of its own (localStorage, cookies): the resident's, 360 px unless said. */
async function onPhone(browser: Browser, width = 360) {
  const context = await browser.newContext({
    viewport: { width, height: 760 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(patience);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return { context, page, errors };
}

/** The slips on the print page: each one's household number, code and QR address. */
async function slipsOn(page: Page) {
  await page.getByTestId("activation-slip").first().waitFor();
  return page.getByTestId("activation-slip").evaluateAll((slips) =>
    slips.map((slip) => ({
      household: slip.getAttribute("data-household")!,
      url: slip.getAttribute("data-url")!,
      qrUrl: slip.querySelector("[data-testid=activation-qr]")?.getAttribute("data-url") ?? null,
      qrDrawn: Boolean(slip.querySelector("[data-testid=activation-qr] svg")),
      code: (slip.querySelector("[data-testid=activation-code]")?.textContent ?? "").replace(/\s/g, ""),
    })),
  );
}

/** Fills the activation form (the code comes from the link) and presses 开通. */
async function activate(page: Page, password: string, phone?: string) {
  await page.locator('input[name="password"]').fill(password);
  await page.locator('input[name="repeat"]').fill(password);
  if (phone) await page.locator('input[name="phone"]').fill(phone);
  await page.getByRole("button", { name: "开通", exact: true }).click();
}

describe.skipIf(!run)("residents' accounts: slips, activation, phone login", () => {
  let server: TestServer;
  let browser: Browser;
  let committee: ConsolePage;
  let gateway: http.Server;
  const texts: { to: string; text: string }[] = [];
  let households: Household[];
  /** The first slip, for one household from its page; replaced by the village's slips later. */
  let firstSlip: { household: string; url: string; code: string };
  let villageSlips: Awaited<ReturnType<typeof slipsOn>>;
  const residentPhone = "19912340001";
  const residentPassword = "our-family-points-1";

  beforeAll(async () => {
    // The district's text-message gateway, here: it keeps what it is asked to send.
    gateway = http.createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        const { to, text } = JSON.parse(body) as { to: string; text: string };
        texts.push({ to, text });
        res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, "127.0.0.1", resolve));
    const gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`;
    [server, browser] = await Promise.all([
      startDemoServer({ env: { CUNWU_SMS_SENDER: "http", CUNWU_SMS_WEBHOOK_URL: gatewayUrl, CUNWU_SMS_WEBHOOK_SECRET: secret } }),
      launchBrowser(),
    ]);
    const { households: page } = await server.ok<{ households: { items: Household[] } }>(
      `{ households(perPage: 100, sort: [{ field: "number", order: ASC }]) { items { id number headName } } }`,
      {},
      await server.login("village"),
    );
    households = page.items;
    committee = await signedIn(browser, server.url, "village");
  });
  afterAll(async () => {
    expect(committee?.errors ?? []).toEqual([]);
    await browser?.close();
    await server?.close();
    gateway?.closeAllConnections();
    await new Promise((resolve) => gateway?.close(resolve));
  });

  it("prints one household's slip from its page: the code, its QR to the activation page, the expiry", async () => {
    const household = households[1]!;
    const page = committee.page;
    await open(page, `/households/${household.id}/show`);
    await page.getByRole("button", { name: "打印激活单" }).first().click();
    await page.locator(".MuiDialog-root .ra-confirm").click();
    const [slip, ...more] = await slipsOn(page);
    expect(more).toEqual([]);
    expect(slip!.household).toBe(household.number);
    expect(slip!.code).toMatch(/^[A-Z2-9]{8,}$/);
    // The QR holds the console's own activation address with the code filled in.
    expect(slip!.url).toBe(`${server.url}/#/activate?code=${slip!.code}`);
    expect(slip!.qrUrl).toBe(slip!.url);
    await expect.poll(async () => (await slipsOn(page))[0]!.qrDrawn, { timeout: patience }).toBe(true);
    await see(page, household.headName);
    await see(page, /有效期至 \d{4}-\d{2}-\d{2}/);
    await see(page, "设置密码即可查看积分");
    firstSlip = slip!;
  });

  it("prints the village's slips after saying how many households get one; ten to a page; gone after a reload", async () => {
    const page = committee.page;
    await open(page, "/households");
    await page.getByRole("button", { name: "开通居民账号 / 打印激活单" }).click();
    const dialog = page.locator(".MuiDialog-root");
    await dialog.getByText("以前发出但还没用的激活码将作废").waitFor();
    const count = numberIn(await dialog.locator(".MuiDialogContent-root").innerText());
    // Every household but the demo resident's has no account yet.
    expect(count).toBe(households.length - 1);
    await dialog.locator(".ra-confirm").click();
    villageSlips = await slipsOn(page);
    expect(villageSlips).toHaveLength(count);
    expect(new Set(villageSlips.map((s) => s.code)).size).toBe(count);
    expect(await page.locator(".activation-page").count()).toBe(Math.ceil(count / 10));
    await see(page, `共 ${count} 张`);
    await shootBothSizes(page, "activation-slips");
    // The codes live only in the page that issued them.
    await page.reload();
    await see(page, "激活码已不在页面上");
    expect(await page.getByTestId("activation-slip").count()).toBe(0);
  });

  it("a household without an account gets a QR without a code on its passbook", async () => {
    const page = committee.page;
    await open(page, `/passbook/${households[3]!.id}`);
    const invite = page.getByTestId("activation-invite");
    await invite.waitFor();
    expect(await invite.getByTestId("activation-qr").getAttribute("data-url")).toBe(`${server.url}/#/activate`);
    await see(page, "激活码请向村委会领取激活单");
  });

  it("a resident activates from the slip's QR link on a phone and lands on the balance with the login name", async () => {
    const slip = villageSlips.find((s) => s.household === households[1]!.number)!;
    const resident = await onPhone(browser, 360);
    try {
      await resident.page.goto(slip.url);
      await resident.page.getByTestId("activate-page").waitFor();
      expect(await resident.page.locator('input[name="code"]').inputValue()).toBe(slip.code);
      await shootBothSizes(resident.page, "activate-page", screenshot);
      // Two passwords that differ are caught before anything is sent.
      await resident.page.locator('input[name="password"]').fill(residentPassword);
      await resident.page.locator('input[name="repeat"]').fill("something-else-9");
      await resident.page.getByRole("button", { name: "开通", exact: true }).click();
      await see(resident.page, "两次输入的密码不一样");
      await activate(resident.page, residentPassword, residentPhone);
      await resident.page.getByTestId("welcome-username").waitFor();
      expect(await resident.page.getByTestId("welcome-username").innerText()).toContain(`您的登录名是 ${residentPhone}`);
      await resident.page.getByTestId("my-balance").waitFor();
      await see(resident.page, households[1]!.headName);
      await shootBothSizes(resident.page, "activated-resident-home");
      expect(resident.errors).toEqual([]);
    } finally {
      await resident.context.close();
    }
  });

  it("the resident logs out and back in with a text-message code; a wrong code says so", async () => {
    const resident = await onPhone(browser, 390);
    try {
      await loginInConsole(resident.page, server.url, residentPhone, residentPassword);
      await resident.page.getByTestId("my-balance").waitFor();
      await resident.page.getByRole("button", { name: "个人" }).click();
      await resident.page.getByRole("menuitem", { name: "退出登录" }).click();
      await resident.page.waitForURL((url) => url.hash.startsWith("#/login"));
      await shootBothSizes(resident.page, "login-with-phone-link", screenshot);
      await resident.page.getByTestId("phone-login-link").click();
      await resident.page.getByTestId("phone-login-page").waitFor();
      await resident.page.locator('input[name="phone"]').fill(residentPhone);
      await resident.page.getByRole("button", { name: "获取验证码" }).click();
      await see(resident.page, /\d+ 秒后再获取/);
      await expect.poll(() => texts.filter((t) => t.to === residentPhone).length, { timeout: patience }).toBe(1);
      const code = /\b(\d{6})\b/.exec(texts.find((t) => t.to === residentPhone)!.text)![1]!;
      await shootBothSizes(resident.page, "phone-login", screenshot);
      const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
      await resident.page.locator('input[name="code"]').fill(wrong);
      await resident.page.getByRole("button", { name: "登录", exact: true }).click();
      await see(resident.page, "验证码不对或已过期");
      await resident.page.locator('input[name="code"]').fill(code);
      await resident.page.getByRole("button", { name: "登录", exact: true }).click();
      await resident.page.getByTestId("my-balance").waitFor();
      await see(resident.page, households[1]!.headName);
      expect(resident.errors).toEqual([]);
    } finally {
      await resident.context.close();
    }
  });

  it("a used code and a replaced code each say why they no longer open an account", async () => {
    const other = await onPhone(browser, 360);
    try {
      const used = villageSlips.find((s) => s.household === households[1]!.number)!;
      await other.page.goto(used.url);
      await other.page.getByTestId("activate-page").waitFor();
      await activate(other.page, "another-password-2");
      await see(other.page, "这个激活码已经用过了");
      // The first slip's code was replaced when the village's slips were issued.
      expect(firstSlip.household).toBe(households[1]!.number);
      await other.page.goto(firstSlip.url);
      await other.page.getByTestId("activate-page").waitFor();
      expect(await other.page.locator('input[name="code"]').inputValue()).toBe(firstSlip.code);
      await activate(other.page, "another-password-2");
      await see(other.page, "已被新的激活码替换");
    } finally {
      await other.context.close();
    }
  });

  it("a family member gets a slip from the household's page; disabled there, their next login fails", async () => {
    const household = households[1]!;
    const page = committee.page;
    await open(page, `/households/${household.id}/show/residents`);
    await page.getByTestId("resident-account").first().waitFor();
    await page.getByRole("button", { name: "为家庭成员开通" }).click();
    await page.locator(".MuiDialog-root .ra-confirm").click();
    const [slip] = await slipsOn(page);
    const member = await onPhone(browser, 390);
    let username: string;
    try {
      await member.page.goto(slip!.url);
      await member.page.getByTestId("activate-page").waitFor();
      await activate(member.page, "member-password-3");
      await member.page.getByTestId("welcome-username").waitFor();
      username = /您的登录名是 (\S+?)，/.exec(await member.page.getByTestId("welcome-username").innerText())![1]!;
      await member.page.getByTestId("my-balance").waitFor();
    } finally {
      await member.context.close();
    }

    await open(page, `/households/${household.id}/show/residents`);
    const row = page.locator(`[data-testid=resident-account][data-username="${username}"]`);
    await row.waitFor();
    expect(await page.getByTestId("resident-account").count()).toBe(2);
    await shootBothSizes(page, "household-resident-accounts");
    await row.getByRole("button", { name: "停用" }).click();
    await page.locator(".MuiDialog-root .ra-confirm").click();
    await row.getByText("已停用").waitFor();

    const again = await onPhone(browser, 390);
    try {
      await loginInConsole(again.page, server.url, username, "member-password-3");
      await see(again.page, "用户名或密码错误");
      expect(new URL(again.page.url()).hash).toMatch(/^#\/login/);
    } finally {
      await again.context.close();
    }
  });
});
