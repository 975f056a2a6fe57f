import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { districtToday } from "../../admin/src/common/format";
import { hasChromium, launchBrowser } from "../support/browser";
import { testDatabaseKind } from "../support/database";
import type { TestServer } from "../support/server";
import { api, open, phone, see, settle, shoot, shootBothSizes, signedIn, startDemoServer, type ConsolePage, type HouseholdRow } from "../support/console/pages";
import { updateVillagePublicity } from "../support/ops/villages";

// Photos on the records behind the points, in the console as people use it:
// a committee awards 美丽庭院 with a photo of the deed and one household's
// courtyard on a village with 公示; the batch page and the printed 公示榜
// show them; a resident of the village sees them on the phone; a product
// gets a photo that residents see in the catalogue; an activity's
// participation gets a photo; the picker stops at the server's limit.

const run = hasChromium && testDatabaseKind === "pglite";

/** Waits until every image in `scope` has loaded (signed links that answer). */
const loaded = (scope: Locator) =>
  expect.poll(() => scope.evaluateAll((imgs: HTMLImageElement[]) => imgs.length > 0 && imgs.every((img) => img.complete && img.naturalWidth > 0)), settle).toBe(true);

/** Photos uploaded, as the picker marks them once the server has them. */
const arrived = (scope: Locator) => scope.locator('[data-testid="picked-photo"][data-uploaded="yes"]').count();

/** Presses a button that opens the file chooser and picks `files` in it, as a person does. */
async function choose(page: Page, button: Locator, files: string | string[]): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await button.click();
  await (await chooser).setFiles(files);
}

describe.skipIf(!run)("photos on awards, 公示, products and activities in the console", () => {
  let server: TestServer;
  let browser: Browser;
  let committee: ConsolePage;
  let resident: ConsolePage;
  let dir: string;
  let mine: HouseholdRow;
  let neighbour: HouseholdRow;
  let committeeToken: string;
  let perRecord = 0;
  let batchPath = "";
  const files: Record<"meeting" | "courtyard" | "basket" | "basket2" | "cleanup", string> = { meeting: "", courtyard: "", basket: "", basket2: "", cleanup: "" };
  const many: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cunwu-photos-records-"));
    const colours = { meeting: "#3a6ea5", courtyard: "#4caf50", basket: "#c8a165", basket2: "#8d6e63", cleanup: "#ff9800" };
    for (const [name, colour] of Object.entries(colours)) {
      const file = path.join(dir, `${name}.jpg`);
      await sharp({ create: { width: 1200, height: 900, channels: 3, background: colour } }).jpeg().toFile(file);
      files[name as keyof typeof files] = file;
    }
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    committeeToken = await server.login("village");
    const ledger = api(server, committeeToken);
    [mine, neighbour] = await Promise.all([ledger.household("PC01-001"), ledger.household("PC01-002")]);
    // 石门村 runs 3 days of 公示 in the demo; said here so the test does not lean on it.
    await updateVillagePublicity.ok(server, { id: mine.villageId, publicityDays: 3 }, await server.login("admin"));
    // The console asks the server for its limit; so does the test.
    ({ photoLimits: { perRecord } } = await server.ok<{ photoLimits: { perRecord: number } }>(`{ photoLimits { perRecord } }`, {}, committeeToken));
    for (let i = 0; i <= perRecord; i++) {
      const file = path.join(dir, `many-${i}.png`);
      await sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 20 * i, g: 120, b: 200 - 10 * i } } }).png().toFile(file);
      many.push(file);
    }
    [committee, resident] = await Promise.all([signedIn(browser, server.url, "village"), signedIn(browser, server.url, "resident", phone)]);
  });

  afterAll(async () => {
    expect([committee, resident].flatMap((p) => p?.errors ?? [])).toEqual([]);
    await browser?.close();
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("awards with a photo of the deed and one of a household's courtyard, and shows them on the batch", async () => {
    const { page } = committee;
    await open(page, "/award");
    await page.getByRole("button", { name: "自定分值" }).click();
    await page.locator('input[name="points"]').fill("6");
    await page.locator('input[name="reason"]').fill("美丽庭院");
    await page.getByTestId(`household-row-${mine.number}`).click();
    await page.getByTestId(`household-row-${neighbour.number}`).click();

    const whole = page.getByTestId("award-photos");
    await choose(page, whole.getByRole("button", { name: "从相册选择" }), files.meeting);
    await expect.poll(() => arrived(whole), settle).toBe(1);
    await see(page, `照片（1/${perRecord}）`);
    // The camera on the household's row: its photo is that household's, not the award's.
    await choose(page, page.getByRole("button", { name: `为 ${mine.number} ${mine.headName} 添加照片` }), files.courtyard);
    const courtyard = page.getByTestId(`household-photos-${mine.number}`);
    await expect.poll(() => arrived(courtyard), settle).toBe(1);
    await see(page, `${mine.number} ${mine.headName}：1/${perRecord}`);
    expect(await arrived(whole)).toBe(1);
    await shootBothSizes(page, "photos-award-form");

    await page.getByTestId("review-award").click();
    await see(page, "附照片：整体 1 张，1 户共 1 张。");
    await page.getByTestId("confirm-award").click();
    await see(page, "已进入公示");
    await expect.poll(() => page.getByTestId("award-result-strip").getByTestId("photo-thumbnail").count(), settle).toBe(1);
    await see(page, "1 户附有自己的照片（共 1 张）。");

    await page.getByRole("link", { name: "查看公示" }).click();
    await see(page, "美丽庭院");
    batchPath = new URL(page.url()).hash.slice(1);
    await loaded(page.getByTestId("batch-photos").getByTestId("photo-thumbnail"));
    await loaded(page.getByTestId(`line-photos-${mine.number}`).getByTestId("photo-thumbnail"));
    expect(await page.getByTestId(`line-photos-${neighbour.number}`).count()).toBe(0);
    await page.getByTestId(`line-photos-${mine.number}`).getByRole("button", { name: "查看第 1 张照片" }).click();
    await see(page, "第 1 张，共 1 张");
    await expect.poll(() => page.getByTestId("photo-full").evaluate((img: HTMLImageElement) => img.naturalWidth), settle).toBe(1200);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByTestId("photo-full").count(), settle).toBe(0);
    await shootBothSizes(page, "photos-award-batch");
  });

  it("prints the 公示榜 with one small photo on the household's line, loaded before printing", async () => {
    expect(batchPath).not.toBe("");
    const batchId = /awardBatches\/(\d+)/.exec(batchPath)![1];
    const { page } = committee;
    await open(page, "/print/publicity");
    const block = page.getByTestId(`publicity-batch-${batchId}`);
    await block.waitFor();
    // Printing at once: the print dialog opens only when every photo of the page is in.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute("data-printed", String(Array.from(document.querySelectorAll("img")).every((img) => img.complete)));
    });
    await page.getByRole("button", { name: "打印" }).click();
    await expect.poll(() => page.locator("body").getAttribute("data-printed"), settle).toBe("true");
    // The award's own photo above its list, and one per line that has one: here only the courtyard's line.
    await expect.poll(() => page.getByTestId(`publicity-photos-${batchId}`).getByTestId("board-photo").count(), settle).toBe(1);
    const lines = block.locator("tbody tr");
    await expect.poll(() => lines.filter({ hasText: mine.number }).getByTestId("board-photo").count(), settle).toBe(1);
    expect(await lines.filter({ hasText: neighbour.number }).getByTestId("board-photo").count()).toBe(0);
    await loaded(block.getByTestId("board-photo"));
    // On paper the photos stay, the buttons go.
    await page.emulateMedia({ media: "print" });
    try {
      expect(await block.getByTestId("board-photo").first().isVisible()).toBe(true);
      expect(await page.getByRole("button", { name: "打印" }).isVisible()).toBe(false);
    } finally {
      await page.emulateMedia({ media: "screen" });
    }
    await shootBothSizes(page, "photos-publicity-board");
  });

  it("shows a resident of the village the award's photos on the home page and the 公示, on a phone", async () => {
    const { page } = resident;
    const batchId = /awardBatches\/(\d+)/.exec(batchPath)![1];
    await open(page, "/");
    const card = page.getByTestId(`my-publicity-${batchId}`);
    await see(page, "照片：美丽庭院");
    await loaded(card.getByTestId("photo-thumbnail"));
    expect(await card.getByTestId("photo-thumbnail").count()).toBe(2);
    await shoot(page, "photos-resident-home-390", { fullPage: false });

    await open(page, batchPath);
    await see(page, "公示名单");
    await loaded(page.getByTestId("batch-photos").getByTestId("photo-thumbnail"));
    await loaded(page.getByTestId(`line-photos-${mine.number}`).getByTestId("photo-thumbnail"));
    await page.getByTestId("batch-photos").getByRole("button", { name: "查看第 1 张照片" }).click();
    await expect.poll(() => page.getByTestId("photo-full").evaluate((img: HTMLImageElement) => img.naturalWidth), settle).toBe(1200);
    await page.getByRole("button", { name: "关闭" }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await shoot(page, "photos-resident-batch-390", { fullPage: false });
  });

  it("gives a product one photo, replaced by a new one, that a resident sees in the catalogue at 360 px", async () => {
    const { page } = committee;
    await open(page, "/products/create");
    await page.locator('input[name="name"]').fill("竹编篮");
    await page.locator('input[name="unit"]').fill("个");
    await page.locator('input[name="price"]').fill("30");
    await page.locator('input[name="stock"]').fill("5");
    const picker = page.getByTestId("photo-picker");
    await see(page, "拍一张或从相册选一张；新照片会替换现在显示的那张。");
    await choose(page, picker.getByRole("button", { name: "从相册选择" }), files.basket2);
    await expect.poll(() => arrived(picker), settle).toBe(1);
    // One photo: a second one replaces the first, the buttons stay.
    await choose(page, picker.getByRole("button", { name: "从相册选择" }), files.basket);
    await expect.poll(() => arrived(picker), settle).toBe(1);
    await expect.poll(() => picker.getByTestId("picked-photo").count(), settle).toBe(1);
    await page.getByRole("button", { name: "保存" }).click();
    await page.waitForURL(/#\/products$/);
    const listed = page.locator("tr", { hasText: "竹编篮" });
    await loaded(listed.getByTestId("product-photo"));

    // Editing shows the photo it has; saving without a new one keeps it.
    await listed.getByRole("link", { name: "编辑" }).click();
    await page.getByTestId("product-current-photo").waitFor();
    await loaded(page.getByTestId("product-current-photo").getByTestId("product-photo"));
    await page.locator('input[name="price"]').fill("28");
    await page.getByRole("button", { name: "保存" }).click();
    await see(page, "28");
    await loaded(page.getByTestId("product-photo"));

    // A 360 px phone of its own: widening and narrowing a page for the screenshots leaves its side menu open.
    const small = await signedIn(browser, server.url, "resident", { width: 360, height: 780 });
    const shopper = small.page;
    try {
      await open(shopper, "/my/shop");
      const card = shopper.getByTestId("shop-竹编篮");
      await loaded(card.getByTestId("product-photo"));
      const box = await card.getByTestId("product-photo").boundingBox();
      expect(box!.width).toBeLessThanOrEqual(180);
      expect(Math.abs(box!.width - box!.height)).toBeLessThanOrEqual(1);
      expect(await shopper.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await shootBothSizes(shopper, "photos-shop-catalogue");
      expect(small.errors).toEqual([]);
    } finally {
      await small.context.close();
    }
  });

  it("adds a photo to an activity when its participation is recorded, and says how many more it may take", async () => {
    const { createActivity } = await server.ok<{ createActivity: { id: string } }>(
      `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
      { input: { villageId: mine.villageId, title: "村道清扫", date: districtToday(), place: "村东路", category: "ENVIRONMENT", pointsPerParticipant: 3 } },
      committeeToken,
    );
    const { page } = committee;
    await open(page, `/activities/${createActivity.id}/participation`);
    await page.getByTestId(`household-row-${mine.number}`).click();
    const picker = page.getByTestId("activity-photo-picker");
    await choose(page, picker.getByRole("button", { name: "从相册选择" }), files.cleanup);
    await expect.poll(() => arrived(picker), settle).toBe(1);
    await page.getByTestId("save-participation").click();
    await page.waitForURL(new RegExp(`/activities/${createActivity.id}/show`));
    await loaded(page.getByTestId("activity-photos").getByTestId("photo-thumbnail"));
    expect(await page.getByTestId("activity-photos").getByTestId("photo-thumbnail").count()).toBe(1);

    await open(page, `/activities/${createActivity.id}/participation`);
    await see(page, `已有 1 张照片，还可添加 ${perRecord - 1} 张。`);
    await see(page, `照片（0/${perRecord - 1}）`);
  });

  it("marks a posted award's photos on the resident's passbook and home page with a camera that opens them", async () => {
    // A village without 公示 posts at once; the photo goes as any client sends it (POST /files), the award through the API.
    const admin = await server.login("admin");
    await updateVillagePublicity.ok(server, { id: mine.villageId, publicityDays: 0 }, admin);
    try {
      const form = new FormData();
      form.append("file", new Blob([fs.readFileSync(files.courtyard)], { type: "image/jpeg" }), "courtyard.jpg");
      const uploaded = await fetch(`${server.url}/files`, { method: "POST", headers: { authorization: `Bearer ${committeeToken}` }, body: form });
      expect(uploaded.status).toBe(201);
      const { id } = (await uploaded.json()) as { id: string };
      await server.ok(
        `mutation ($input: AwardPointsInput!) { awardPoints(input: $input) { entries { id } } }`,
        { input: { householdIds: [mine.id], points: 4, reason: "庭院绿化", deedDate: districtToday(), idempotencyKey: crypto.randomUUID(), attachmentIds: [id] } },
        committeeToken,
      );
    } finally {
      await updateVillagePublicity.ok(server, { id: mine.villageId, publicityDays: 3 }, admin);
    }
    const { page } = resident;
    await open(page, "/");
    const recent = page.locator("li", { hasText: "庭院绿化" });
    await expect.poll(() => recent.getByTestId("photo-count").innerText(), settle).toBe("1");
    await open(page, "/my/points");
    await see(page, "庭院绿化");
    await page.getByRole("button", { name: "1 张照片" }).first().click();
    await see(page, "第 1 张，共 1 张");
    await expect.poll(() => page.getByTestId("photo-full").evaluate((img: HTMLImageElement) => img.naturalWidth), settle).toBe(1200);
    await page.getByRole("button", { name: "关闭" }).click();
    await shoot(page, "photos-resident-passbook-390", { fullPage: false });
  });

  it("stops the picker at the server's limit, however many photos are chosen", async () => {
    const { page } = committee;
    await open(page, "/award");
    const whole = page.getByTestId("award-photos");
    await choose(page, whole.getByRole("button", { name: "从相册选择" }), many);
    await see(page, `最多 ${perRecord} 张照片，多出的没有加上。`);
    await expect.poll(() => arrived(whole), settle).toBe(perRecord);
    expect(await whole.getByTestId("picked-photo").count()).toBe(perRecord);
    await see(page, `照片（${perRecord}/${perRecord}）`);
    expect(await whole.getByRole("button", { name: "从相册选择" }).isDisabled()).toBe(true);
    expect(await whole.getByRole("button", { name: "拍照" }).isDisabled()).toBe(true);
    // Taking one off makes room again.
    await whole.getByRole("button", { name: "删除照片" }).first().click();
    await expect.poll(() => whole.getByRole("button", { name: "从相册选择" }).isEnabled(), settle).toBe(true);
  });
});
