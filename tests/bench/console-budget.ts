import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { Browser, BrowserContext } from "playwright-core";
import { hasChromium, launchBrowser, loginInConsole } from "../support/browser";
import { demoPassword, startTestServer } from "../support/server";
import { median, printTable } from "./report";

// The console's budget: what a village office's laptop downloads before the
// first screen (gzip, as the server sends it), and how long the household
// list takes to show its first rows on the demo district.

const distDir = path.resolve(import.meta.dirname, "../../admin/dist");

interface Asset {
  file: string;
  bytes: number;
  gzip: number;
}

const measure = (file: string): Asset => {
  const content = fs.readFileSync(path.join(distDir, file));
  return { file, bytes: content.length, gzip: zlib.gzipSync(content, { level: 6 }).length };
};

/** The scripts index.html loads at once: its entry module and every modulepreload. */
export function initialAssets(): { initial: Asset[]; lazy: Asset[] } {
  const html = fs.readFileSync(path.join(distDir, "index.html"), "utf8");
  const referenced = new Set<string>();
  for (const match of html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="\/?([^"]+\.(?:js|css))"/g)) referenced.add(match[1]!);
  const all = fs.readdirSync(path.join(distDir, "assets")).filter((f) => /\.(js|css)$/.test(f)).map((f) => `assets/${f}`);
  return {
    initial: all.filter((f) => referenced.has(f)).map(measure),
    lazy: all.filter((f) => !referenced.has(f)).map(measure),
  };
}

const viewport = { width: 1366, height: 900 };
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/** A fresh tab (no cached code), its CPU slowed `cpuSlowdown` times. */
async function freshTab(browser: Browser, cpuSlowdown: number, storageState?: Awaited<ReturnType<BrowserContext["storageState"]>>) {
  const context = await browser.newContext({ viewport, locale: "zh-CN", storageState });
  const page = await context.newPage();
  if (cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
  }
  return { context, page };
}

/** Milliseconds from opening `/` with no session to the login form on screen, and the navigations on the way. */
async function timeToLoginForm(browser: Browser, baseUrl: string, cpuSlowdown: number, runs: number) {
  const times: number[] = [];
  const navigations: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { context, page } = await freshTab(browser, cpuSlowdown);
    let count = 0;
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) count += 1;
    });
    const started = performance.now();
    await page.goto(`${baseUrl}/`);
    await page.locator('input[name="username"]').waitFor({ timeout: 60_000 });
    times.push(Math.round(performance.now() - started));
    navigations.push(count);
    await context.close();
  }
  return { times, navigations };
}

/** Milliseconds from opening the household list to its first row on screen. */
async function timeToFirstList(browser: Browser, baseUrl: string, cpuSlowdown: number, runs: number): Promise<number[]> {
  // Sign in once; each run then starts a fresh context (no cached code) that
  // only carries the stored session, as on a morning's first visit.
  const login = await browser.newContext({ viewport, locale: "zh-CN" });
  const loginPage = await login.newPage();
  await loginInConsole(loginPage, baseUrl, "village", demoPassword);
  await loginPage.waitForURL((url) => url.hash === "#/" || url.hash === "");
  await loginPage.locator("#main-content").waitFor();
  const storageState = await login.storageState();
  await login.close();

  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { context, page } = await freshTab(browser, cpuSlowdown, storageState);
    const started = performance.now();
    await page.goto(`${baseUrl}/#/households`);
    await page.locator(".RaDatagrid-row, .RaDataTable-row").first().waitFor({ timeout: 60_000 });
    times.push(Math.round(performance.now() - started));
    await context.close();
  }
  return times;
}

export async function consoleBudget(): Promise<void> {
  if (!fs.existsSync(path.join(distDir, "index.html"))) {
    throw new Error("admin/dist is missing: run `pnpm --filter @cunwu/admin build` first");
  }
  const { initial, lazy } = initialAssets();
  const sum = (assets: Asset[], ext: string) => assets.filter((a) => a.file.endsWith(ext)).reduce((s, a) => s + a.gzip, 0);
  console.log("\nConsole: initial download (what index.html loads before the first screen)");
  printTable(
    ["asset", "raw", "gzip"],
    initial.map((a) => [a.file, kB(a.bytes), kB(a.gzip)]),
  );
  console.log(`initial JavaScript, gzip: ${kB(sum(initial, ".js"))}  (CSS ${kB(sum(initial, ".css"))})`);
  console.log(`loaded later on demand: ${lazy.length} chunks, ${kB(sum(lazy, ".js"))} gzip JavaScript in all`);

  if (!hasChromium) {
    console.log("time to first list render: skipped (no Chromium at /usr/bin/chromium)");
    return;
  }
  const server = await startTestServer({ fixture: "demo-year" });
  const browser = await launchBrowser();
  try {
    const runs = 5;
    const cpu = (slowdown: number) => (slowdown === 1 ? "this machine" : `CPU ${slowdown}x slower (old laptop)`);
    const firstScreen: string[][] = [];
    for (const slowdown of [1, 4]) {
      const { times, navigations } = await timeToLoginForm(browser, server.url, slowdown, runs);
      firstScreen.push([cpu(slowdown), `${Math.round(median(times))} ms`, times.join(", "), String(Math.max(...navigations))]);
    }
    console.log(`\nConsole: the first screen (opening / with no session, fresh tab, until the login form shows; goal < 3 s on the demo, a few navigations; ${runs} runs)`);
    printTable(["CPU", "median", "runs (ms)", "navigations (most)"], firstScreen);

    const rows: string[][] = [];
    for (const slowdown of [1, 4]) {
      const times = await timeToFirstList(browser, server.url, slowdown, runs);
      rows.push([cpu(slowdown), `${Math.round(median(times))} ms`, times.join(", ")]);
    }
    console.log(`\nConsole: time to first list render (village committee opens 户 list, demo data, fresh tab, ${runs} runs)`);
    printTable(["CPU", "median", "runs (ms)"], rows);
  } finally {
    await browser.close();
    await server.close();
  }
}
