import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Browser } from "playwright-core";
import { formatBytes, formatDateTime } from "../../admin/src/common/format";
import { hasChromium, launchBrowser } from "../support/browser";
import { testDatabaseKind } from "../support/database";
import { patience } from "../support/patience";
import type { TestServer } from "../support/server";
import { open, see, shootBothSizes, signedIn, startDemoServer, type ConsolePage } from "../support/console/pages";

// 最近备份 on the district admin's home screen: the time and size the server
// reports for its newest backup, the warning when the server calls it stale,
// and no such line for anyone else.

const run = hasChromium && testDatabaseKind === "pglite";

describe.skipIf(!run)("the last backup on the admin's home screen", () => {
  let server: TestServer;
  let browser: Browser;
  const pages: ConsolePage[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cunwu-backups-"));
  let last: { name: string; bytes: number; at: string };

  beforeAll(async () => {
    // The scheduler on: its first run takes the day's backup at once (the next is a day later).
    [server, browser] = await Promise.all([startDemoServer({ env: { CUNWU_BACKUP_DIR: dir, CUNWU_SCHEDULER_SECONDS: "86400" } }), launchBrowser()]);
    const admin = await server.login("admin");
    await vi.waitFor(
      async () => {
        const data = await server.ok<{ backupStatus: { last: typeof last | null } }>(`{ backupStatus { last { name bytes at } } }`, {}, admin);
        expect(data.backupStatus.last).not.toBeNull();
        last = data.backupStatus.last!;
      },
      { timeout: patience, interval: 250 },
    );
  });
  afterAll(async () => {
    expect(pages.flatMap((p) => p.errors)).toEqual([]);
    await browser?.close();
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("shows the admin the newest backup's time and size, and warns when the server says it is stale", async () => {
    const admin = await signedIn(browser, server.url, "admin");
    pages.push(admin);
    const { page } = admin;
    const card = page.getByTestId("backup-card");
    await see(page, "最近备份");
    await expect.poll(() => card.getByTestId("backup-last").innerText(), { timeout: patience }).toBe(`${formatDateTime(last.at)}，${formatBytes(last.bytes, "zh-CN")}`);
    expect(await card.innerText()).toContain("服务器每天自动备份，保留最近 14 份");
    expect(await card.getAttribute("data-stale")).toBe("false");
    expect(await card.getAttribute("role")).toBe("status");
    await shootBothSizes(page, "dashboard-backup");

    // Two days old: the server calls it stale, and the line turns to a warning.
    const twoDays = new Date(Date.now() - 48 * 3600 * 1000);
    fs.utimesSync(path.join(dir, last.name), twoDays, twoDays);
    await open(page, "/");
    await see(page, "已超过一天没有备份");
    expect(await card.getAttribute("role")).toBe("alert");
    expect(await card.getAttribute("data-stale")).toBe("true");
    await expect.poll(() => card.getByTestId("backup-last").innerText()).toContain(formatDateTime(twoDays.toISOString()));
    await shootBothSizes(page, "dashboard-backup-stale");
  });

  it("shows no backup line to a village committee", async () => {
    const village = await signedIn(browser, server.url, "village");
    pages.push(village);
    // The committee's own cards are there; the backup line is not.
    await see(village.page, /您好/);
    await village.page.getByTestId("points-card").waitFor();
    expect(await village.page.getByTestId("backup-card").count()).toBe(0);
    expect(await village.page.getByText("最近备份").count()).toBe(0);
  });
});
