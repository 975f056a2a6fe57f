import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { hasChromium, launchBrowser } from "../support/browser";
import { testDatabaseKind } from "../support/database";
import type { TestServer } from "../support/server";
import { dialog, statusShows, timelineTexts } from "../support/console/civic-pages";
import { api, open, see, shoot, signedIn, startDemoServer, type ConsolePage, settle } from "../support/console/pages";
import { loadedThumbnailWidths, photoFolder, pickPhotos } from "../support/console/photos";

// 民事直说 taken in by the village and handed on by the township, in the
// console: a committee takes in a matter brought to the village meeting and
// handles it directly (直办), with photos of the blocked canal, of the work
// done and of the follow-up visit, also at once as it takes one in; township staff
// name a lead official (领办) from the officials the server lists. (The
// resident's matter through joint handling to closure is civic.test.ts.)

const run = hasChromium && testDatabaseKind === "pglite";

describe.skipIf(!run)("civic intake and direct handling in the console", () => {
  let server: TestServer;
  let browser: Browser;
  let township: ConsolePage;
  let committee: ConsolePage;
  const photos = photoFolder();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    [township, committee] = await Promise.all([signedIn(browser, server.url, "township"), signedIn(browser, server.url, "village")]);
  });
  /** The intake form, opened afresh, with the first category, a title and what was said. */
  const startIntake = async (page: Page, title: string, content: string) => {
    await open(page, "/civicMatters/create");
    await see(page, "反映人");
    await page.getByRole("combobox", { name: "类别" }).click();
    await page.getByRole("option").first().click();
    await page.locator('input[name="title"]').fill(title);
    await page.locator('textarea[name="content"]').fill(content);
  };

  afterAll(async () => {
    expect([township, committee].flatMap((p) => p?.errors ?? [])).toEqual([]);
    await browser?.close();
    await server?.close();
    photos.remove();
  });

  it("lets the committee take in a matter brought to the village meeting and handle it directly (直办)", async () => {
    const { page } = committee;
    const neighbour = await api(server, await server.login("village")).household("PC01-002");
    await startIntake(page, "五组水渠堵塞", "五组灌溉水渠被淤泥堵塞，下游三户田里进不了水。");
    // Nobody named yet: the form says what it needs before anything is sent.
    await page.getByRole("button", { name: "保存" }).click();
    await see(page, "请填写反映人姓名、选择农户，或选择匿名");
    await page.locator('input[name="householdId"]').fill(neighbour.number);
    await page.getByRole("option", { name: new RegExp(`^${neighbour.number} `) }).click();
    await pickPhotos(page, [await photos.drawn("canal.png", "#6b5b3a")]);
    await shoot(page, "civic-intake");
    await page.getByRole("button", { name: "保存" }).click();
    await see(page, /事项 MS-\d{4}-\d{5} 已受理/);
    await see(page, "五组水渠堵塞");
    // The intake's photo is the matter's own, above the timeline.
    await expect.poll(() => loadedThumbnailWidths(page), settle).toEqual([480]);
    await see(page, "经说事会受理");
    await see(page, neighbour.headName);

    await page.getByRole("button", { name: "交办", exact: true }).click();
    // A committee handles its own matters directly; the other channels are the township's.
    await expect.poll(() => dialog(page).getByRole("radio").count(), settle).toBe(1);
    await expect(dialog(page).getByLabel("直办").isChecked()).resolves.toBe(true);
    await dialog(page).getByRole("button", { name: "交办" }).click();
    // Taking it on itself is the committee's acceptance: in hand at once, nothing to 签收 or 退回 to itself.
    await statusShows(page, "办理中");
    await expect.poll(() => page.getByTestId("assignment").first().innerText(), settle).toMatch(/牵头单位[\s\S]*石门村[\s\S]*已签收/);
    expect(await page.getByTestId("assignment").first().getByRole("button").count()).toBe(0);
    await page.getByRole("button", { name: "办结" }).click();
    await dialog(page).locator('textarea[name="resolution"]').fill("组织五组村民清淤，水渠已通");
    await pickPhotos(dialog(page), [await photos.drawn("cleared.png", "#3a6b8a", 1200, 900), await photos.drawn("water.png", "#2a5b9a", 600, 800)]);
    await dialog(page).getByRole("button", { name: "办结" }).click();
    await statusShows(page, "已办结");
    await page.getByRole("button", { name: "登记回访" }).click();
    await dialog(page).getByLabel("已解决").check();
    await dialog(page).getByLabel("基本满意").check();
    await pickPhotos(dialog(page), [await photos.drawn("visit.png", "#4a8a3a")]);
    await dialog(page).getByRole("button", { name: "登记回访" }).click();
    await statusShows(page, "已归档");
    expect(await timelineTexts(page)).toMatch(/受理[\s\S]*交办[\s\S]*办理方式：直办[\s\S]*办结[\s\S]*回访归档/);
    // Each step's photos on its own event, in the order picked (the upright 600×800 one 360 px wide as a thumbnail).
    const steps = page.getByTestId("timeline-event");
    await expect.poll(() => loadedThumbnailWidths(steps.filter({ hasText: "组织五组村民清淤" })), settle).toEqual([480, 360]);
    await expect.poll(() => loadedThumbnailWidths(steps.filter({ hasText: "回访归档" })), settle).toEqual([480]);
    await expect.poll(() => loadedThumbnailWidths(page.getByTestId("matter-timeline")), settle).toHaveLength(3);
    await shoot(page, "civic-direct-closed");

    // Taken in for a named person and handed to the committee itself at once.
    await startIntake(page, "组道边杂草丛生", "三组组道两边杂草长到半人高，夜里走路怕蛇。");
    await page.getByRole("combobox", { name: "来源" }).click();
    await page.getByRole("option", { name: "来访" }).click();
    await page.locator('input[name="submitterName"]').fill("李大爷");
    await page.getByLabel("本村直接办理（直办）").check();
    await page.getByRole("button", { name: "保存" }).click();
    await statusShows(page, "办理中");
    await see(page, "经来访受理");
    expect(await timelineTexts(page)).toContain("办理方式：直办");
    await expect.poll(() => page.getByTestId("assignment").first().innerText(), settle).toMatch(/已签收/);
    expect(await page.getByTestId("assignment").first().getByRole("button", { name: /签收|退回/ }).count()).toBe(0);
  });
  it("lets township staff name a lead official (领办) from the officials the server lists", async () => {
    const { page } = township;
    const token = await server.login("resident");
    const { civicCategories } = await server.ok<{ civicCategories: { items: { id: string }[] } }>(`{ civicCategories(perPage: 1) { items { id } } }`, {}, token);
    const { submitCivicMatter: led } = await server.ok<{ submitCivicMatter: { id: string; code: string } }>(
      `mutation ($input: SubmitCivicMatterInput!) { submitCivicMatter(input: $input) { id code } }`,
      { input: { categoryId: civicCategories.items[0]!.id, title: "低保复核进度", content: "去年申请的低保复核，一直没有消息。" } },
      token,
    );
    await open(page, `/civicMatters/${led.id}/show`);
    await see(page, "低保复核进度");
    await page.getByRole("button", { name: "交办", exact: true }).click();
    const assign = dialog(page);
    await assign.getByLabel("领办").check();
    // The officials come with their unit, so namesakes are told apart.
    await assign.locator('input[name="leadOfficialUserId"]').click();
    await page.getByRole("option", { name: /（区民政局）$/ }).first().click();
    await assign.getByRole("button", { name: "交办" }).click();
    await see(page, "已交办");
    await expect.poll(() => page.getByTestId("assignment").first().innerText(), settle).toMatch(/领办/);
    await expect.poll(async () => (await server.ok<{ civicMatter: { channel: string } }>(`query ($id: ID!) { civicMatter(id: $id) { channel } }`, { id: led.id }, await server.login("township"))).civicMatter.channel, settle).toBe("LEAD");
  });
});
