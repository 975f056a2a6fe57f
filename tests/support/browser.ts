import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's Chromium; a test tool's own browser download does not work on these machines. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = fs.existsSync(chromiumPath);

export const artifactsDir = path.resolve(import.meta.dirname, "../artifacts");

/** Browsers launched by this worker and still connected: a failed test's pages are shot from here (setup.ts). */
const launched = new Set<Browser>();

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // The machine's network is closed: no background connections, no GPU.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
  launched.add(browser);
  browser.once("disconnected", () => launched.delete(browser));
  return browser;
}

/**
 * When a browser test fails, what every open page showed, into
 * tests/artifacts/failed-<test>-<n>.png: a flake that leaves no picture
 * cannot be told apart from a bug. Best effort: a page that cannot be shot
 * (closed, crashed) is skipped.
 */
export async function shootOpenPages(testName: string): Promise<void> {
  const base = `failed-${testName.replace(/[^\p{L}\p{N}]+/gu, "-").slice(0, 80)}`;
  const pages = [...launched].flatMap((browser) => browser.contexts().flatMap((context) => context.pages()));
  await Promise.all(pages.map((page, i) => screenshot(page, `${base}-${i + 1}`).catch(() => {})));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

/** Logs in through the console's login form. */
export async function loginInConsole(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
}
