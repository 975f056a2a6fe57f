import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { hasChromium, launchBrowser } from "../support/browser";
import { testDatabaseKind } from "../support/database";
import type { TestServer } from "../support/server";
import { open, phone, see, settle, shoot, shootBothSizes, shootWide, signedIn, startDemoServer, type ConsolePage } from "../support/console/pages";

// Photos on a matter in the console: a resident on the phone takes two photos
// (one a large camera picture, shrunk in the browser before it is sent), sees
// them as thumbnails, submits; the matter's page shows them and opens the
// full photo; staff see the same photos. A file that is no photo, one over
// the server's size limit (2 MB here) and a tenth photo are refused in words,
// as is a photo past the user's upload rate (11 in ten minutes here).

/** A phone page as the resident holds it, and nothing on it wider than the phone. */
async function shootPhone(page: Page, name: string): Promise<void> {
  await shoot(page, `${name}-390`, { fullPage: false });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
}

const run = hasChromium && testDatabaseKind === "pglite";
const TITLE = "桥头护栏断了";

describe.skipIf(!run)("photos on civic matters in the console", () => {
  let server: TestServer;
  let browser: Browser;
  let resident: ConsolePage;
  let district: ConsolePage;
  let dir: string;
  /** A small photo-like PNG whose colour tells it apart. */
  const drawn = async (name: string, shade: number) => {
    const file = path.join(dir, name);
    await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 40 + shade * 18, g: 120, b: 90 } } }).png().toFile(file);
    return file;
  };
  let matterPath = "";
  const files = { camera: "", drawing: "", text: "" };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cunwu-photos-"));
    files.camera = path.join(dir, "IMG_0001.jpg");
    files.drawing = path.join(dir, "rail.png");
    files.text = path.join(dir, "notes.jpg");
    // A 12-megapixel photo as a phone makes it (noise keeps the JPEG large, over 3 MB; shrunk, it is under the 2 MB limit).
    await sharp({ create: { width: 4000, height: 3000, channels: 3, background: "#777", noise: { type: "gaussian", mean: 120, sigma: 25 } } })
      .jpeg({ quality: 90 })
      .toFile(files.camera);
    await sharp({ create: { width: 800, height: 600, channels: 4, background: { r: 200, g: 60, b: 40, alpha: 1 } } }).png().toFile(files.drawing);
    fs.writeFileSync(files.text, "not a photo at all");
    [server, browser] = await Promise.all([startDemoServer({ env: { CUNWU_UPLOAD_MAX_MB: "2", CUNWU_UPLOADS_PER_10_MIN: "11" } }), launchBrowser()]);
    [resident, district] = await Promise.all([signedIn(browser, server.url, "resident", phone), signedIn(browser, server.url, "district")]);
  });

  afterAll(async () => {
    // The browser logs the refused uploads (415, 413, 429) itself; nothing else may fail.
    const refused = /^resident: Failed to load resource: the server responded with a status of (415|413|429) /;
    expect([resident, district].flatMap((p) => p?.errors ?? []).filter((e) => !refused.test(e))).toEqual([]);
    await browser?.close();
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("lets a resident raise a matter with two photos from the phone", async () => {
    const { page } = resident;
    const sent: number[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname === "/files") sent.push(request.postDataBuffer()?.length ?? 0);
    });
    await open(page, "/civicMatters/create");
    await see(page, "把烦心事告诉村里");
    await page.getByRole("combobox", { name: "类别" }).click();
    await page.getByRole("option").first().click();
    await page.locator('input[name="title"]').fill(TITLE);
    await page.locator('textarea[name="content"]').fill("村东小桥的护栏断了一截，孩子上学要从桥上过。");
    await page.getByRole("button", { name: "拍照" }).waitFor();
    await page.getByRole("button", { name: "从相册选择" }).waitFor();

    // A file that is no photo: refused in words, and removed again.
    await page.getByTestId("photo-album").setInputFiles(files.text);
    await see(page, "这个文件不是能识别的照片");
    await page.getByRole("button", { name: "删除照片" }).click();
    await expect.poll(() => page.getByTestId("picked-photo").count(), settle).toBe(0);

    await page.getByTestId("photo-camera").setInputFiles([files.camera, files.drawing]);
    await expect.poll(() => page.locator('[data-testid="picked-photo"][data-uploaded="yes"]').count(), settle).toBe(2);
    await see(page, "照片（2/9）");
    // The camera's photo went shrunk (at most 2560 px as JPEG), smaller than the file taken.
    expect(sent.length).toBe(3);
    expect(Math.max(...sent)).toBeLessThan(fs.statSync(files.camera).size);
    await shootPhone(page, "photos-resident-form");

    await page.getByRole("button", { name: "提交" }).click();
    await see(page, /已提交（编号 MS-\d{4}-\d{5}）/);
    await page.waitForURL(/\/civicMatters\/\d+\/show/);
    matterPath = new URL(page.url()).hash.slice(1);
    await see(page, TITLE);
    await expect.poll(() => page.getByTestId("photo-thumbnail").count(), settle).toBe(2);
    // The thumbnails load (signed links), the first the camera's photo laid landscape.
    await expect.poll(() => page.getByTestId("photo-thumbnail").first().evaluate((img: HTMLImageElement) => img.naturalWidth), settle).toBe(480);
    await shootPhone(page, "photos-resident-matter");
    await shootWide(browser, resident, "resident", "photos-resident-matter");

    await page.getByRole("button", { name: "查看第 1 张照片" }).click();
    await see(page, "第 1 张，共 2 张");
    const full = page.getByTestId("photo-full");
    await expect.poll(() => full.evaluate((img: HTMLImageElement) => img.naturalWidth), settle).toBe(2048);
    await page.getByRole("button", { name: "下一张" }).click();
    await see(page, "第 2 张，共 2 张");
    await expect.poll(() => full.evaluate((img: HTMLImageElement) => img.naturalWidth), settle).toBe(800);
    await page.getByRole("button", { name: "关闭" }).click();
    await expect.poll(() => page.getByTestId("photo-full").count(), settle).toBe(0);
  });

  it("shows staff the same photos on the matter's page", async () => {
    expect(matterPath).not.toBe("");
    const { page } = district;
    await open(page, matterPath);
    await see(page, TITLE);
    await expect.poll(() => page.getByTestId("photo-thumbnail").count(), settle).toBe(2);
    await expect.poll(() => page.getByTestId("photo-thumbnail").nth(1).evaluate((img: HTMLImageElement) => img.naturalWidth), settle).toBe(480);
    await page.getByRole("button", { name: "查看第 2 张照片" }).click();
    await expect.poll(() => page.getByTestId("photo-full").evaluate((img: HTMLImageElement) => img.naturalWidth), settle).toBe(800);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByTestId("photo-full").count(), settle).toBe(0);
    await shootBothSizes(page, "photos-staff-matter");
  });

  it("refuses in words a photo too large, a tenth photo and photos sent too fast", async () => {
    const { page } = resident;
    const small = await Promise.all(Array.from({ length: 11 }, (_, i) => drawn(`small-${i}.png`, i)));
    // 2.9 MB of noise at 1000 px: sent as it is (not over 2560 px or 3 MB), over the server's 2 MB.
    const large = path.join(dir, "large.png");
    await sharp({ create: { width: 1000, height: 1000, channels: 3, background: "#777", noise: { type: "gaussian", mean: 120, sigma: 60 } } }).png().toFile(large);
    await open(page, "/civicMatters/create");
    await see(page, "把烦心事告诉村里");
    const picked = page.getByTestId("picked-photo");
    const uploaded = page.locator('[data-testid="picked-photo"][data-uploaded="yes"]');

    await page.getByTestId("photo-album").setInputFiles(large);
    await see(page, "这张照片太大了（最大 2 MB）。");
    await page.getByRole("button", { name: "删除照片" }).click();
    await expect.poll(() => picked.count(), settle).toBe(0);

    // Ten at once: nine are taken (the server's limit per record), the form says why not the tenth.
    await page.getByTestId("photo-album").setInputFiles(small.slice(0, 10));
    await see(page, /最多 9 张照片/);
    await expect.poll(() => uploaded.count(), settle).toBe(9);
    await see(page, "照片（9/9）");
    expect(await page.getByRole("button", { name: "从相册选择" }).isDisabled()).toBe(true);

    // Two earlier and nine now: the resident's eleven of ten minutes are used.
    await picked.first().getByRole("button", { name: "删除照片" }).click();
    await page.getByTestId("photo-album").setInputFiles(small[10]!);
    await see(page, "短时间内发送的照片太多，请过几分钟再试。");
    expect(await uploaded.count()).toBe(8);
    await shootBothSizes(page, "photos-resident-limits");
  });
});
