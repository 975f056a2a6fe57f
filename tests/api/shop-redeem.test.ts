import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { products, redemptions, users, villages } from "@cunwu/schema";
import { detailsOf, errorCode, fieldsOf } from "../support/assert";
import { archiveHousehold } from "../support/ops/households";
import { closeExchangeEvent, createExchangeEvent, updateProduct } from "../support/ops/shop";
import { newKey as key } from "../support/ops/keys";
import { statementsOf } from "../support/statements";
import { type RedeemLine, useShopWorld } from "../support/shop-world";

// Redeeming points at the village shop: a sale at frozen prices, a retried
// key, every refusal (stock, points, lines, products, events, households,
// villages) changing nothing; and who reads which redemptions.

const w = useShopWorld();
const { found, db, tokens, award, createProduct, redeem, snapshot, balanceOf, stockOf, expectBooksBalance } = w;

describe("redeem", () => {
  it("sells all lines at frozen prices and writes one REDEMPTION entry", async () => {
    const household = found.homeHouseholds[1]!;
    await award(household, 100);
    const soap = await createProduct(10, 5);
    const oil = await createProduct(30, 2);
    const result = await redeem(household, [
      { productId: oil, quantity: 1 },
      { productId: soap, quantity: 2 },
    ]);
    expect(result.errors).toBeUndefined();
    const r = result.data!.redeem;
    expect(r).toMatchObject({ householdId: String(household), villageId: String(found.homeVillage), eventId: null, total: 50, status: "COMPLETED" });
    expect(r.lines).toEqual([
      { productId: String(oil), productName: expect.any(String), quantity: 1, unitPrice: 30, amount: 30 },
      { productId: String(soap), productName: expect.any(String), quantity: 2, unitPrice: 10, amount: 20 },
    ]);
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]).toMatchObject({ kind: "REDEMPTION", delta: -50, balanceAfter: 50, redemptionId: r.id });
    expect(r.entries[0]!.reason).toMatch(/^兑换：商品\d+×1、商品\d+×2$/);
    expect(await balanceOf(household)).toBe(50);
    expect(await stockOf(soap)).toBe(3);
    expect(await stockOf(oil)).toBe(1);

    // A later price change does not touch what was sold.
    await updateProduct.ok(w.t, { id: soap, input: { price: 99 } }, tokens.village);
    const again = await w.t.ok(`query ($id: ID!) { redemption(id: $id) { total lines { productId unitPrice } } }`, { id: r.id }, tokens.village);
    expect(again.redemption.total).toBe(50);
    expect(again.redemption.lines.find((l: { productId: string }) => l.productId === String(soap)).unitPrice).toBe(10);
    await expectBooksBalance();
  });

  it("returns the first redemption for a retried key and refuses the key for another request", async () => {
    const household = found.homeHouseholds[2]!;
    await award(household, 40);
    const product = await createProduct(10, 10);
    const idempotencyKey = key();
    const first = await redeem(household, [{ productId: product, quantity: 1 }], { idempotencyKey });
    const before = await snapshot([household], [product]);
    const retry = await redeem(household, [{ productId: product, quantity: 1 }], { idempotencyKey });
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.redeem.id).toBe(first.data!.redeem.id);
    expect(retry.data!.redeem.entries).toHaveLength(1);
    const other = await redeem(household, [{ productId: product, quantity: 2 }], { idempotencyKey });
    expect(errorCode(other)).toBe("CONFLICT");
    expect(await snapshot([household], [product])).toEqual(before);
    expect(await balanceOf(household)).toBe(30);
  });

  it("fails OUT_OF_STOCK naming the product and changes nothing", async () => {
    const household = found.homeHouseholds[3]!;
    await award(household, 1000);
    const plenty = await createProduct(5, 50);
    const scarce = await createProduct(5, 2);
    const before = await snapshot([household], [plenty, scarce]);
    // The lower id is taken first, so this also proves the first update is rolled back.
    const result = await redeem(household, [
      { productId: plenty, quantity: 3 },
      { productId: scarce, quantity: 3 },
    ]);
    expect(errorCode(result)).toBe("OUT_OF_STOCK");
    const [name] = await db().select({ name: products.name }).from(products).where(eq(products.id, scarce));
    expect(detailsOf(result)).toMatchObject({ productId: String(scarce), productName: name!.name, available: 2 });
    expect(result.errors![0]!.message).toContain(name!.name);
    expect(await snapshot([household], [plenty, scarce])).toEqual(before);
  });

  it("fails INSUFFICIENT_POINTS and changes nothing", async () => {
    const household = found.homeHouseholds[4]!;
    await award(household, 25);
    const a = await createProduct(10, 10);
    const b = await createProduct(10, 10);
    const before = await snapshot([household], [a, b]);
    const result = await redeem(household, [
      { productId: a, quantity: 2 },
      { productId: b, quantity: 1 },
    ]);
    expect(errorCode(result)).toBe("INSUFFICIENT_POINTS");
    expect(detailsOf(result)).toMatchObject({ balance: 25, needed: 30 });
    expect(await snapshot([household], [a, b])).toEqual(before);
    // The key was not spent by the failure: the same key works once there are points.
    await award(household, 5);
    const idempotencyKey = key();
    expect(errorCode(await redeem(household, [{ productId: a, quantity: 4 }], { idempotencyKey }))).toBe("INSUFFICIENT_POINTS");
    await award(household, 10);
    expect((await redeem(household, [{ productId: a, quantity: 4 }], { idempotencyKey })).data?.redeem.total).toBe(40);
    expect(await balanceOf(household)).toBe(0);
    await expectBooksBalance();
  });

  it("names the product short before the points short when a sale lacks both, and changes nothing", async () => {
    const household = found.homeHouseholds[9]!;
    await award(household, 15);
    const scarce = await createProduct(10, 1);
    const before = await snapshot([household], [scarce]);
    // The stock and the balance are asked in one round trip; the stock's answer is given.
    const result = await redeem(household, [{ productId: scarce, quantity: 2 }]);
    expect(errorCode(result)).toBe("OUT_OF_STOCK");
    expect(detailsOf(result)).toMatchObject({ productId: String(scarce), available: 1, requested: 2 });
    expect(await snapshot([household], [scarce])).toEqual(before);
    expect(await balanceOf(household)).toBe(15);
  });

  it("validates lines and the key, naming each field, and changes nothing", async () => {
    const household = found.homeHouseholds[5]!;
    await award(household, 100);
    const a = await createProduct(1, 10);
    const before = await snapshot([household], [a]);
    const fields = async (lines: RedeemLine[], idempotencyKey?: string) => {
      const result = await redeem(household, lines, { idempotencyKey });
      expect(errorCode(result)).toBe("BAD_USER_INPUT");
      return fieldsOf(result);
    };
    expect(await fields([])).toEqual({ lines: "REQUIRED" });
    expect(
      await fields([
        { productId: a, quantity: 1 },
        { productId: a, quantity: 2 },
      ]),
    ).toEqual({ "lines.1.productId": "DUPLICATE" });
    expect(await fields([{ productId: a, quantity: 0 }])).toEqual({ "lines.0.quantity": "OUT_OF_RANGE" });
    expect(await fields([{ productId: a, quantity: 1000 }])).toEqual({ "lines.0.quantity": "OUT_OF_RANGE" });
    expect(await fields([{ productId: a, quantity: 1 }], "short")).toEqual({ idempotencyKey: "INVALID" });
    expect(await snapshot([household], [a])).toEqual(before);
  });

  it("sells only active products of the household's own village", async () => {
    const household = found.homeHouseholds[6]!;
    await award(household, 100);
    const good = await createProduct(1, 10);
    const inactive = await createProduct(1, 10);
    await updateProduct.ok(w.t, { id: inactive, input: { active: false } }, tokens.village);
    const foreign = await createProduct(1, 10, found.otherVillage, tokens.admin);
    const before = await snapshot([household], [good, inactive, foreign]);
    const result = await redeem(
      household,
      [
        { productId: good, quantity: 1 },
        { productId: inactive, quantity: 1 },
        { productId: foreign, quantity: 1 },
        { productId: 999_999, quantity: 1 },
      ],
      { token: tokens.admin },
    );
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(result)).toEqual({ "lines.1.productId": "NOT_FOUND", "lines.2.productId": "NOT_FOUND", "lines.3.productId": "NOT_FOUND" });
    expect(await snapshot([household], [good, inactive, foreign])).toEqual(before);
  });

  it("takes an open event of the household's village only", async () => {
    const household = found.homeHouseholds[7]!;
    await award(household, 100);
    const a = await createProduct(1, 10);
    const event = (await createExchangeEvent.ok(w.t, { villageId: found.homeVillage, date: "2026-04-01", title: "四月" }, tokens.village)).id;
    const foreign = (await createExchangeEvent.ok(w.t, { villageId: found.otherVillage, date: "2026-04-01", title: "四月" }, tokens.admin)).id;

    const sold = await redeem(household, [{ productId: a, quantity: 1 }], { eventId: Number(event) });
    expect(sold.data?.redeem.eventId).toBe(event);
    const byEvent = await w.t.ok(`query ($e: ID!) { redemptions(filter: { eventId: $e }) { total items { id } } }`, { e: event }, tokens.village);
    expect(byEvent.redemptions.items.map((r: { id: string }) => r.id)).toEqual([sold.data!.redeem.id]);

    await closeExchangeEvent.ok(w.t, { id: event }, tokens.village);
    const before = await snapshot([household], [a]);
    const closed = await redeem(household, [{ productId: a, quantity: 1 }], { eventId: Number(event) });
    expect(errorCode(closed)).toBe("CONFLICT");
    expect(detailsOf(closed).status).toBe("CLOSED");
    const other = await redeem(household, [{ productId: a, quantity: 1 }], { eventId: Number(foreign), token: tokens.admin });
    expect(errorCode(other)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(other)).toEqual({ eventId: "NOT_FOUND" });
    expect(await snapshot([household], [a])).toEqual(before);
  });

  it("sells only to active households of a village with a shop", async () => {
    const archived = found.homeHouseholds[8]!;
    await award(archived, 100);
    await archiveHousehold.ok(w.t, { id: archived }, tokens.village);
    await award(found.noShopHousehold, 100);
    const a = await createProduct(1, 10);
    const before = await snapshot([archived, found.noShopHousehold], [a]);
    const inactive = await redeem(archived, [{ productId: a, quantity: 1 }]);
    expect(errorCode(inactive)).toBe("CONFLICT");
    expect(detailsOf(inactive).status).toBe("ARCHIVED");
    expect(errorCode(await redeem(found.noShopHousehold, [{ productId: a, quantity: 1 }], { token: tokens.admin }))).toBe("CONFLICT");
    expect(await snapshot([archived, found.noShopHousehold], [a])).toEqual(before);
  });

  it("lets a committee sell only to its own village's households", async () => {
    await award(found.otherHousehold, 100);
    const foreign = await createProduct(1, 10, found.otherVillage, tokens.admin);
    const home = await createProduct(1, 10);
    const before = await snapshot([found.otherHousehold, found.residentHousehold], [foreign, home]);
    expect(errorCode(await redeem(found.otherHousehold, [{ productId: foreign, quantity: 1 }]))).toBe("NOT_FOUND");
    expect(errorCode(await redeem(found.otherHousehold, [{ productId: home, quantity: 1 }]))).toBe("NOT_FOUND");
    for (const role of ["resident", "township", "district", "dept"]) {
      expect(errorCode(await redeem(found.residentHousehold, [{ productId: home, quantity: 1 }], { token: tokens[role] }))).toBe("FORBIDDEN");
    }
    expect(errorCode(await redeem(found.residentHousehold, [{ productId: home, quantity: 1 }], { token: "" }))).toBe("UNAUTHENTICATED");
    expect(await snapshot([found.otherHousehold, found.residentHousehold], [foreign, home])).toEqual(before);
    // The district admin sells anywhere.
    expect((await redeem(found.otherHousehold, [{ productId: foreign, quantity: 1 }], { token: tokens.admin })).data?.redeem.total).toBe(1);
  });
});

describe("reading redemptions", () => {
  it("shows residents only their household's and committees only their village's", async () => {
    await award(found.residentHousehold, 20);
    const p = await createProduct(3, 10);
    const own = (await redeem(found.residentHousehold, [{ productId: p, quantity: 1 }])).data!.redeem.id;
    const neighbour = (await redeem(found.homeHouseholds[1]!, [{ productId: p, quantity: 1 }])).data!.redeem.id;
    const [foreign] = await db().select({ id: redemptions.id }).from(redemptions).where(eq(redemptions.villageId, found.otherVillage));

    const ids = async (token: string, filter: Record<string, unknown> = {}) => {
      const data = await w.t.ok(`query ($f: RedemptionFilter) { redemptions(filter: $f, perPage: 200) { total items { id householdId } } }`, { f: filter }, token);
      return data.redemptions.items.map((r: { id: string }) => r.id) as string[];
    };
    const resident = await ids(tokens.resident!);
    expect(resident).toContain(own);
    expect(resident).not.toContain(neighbour);
    const byId = (id: string | number, token: string) => w.t.gql(`query ($id: ID!) { redemption(id: $id) { id household { id headName } } }`, { id: String(id) }, token);
    expect(errorCode(await byId(neighbour, tokens.resident!))).toBe("NOT_FOUND");
    expect((await byId(own, tokens.resident!)).data?.redemption.household.id).toBe(String(found.residentHousehold));

    const committee = await ids(tokens.village!);
    expect(committee).toEqual(expect.arrayContaining([own, neighbour]));
    expect(committee).not.toContain(String(foreign!.id));
    expect(errorCode(await byId(foreign!.id, tokens.village!))).toBe("NOT_FOUND");
    expect(await ids(tokens.district!)).toEqual(expect.arrayContaining([own, neighbour, String(foreign!.id)]));
    expect(await ids(tokens.township!)).toEqual(expect.arrayContaining([own, neighbour]));
    expect(errorCode(await w.t.gql(`{ redemptions { total } }`, {}, tokens.dept))).toBe("FORBIDDEN");

    // Filters: household, status, the district's days.
    expect(await ids(tokens.admin!, { householdId: String(found.residentHousehold), status: "COMPLETED" })).toEqual([own]);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
    expect(await ids(tokens.admin!, { householdId: String(found.residentHousehold), from: today, to: today })).toEqual([own]);
    expect(await ids(tokens.admin!, { householdId: String(found.residentHousehold), to: "2020-01-01" })).toEqual([]);
  });

  it("gives a receipt its words: the village, the exchange event and who recorded it", async () => {
    await award(found.residentHousehold, 20);
    const p = await createProduct(4, 10);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
    const atEvent = await createExchangeEvent.ok(w.t, { villageId: found.homeVillage, date: today, title: "票据测试兑换日" }, tokens.village);
    const sold = (await redeem(found.residentHousehold, [{ productId: p, quantity: 2 }], { eventId: Number(atEvent.id) })).data!.redeem.id;
    const plain = (await redeem(found.residentHousehold, [{ productId: p, quantity: 1 }])).data!.redeem.id;
    const receipt = (id: string, token: string) =>
      w.t.ok(`query ($id: ID!) { redemption(id: $id) { villageName eventTitle recorderName } }`, { id }, token);
    const [village] = await db().select({ name: villages.name }).from(villages).where(eq(villages.id, found.homeVillage));
    const [committee] = await db().select({ name: users.displayName }).from(users).where(eq(users.username, "village"));
    expect((await receipt(sold, tokens.village!)).redemption).toEqual({ villageName: village!.name, eventTitle: "票据测试兑换日", recorderName: committee!.name });
    // The resident reads its own receipt the same; a sale at no event has no title.
    expect((await receipt(plain, tokens.resident!)).redemption).toEqual({ villageName: village!.name, eventTitle: null, recorderName: committee!.name });
  });

  it("loads a page's nested lists in a constant number of statements", async () => {
    const page = async (perPage: number) => {
      const { result, statements } = await statementsOf(w.t, () =>
        w.t.ok(`query ($n: Int) { redemptions(perPage: $n) { total items { id villageName recorderName lines { productName amount } entries { kind } household { number } } } }`, { n: perPage }, tokens.admin),
      );
      return { data: result.redemptions as { total: number; items: { id: string; lines: unknown[]; entries: unknown[] }[] }, statements };
    };
    const one = await page(1);
    const all = await page(200);
    expect(all.data.items.length).toBe(all.data.total);
    expect(all.data.total).toBeGreaterThan(5);
    expect(all.data.items.every((r) => r.lines.length > 0 && r.entries.length > 0)).toBe(true);
    // Newest first by default.
    expect(all.data.items.map((r) => Number(r.id))).toEqual([...all.data.items.map((r) => Number(r.id))].sort((x, y) => y - x));
    expect(one.statements).toBeGreaterThanOrEqual(5);
    expect(all.statements).toBe(one.statements);
    await expectBooksBalance();
  });
});
