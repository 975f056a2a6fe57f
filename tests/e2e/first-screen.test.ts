import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { hasChromium, launchBrowser, screenshot } from "../support/browser";
import { testDatabaseKind } from "../support/database";
import { demoPassword, startTestServer, type TestServer } from "../support/server";
import { patience } from "../support/patience";
import { shootBothSizes, signedIn, waitIdle } from "../support/console/pages";

// The first screen of the day: without a session (or with last night's
// expired one) the console shows the login form in a few navigations, not
// after a white page of a thousand redirects, and after the login it opens
// the screen that was asked for. A session the server ends mid-work goes to
// the login form once and comes back to the same screen.

const run = hasChromium && testDatabaseKind === "pglite";

/** The most main-frame navigations before the form: the load, the move to #/login, react-admin's own settling. */
const fewNavigations = 5;

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe.skipIf(!run)("the first screen", () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  /** A fresh tab (nothing cached, nothing stored but `storage`) that counts its navigations. */
  async function freshTab(storage?: Record<string, string>) {
    const context = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    contexts.push(context);
    if (storage) {
      // Only on the first load: the login afterwards stores the new session.
      await context.addInitScript((items) => {
        if (sessionStorage.getItem("test.stored")) return;
        sessionStorage.setItem("test.stored", "1");
        for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
      }, storage);
    }
    const page = await context.newPage();
    page.setDefaultTimeout(patience);
    page.on("pageerror", (error) => errors.push(error.message));
    const navigations = { count: 0 };
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) navigations.count += 1;
    });
    return { page, navigations };
  }

  async function logIn(page: Page, username = "village") {
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(demoPassword);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => !url.hash.startsWith("#/login"));
    await page.locator("#main-content").waitFor();
    await waitIdle(page);
  }

  const hashOf = (page: Page) => new URL(page.url()).hash;

  it.each([
    ["/", "#/"],
    ["/#/households", "#/households"],
    ["/#/pointEntries?perPage=25", "#/pointEntries?perPage=25"],
  ])("opening %s with no session shows the login form at once, then that screen", async (path, after) => {
    const { page, navigations } = await freshTab();
    await page.goto(`${server.url}${path}`);
    await page.locator('input[name="username"]').waitFor();
    expect(hashOf(page)).toBe("#/login");
    expect(navigations.count).toBeLessThanOrEqual(fewNavigations);
    if (path === "/") await shootBothSizes(page, "first-screen-login", screenshot);
    await logIn(page);
    expect(hashOf(page)).toBe(after);
  });

  it("treats last night's expired session as none: the login form, then the bookmarked screen", async () => {
    const expired = `${base64url({ alg: "HS256" })}.${base64url({ sub: "6", exp: Math.floor(Date.now() / 1000) - 3600 })}.signature`;
    const user = { id: "6", username: "village", displayName: "陈德明", role: "VILLAGE_COMMITTEE", villageId: "1" };
    const { page, navigations } = await freshTab({ "cunwu.token": expired, "cunwu.user": JSON.stringify(user) });
    await page.goto(`${server.url}/#/households`);
    await page.locator('input[name="username"]').waitFor();
    expect(navigations.count).toBeLessThanOrEqual(fewNavigations);
    // The stale session is gone, not sent with the login.
    expect(await page.evaluate(() => localStorage.getItem("cunwu.token"))).toBeNull();
    await logIn(page);
    expect(hashOf(page)).toBe("#/households");
  });

  it("goes to the login form once when the server ends the session mid-work, and back to the same screen", async () => {
    const signed = await signedIn(browser, server.url, "village");
    contexts.push(signed.context);
    const { page } = signed;
    const seen: string[] = [];
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) seen.push(new URL(frame.url()).hash);
    });
    // The server no longer accepts the token (revoked, or the secret changed).
    await page.evaluate(() => localStorage.setItem("cunwu.token", "no.longer.valid"));
    await page.goto(`${server.url}/#/pointEntries`);
    await page.locator('input[name="username"]').waitFor();
    // Every query of the screen fails; the console still moves to the form once.
    await page.waitForLoadState("networkidle");
    expect(seen.filter((hash) => hash.startsWith("#/login"))).toHaveLength(1);
    expect(seen.length).toBeLessThanOrEqual(fewNavigations);
    await logIn(page);
    expect(hashOf(page)).toBe("#/pointEntries");
    expect(signed.errors).toEqual([]);
  });
});
