import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { villages } from "@cunwu/schema";
import { detailsOf, errorCode, fieldsOf } from "../support/assert";
import { closeExchangeEvent, createExchangeEvent, reopenExchangeEvent, restockProduct, updateProduct } from "../support/ops/shop";
import { useShopWorld } from "../support/shop-world";

// The village shop's products (create, validate, restock, update, read by
// role) and exchange events (open, close once, reopen once; who keeps and
// reads them), over the world of support/shop-world.ts.

const w = useShopWorld();
const { found, db, tokens, createProduct, snapshot, stockOf, expectBooksBalance } = w;

describe("products", () => {
  it("creates a product and records its initial stock as a movement", async () => {
    const data = await w.t.ok(
      `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id villageId name unit price stock active } }`,
      { input: { villageId: String(found.homeVillage), name: "洗衣粉", unit: "袋", price: 10, stock: 20 } },
      tokens.village,
    );
    expect(data.createProduct).toMatchObject({ villageId: String(found.homeVillage), name: "洗衣粉", unit: "袋", price: 10, stock: 20, active: true });
    const moves = await w.t.ok(`query ($id: ID!) { stockMovements(productId: $id) { total items { delta reason recordedBy } } }`, { id: data.createProduct.id }, tokens.village);
    expect(moves.stockMovements.total).toBe(1);
    expect(moves.stockMovements.items[0]).toMatchObject({ delta: 20 });
    // Without initial stock there is no movement.
    const empty = await createProduct(5, 0);
    const none = await w.t.ok(`query ($id: ID!) { stockMovements(productId: $id) { total } }`, { id: String(empty) }, tokens.village);
    expect(none.stockMovements.total).toBe(0);
  });

  it("validates the input, naming each field", async () => {
    const before = await snapshot([], []);
    const result = await w.t.gql(
      `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
      { input: { villageId: String(found.homeVillage), name: " ", unit: "x".repeat(11), price: 0, stock: -1 } },
      tokens.village,
    );
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(result)).toEqual({ name: "REQUIRED", unit: "TOO_LONG", price: "OUT_OF_RANGE", stock: "OUT_OF_RANGE" });
    const duplicate = await w.t.gql(
      `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
      { input: { villageId: String(found.homeVillage), name: "洗衣粉", unit: "袋", price: 3 } },
      tokens.village,
    );
    expect(errorCode(duplicate)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(duplicate)).toEqual({ name: "DUPLICATE" });
    expect(await snapshot([], [])).toEqual(before);
  });

  it("lets a committee keep only its own village's shop", async () => {
    const before = await snapshot([], []);
    const create = (villageId: number, token: string) =>
      w.t.gql(
        `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
        { input: { villageId: String(villageId), name: "食用油", unit: "桶", price: 30, stock: 5 } },
        token,
      );
    expect(errorCode(await create(found.otherVillage, tokens.village!))).toBe("FORBIDDEN");
    for (const role of ["district", "township", "dept", "resident"]) expect(errorCode(await create(found.homeVillage, tokens[role]!))).toBe("FORBIDDEN");
    const noShop = await create(found.noShopVillage, tokens.admin!);
    expect(errorCode(noShop)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(noShop)).toEqual({ villageId: "NO_SHOP" });
    expect(fieldsOf(await create(999_999, tokens.admin!))).toEqual({ villageId: "NOT_FOUND" });
    expect(await snapshot([], [])).toEqual(before);
  });

  it("restocks and corrects stock, never below zero, recording who and why", async () => {
    const id = await createProduct(8, 3);
    const restock = (quantity: number, reason = "补货", token = tokens.village) =>
      restockProduct(w.t, { id, quantity, reason }, token);
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
    const moves = await w.t.ok(`query ($id: ID!) { stockMovements(productId: $id) { total items { delta reason recordedBy recordedAt } } }`, { id: String(id) }, tokens.admin);
    expect(moves.stockMovements.items.map((m: { delta: number }) => m.delta)).toEqual([-4, 7, 3]);
    expect(moves.stockMovements.items[0].reason).toBe("盘点更正");
    await expectBooksBalance();
  });

  it("updates name, unit, price and active but not stock", async () => {
    const id = await createProduct(8, 3);
    const data = await w.t.ok(
      `mutation ($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { name unit price stock active } }`,
      { id: String(id), input: { name: "香皂", unit: "块", price: 4, active: false } },
      tokens.village,
    );
    expect(data.updateProduct).toEqual({ name: "香皂", unit: "块", price: 4, stock: 3, active: false });
    const withStock = await w.t.gql(
      `mutation ($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { stock } }`,
      { id: String(id), input: { stock: 100 } },
      tokens.village,
    );
    expect(errorCode(withStock)).toBe("BAD_USER_INPUT");
    expect(await stockOf(id)).toBe(3);
    const cleared = await w.t.gql(
      `mutation ($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id } }`,
      { id: String(id), input: { name: null, price: null } },
      tokens.village,
    );
    expect(fieldsOf(cleared)).toEqual({ name: "REQUIRED", price: "REQUIRED" });
    await updateProduct.ok(w.t, { id, input: { active: true } }, tokens.village);
  });

  it("shows each role only its scope; residents only the active catalogue of their village", async () => {
    const active = await createProduct(6, 1);
    const inactive = await createProduct(6, 1);
    await updateProduct.ok(w.t, { id: inactive, input: { active: false } }, tokens.village);
    const elsewhere = await createProduct(6, 1, found.otherVillage, tokens.admin);
    const list = async (token: string) => {
      const data = await w.t.ok(`{ products(perPage: 200) { total items { id villageId active } } }`, {}, token);
      return data.products.items.map((p: { id: string }) => Number(p.id)) as number[];
    };
    const byId = (id: number, token: string) => w.t.gql(`query ($id: ID!) { product(id: $id) { id } }`, { id: String(id) }, token);

    const resident = await list(tokens.resident!);
    expect(resident).toContain(active);
    expect(resident).not.toContain(inactive);
    expect(resident).not.toContain(elsewhere);
    expect(errorCode(await byId(inactive, tokens.resident!))).toBe("NOT_FOUND");
    expect(errorCode(await byId(elsewhere, tokens.resident!))).toBe("NOT_FOUND");
    expect(errorCode(await w.t.gql(`query ($id: ID!) { stockMovements(productId: $id) { total } }`, { id: String(active) }, tokens.resident))).toBe("FORBIDDEN");

    const committee = await list(tokens.village!);
    expect(committee).toEqual(expect.arrayContaining([active, inactive]));
    expect(committee).not.toContain(elsewhere);
    expect(errorCode(await byId(elsewhere, tokens.village!))).toBe("NOT_FOUND");

    const [home] = await db().select({ townshipId: villages.townshipId }).from(villages).where(eq(villages.id, found.homeVillage));
    const [other] = await db().select({ townshipId: villages.townshipId }).from(villages).where(eq(villages.id, found.otherVillage));
    const township = await list(tokens.township!);
    expect(township).toEqual(expect.arrayContaining([active, inactive]));
    if (home!.townshipId !== other!.townshipId) expect(township).not.toContain(elsewhere);

    expect(await list(tokens.district!)).toEqual(expect.arrayContaining([active, inactive, elsewhere]));
    expect(errorCode(await w.t.gql(`{ products { total } }`, {}, tokens.dept))).toBe("FORBIDDEN");
    expect(errorCode(await byId(active, tokens.dept!))).toBe("FORBIDDEN");
    expect(errorCode(await w.t.gql(`{ products { total } }`))).toBe("UNAUTHENTICATED");

    const filtered = await w.t.ok(
      `query ($f: ProductFilter) { products(filter: $f) { total items { id } } }`,
      { f: { villageId: String(found.homeVillage), active: false, q: "商品" } },
      tokens.admin,
    );
    expect(filtered.products.items.map((p: { id: string }) => Number(p.id))).toContain(inactive);
    expect(filtered.products.items.map((p: { id: string }) => Number(p.id))).not.toContain(active);
  });
});

// ---------------------------------------------------------------- exchange events

describe("exchange events", () => {
  const create = (villageId: number, token: string, title = "三月兑换日") =>
    createExchangeEvent(w.t, { villageId, date: "2026-03-15", title }, token);

  it("opens, closes once and reopens once", async () => {
    const created = await create(found.homeVillage, tokens.village!);
    expect(created.data?.createExchangeEvent).toMatchObject({ date: "2026-03-15", title: "三月兑换日", status: "OPEN" });
    const id = created.data!.createExchangeEvent.id;
    const close = () => closeExchangeEvent(w.t, { id }, tokens.village);
    const reopen = () => reopenExchangeEvent(w.t, { id }, tokens.village);
    const again = await reopen();
    expect(errorCode(again)).toBe("CONFLICT");
    expect(detailsOf(again).status).toBe("OPEN");
    expect((await close()).data?.closeExchangeEvent.status).toBe("CLOSED");
    const closedTwice = await close();
    expect(errorCode(closedTwice)).toBe("CONFLICT");
    expect(detailsOf(closedTwice).status).toBe("CLOSED");
    expect((await reopen()).data?.reopenExchangeEvent.status).toBe("OPEN");
  });

  it("keeps events to the village's own committee and its readers", async () => {
    const before = await snapshot([], []);
    expect(errorCode(await create(found.otherVillage, tokens.village!))).toBe("FORBIDDEN");
    expect(errorCode(await create(found.homeVillage, tokens.resident!))).toBe("FORBIDDEN");
    expect(errorCode(await create(found.homeVillage, tokens.township!))).toBe("FORBIDDEN");
    expect(fieldsOf(await create(found.noShopVillage, tokens.admin!))).toEqual({ villageId: "NO_SHOP" });
    expect(fieldsOf(await create(found.homeVillage, tokens.village!, " "))).toEqual({ title: "REQUIRED" });
    expect(await snapshot([], [])).toEqual(before);

    const elsewhere = (await create(found.otherVillage, tokens.admin!)).data!.createExchangeEvent.id;
    expect(errorCode(await closeExchangeEvent(w.t, { id: elsewhere }, tokens.village))).toBe("NOT_FOUND");
    expect(errorCode(await w.t.gql(`query ($id: ID!) { exchangeEvent(id: $id) { id } }`, { id: elsewhere }, tokens.resident))).toBe("NOT_FOUND");
    const residentList = await w.t.ok(`{ exchangeEvents(perPage: 200) { items { villageId } } }`, {}, tokens.resident);
    expect(residentList.exchangeEvents.items.length).toBeGreaterThan(0);
    expect(residentList.exchangeEvents.items.every((e: { villageId: string }) => e.villageId === String(found.homeVillage))).toBe(true);
    const filtered = await w.t.ok(
      `query ($f: ExchangeEventFilter) { exchangeEvents(filter: $f) { total items { id } } }`,
      { f: { villageId: String(found.otherVillage), status: "OPEN", from: "2026-03-01", to: "2026-03-31" } },
      tokens.district,
    );
    expect(filtered.exchangeEvents.items.map((e: { id: string }) => e.id)).toContain(elsewhere);
    const none = await w.t.ok(`query ($f: ExchangeEventFilter) { exchangeEvents(filter: $f) { total } }`, { f: { from: "2027-01-01" } }, tokens.admin);
    expect(none.exchangeEvents.total).toBe(0);
    expect(errorCode(await w.t.gql(`{ exchangeEvents { total } }`, {}, tokens.dept))).toBe("FORBIDDEN");
  });
});
