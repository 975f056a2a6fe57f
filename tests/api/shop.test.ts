import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, count, eq, inArray, ne, sum } from "drizzle-orm";
import {
  auditLog,
  households,
  idempotencyKeys,
  pointEntries,
  products,
  redemptionLines,
  redemptions,
  stockMovements,
  users,
  villages,
} from "@cunwu/schema";
import { postEntry } from "@cunwu/server/points/ledger";
import { startTestServer, type TestServer } from "../support/server";
import { errorCode, fieldsOf } from "../support/assert";
import { expectBalancesMatchEntries, expectStockMatchesMovements } from "../support/books";
import { newKey as key } from "../support/ops/keys";
import { cancelRedemption, createProduct as createProductOp, redeem as redeemOp } from "../support/ops/shop";
import { testDatabaseKind } from "../support/database";

let t: TestServer;
const tokens: Record<string, string> = {};
let adminId: number;
/** The demo committee's village (石门村), another village with a shop, and one without. */
let homeVillage: number;
let otherVillage: number;
let noShopVillage: number;
/** Active households of the home village, the resident's first. */
let homeHouseholds: number[];
let otherHousehold: number;
let noShopHousehold: number;
let residentHousehold: number;

const db = () => t.server.connection.db;

beforeAll(async () => {
  t = await startTestServer();
  for (const name of ["admin", "district", "township", "village", "dept", "resident"]) tokens[name] = await t.login(name);
  const [admin] = await db().select({ id: users.id }).from(users).where(eq(users.username, "admin"));
  adminId = admin!.id;
  const [committee] = await db().select({ villageId: users.villageId }).from(users).where(eq(users.username, "village"));
  homeVillage = committee!.villageId!;
  const [resident] = await db().select({ householdId: users.householdId }).from(users).where(eq(users.username, "resident"));
  residentHousehold = resident!.householdId!;
  const villageRows = await db().select().from(villages).orderBy(asc(villages.id));
  otherVillage = villageRows.find((v) => v.id !== homeVillage && v.hasShop)!.id;
  noShopVillage = villageRows.find((v) => !v.hasShop)!.id;
  const active = (villageId: number) =>
    db()
      .select({ id: households.id })
      .from(households)
      .where(and(eq(households.villageId, villageId), eq(households.status, "ACTIVE")))
      .orderBy(asc(households.id));
  homeHouseholds = (await active(homeVillage)).map((h) => h.id);
  expect(homeHouseholds[0]).toBe(residentHousehold);
  otherHousehold = (await active(otherVillage))[0]!.id;
  noShopHousehold = (await active(noShopVillage))[0]!.id;
});
afterAll(() => t?.close());

// ---------------------------------------------------------------- helpers

/** Gives a household points the only way there is: a ledger entry. */
async function award(householdId: number, points: number) {
  await db().transaction((tx) =>
    postEntry(tx, {
      householdId,
      kind: "AWARD",
      delta: points,
      reason: "test award",
      deedDate: "2026-01-01",
      recordedBy: adminId,
      idempotencyKey: `test-award:${key()}`,
    }),
  );
}

let productSeq = 0;
async function createProduct(price: number, stock: number, villageId = homeVillage, token = tokens.village!) {
  productSeq += 1;
  const product = await createProductOp.ok(t, { villageId, name: `商品${productSeq}`, unit: "袋", price, stock }, token);
  return Number(product.id);
}

interface Line {
  productId: number;
  quantity: number;
}
function redeem(
  householdId: number,
  lines: Line[],
  opts: { idempotencyKey?: string; eventId?: number; token?: string } = {},
) {
  return redeemOp(t, { householdId, lines, eventId: opts.eventId, idempotencyKey: opts.idempotencyKey }, opts.token ?? tokens.village);
}

function cancel(id: string | number, reason = "退货", token = tokens.village) {
  return cancelRedemption(t, { id, reason }, token);
}

/** Everything a failed call must leave untouched. */
async function snapshot(householdIds: number[], productIds: number[]) {
  const [balances, entries, stock, movements, reds, lines, keys, audits] = await Promise.all([
    db().select({ id: households.id, balance: households.balance }).from(households).where(inArray(households.id, householdIds)).orderBy(asc(households.id)),
    db().select({ n: count() }).from(pointEntries).where(inArray(pointEntries.householdId, householdIds)),
    db().select({ id: products.id, stock: products.stock }).from(products).where(inArray(products.id, productIds)).orderBy(asc(products.id)),
    db().select({ n: count() }).from(stockMovements),
    db().select({ id: redemptions.id, status: redemptions.status }).from(redemptions).orderBy(asc(redemptions.id)),
    db().select({ n: count() }).from(redemptionLines),
    db().select({ n: count() }).from(idempotencyKeys),
    db().select({ n: count() }).from(auditLog),
  ]);
  return { balances, entries, stock, movements, reds, lines, keys, audits };
}

async function balanceOf(householdId: number) {
  const [row] = await db().select({ balance: households.balance }).from(households).where(eq(households.id, householdId));
  return row!.balance;
}
async function stockOf(productId: number) {
  const [row] = await db().select({ stock: products.stock }).from(products).where(eq(products.id, productId));
  return row!.stock;
}

/** The ledger and the shelves add up: balance = Σ entries; stock = Σ movements − Σ sold lines. */
async function expectBooksBalance() {
  await expectBalancesMatchEntries(t);
  await expectStockMatchesMovements(t);
}

// ---------------------------------------------------------------- products

describe("products", () => {
  it("creates a product and records its initial stock as a movement", async () => {
    const data = await t.ok(
      `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id villageId name unit price stock active } }`,
      { input: { villageId: String(homeVillage), name: "洗衣粉", unit: "袋", price: 10, stock: 20 } },
      tokens.village,
    );
    expect(data.createProduct).toMatchObject({ villageId: String(homeVillage), name: "洗衣粉", unit: "袋", price: 10, stock: 20, active: true });
    const moves = await t.ok(`query ($id: ID!) { stockMovements(productId: $id) { total items { delta reason recordedBy } } }`, { id: data.createProduct.id }, tokens.village);
    expect(moves.stockMovements.total).toBe(1);
    expect(moves.stockMovements.items[0]).toMatchObject({ delta: 20 });
    // Without initial stock there is no movement.
    const empty = await createProduct(5, 0);
    const none = await t.ok(`query ($id: ID!) { stockMovements(productId: $id) { total } }`, { id: String(empty) }, tokens.village);
    expect(none.stockMovements.total).toBe(0);
  });

  it("validates the input, naming each field", async () => {
    const before = await snapshot([], []);
    const result = await t.gql(
      `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
      { input: { villageId: String(homeVillage), name: " ", unit: "x".repeat(11), price: 0, stock: -1 } },
      tokens.village,
    );
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(result)).toEqual({ name: "REQUIRED", unit: "TOO_LONG", price: "OUT_OF_RANGE", stock: "OUT_OF_RANGE" });
    const duplicate = await t.gql(
      `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
      { input: { villageId: String(homeVillage), name: "洗衣粉", unit: "袋", price: 3 } },
      tokens.village,
    );
    expect(errorCode(duplicate)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(duplicate)).toEqual({ name: "DUPLICATE" });
    expect(await snapshot([], [])).toEqual(before);
  });

  it("lets a committee keep only its own village's shop", async () => {
    const before = await snapshot([], []);
    const create = (villageId: number, token: string) =>
      t.gql(
        `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
        { input: { villageId: String(villageId), name: "食用油", unit: "桶", price: 30, stock: 5 } },
        token,
      );
    expect(errorCode(await create(otherVillage, tokens.village!))).toBe("FORBIDDEN");
    for (const role of ["district", "township", "dept", "resident"]) expect(errorCode(await create(homeVillage, tokens[role]!))).toBe("FORBIDDEN");
    const noShop = await create(noShopVillage, tokens.admin!);
    expect(errorCode(noShop)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(noShop)).toEqual({ villageId: "NO_SHOP" });
    expect(fieldsOf(await create(999_999, tokens.admin!))).toEqual({ villageId: "NOT_FOUND" });
    expect(await snapshot([], [])).toEqual(before);
  });

  it("restocks and corrects stock, never below zero, recording who and why", async () => {
    const id = await createProduct(8, 3);
    const restock = (quantity: number, reason = "补货", token = tokens.village) =>
      t.gql(`mutation ($id: ID!, $q: Int!, $r: String!) { restockProduct(id: $id, quantity: $q, reason: $r) { stock } }`, { id: String(id), q: quantity, r: reason }, token);
    expect((await restock(7)).data?.restockProduct.stock).toBe(10);
    expect((await restock(-4, "盘点更正")).data?.restockProduct.stock).toBe(6);
    const before = await snapshot([], [id]);
    const below = await restock(-7, "盘点更正");
    expect(errorCode(below)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(below)).toEqual({ quantity: "OUT_OF_RANGE" });
    expect(fieldsOf(await restock(0))).toEqual({ quantity: "OUT_OF_RANGE" });
    expect(fieldsOf(await restock(5, " "))).toEqual({ reason: "REQUIRED" });
    expect(errorCode(await restock(5, "补货", tokens.township))).toBe("FORBIDDEN");
    expect(await snapshot([], [id])).toEqual(before);
    const moves = await t.ok(`query ($id: ID!) { stockMovements(productId: $id) { total items { delta reason recordedBy recordedAt } } }`, { id: String(id) }, tokens.admin);
    expect(moves.stockMovements.items.map((m: { delta: number }) => m.delta)).toEqual([-4, 7, 3]);
    expect(moves.stockMovements.items[0].reason).toBe("盘点更正");
    await expectBooksBalance();
  });

  it("updates name, unit, price and active but not stock", async () => {
    const id = await createProduct(8, 3);
    const data = await t.ok(
      `mutation ($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { name unit price stock active } }`,
      { id: String(id), input: { name: "香皂", unit: "块", price: 4, active: false } },
      tokens.village,
    );
    expect(data.updateProduct).toEqual({ name: "香皂", unit: "块", price: 4, stock: 3, active: false });
    const withStock = await t.gql(
      `mutation ($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { stock } }`,
      { id: String(id), input: { stock: 100 } },
      tokens.village,
    );
    expect(errorCode(withStock)).toBe("BAD_USER_INPUT");
    expect(await stockOf(id)).toBe(3);
    const cleared = await t.gql(
      `mutation ($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id } }`,
      { id: String(id), input: { name: null, price: null } },
      tokens.village,
    );
    expect(fieldsOf(cleared)).toEqual({ name: "REQUIRED", price: "REQUIRED" });
    await t.ok(`mutation ($id: ID!) { updateProduct(id: $id, input: { active: true }) { id } }`, { id: String(id) }, tokens.village);
  });

  it("shows each role only its scope; residents only the active catalogue of their village", async () => {
    const active = await createProduct(6, 1);
    const inactive = await createProduct(6, 1);
    await t.ok(`mutation ($id: ID!) { updateProduct(id: $id, input: { active: false }) { id } }`, { id: String(inactive) }, tokens.village);
    const elsewhere = await createProduct(6, 1, otherVillage, tokens.admin);
    const list = async (token: string) => {
      const data = await t.ok(`{ products(perPage: 200) { total items { id villageId active } } }`, {}, token);
      return data.products.items.map((p: { id: string }) => Number(p.id)) as number[];
    };
    const byId = (id: number, token: string) => t.gql(`query ($id: ID!) { product(id: $id) { id } }`, { id: String(id) }, token);

    const resident = await list(tokens.resident!);
    expect(resident).toContain(active);
    expect(resident).not.toContain(inactive);
    expect(resident).not.toContain(elsewhere);
    expect(errorCode(await byId(inactive, tokens.resident!))).toBe("NOT_FOUND");
    expect(errorCode(await byId(elsewhere, tokens.resident!))).toBe("NOT_FOUND");
    expect(errorCode(await t.gql(`query ($id: ID!) { stockMovements(productId: $id) { total } }`, { id: String(active) }, tokens.resident))).toBe("FORBIDDEN");

    const committee = await list(tokens.village!);
    expect(committee).toEqual(expect.arrayContaining([active, inactive]));
    expect(committee).not.toContain(elsewhere);
    expect(errorCode(await byId(elsewhere, tokens.village!))).toBe("NOT_FOUND");

    const [home] = await db().select({ townshipId: villages.townshipId }).from(villages).where(eq(villages.id, homeVillage));
    const [other] = await db().select({ townshipId: villages.townshipId }).from(villages).where(eq(villages.id, otherVillage));
    const township = await list(tokens.township!);
    expect(township).toEqual(expect.arrayContaining([active, inactive]));
    if (home!.townshipId !== other!.townshipId) expect(township).not.toContain(elsewhere);

    expect(await list(tokens.district!)).toEqual(expect.arrayContaining([active, inactive, elsewhere]));
    expect(errorCode(await t.gql(`{ products { total } }`, {}, tokens.dept))).toBe("FORBIDDEN");
    expect(errorCode(await byId(active, tokens.dept!))).toBe("FORBIDDEN");
    expect(errorCode(await t.gql(`{ products { total } }`))).toBe("UNAUTHENTICATED");

    const filtered = await t.ok(
      `query ($f: ProductFilter) { products(filter: $f) { total items { id } } }`,
      { f: { villageId: String(homeVillage), active: false, q: "商品" } },
      tokens.admin,
    );
    expect(filtered.products.items.map((p: { id: string }) => Number(p.id))).toContain(inactive);
    expect(filtered.products.items.map((p: { id: string }) => Number(p.id))).not.toContain(active);
  });
});

// ---------------------------------------------------------------- exchange events

describe("exchange events", () => {
  const create = (villageId: number, token: string, title = "三月兑换日") =>
    t.gql(
      `mutation ($input: CreateExchangeEventInput!) { createExchangeEvent(input: $input) { id villageId date title status } }`,
      { input: { villageId: String(villageId), date: "2026-03-15", title } },
      token,
    );

  it("opens, closes once and reopens once", async () => {
    const created = await create(homeVillage, tokens.village!);
    expect(created.data?.createExchangeEvent).toMatchObject({ date: "2026-03-15", title: "三月兑换日", status: "OPEN" });
    const id = created.data!.createExchangeEvent.id;
    const close = () => t.gql(`mutation ($id: ID!) { closeExchangeEvent(id: $id) { status } }`, { id }, tokens.village);
    const reopen = () => t.gql(`mutation ($id: ID!) { reopenExchangeEvent(id: $id) { status } }`, { id }, tokens.village);
    const again = await reopen();
    expect(errorCode(again)).toBe("CONFLICT");
    expect(again.errors?.[0]?.extensions.status).toBe("OPEN");
    expect((await close()).data?.closeExchangeEvent.status).toBe("CLOSED");
    const closedTwice = await close();
    expect(errorCode(closedTwice)).toBe("CONFLICT");
    expect(closedTwice.errors?.[0]?.extensions.status).toBe("CLOSED");
    expect((await reopen()).data?.reopenExchangeEvent.status).toBe("OPEN");
  });

  it("keeps events to the village's own committee and its readers", async () => {
    const before = await snapshot([], []);
    expect(errorCode(await create(otherVillage, tokens.village!))).toBe("FORBIDDEN");
    expect(errorCode(await create(homeVillage, tokens.resident!))).toBe("FORBIDDEN");
    expect(errorCode(await create(homeVillage, tokens.township!))).toBe("FORBIDDEN");
    expect(fieldsOf(await create(noShopVillage, tokens.admin!))).toEqual({ villageId: "NO_SHOP" });
    expect(fieldsOf(await create(homeVillage, tokens.village!, " "))).toEqual({ title: "REQUIRED" });
    expect(await snapshot([], [])).toEqual(before);

    const elsewhere = (await create(otherVillage, tokens.admin!)).data!.createExchangeEvent.id;
    expect(errorCode(await t.gql(`mutation ($id: ID!) { closeExchangeEvent(id: $id) { id } }`, { id: elsewhere }, tokens.village))).toBe("NOT_FOUND");
    expect(errorCode(await t.gql(`query ($id: ID!) { exchangeEvent(id: $id) { id } }`, { id: elsewhere }, tokens.resident))).toBe("NOT_FOUND");
    const residentList = await t.ok(`{ exchangeEvents(perPage: 200) { items { villageId } } }`, {}, tokens.resident);
    expect(residentList.exchangeEvents.items.length).toBeGreaterThan(0);
    expect(residentList.exchangeEvents.items.every((e: { villageId: string }) => e.villageId === String(homeVillage))).toBe(true);
    const filtered = await t.ok(
      `query ($f: ExchangeEventFilter) { exchangeEvents(filter: $f) { total items { id } } }`,
      { f: { villageId: String(otherVillage), status: "OPEN", from: "2026-03-01", to: "2026-03-31" } },
      tokens.district,
    );
    expect(filtered.exchangeEvents.items.map((e: { id: string }) => e.id)).toContain(elsewhere);
    const none = await t.ok(`query ($f: ExchangeEventFilter) { exchangeEvents(filter: $f) { total } }`, { f: { from: "2027-01-01" } }, tokens.admin);
    expect(none.exchangeEvents.total).toBe(0);
    expect(errorCode(await t.gql(`{ exchangeEvents { total } }`, {}, tokens.dept))).toBe("FORBIDDEN");
  });
});

// ---------------------------------------------------------------- redemptions

describe("redeem", () => {
  it("sells all lines at frozen prices and writes one REDEMPTION entry", async () => {
    const household = homeHouseholds[1]!;
    await award(household, 100);
    const soap = await createProduct(10, 5);
    const oil = await createProduct(30, 2);
    const result = await redeem(household, [
      { productId: oil, quantity: 1 },
      { productId: soap, quantity: 2 },
    ]);
    expect(result.errors).toBeUndefined();
    const r = result.data!.redeem;
    expect(r).toMatchObject({ householdId: String(household), villageId: String(homeVillage), eventId: null, total: 50, status: "COMPLETED" });
    expect(r.lines).toEqual([
      { productId: String(oil), productName: expect.any(String), quantity: 1, unitPrice: 30, amount: 30 },
      { productId: String(soap), productName: expect.any(String), quantity: 2, unitPrice: 10, amount: 20 },
    ]);
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]).toMatchObject({ kind: "REDEMPTION", delta: -50, balanceAfter: 50, redemptionId: r.id });
    expect(r.entries[0]!.reason).toMatch(/^兑换: 商品\d+×1, 商品\d+×2$/);
    expect(await balanceOf(household)).toBe(50);
    expect(await stockOf(soap)).toBe(3);
    expect(await stockOf(oil)).toBe(1);

    // A later price change does not touch what was sold.
    await t.ok(`mutation ($id: ID!) { updateProduct(id: $id, input: { price: 99 }) { id } }`, { id: String(soap) }, tokens.village);
    const again = await t.ok(`query ($id: ID!) { redemption(id: $id) { total lines { productId unitPrice } } }`, { id: r.id }, tokens.village);
    expect(again.redemption.total).toBe(50);
    expect(again.redemption.lines.find((l: { productId: string }) => l.productId === String(soap)).unitPrice).toBe(10);
    await expectBooksBalance();
  });

  it("returns the first redemption for a retried key and refuses the key for another request", async () => {
    const household = homeHouseholds[2]!;
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
    const household = homeHouseholds[3]!;
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
    expect(result.errors![0]!.extensions).toMatchObject({ productId: String(scarce), productName: name!.name, available: 2 });
    expect(result.errors![0]!.message).toContain(name!.name);
    expect(await snapshot([household], [plenty, scarce])).toEqual(before);
  });

  it("fails INSUFFICIENT_POINTS and changes nothing", async () => {
    const household = homeHouseholds[4]!;
    await award(household, 25);
    const a = await createProduct(10, 10);
    const b = await createProduct(10, 10);
    const before = await snapshot([household], [a, b]);
    const result = await redeem(household, [
      { productId: a, quantity: 2 },
      { productId: b, quantity: 1 },
    ]);
    expect(errorCode(result)).toBe("INSUFFICIENT_POINTS");
    expect(result.errors![0]!.extensions).toMatchObject({ balance: 25, needed: 30 });
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

  it("validates lines and the key, naming each field, and changes nothing", async () => {
    const household = homeHouseholds[5]!;
    await award(household, 100);
    const a = await createProduct(1, 10);
    const before = await snapshot([household], [a]);
    const fields = async (lines: Line[], idempotencyKey?: string) => {
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
    const household = homeHouseholds[6]!;
    await award(household, 100);
    const good = await createProduct(1, 10);
    const inactive = await createProduct(1, 10);
    await t.ok(`mutation ($id: ID!) { updateProduct(id: $id, input: { active: false }) { id } }`, { id: String(inactive) }, tokens.village);
    const foreign = await createProduct(1, 10, otherVillage, tokens.admin);
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
    const household = homeHouseholds[7]!;
    await award(household, 100);
    const a = await createProduct(1, 10);
    const event = (await t.ok(`mutation { createExchangeEvent(input: { villageId: "${homeVillage}", date: "2026-04-01", title: "四月" }) { id } }`, {}, tokens.village)).createExchangeEvent.id;
    const foreign = (await t.ok(`mutation { createExchangeEvent(input: { villageId: "${otherVillage}", date: "2026-04-01", title: "四月" }) { id } }`, {}, tokens.admin)).createExchangeEvent.id;

    const sold = await redeem(household, [{ productId: a, quantity: 1 }], { eventId: Number(event) });
    expect(sold.data?.redeem.eventId).toBe(event);
    const byEvent = await t.ok(`query ($e: ID!) { redemptions(filter: { eventId: $e }) { total items { id } } }`, { e: event }, tokens.village);
    expect(byEvent.redemptions.items.map((r: { id: string }) => r.id)).toEqual([sold.data!.redeem.id]);

    await t.ok(`mutation ($id: ID!) { closeExchangeEvent(id: $id) { id } }`, { id: event }, tokens.village);
    const before = await snapshot([household], [a]);
    const closed = await redeem(household, [{ productId: a, quantity: 1 }], { eventId: Number(event) });
    expect(errorCode(closed)).toBe("CONFLICT");
    expect(closed.errors![0]!.extensions.status).toBe("CLOSED");
    const other = await redeem(household, [{ productId: a, quantity: 1 }], { eventId: Number(foreign), token: tokens.admin });
    expect(errorCode(other)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(other)).toEqual({ eventId: "NOT_FOUND" });
    expect(await snapshot([household], [a])).toEqual(before);
  });

  it("sells only to active households of a village with a shop", async () => {
    const archived = homeHouseholds[8]!;
    await award(archived, 100);
    await t.ok(`mutation ($id: ID!) { archiveHousehold(id: $id) { id } }`, { id: String(archived) }, tokens.village);
    await award(noShopHousehold, 100);
    const a = await createProduct(1, 10);
    const before = await snapshot([archived, noShopHousehold], [a]);
    const inactive = await redeem(archived, [{ productId: a, quantity: 1 }]);
    expect(errorCode(inactive)).toBe("CONFLICT");
    expect(inactive.errors![0]!.extensions.status).toBe("ARCHIVED");
    expect(errorCode(await redeem(noShopHousehold, [{ productId: a, quantity: 1 }], { token: tokens.admin }))).toBe("CONFLICT");
    expect(await snapshot([archived, noShopHousehold], [a])).toEqual(before);
  });

  it("lets a committee sell only to its own village's households", async () => {
    await award(otherHousehold, 100);
    const foreign = await createProduct(1, 10, otherVillage, tokens.admin);
    const home = await createProduct(1, 10);
    const before = await snapshot([otherHousehold, residentHousehold], [foreign, home]);
    expect(errorCode(await redeem(otherHousehold, [{ productId: foreign, quantity: 1 }]))).toBe("NOT_FOUND");
    expect(errorCode(await redeem(otherHousehold, [{ productId: home, quantity: 1 }]))).toBe("NOT_FOUND");
    for (const role of ["resident", "township", "district", "dept"]) {
      expect(errorCode(await redeem(residentHousehold, [{ productId: home, quantity: 1 }], { token: tokens[role] }))).toBe("FORBIDDEN");
    }
    expect(errorCode(await redeem(residentHousehold, [{ productId: home, quantity: 1 }], { token: "" }))).toBe("UNAUTHENTICATED");
    expect(await snapshot([otherHousehold, residentHousehold], [foreign, home])).toEqual(before);
    // The district admin sells anywhere.
    expect((await redeem(otherHousehold, [{ productId: foreign, quantity: 1 }], { token: tokens.admin })).data?.redeem.total).toBe(1);
  });
});

describe("cancelRedemption", () => {
  it("refunds, restocks with a movement, keeps the record, and happens once", async () => {
    const household = homeHouseholds[9]!;
    await award(household, 60);
    const a = await createProduct(10, 5);
    const b = await createProduct(20, 5);
    const sold = (await redeem(household, [
      { productId: b, quantity: 1 },
      { productId: a, quantity: 3 },
    ])).data!.redeem;
    expect(await balanceOf(household)).toBe(10);

    const before = await snapshot([household], [a, b]);
    expect(fieldsOf(await cancel(sold.id, " "))).toEqual({ reason: "REQUIRED" });
    expect(errorCode(await cancel(sold.id, "退货", tokens.resident))).toBe("FORBIDDEN");
    expect(errorCode(await cancel(sold.id, "退货", tokens.township))).toBe("FORBIDDEN");
    expect(await snapshot([household], [a, b])).toEqual(before);

    const result = await cancel(sold.id, "商品破损");
    expect(result.errors).toBeUndefined();
    const r = result.data!.cancelRedemption;
    expect(r).toMatchObject({ id: sold.id, status: "CANCELLED", cancelReason: "商品破损", total: 50 });
    expect(r.cancelledAt).toBeTruthy();
    expect(r.entries.map((e: { kind: string; delta: number }) => [e.kind, e.delta])).toEqual([
      ["REDEMPTION", -50],
      ["REFUND", 50],
    ]);
    expect(await balanceOf(household)).toBe(60);
    expect(await stockOf(a)).toBe(5);
    expect(await stockOf(b)).toBe(5);
    const moves = await t.ok(`query ($id: ID!) { stockMovements(productId: $id) { items { delta reason } } }`, { id: String(a) }, tokens.village);
    expect(moves.stockMovements.items[0]).toEqual({ delta: 3, reason: `取消兑换 #${sold.id}: 商品破损` });

    const after = await snapshot([household], [a, b]);
    const twice = await cancel(sold.id, "再次");
    expect(errorCode(twice)).toBe("CONFLICT");
    expect(twice.errors![0]!.extensions.status).toBe("CANCELLED");
    expect(await snapshot([household], [a, b])).toEqual(after);
    // It stays on record.
    const kept = await t.ok(`query ($id: ID!) { redemption(id: $id) { status lines { quantity } } }`, { id: sold.id }, tokens.village);
    expect(kept.redemption).toEqual({ status: "CANCELLED", lines: [{ quantity: 1 }, { quantity: 3 }] });
    await expectBooksBalance();
  });

  it("is refused outside the committee's village as NOT_FOUND", async () => {
    await award(otherHousehold, 10);
    const p = await createProduct(2, 5, otherVillage, tokens.admin);
    const sold = (await redeem(otherHousehold, [{ productId: p, quantity: 1 }], { token: tokens.admin })).data!.redeem;
    const before = await snapshot([otherHousehold], [p]);
    expect(errorCode(await cancel(sold.id))).toBe("NOT_FOUND");
    expect(errorCode(await cancel(999_999, "x", tokens.admin))).toBe("NOT_FOUND");
    expect(await snapshot([otherHousehold], [p])).toEqual(before);
  });
});

describe("reading redemptions", () => {
  it("shows residents only their household's and committees only their village's", async () => {
    await award(residentHousehold, 20);
    const p = await createProduct(3, 10);
    const own = (await redeem(residentHousehold, [{ productId: p, quantity: 1 }])).data!.redeem.id;
    const neighbour = (await redeem(homeHouseholds[1]!, [{ productId: p, quantity: 1 }])).data!.redeem.id;
    const [foreign] = await db().select({ id: redemptions.id }).from(redemptions).where(eq(redemptions.villageId, otherVillage));

    const ids = async (token: string, filter: Record<string, unknown> = {}) => {
      const data = await t.ok(`query ($f: RedemptionFilter) { redemptions(filter: $f, perPage: 200) { total items { id householdId } } }`, { f: filter }, token);
      return data.redemptions.items.map((r: { id: string }) => r.id) as string[];
    };
    const resident = await ids(tokens.resident!);
    expect(resident).toContain(own);
    expect(resident).not.toContain(neighbour);
    const byId = (id: string | number, token: string) => t.gql(`query ($id: ID!) { redemption(id: $id) { id household { id headName } } }`, { id: String(id) }, token);
    expect(errorCode(await byId(neighbour, tokens.resident!))).toBe("NOT_FOUND");
    expect((await byId(own, tokens.resident!)).data?.redemption.household.id).toBe(String(residentHousehold));

    const committee = await ids(tokens.village!);
    expect(committee).toEqual(expect.arrayContaining([own, neighbour]));
    expect(committee).not.toContain(String(foreign!.id));
    expect(errorCode(await byId(foreign!.id, tokens.village!))).toBe("NOT_FOUND");
    expect(await ids(tokens.district!)).toEqual(expect.arrayContaining([own, neighbour, String(foreign!.id)]));
    expect(await ids(tokens.township!)).toEqual(expect.arrayContaining([own, neighbour]));
    expect(errorCode(await t.gql(`{ redemptions { total } }`, {}, tokens.dept))).toBe("FORBIDDEN");

    // Filters: household, status, the district's days.
    expect(await ids(tokens.admin!, { householdId: String(residentHousehold), status: "COMPLETED" })).toEqual([own]);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
    expect(await ids(tokens.admin!, { householdId: String(residentHousehold), from: today, to: today })).toEqual([own]);
    expect(await ids(tokens.admin!, { householdId: String(residentHousehold), to: "2020-01-01" })).toEqual([]);
  });

  it("loads a page's nested lists in a constant number of statements", async () => {
    // Counts the statements the server's database handle prepares while one request runs.
    const session = (db() as unknown as { session: { prepareQuery: (...args: unknown[]) => unknown } }).session;
    const original = session.prepareQuery;
    let statements = 0;
    session.prepareQuery = function (this: unknown, ...args: unknown[]) {
      statements += 1;
      return original.apply(this, args);
    };
    const page = async (perPage: number) => {
      statements = 0;
      const data = await t.ok(
        `query ($n: Int) { redemptions(perPage: $n) { total items { id lines { productName amount } entries { kind } household { number } } } }`,
        { n: perPage },
        tokens.admin,
      );
      return { data: data.redemptions as { total: number; items: { id: string; lines: unknown[]; entries: unknown[] }[] }, statements };
    };
    try {
      const one = await page(1);
      const all = await page(200);
      expect(all.data.items.length).toBe(all.data.total);
      expect(all.data.total).toBeGreaterThan(5);
      expect(all.data.items.every((r) => r.lines.length > 0 && r.entries.length > 0)).toBe(true);
      // Newest first by default.
      expect(all.data.items.map((r) => Number(r.id))).toEqual([...all.data.items.map((r) => Number(r.id))].sort((x, y) => y - x));
      expect(one.statements).toBeGreaterThanOrEqual(5);
      expect(all.statements).toBe(one.statements);
    } finally {
      session.prepareQuery = original;
    }
    await expectBooksBalance();
  });
});

// ---------------------------------------------------------------- concurrency (PostgreSQL)

describe.skipIf(testDatabaseKind !== "postgres")("concurrency on PostgreSQL", () => {
  it("50 simultaneous redemptions against a balance covering 17: exactly 17 succeed", async () => {
    const household = homeHouseholds[10]!;
    const price = 10;
    const k = 17;
    await award(household, k * price + price - 1);
    const initial = await balanceOf(household);
    const product = await createProduct(price, 100);
    const results = await Promise.all(Array.from({ length: 50 }, () => redeem(household, [{ productId: product, quantity: 1 }])));
    const codes = results.map((r) => (r.errors ? errorCode(r) : "OK"));
    expect(codes.filter((c) => c === "OK")).toHaveLength(k);
    expect(codes.filter((c) => c === "INSUFFICIENT_POINTS")).toHaveLength(50 - k);
    expect(await balanceOf(household)).toBe(initial - k * price);
    expect(await stockOf(product)).toBe(100 - k);
    const [entries] = await db()
      .select({ n: count(), total: sum(pointEntries.delta) })
      .from(pointEntries)
      .where(and(eq(pointEntries.householdId, household), eq(pointEntries.kind, "REDEMPTION")));
    expect(entries!.n).toBe(k);
    expect(Number(entries!.total)).toBe(-k * price);
    await expectBooksBalance();
  });

  it("two households racing for the last unit: exactly one wins each time", async () => {
    const [first, second] = [homeHouseholds[11]!, homeHouseholds[12]!];
    await award(first, 100);
    await award(second, 100);
    for (let round = 0; round < 5; round++) {
      const product = await createProduct(5, 1);
      const results = await Promise.all([first, second].map((h) => redeem(h, [{ productId: product, quantity: 1 }])));
      const codes = results.map((r) => (r.errors ? errorCode(r) : "OK")).sort();
      expect(codes).toEqual(["OK", "OUT_OF_STOCK"]);
      expect(await stockOf(product)).toBe(0);
    }
    expect((await balanceOf(first)) + (await balanceOf(second))).toBe(200 - 5 * 5);
    await expectBooksBalance();
  });

  it("the same key sent 20 times at once has one effect", async () => {
    const household = homeHouseholds[13]!;
    await award(household, 100);
    const product = await createProduct(7, 10);
    const idempotencyKey = key();
    const results = await Promise.all(Array.from({ length: 20 }, () => redeem(household, [{ productId: product, quantity: 2 }], { idempotencyKey })));
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(new Set(results.map((r) => r.data!.redeem.id)).size).toBe(1);
    const [made] = await db().select({ n: count() }).from(redemptions).where(eq(redemptions.householdId, household));
    expect(made!.n).toBe(1);
    const [entries] = await db().select({ n: count() }).from(pointEntries).where(and(eq(pointEntries.householdId, household), ne(pointEntries.kind, "AWARD")));
    expect(entries!.n).toBe(1);
    expect(await balanceOf(household)).toBe(86);
    expect(await stockOf(product)).toBe(8);
  });

  it("concurrent cancels of one redemption: one refund", async () => {
    const household = homeHouseholds[14]!;
    await award(household, 30);
    const product = await createProduct(10, 10);
    const sold = (await redeem(household, [{ productId: product, quantity: 3 }])).data!.redeem;
    const results = await Promise.all(Array.from({ length: 10 }, () => cancel(sold.id)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === "CONFLICT")).toHaveLength(9);
    expect(await balanceOf(household)).toBe(30);
    expect(await stockOf(product)).toBe(10);
    await expectBooksBalance();
  });
});
