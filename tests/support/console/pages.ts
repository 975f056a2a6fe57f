import { expect } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import fs from "node:fs";
import path from "node:path";
import { artifactsDir, loginInConsole, screenshot } from "../browser";
import { demoPassword, startTestServer, type TestServer } from "../server";
import { patience } from "../patience";

// Driving the console in Chromium: a signed-in page per user, the menu as
// the user sees it, waiting for words on the screen.

/** The office screen: the common 1366×768 laptop. */
export const desktop = { width: 1366, height: 768 };
/**
 * How long a figure on screen may take to settle: a page may first show what
 * react-admin has cached, then the server's fresh answer.
 */
export const settle = { timeout: patience, interval: 100 };

/** The resident's phone. */
export const phone = { width: 390, height: 844 };

export interface ConsolePage {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors and console errors of the page: a screen that works has none. */
  errors: string[];
}

/** A fresh browser context (its own localStorage) signed in as `username`. */
export async function signedIn(
  browser: Browser,
  baseUrl: string,
  username: string,
  viewport: { width: number; height: number } = desktop,
): Promise<ConsolePage> {
  const context = await browser.newContext({
    viewport,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    deviceScaleFactor: 1,
    isMobile: viewport.width < 600,
    hasTouch: viewport.width < 600,
  });
  const page = await context.newPage();
  // Every wait on the page waits for readiness, as long as a loaded machine needs.
  page.setDefaultTimeout(patience);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`${username}: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${username}: ${message.text()}`);
  });
  await loginInConsole(page, baseUrl, username, demoPassword);
  // The dashboard shows once the session is stored.
  await page.waitForURL((url) => url.hash === "#/" || url.hash === "");
  await page.locator("#main-content").waitFor();
  return { context, page, errors };
}

/** Goes to a console route (`/award`, `/households/1/show`) and waits for the page to settle. */
export async function open(page: Page, route: string): Promise<void> {
  const url = `${new URL(page.url()).origin}/#${route}`;
  // Going to the page it is on already changes nothing: load it afresh.
  if (page.url() === url) await page.reload();
  else await page.goto(url);
  await page.locator("#main-content").waitFor();
  await waitIdle(page);
}

/** No query or mutation in flight: react-admin's app-bar spinner is gone. */
export async function waitIdle(page: Page): Promise<void> {
  await page.locator(".RaLoadingIndicator-loader").waitFor({ state: "detached" });
}

/** The side menu's entries as the user reads them (the sidebar may be a drawer on a phone). */
export async function menuEntries(page: Page): Promise<string[]> {
  const items = page.locator(".RaMenuItemLink-root");
  await items.first().waitFor();
  return (await items.allInnerTexts()).map((text) => text.trim()).filter(Boolean);
}

/** Waits until the text shows anywhere on the page. */
export async function see(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).first().waitFor();
}

/**
 * A screenshot into tests/artifacts once the page is quiet and no dialog is
 * fading: the full page, or on a phone the screen as the user holds it.
 */
export async function shoot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  // A screen's code arrives on demand: wait until its content is drawn.
  await page.waitForFunction(() => (document.querySelector("#main-content")?.textContent ?? "").trim().length > 0);
  await waitIdle(page);
  await page.locator(".MuiDialog-root").waitFor({ state: "detached", timeout: 3_000 }).catch(() => {});
  // Let transitions (a closing drawer, a fading row) finish.
  await page.waitForTimeout(200);
  if (fullPage) return screenshot(page, name);
  fs.mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`) });
}

/**
 * Waits until the page's main area has kept its place and size for ten
 * frames: after a resize the side menu slides back in, and a click during
 * the slide can land beside the link it aimed at.
 */
async function layoutSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = "";
        let still = 0;
        const frame = () => {
          const box = document.querySelector("#main-content")?.getBoundingClientRect();
          const now = box ? `${box.x},${box.y},${box.width},${box.height}` : "";
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= 10) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/**
 * A changed screen as both its users hold it: `name-1366` at 1366×768 and
 * `name-390` on a 390×844 phone (the page's own size first, then the other,
 * then back), and on the phone nothing is wider than the screen (tables
 * scroll inside their cards). `take` is the screenshot (`screenshot` for a
 * page with a dialog open or outside the app's layout, such as the login form).
 */
export async function shootBothSizes(page: Page, name: string, take: (page: Page, name: string) => Promise<void> = shoot): Promise<void> {
  const own = page.viewportSize() ?? desktop;
  let widest = 0;
  try {
    for (const size of own.width < 600 ? [own, desktop] : [own, phone]) {
      if (size !== own) await page.setViewportSize(size);
      await take(page, `${name}-${size.width}`);
      if (size.width < 600) widest = await page.evaluate(() => document.documentElement.scrollWidth);
    }
  } finally {
    await page.setViewportSize(own);
    await layoutSettled(page);
  }
  expect(widest, `${name} fits a ${phone.width} px phone`).toBeLessThanOrEqual(phone.width);
}

/**
 * The screen a phone page shows, also as it looks at 1366×768 (a resident on
 * a computer): the same user in a desktop window of its own, so the phone's
 * page keeps its layout (a window widened and narrowed again leaves
 * react-admin's side menu open over the page).
 */
export async function shootWide(
  browser: Browser,
  on: ConsolePage,
  username: string,
  name: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<void> {
  const wide = await signedIn(browser, new URL(on.page.url()).origin, username, { width: desktop.width, height: 768 });
  try {
    await wide.page.goto(on.page.url());
    await wide.page.locator("#main-content").waitFor();
    await waitIdle(wide.page);
    if (prepare) await prepare(wide.page);
    else await shoot(wide.page, `${name}-1366`, { fullPage: false });
    on.errors.push(...wide.errors);
  } finally {
    await wide.context.close();
  }
}

/** The first number in a text: "62 分" → 62, "1,234" → 1234. */
export const numberIn = (text: string): number => {
  const match = /-?[\d,]+/.exec(text);
  expect(match, `a number in "${text}"`).not.toBeNull();
  return Number(match![0].replace(/,/g, ""));
};

/**
 * A real server over a fresh database with the demo district and its past
 * year (awards, publicity, products, exchange events, redemptions), so the
 * screens look as they do in a village that has used the system for a while.
 */
export async function startDemoServer(options: { env?: Record<string, string> } = {}): Promise<TestServer> {
  // `env`: more settings, e.g. CUNWU_SMS_* for a test's own text-message gateway.
  return startTestServer({ fixture: "demo-year", env: options.env });
}

export interface HouseholdRow {
  id: string;
  number: string;
  headName: string;
  balance: number;
  villageId: string;
}

/** Reads what the screens should show straight from the API, as the committee. */
export function api(server: TestServer, token: string) {
  return {
    async household(number: string): Promise<HouseholdRow> {
      const { households } = await server.ok<{ households: { items: HouseholdRow[] } }>(
        `query ($q: String) { households(filter: { q: $q }) { items { id number headName balance villageId } } }`,
        { q: number },
        token,
      );
      const row = households.items.find((h) => h.number === number);
      if (!row) throw new Error(`no household ${number}`);
      return row;
    },
    async balance(householdId: string): Promise<number> {
      const { household } = await server.ok<{ household: { balance: number } }>(
        `query ($id: ID!) { household(id: $id) { balance } }`,
        { id: householdId },
        token,
      );
      return household.balance;
    },
    async redemptionCount(householdId: string): Promise<number> {
      const { redemptions } = await server.ok<{ redemptions: { total: number } }>(
        `query ($id: ID!) { redemptions(filter: { householdId: $id }) { total } }`,
        { id: householdId },
        token,
      );
      return redemptions.total;
    },
  };
}

/** The table row (or, on a phone, the row-like card) that holds the text. */
export const row = (page: Page, text: string | RegExp) => page.locator('tr, [role="row"]', { hasText: text }).first();
