import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { hasChromium, launchBrowser } from "../support/browser";
import { testDatabaseKind } from "../support/database";
import { startTestServer, type TestServer } from "../support/server";
import { parseCsv } from "../../admin/src/households/householdFile";
import { open, row, see, shoot, shootBothSizes, signedIn, waitIdle, type ConsolePage } from "../support/console/pages";

// A village committee imports households from a file: a bad row is shown
// with its error and nothing is written; the corrected file imports; the
// list exports to CSV and Excel with the headings the import reads.

const run = hasChromium && testDatabaseKind === "pglite";

const headings = "户号,户主姓名,人口,电话,地址,类别";
const badFile = [
  headings,
  "PC01-901,赵一,4,13800139001,三组 1 号,一般户",
  "PC01-902,钱二,三,13800139002,三组 2 号,脱贫户",
  "",
  "PC01-001,孙三,2,,三组 3 号,",
].join("\r\n");
const goodFile = [
  headings,
  "PC01-901,赵一,4,13800139001,三组 1 号,一般户",
  "PC01-902,钱二,3,13800139002,三组 2 号,脱贫户",
  "",
  "PC01-903,孙三,2,,\"三组 3 号,东头\",监测户",
].join("\r\n");

describe.skipIf(!run)("importing and exporting households in the console", () => {
  let server: TestServer;
  let browser: Browser;
  let committee: ConsolePage;
  let token: string;

  const countPC01 = async () =>
    (
      await server.ok<{ households: { total: number } }>(
        `{ households(filter: { q: "PC01-9" }, perPage: 1) { total } }`,
        {},
        token,
      )
    ).households.total;
  /** Chooses a file in the import page's file input. */
  const choose = (page: Page, name: string, content: string | Buffer, mimeType = "text/csv") =>
    page.locator('input[name="householdFile"]').setInputFiles({
      name,
      mimeType,
      buffer: typeof content === "string" ? Buffer.from(`\uFEFF${content}`, "utf8") : content,
    });
  /** Clicks a button and returns what it downloaded. */
  const downloadOf = async (page: Page, button: string) => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
    return { name: download.suggestedFilename(), content: fs.readFileSync((await download.path())!) };
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    token = await server.login("village");
    committee = await signedIn(browser, server.url, "village");
  });
  afterAll(async () => {
    expect(committee?.errors ?? []).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  it("shows each bad row's problem next to it and imports nothing", async () => {
    const { page } = committee;
    await open(page, "/households");
    await page.getByRole("link", { name: "导入" }).click();
    await see(page, "请选择第一行为列标题的 CSV 或 Excel");
    await see(page, "行政村：石门村");

    await choose(page, "农户.csv", badFile);
    await see(page, "农户.csv：共 3 行");
    const importButton = page.getByRole("button", { name: "导入 3 户" });
    expect(await importButton.isDisabled()).toBe(true);
    await page.getByRole("button", { name: "检查" }).click();
    await see(page, "3 行中有 2 行有问题");
    // Row numbers are the file's: the blank line 4 counts.
    expect(await row(page, "钱二").innerText()).toMatch(/^3\s[\s\S]*人口：应为整数/);
    expect(await row(page, "孙三").innerText()).toMatch(/^5\s[\s\S]*户号：本村已有此户号/);
    await shoot(page, "households-import-errors");
    expect(await importButton.isDisabled()).toBe(true);
    expect(await countPC01()).toBe(0);
  });

  it("imports the corrected file and the households appear in the list", async () => {
    const { page } = committee;
    await choose(page, "农户-改.csv", goodFile);
    await see(page, "农户-改.csv：共 3 行");
    // A new file is not checked yet.
    expect(await page.getByText("有问题").count()).toBe(0);
    await page.getByRole("button", { name: "检查" }).click();
    await see(page, "全部 3 行均正确");
    expect(await row(page, "孙三").innerText()).toContain("监测户");
    await page.getByRole("button", { name: "导入 3 户" }).click();
    await see(page, "已导入 3 户");
    await page.waitForURL((url) => url.hash.startsWith("#/households") && !url.hash.includes("import"));
    await waitIdle(page);
    expect(await countPC01()).toBe(3);

    await page.locator('input[name="q"]').fill("PC01-90");
    await row(page, "PC01-903").waitFor();
    expect(await row(page, "PC01-902").innerText()).toContain("钱二");
    expect(await row(page, "PC01-903").innerText()).toContain("监测户");
  });

  it("exports the list to CSV with the headings the import reads", async () => {
    const { page } = committee;
    await waitIdle(page);
    const file = await downloadOf(page, "导出 CSV");
    expect(file.name).toMatch(/^households-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = file.content.toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const table = parseCsv(text);
    expect(table[0]).toEqual(["户号", "户主姓名", "人口", "电话", "地址", "类别", "状态", "积分余额", "行政村"]);
    expect(table.slice(1)).toEqual([
      ["PC01-901", "赵一", "4", "13800139001", "三组 1 号", "一般户", "在册", "0", "石门村"],
      ["PC01-902", "钱二", "3", "13800139002", "三组 2 号", "脱贫户", "在册", "0", "石门村"],
      ["PC01-903", "孙三", "2", "", "三组 3 号,东头", "监测户", "在册", "0", "石门村"],
    ]);
    await see(page, "已导出 3 户");
    await shoot(page, "households-list-export");
  });

  it("exports to Excel, and the Excel file reads back in the import", async () => {
    const { page } = committee;
    const file = await downloadOf(page, "导出 Excel");
    expect(file.name).toMatch(/^households-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(file.content.subarray(0, 2).toString("latin1")).toBe("PK");

    await open(page, "/households/import");
    await choose(page, file.name, file.content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    await see(page, `${file.name}：共 3 行`);
    await see(page, "未读取的列：状态、积分余额、行政村");
    expect(await row(page, "钱二").innerText()).toMatch(/^3\sPC01-902\s+钱二\s+3\s+13800139002\s+三组 2 号\s+脱贫户/);
    // They are in the village now: checking the same file finds every number taken.
    await page.getByRole("button", { name: "检查" }).click();
    await see(page, "3 行中有 3 行有问题");
    expect(await row(page, "赵一").innerText()).toContain("户号：本村已有此户号");
    expect(await countPC01()).toBe(3);
  });

  it("names a file it cannot use and offers the template", async () => {
    const { page } = committee;
    await choose(page, "名单.csv", "姓名,电话\n赵一,13800139001");
    await see(page, "文件缺少列：户号、人口");
    expect(await page.getByRole("button", { name: "检查" }).isDisabled()).toBe(true);
    const template = await downloadOf(page, "下载模板（CSV）");
    expect(parseCsv(template.content.toString("utf8"))[0]).toEqual(["户号", "户主姓名", "人口", "电话", "地址", "类别"]);
  });

  it("lets the district admin choose the village to import into", async () => {
    const admin = await signedIn(browser, server.url, "admin");
    try {
      const { page } = admin;
      await open(page, "/households/import");
      await choose(page, "青龙村.csv", [headings, "PC02-901,周五,2,,,"].join("\n"));
      await see(page, "请先选择行政村。");
      expect(await page.getByRole("button", { name: "检查" }).isDisabled()).toBe(true);
      await page.locator('input[name="villageId"]').fill("青龙");
      await page.getByRole("option", { name: /青龙村/ }).click();
      await page.getByRole("button", { name: "检查" }).click();
      await see(page, "全部 1 行均正确");
      await page.getByRole("button", { name: "导入 1 户" }).click();
      await see(page, "已导入 1 户");
      const { households } = await server.ok<{ households: { items: { headName: string; village: { name: string } }[] } }>(
        `{ households(filter: { q: "PC02-901" }) { items { headName village { name } } } }`,
        {},
        await server.login("admin"),
      );
      expect(households.items).toEqual([{ headName: "周五", village: { name: "青龙村" } }]);
      expect(admin.errors).toEqual([]);
    } finally {
      await admin.context.close();
    }
  });

  it("offers township staff the export but not the import", async () => {
    const staff = await signedIn(browser, server.url, "township");
    try {
      await open(staff.page, "/households");
      await staff.page.getByRole("button", { name: "导出 CSV" }).waitFor();
      expect(await staff.page.getByRole("link", { name: "导入" }).count()).toBe(0);
      await open(staff.page, "/households/import");
      await see(staff.page, "您没有访问此页面的权限");
      expect(staff.errors).toEqual([]);
    } finally {
      await staff.context.close();
    }
  });

  it("checks the household form in its own words, never the browser's bubbles, and marks what is required", async () => {
    const { page } = committee;
    await open(page, "/households/create");
    // Chromium's own constraint popups ("Value must be greater than or equal to 1.") fire `invalid` events.
    await page.evaluate(() => {
      (window as unknown as { invalids: number }).invalids = 0;
      document.addEventListener("invalid", () => (window as unknown as { invalids: number }).invalids++, true);
    });
    // react-admin's required mark: the label ends with " *".
    const labelOf = (name: string) =>
      page.locator(".MuiFormControl-root", { has: page.locator(`input[name="${name}"]`) }).locator("label").first().innerText();
    await page.locator('input[name="number"]').waitFor();
    for (const name of ["number", "headName", "memberCount"]) expect(await labelOf(name), name).toMatch(/\*$/);
    expect(await labelOf("phone")).not.toMatch(/\*$/);

    await page.locator('input[name="number"]').fill("PC01-850");
    await page.locator('input[name="headName"]').fill("表单测试");
    const members = page.locator('input[name="memberCount"]');
    await members.fill("-2");
    await page.getByRole("button", { name: "保存" }).click();
    await see(page, "请输入不小于 1 的整数");
    await members.fill("2.5");
    await see(page, "请输入整数");
    await members.fill("1e3");
    await see(page, "请输入整数");
    expect(await page.evaluate(() => (window as unknown as { invalids: number }).invalids)).toBe(0);
    expect(await members.getAttribute("min")).toBeNull();
    const created = async () =>
      (await server.ok<{ households: { total: number } }>(`{ households(filter: { q: "PC01-850" }, perPage: 1) { total } }`, {}, token)).households.total;
    expect(await created()).toBe(0);
    await shootBothSizes(page, "household-form-errors");

    await members.fill(" 3 ");
    await page.getByRole("button", { name: "保存" }).click();
    await see(page, "已新建");
    const { households } = await server.ok<{ households: { items: { memberCount: number }[] } }>(
      `{ households(filter: { q: "PC01-850" }) { items { memberCount } } }`,
      {},
      token,
    );
    expect(households.items).toEqual([{ memberCount: 3 }]);
  });
});
