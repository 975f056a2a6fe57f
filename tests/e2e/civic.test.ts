import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { addDays } from "../../admin/src/common/format";
import { hasChromium, launchBrowser } from "../support/browser";
import { testDatabaseKind } from "../support/database";
import type { TestServer } from "../support/server";
import { dialog, shootDialog, statusShows, timelineTexts } from "../support/console/civic-pages";
import { numberIn, open, phone, row, see, shoot, shootBothSizes, shootWide, signedIn, startDemoServer, type ConsolePage, settle } from "../support/console/pages";
import type { Page } from "playwright-core";
import { loadedThumbnailWidths, photoFolder, pickPhotos } from "../support/console/photos";

// 民事直说 in the console, end to end: a resident raises a matter on the
// phone; township staff assign it jointly (联办) to two departments while a
// committee's stale page is refused; the lead department accepts, is told
// why its extension date is wrong, posts progress and resolves (with photos;
// the co-unit's photo of its part stays internal); a follow-up
// reaches nobody; the resident rates it and it closes. At each step the
// others see it: the resident the public timeline only, staff the board by
// status and overdue.

const run = hasChromium && testDatabaseKind === "pglite";

const TITLE = "村口路灯坏了一个月";

/** Words of the office that a resident's screens must not show. */
const STAFF_WORDS = ["交办", "签收", "归档", "受理", "回访记录", "保存"];
const staffWordsOn = async (page: Page) => {
  const text = await page.locator("#main-content").innerText();
  return STAFF_WORDS.filter((word) => text.includes(word));
};
const INTERNAL_NOTE = "供电所排期紧张，先内部协调";
const EXTENSION_REASON = "灯具需要向厂家订购";

interface MatterRow {
  id: string;
  code: string;
  status: string;
  channel: string | null;
  dueDate: string | null;
}

describe.skipIf(!run)("the civic service in the console", () => {
  let server: TestServer;
  let browser: Browser;
  let resident: ConsolePage;
  let township: ConsolePage;
  let committee: ConsolePage;
  let dept: ConsolePage;
  let townshipToken: string;
  let matter: MatterRow;
  const photos = photoFolder();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    townshipToken = await server.login("township");
    [resident, township, committee, dept] = await Promise.all([
      signedIn(browser, server.url, "resident", phone),
      signedIn(browser, server.url, "township"),
      signedIn(browser, server.url, "village"),
      signedIn(browser, server.url, "dept"),
    ]);
  });
  afterAll(async () => {
    expect([resident, township, committee, dept].flatMap((p) => p?.errors ?? [])).toEqual([]);
    await browser?.close();
    await server?.close();
    photos.remove();
  });

  /** The matter as the server has it now, read as the township's staff. */
  const current = async (): Promise<MatterRow> => {
    const { civicMatters } = await server.ok<{ civicMatters: { items: MatterRow[] } }>(
      `query ($q: String) { civicMatters(filter: { q: $q }) { items { id code status channel dueDate } } }`,
      { q: TITLE },
      townshipToken,
    );
    expect(civicMatters.items).toHaveLength(1);
    return civicMatters.items[0]!;
  };


  it("lets a resident raise a matter on the phone and follow it", async () => {
    const { page } = resident;
    await open(page, "/civicMatters");
    await see(page, "我的事项");
    await page.getByRole("link", { name: "我要说事" }).first().click();
    await see(page, "把烦心事告诉村里");
    await page.getByRole("combobox", { name: "类别" }).click();
    const category = page.getByRole("option").nth(0);
    const categoryName = (await category.innerText()).trim();
    await category.click();
    await page.locator('input[name="title"]').fill(TITLE);
    await page.locator('textarea[name="content"]').fill("村口东头第二根电杆的路灯坏了一个月，晚上老人孩子走路看不见。");
    await page.locator('input[name="address"]').fill("石门村村口");
    // The resident's words: what it is about, and 提交 (not the office's 事项 and 保存).
    await page.getByLabel("想说什么事").waitFor();
    await page.getByLabel("具体情况").waitFor();
    expect(await page.getByRole("button", { name: "保存" }).count()).toBe(0);
    expect(await staffWordsOn(page)).toEqual([]);
    await shoot(page, "civic-resident-submit-phone", { fullPage: false });
    await shootWide(browser, resident, "resident", "civic-resident-submit");
    await page.getByRole("button", { name: "提交" }).click();
    await see(page, /已提交（编号 MS-\d{4}-\d{5}），村委会会尽快处理/);

    matter = await current();
    expect(matter.status).toBe("RECEIVED");
    await page.waitForURL(new RegExp(`/civicMatters/${matter.id}/show`));
    await see(page, TITLE);
    await statusShows(page, "已收到");
    await see(page, `${matter.code} · 蒲池乡 石门村 · ${categoryName}`);
    expect(await timelineTexts(page)).toContain("收到反映");
    expect(await staffWordsOn(page)).toEqual([]);
    // Residents are never shown the internal sections.
    await expect.poll(() => page.getByText("督办", { exact: true }).count(), settle).toBe(0);
    await expect.poll(() => page.getByText("延期", { exact: true }).count(), settle).toBe(0);
    await shoot(page, "civic-resident-matter-phone", { fullPage: false });
    await shootWide(browser, resident, "resident", "civic-resident-matter");

    await open(page, "/civicMatters");
    await expect.poll(() => page.getByTestId("matter-card").first().innerText(), settle).toContain(TITLE);
    await shoot(page, "civic-resident-list-phone", { fullPage: false });
  });

  it("assigns it jointly from the board; a committee page left open is refused with the new status", async () => {
    // The committee opens the matter while it is still only received …
    await open(committee.page, `/civicMatters/${matter.id}/show`);
    await see(committee.page, TITLE);
    await expect.poll(() => committee.page.getByRole("button", { name: "不予受理" }).count(), settle).toBe(1);

    // … while the township finds it on the board among the received and assigns it.
    const { page } = township;
    await open(page, `/civicMatters?filter=${encodeURIComponent(JSON.stringify({ status: "RECEIVED" }))}`);
    await see(page, matter.code);
    const statuses = await page.locator("tbody").getByTestId("civic-status").allInnerTexts();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(["已受理"]));
    await shoot(page, "civic-board-received");
    await row(page, matter.code).click();
    await see(page, TITLE);
    // Nothing chosen yet: Escape closes at once.
    await page.getByRole("button", { name: "交办", exact: true }).click();
    await dialog(page).getByLabel("联办").waitFor();
    await page.keyboard.press("Escape");
    await dialog(page).waitFor({ state: "detached" });
    await page.getByRole("button", { name: "交办", exact: true }).click();
    const assign = dialog(page);
    await assign.getByLabel("联办").check();
    await see(page, "一个牵头部门，一个或多个协办部门联合办理。");
    await assign.locator('input[name="leadDepartmentId"]').fill("区民政局");
    await page.getByRole("option", { name: "区民政局" }).click();
    await assign.getByLabel("协办部门").click();
    await page.getByRole("option", { name: "区住房和城乡建设局" }).click();
    // Closes the list of options (Escape would close the dialog too).
    await assign.getByRole("heading").click();
    await assign.locator('textarea[name="note"]').fill("民政牵头，住建配合更换灯具");
    // With choices made, Escape asks before throwing them away; keeping them keeps every one.
    await page.keyboard.press("Escape");
    await see(page, "放弃已填写的内容？");
    await shootDialog(page, "civic-assign-discard");
    await page.getByRole("button", { name: "继续填写" }).click();
    await page.getByTestId("discard-dialog").waitFor({ state: "detached" });
    expect(await assign.locator('input[name="leadDepartmentId"]').inputValue()).toBe("区民政局");
    expect(await assign.getByLabel("联办").isChecked()).toBe(true);
    expect(await assign.locator('textarea[name="note"]').inputValue()).toBe("民政牵头，住建配合更换灯具");
    await assign.getByRole("button", { name: "交办" }).click();
    await see(page, "已交办");
    await page.getByTestId("assignment").first().waitFor();
    const assignments = await page.getByTestId("assignment").allInnerTexts();
    expect(assignments).toHaveLength(2);
    expect(assignments[0]).toMatch(/牵头单位[\s\S]*区民政局[\s\S]*待签收/);
    expect(assignments[1]).toMatch(/协办单位[\s\S]*区住房和城乡建设局[\s\S]*待签收/);
    matter = await current();
    expect(matter).toMatchObject({ status: "ASSIGNED", channel: "JOINT" });
    expect(await timelineTexts(page)).toContain(`办理方式：联办 · 期限 ${matter.dueDate}`);

    // An internal note and an urge (催办): staff see them, the resident will not.
    await page.getByRole("button", { name: "报送进展" }).click();
    await dialog(page).locator('textarea[name="note"]').fill(INTERNAL_NOTE);
    await dialog(page).getByLabel("群众可见").uncheck();
    await dialog(page).getByRole("button", { name: "报送进展" }).click();
    await see(page, "进展已报送");
    await page.getByRole("button", { name: "督办", exact: true }).click();
    await dialog(page).locator('textarea[name="reason"]').fill("群众反映强烈，请尽快处理");
    await dialog(page).getByRole("button", { name: "督办" }).click();
    await see(page, "已督办");
    await see(page, "督办中：催办");
    expect(await timelineTexts(page)).toContain(INTERNAL_NOTE);
    await shoot(page, "civic-matter-assigned");

    // The committee's page is out of date: rejecting it now is refused, and the dialog says why.
    const stale = committee.page;
    await stale.getByRole("button", { name: "不予受理" }).click();
    await dialog(stale).locator('textarea[name="reason"]').fill("不属于本村事务");
    await dialog(stale).getByRole("button", { name: "不予受理" }).click();
    await see(stale, "该事项现为“已交办”，不能再进行此操作，页面已刷新。");
    await shootDialog(stale, "civic-stale-refused");
    await dialog(stale).getByRole("button", { name: "取消" }).click();
    await statusShows(stale, "已交办");
    expect((await current()).status).toBe("ASSIGNED");
  });

  it("shows the resident the assignment but nothing internal", async () => {
    const { page } = resident;
    await open(page, `/civicMatters/${matter.id}/show`);
    await statusShows(page, "已安排办理");
    const timeline = await timelineTexts(page);
    expect(timeline).toContain("安排办理");
    expect(timeline).toContain("办理方式：几个部门一起办");
    expect(await staffWordsOn(page)).toEqual([]);
    expect(timeline).not.toContain(INTERNAL_NOTE);
    expect(timeline).not.toContain("催办");
    await expect.poll(() => page.getByText("督办中").count(), settle).toBe(0);
    await expect.poll(() => page.getByText("内部").count(), settle).toBe(0);
    await see(page, "区民政局");
    await see(page, "谁在办");
    await shoot(page, "civic-resident-assigned-phone", { fullPage: false });
    await shootWide(browser, resident, "resident", "civic-resident-assigned");
  });

  it("lets the lead department accept, ask for an extension (a wrong date is explained, the township approves the right one) and resolve", async () => {
    const { page } = dept;
    // Home is the department's inbox: its own part of its matters, 待签收 first, each tile a link to the board so filtered.
    await open(page, "/");
    await see(page, "民事直说待办");
    for (const tile of ["待签收", "办理中", "即将到期", "已逾期", "督办待答复"]) await see(page, tile);
    // Not the area's 待交办 / 待回访: they are not the department's work.
    await expect.poll(() => page.getByText("待交办").count(), settle).toBe(0);
    await expect.poll(() => page.getByText("待回访").count(), settle).toBe(0);
    const awaiting = page.getByTestId("civic-tile-awaiting");
    await expect.poll(async () => numberIn(await awaiting.innerText()), settle).toBeGreaterThanOrEqual(1);
    const waiting = numberIn(await awaiting.innerText());
    await shootBothSizes(page, "civic-department-inbox");
    await awaiting.click();
    await page.waitForURL(/myAssignmentState/);
    await see(page, matter.code);
    // The board so filtered holds exactly what the tile counted, each with the department's own part 待签收.
    const ownStates = page.locator("tbody").getByTestId("own-part-state");
    await expect.poll(() => ownStates.count(), settle).toBe(Math.min(waiting, 25));
    expect(new Set(await ownStates.allInnerTexts())).toEqual(new Set(["待签收"]));
    await shootBothSizes(page, "civic-board-department");
    await row(page, matter.code).click();
    await see(page, TITLE);
    await see(page, "本单位");
    // Until accepted: 签收 is the first, primary button; no progress, no extension, nothing to resolve.
    const actions = page.getByTestId("matter-actions");
    await expect.poll(() => actions.getByRole("button").first().innerText(), settle).toBe("签收");
    for (const step of ["报送进展", "申请延期", "办结"]) expect(await actions.getByRole("button", { name: step }).count(), step).toBe(0);
    await shootBothSizes(page, "civic-department-accept");
    await actions.getByRole("button", { name: "签收" }).click();
    await see(page, "已签收");
    await statusShows(page, "办理中");
    await page.getByTestId("own-part-state").filter({ hasText: "已签收" }).waitFor();

    // Asking for a day before the current due date: the field says what it needs.
    await page.getByRole("button", { name: "申请延期" }).click();
    await see(page, `当前期限 ${matter.dueDate}，由上级审批。`);
    await dialog(page).locator('input[name="requestedDueDate"]').fill(matter.dueDate!);
    await dialog(page).locator('textarea[name="reason"]').fill("灯具需要采购");
    await dialog(page).getByRole("button", { name: "申请延期" }).click();
    await see(page, "须晚于当前期限（最多一年）");
    await see(page, "部分内容填写有误，请检查。");
    await shootDialog(page, "civic-extension-refused");
    await dialog(page).getByRole("button", { name: "取消" }).click();

    // A later day is asked for; the township approves it and the due date moves.
    const newDue = addDays(matter.dueDate!, 3);
    await page.getByRole("button", { name: "申请延期" }).click();
    await dialog(page).locator('input[name="requestedDueDate"]').fill(newDue);
    await dialog(page).locator('textarea[name="reason"]').fill(EXTENSION_REASON);
    await dialog(page).getByRole("button", { name: "申请延期" }).click();
    await see(page, "延期申请已提交");
    // One request waits at a time.
    await page.getByTestId("matter-actions").getByRole("button", { name: "申请延期" }).waitFor({ state: "detached" });
    const tp = township.page;
    await open(tp, `/civicMatters/${matter.id}/show`);
    // Approving and refusing are two steps the server allows apart; the township approves.
    await tp.getByRole("button", { name: "批准延期", exact: true }).click();
    await see(tp, `申请延至 ${newDue}：${EXTENSION_REASON}`);
    await dialog(tp).getByRole("button", { name: "批准延期", exact: true }).click();
    await see(tp, "延期申请已审批");
    await tp.getByTestId("matter-due-date").filter({ hasText: newDue }).waitFor();
    await see(tp, "已同意");
    matter = await current();
    expect(matter.dueDate).toBe(newDue);

    // The township's 督办 (催办, given when it was assigned) is the department's to answer, on the matter page.
    await see(page, "督办中：催办");
    const supervision = page.getByTestId("matter-supervisions");
    await expect.poll(() => supervision.innerText(), settle).toMatch(/催办[\s\S]*待答复[\s\S]*群众反映强烈，请尽快处理/);
    await supervision.getByRole("button", { name: "答复督办" }).click();
    await see(page, /督办事由：群众反映强烈，请尽快处理。请于 \d{4}-\d{2}-\d{2} 前答复/);
    await dialog(page).locator('textarea[name="response"]').fill("已联系供电所，灯具明日到货，后天前修复");
    // Typed text is not lost to a stray Escape.
    await page.keyboard.press("Escape");
    await see(page, "放弃已填写的内容？");
    await page.getByTestId("discard-dialog").getByRole("button", { name: "继续填写" }).click();
    await shootDialog(page, "civic-supervision-answer");
    await dialog(page).getByRole("button", { name: "答复督办" }).click();
    await see(page, "已答复督办");
    await expect.poll(() => supervision.innerText(), settle).toMatch(/已答复[\s\S]*答复[\s\S]*已联系供电所，灯具明日到货，后天前修复/);
    await expect.poll(() => supervision.getByRole("button", { name: "答复督办" }).count(), settle).toBe(0);
    await shootBothSizes(page, "civic-supervision-answered");

    await page.getByRole("button", { name: "报送进展" }).click();
    await dialog(page).locator('textarea[name="note"]').fill("已联系供电所，灯具明日到货");
    await pickPhotos(dialog(page), [await photos.drawn("lamp-ordered.png", "#c8a040")]);
    await dialog(page).getByRole("button", { name: "报送进展" }).click();
    await see(page, "进展已报送");

    // The co-unit (区住房和城乡建设局) accepts and reports its own part: only that makes it done.
    const co = await signedIn(browser, server.url, "dept-zjj");
    try {
      await open(co.page, `/civicMatters/${matter.id}/show`);
      await see(co.page, TITLE);
      const coActions = co.page.getByTestId("matter-actions");
      await expect.poll(() => coActions.getByRole("button").first().innerText(), settle).toBe("签收");
      await coActions.getByRole("button", { name: "签收" }).click();
      await see(co.page, "已签收");
      await coActions.getByRole("button", { name: "报送协办结果" }).click();
      await dialog(co.page).locator('textarea[name="note"]').fill("已安排施工队配合更换灯具");
      await pickPhotos(dialog(co.page), [await photos.drawn("crew.png", "#8040c8")]);
      await shootDialog(co.page, "civic-co-unit-report");
      await dialog(co.page).getByRole("button", { name: "报送协办结果" }).click();
      await see(co.page, "协办结果已报送");
      await co.page.getByTestId("own-part-state").filter({ hasText: "已报送" }).waitFor();
      await expect.poll(() => coActions.getByRole("button", { name: "报送协办结果" }).count(), settle).toBe(0);
      await shootBothSizes(co.page, "civic-co-unit-reported");
      expect(co.errors).toEqual([]);
    } finally {
      await co.context.close();
    }

    await page.getByRole("button", { name: "办结" }).click();
    await dialog(page).locator('textarea[name="resolution"]').fill("已更换路灯灯具，恢复夜间照明");
    await pickPhotos(dialog(page), [await photos.drawn("lamp-lit.png", "#f0e060", 600, 800)]);
    await dialog(page).getByRole("button", { name: "办结" }).click();
    await see(page, "已办结");
    // Staff see every step's photos: the progress note's, the co-unit's and the resolution's.
    await expect.poll(() => loadedThumbnailWidths(page.getByTestId("matter-timeline")), settle).toEqual([480, 480, 360]);
    await see(page, "办理结果：已更换路灯灯具，恢复夜间照明");
    expect((await current()).status).toBe("RESOLVED");
    const assignments = await page.getByTestId("assignment").allInnerTexts();
    expect(assignments[0]).toMatch(/牵头单位[\s\S]*区民政局[\s\S]*已完成/);
    expect(assignments[1]).toMatch(/协办单位[\s\S]*区住房和城乡建设局[\s\S]*已报送[\s\S]*已安排施工队配合更换灯具/);
    await expect.poll(() => page.getByTestId("co-unit-parts").innerText(), settle).toBe("协办单位：区住房和城乡建设局 已报送");
    expect(await timelineTexts(page)).toContain("已安排施工队配合更换灯具");
    // Resolved: the supervision has ended (its answer kept) and the red chip is gone.
    await expect.poll(() => page.getByText("督办中：催办").count(), settle).toBe(0);
    await expect.poll(() => page.getByTestId("matter-supervisions").innerText(), settle).toMatch(/已结束[\s\S]*后天前修复/);
    await shoot(page, "civic-matter-resolved");
    await shootBothSizes(page, "civic-supervision-ended");
  });

  it("records a follow-up that reached nobody; the matter stays resolved", async () => {
    const { page } = committee;
    await open(page, `/civicMatters/${matter.id}/show`);
    await page.getByRole("button", { name: "登记回访" }).click();
    await dialog(page).getByLabel("已联系上群众").uncheck();
    await dialog(page).locator('textarea[name="comment"]').fill("电话无人接听");
    await dialog(page).getByRole("button", { name: "登记回访" }).click();
    await see(page, "回访已登记");
    await see(page, "未联系上");
    expect((await current()).status).toBe("RESOLVED");
  });

  it("lets the resident rate the result, which closes the matter", async () => {
    const { page } = resident;
    await open(page, "/civicMatters");
    await expect.poll(() => page.getByTestId("matter-card").first().innerText(), settle).toContain("已办好：请您评价办理结果。");
    // Home says so too, and leads to the matter.
    await open(page, "/");
    await see(page, "您有 1 件事已办好，请评价。");
    await shoot(page, "civic-resident-home-phone", { fullPage: false });
    await page.getByRole("link", { name: "去评价" }).click();
    await see(page, "已更换路灯灯具，恢复夜间照明");
    const timeline = await timelineTexts(page);
    expect(timeline).toContain("已联系供电所，灯具明日到货");
    // The public steps' photos (progress, resolution); never the co-unit's internal report's.
    await expect.poll(() => loadedThumbnailWidths(page.getByTestId("matter-timeline")), settle).toEqual([480, 360]);
    // The approval is public (in the resident's words), the request and its reason internal.
    expect(timeline).toContain("延长办理期限");
    expect(timeline).not.toContain(EXTENSION_REASON);
    await page.getByRole("button", { name: "评价办理结果" }).click();
    await dialog(page).getByLabel("已解决").check();
    await dialog(page).getByLabel("满意", { exact: true }).check();
    // Its own words, not the staff's 回访记录; 提交评价 sends them.
    await dialog(page).getByLabel("还想说的话（选填）").fill("路灯亮了，谢谢！");
    const dialogText = await dialog(page).innerText();
    expect(STAFF_WORDS.filter((word) => dialogText.includes(word))).toEqual([]);
    await shootDialog(page, "civic-resident-rate-phone", { fullPage: false });
    await shootWide(browser, resident, "resident", "civic-resident-rate", async (wide) => {
      await wide.getByRole("button", { name: "评价办理结果" }).click();
      await dialog(wide).getByLabel("还想说的话（选填）").waitFor();
      await shootDialog(wide, "civic-resident-rate-1366", { fullPage: false });
    });
    await dialog(page).getByRole("button", { name: "提交评价" }).click();
    await see(page, "感谢您的评价");
    await statusShows(page, "已办完");
    expect(await timelineTexts(page)).toContain("已评价，办完");
    expect(await staffWordsOn(page)).toEqual([]);
    expect((await current()).status).toBe("CLOSED");
    await shoot(page, "civic-resident-closed-phone", { fullPage: false });
  });

  it("lets staff find it by status and see the overdue matters of the board", async () => {
    const { page } = township;
    await open(page, `/civicMatters?filter=${encodeURIComponent(JSON.stringify({ status: "CLOSED" }))}`);
    await see(page, matter.code);
    await row(page, matter.code).click();
    await see(page, "满意");
    await see(page, "路灯亮了，谢谢！");
    await shoot(page, "civic-matter-closed");

    await open(page, `/civicMatters?filter=${encodeURIComponent(JSON.stringify({ overdue: true }))}`);
    const dues = await page.locator("tbody").getByTestId("due-chip").allInnerTexts();
    expect(dues.length).toBeGreaterThan(0);
    expect(dues.every((d) => d.startsWith("逾期") || d === "已逾期")).toBe(true);
    await expect.poll(() => page.getByText(matter.code).count(), settle).toBe(0);
    await shoot(page, "civic-board-overdue");
  });
});
