import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { districtToday } from "../../admin/src/common/format";
import { hasChromium, launchBrowser } from "../support/browser";
import { testDatabaseKind } from "../support/database";
import type { TestServer } from "../support/server";
import { api, numberIn, open, row, phone, see, shoot, shootBothSizes, signedIn, startDemoServer, type ConsolePage, type HouseholdRow, settle } from "../support/console/pages";
import { postAtOnce } from "../support/ops/villages";

// The village shop in the console: stocking the shelf, a checkout that
// succeeds once however often it is confirmed, refusals that say what is
// short, a cancellation, and the resident's view of it all on a phone.

const run = hasChromium && testDatabaseKind === "pglite";

describe.skipIf(!run)("the points supermarket in the console", () => {
  let server: TestServer;
  let browser: Browser;
  let committee: ConsolePage;
  let shop: ReturnType<typeof api>;
  let villageToken: string;
  let mine: HouseholdRow;
  let receiptUrl = "";

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    villageToken = await server.login("village");
    shop = api(server, villageToken);
    mine = await shop.household("PC01-001");
    // Points given here for the sale must count at once: 石门村's 公示 off (publicity has its own tests).
    await postAtOnce(server, mine.villageId, await server.login("admin"));
    committee = await signedIn(browser, server.url, "village");
  });
  afterAll(async () => {
    expect(committee?.errors ?? []).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  /** Chooses the household in the checkout by its number. */
  const chooseHousehold = async (household: HouseholdRow) => {
    const { page } = committee;
    await page.locator('input[name="household"]').fill(household.number);
    await page.getByRole("option", { name: `${household.number} ${household.headName}` }).click();
    await see(page, household.headName);
  };
  const add = async (product: string, times = 1) => {
    for (let i = 0; i < times; i++) await committee.page.getByTestId(`add-${product}`).click();
  };

  it("puts a product on the shelf and restocks it", async () => {
    const { page } = committee;
    await open(page, "/products/create");
    await page.locator('input[name="name"]').fill("手工皂");
    await page.locator('input[name="unit"]').fill("块");
    await page.locator('input[name="price"]').fill("4");
    await page.locator('input[name="stock"]').fill("2");
    await page.getByRole("button", { name: "保存" }).click();
    await see(page, "已新建");
    const soap = row(page, /手工皂/);
    await soap.getByRole("button", { name: "入库" }).click();
    await page.locator('input[name="quantity"]').fill("3");
    await page.locator('textarea[name="reason"]').fill("乡供销社送货");
    await page.getByRole("dialog").getByRole("button", { name: "入库" }).click();
    await row(page, /手工皂.*5 块/).waitFor();
    await shoot(page, "products");
  });

  it("records a checkout once, however often it is confirmed", async () => {
    const { page } = committee;
    const before = { balance: await shop.balance(mine.id), count: await shop.redemptionCount(mine.id) };
    await open(page, "/checkout");
    await chooseHousehold(mine);
    await expect.poll(async () => numberIn(await page.getByTestId("checkout-household").innerText()), settle).toBe(before.balance);
    await add("香皂", 2);
    await add("毛巾");
    await see(page, "确认兑换（18 分）");
    await expect.poll(async () => numberIn(await page.getByTestId("checkout-after").innerText()), settle).toBe(before.balance - 18);
    await shootBothSizes(page, "checkout");

    const keys: string[] = [];
    page.on("request", (request) => {
      const body = request.postDataJSON() as { query?: string; variables?: { input?: { idempotencyKey?: string } } } | null;
      if (body?.query?.includes("mutation Redeem")) keys.push(body.variables?.input?.idempotencyKey ?? "");
    });
    await page.getByTestId("confirm-checkout").evaluate((button: HTMLButtonElement) => {
      button.click();
      button.click();
    });
    await see(page, "兑换成功");
    await see(page, `${mine.number} ${mine.headName} 兑换了 香皂×2、毛巾×1，共 18 分，余额 ${before.balance - 18} 分。`);
    await page.getByRole("link", { name: "打印兑换单" }).waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    expect(await shop.balance(mine.id)).toBe(before.balance - 18);
    expect(await shop.redemptionCount(mine.id)).toBe(before.count + 1);
    await shoot(page, "checkout-done");

    await page.getByRole("link", { name: "查看兑换单" }).click();
    await see(page, "香皂");
    receiptUrl = page.url();
    await shoot(page, "redemption-receipt");
  });

  /** The paper size Chromium prints a page on, in millimetres (from the PDF's MediaBox, in points). */
  const printedPaper = async () => {
    const pdf = (await committee.page.pdf({ preferCSSPageSize: true })).toString("latin1");
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(box, "a MediaBox in the PDF").not.toBeNull();
    return { width: (Number(box![1]) * 25.4) / 72, height: (Number(box![2]) * 25.4) / 72 };
  };

  it("prints the 兑换单 on A4 and on an 80 mm slip: village, balances as the ledger has them, two signature lines", async () => {
    const { page } = committee;
    const id = /redemptions\/(\d+)\/show/.exec(receiptUrl)![1]!;
    const { redemption } = await server.ok<{ redemption: { total: number; entries: { kind: string; balanceAfter: number }[] } }>(
      `query ($id: ID!) { redemption(id: $id) { total entries { kind balanceAfter } } }`,
      { id },
      villageToken,
    );
    const after = redemption.entries.find((e) => e.kind === "REDEMPTION")!.balanceAfter;
    // From the redemption's page, as a clerk would.
    await page.goto(receiptUrl);
    await page.getByRole("link", { name: "打印" }).click();
    await page.waitForURL(new RegExp(`#/print/redemption/${id}$`));
    for (const paper of ["a4", "slip"] as const) {
      if (paper === "slip") await page.getByTestId("paper-slip").click();
      await expect.poll(() => page.getByTestId("receipt").getAttribute("data-paper"), settle).toBe(paper);
      await see(page, "石门村积分超市兑换单");
      expect(await page.getByTestId("receipt-household").innerText()).toContain(`${mine.number} ${mine.headName}`);
      expect(await page.getByTestId("receipt-time").innerText()).toMatch(/兑换时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）/);
      expect(numberIn(await page.getByTestId("receipt-before").innerText())).toBe(after + redemption.total);
      expect(numberIn(await page.getByTestId("receipt-after").innerText())).toBe(after);
      expect(numberIn(await page.getByTestId("receipt-total").innerText())).toBe(18);
      const lines = await page.getByTestId("receipt-lines").innerText();
      for (const word of ["香皂", "毛巾"]) expect(lines).toContain(word);
      const signatures = await page.getByTestId("receipt-signatures").innerText();
      expect(signatures).toContain("经办人签字：");
      expect(signatures).toContain("兑换人（户主）签字：");
      expect(await page.getByTestId("receipt-recorder").innerText()).toMatch(/经办登记：\S+/);
      const name = paper === "a4" ? "receipt-a4" : "receipt-slip";
      await shootBothSizes(page, name);
      const paperSize = await printedPaper();
      if (paper === "a4") expect(Math.round(paperSize.width)).toBe(210);
      else expect(Math.round(paperSize.width)).toBe(80);
    }
    expect(page.url()).toMatch(/paper=slip/);
    // On screen too the slip is narrow: at most 80 mm (about 303 px).
    expect((await page.getByTestId("receipt-sheet").boundingBox())!.width).toBeLessThanOrEqual(303);
  });

  it("does not offer a checkout beyond the balance: the button is off and one sentence says why", async () => {
    const { page } = committee;
    const poor = await shop.household("PC01-007");
    const oil = 60;
    const bottles = Math.floor(poor.balance / oil) + 1;
    await open(page, "/checkout");
    await chooseHousehold(poor);
    await add("食用油（5升）", bottles);
    await see(page, `积分不足：该户余额 ${poor.balance} 分，本次需要 ${bottles * oil} 分，还差 ${bottles * oil - poor.balance} 分。`);
    expect(await page.getByTestId("confirm-checkout").isDisabled()).toBe(true);
    expect(await page.getByTestId("checkout-summary").getByRole("alert").count()).toBe(1);
    await shootBothSizes(page, "checkout-insufficient-points");
    expect(await shop.balance(poor.id)).toBe(poor.balance);
  });

  it("leaves the server the judge: points spent at another counter meanwhile are refused with its figures, once", async () => {
    const { page } = committee;
    // A new household with 10 points: two soaps (5 each) fit until another counter sells it one.
    await server.ok(
      `mutation ($input: CreateHouseholdInput!) { createHousehold(input: $input) { id } }`,
      { input: { villageId: mine.villageId, number: "PC01-960", headName: "柜台测试", memberCount: 1 } },
      villageToken,
    );
    const newcomer = await shop.household("PC01-960");
    await server.ok(
      `mutation ($input: AwardPointsInput!) { awardPoints(input: $input) { __typename } }`,
      { input: { householdIds: [newcomer.id], points: 10, reason: "测试", deedDate: districtToday(), idempotencyKey: "e2e-award-newcomer-0001" } },
      villageToken,
    );
    expect(await shop.balance(newcomer.id)).toBe(10);
    await open(page, "/checkout");
    await chooseHousehold(newcomer);
    await add("香皂", 2);
    expect(await page.getByTestId("confirm-checkout").isDisabled()).toBe(false);
    const { products } = await server.ok<{ products: { items: { id: string }[] } }>(`{ products(filter: { q: "香皂" }) { items { id } } }`, {}, villageToken);
    await server.ok(
      `mutation ($input: RedeemInput!) { redeem(input: $input) { id } }`,
      { input: { householdId: newcomer.id, lines: [{ productId: products.items[0]!.id, quantity: 1 }], idempotencyKey: "e2e-other-counter-0002" } },
      villageToken,
    );
    await page.getByTestId("confirm-checkout").click();
    await see(page, "积分不足：该户余额 5 分，本次需要 10 分。");
    expect(await page.getByTestId("checkout-summary").getByRole("alert").count()).toBe(1);
    expect(await page.getByTestId("confirm-checkout").isDisabled()).toBe(true);
    expect(numberIn(await page.getByTestId("checkout-household").innerText())).toBe(5);
    expect(await shop.balance(newcomer.id)).toBe(5);
  });

  it("refuses a checkout when the goods ran out meanwhile, naming the product", async () => {
    const { page } = committee;
    const rich = await shop.household("PC01-002");
    await open(page, "/checkout");
    await chooseHousehold(rich);
    await add("手工皂", 5);
    // Another counter sells three of the five before this one confirms.
    const { products } = await server.ok<{ products: { items: { id: string }[] } }>(
      `{ products(filter: { q: "手工皂" }) { items { id } } }`,
      {},
      villageToken,
    );
    await server.ok(
      `mutation ($input: RedeemInput!) { redeem(input: $input) { id } }`,
      { input: { householdId: mine.id, lines: [{ productId: products.items[0]!.id, quantity: 3 }], idempotencyKey: "e2e-other-counter-0001" } },
      villageToken,
    );
    const balance = await shop.balance(rich.id);
    await page.getByTestId("confirm-checkout").click();
    await see(page, "“手工皂”库存不足：仅剩 2，本次需要 5。");
    await shoot(page, "checkout-out-of-stock");
    expect(await shop.balance(rich.id)).toBe(balance);
  });

  it("cancels a redemption with a reason: points back, goods back, the receipt kept", async () => {
    const { page } = committee;
    const balance = await shop.balance(mine.id);
    await page.goto(receiptUrl);
    await page.getByRole("button", { name: "取消兑换" }).click();
    await page.locator('textarea[name="reason"]').fill("村民要求换货");
    await page.getByRole("dialog").getByRole("button", { name: "取消兑换" }).click();
    await see(page, "已取消兑换，积分已退回，商品已入库");
    await see(page, /已于 .* 取消：村民要求换货/);
    expect(await shop.balance(mine.id)).toBe(balance + 18);
    await shoot(page, "redemption-cancelled");
    // Its printed 兑换单 says so before anything else.
    await page.getByRole("link", { name: "打印" }).click();
    await page.getByTestId("receipt-cancelled").waitFor();
    expect(await page.getByTestId("receipt-cancelled").innerText()).toMatch(/已取消[\s\S]*18 分已退回[\s\S]*取消原因：村民要求换货/);
  });

  it("shows the next exchange event as 待举办 and never sells under it before its day", async () => {
    const { page } = committee;
    const { exchangeEvents } = await server.ok<{ exchangeEvents: { items: { id: string; title: string; date: string; upcoming: boolean }[] } }>(
      `{ exchangeEvents(filter: { status: OPEN }, perPage: 50) { items { id title date upcoming } } }`,
      {},
      villageToken,
    );
    const next = exchangeEvents.items.find((e) => e.upcoming);
    expect(next, "the demo announces each shop's next event").toBeDefined();
    expect(next!.date > districtToday()).toBe(true);
    await open(page, "/exchangeEvents");
    await expect.poll(() => row(page, next!.title).innerText(), settle).toContain("待举办");
    // The checkout offers only events that take sales today: not the coming one, not even as a choice.
    await open(page, "/checkout");
    await chooseHousehold(mine);
    const summary = page.getByTestId("checkout-summary");
    await summary.waitFor();
    expect(await summary.innerText()).not.toContain(next!.title);
    const choice = summary.locator('[role="combobox"]');
    if (await choice.count()) {
      await choice.click();
      expect(await page.getByRole("option", { name: new RegExp(next!.title) }).count()).toBe(0);
      await page.keyboard.press("Escape");
    }
  });

  it("lists redemptions and exchange events, and opens an exchange day", async () => {
    const { page } = committee;
    await open(page, "/redemptions");
    await see(page, "已取消");
    await shoot(page, "redemptions");
    await open(page, "/exchangeEvents/create");
    await page.locator('input[name="title"]').fill("腊月积分兑换日");
    await page.getByRole("button", { name: "保存" }).click();
    await page.waitForURL(/#\/exchangeEvents\/\d+\/show$/);
    await see(page, "腊月积分兑换日");
    await page.getByRole("button", { name: "结束活动" }).click();
    await page.getByRole("button", { name: "重新开放" }).waitFor();
    await open(page, "/exchangeEvents");
    await shoot(page, "exchange-events");
  });

  it("offers 兑换 on a household's page only where its village has a shop", async () => {
    const admin = await signedIn(browser, server.url, "admin");
    try {
      const { page } = admin;
      const adminApi = api(server, await server.login("admin"));
      // 高山村 has no shop: the server's REDEEM is not among the household's allowedActions (NO_SHOP).
      const highland = await adminApi.household("MB03-001");
      await open(page, `/households/${highland.id}/show`);
      await page.getByRole("link", { name: "奖励积分" }).waitFor();
      expect(await page.getByRole("link", { name: "兑换", exact: true }).count()).toBe(0);
      await open(page, `/households/${mine.id}/show`);
      await page.getByRole("link", { name: "兑换", exact: true }).waitFor();
      expect(admin.errors).toEqual([]);
    } finally {
      await admin.context.close();
    }
  });

  it("shows the resident the catalogue with what it can afford, and its redemptions, on a phone", async () => {
    const resident = await signedIn(browser, server.url, "resident", phone);
    try {
      const { page } = resident;
      const balance = await shop.balance(mine.id);
      await open(page, "/my/shop");
      await expect.poll(async () => numberIn(await page.getByTestId("shop-balance").innerText()), settle).toBe(balance);
      await expect.poll(() => page.getByTestId("shop-香皂").innerText(), settle).toContain("可兑换");
      await expect.poll(() => page.getByTestId("shop-食用油（5升）").innerText(), settle).toContain(balance >= 60 ? "可兑换" : "还差");
      await shoot(page, "resident-shop-phone", { fullPage: false });
      await open(page, "/redemptions");
      await see(page, "香皂×2、毛巾×1");
      await see(page, "已取消");
      await shoot(page, "resident-redemptions-phone", { fullPage: false });
      expect(resident.errors).toEqual([]);
    } finally {
      await resident.context.close();
    }
  });
});
