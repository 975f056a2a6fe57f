import { afterAll, beforeAll, expect } from "vitest";
import { and, asc, count, eq, inArray } from "drizzle-orm";
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
import { startTestServer, type TestServer } from "./server";
import { expectBalancesMatchEntries, expectStockMatchesMovements } from "./books";
import { newKey } from "./ops/keys";
import { cancelRedemption, createProduct as createProductOp, redeem as redeemOp } from "./ops/shop";

// The world the shop tests share: a server over the demo district, its six
// demo users, the committee's village (石门村), another village with a shop
// and one without, their households, and the shop's calls with the
// committee's token by default. Each test file gets its own.

export interface RedeemLine {
  productId: number;
  quantity: number;
}

export function useShopWorld() {
  let server: TestServer | undefined;
  const tokens: Record<string, string> = {};
  const found = {
    adminId: 0,
    /** The demo committee's village (石门村), another village with a shop, and one without. */
    homeVillage: 0,
    otherVillage: 0,
    noShopVillage: 0,
    /** Active households of the home village, the resident's first. */
    homeHouseholds: [] as number[],
    otherHousehold: 0,
    noShopHousehold: 0,
    residentHousehold: 0,
  };

  const t = () => {
    if (!server) throw new Error("the shop world has not started");
    return server;
  };
  const db = () => t().server.connection.db;

  beforeAll(async () => {
    server = await startTestServer();
    for (const name of ["admin", "district", "township", "village", "dept", "resident"]) tokens[name] = await server.login(name);
    const [admin] = await db().select({ id: users.id }).from(users).where(eq(users.username, "admin"));
    found.adminId = admin!.id;
    const [committee] = await db().select({ villageId: users.villageId }).from(users).where(eq(users.username, "village"));
    found.homeVillage = committee!.villageId!;
    const [resident] = await db().select({ householdId: users.householdId }).from(users).where(eq(users.username, "resident"));
    found.residentHousehold = resident!.householdId!;
    const villageRows = await db().select().from(villages).orderBy(asc(villages.id));
    found.otherVillage = villageRows.find((v) => v.id !== found.homeVillage && v.hasShop)!.id;
    found.noShopVillage = villageRows.find((v) => !v.hasShop)!.id;
    const active = (villageId: number) =>
      db()
        .select({ id: households.id })
        .from(households)
        .where(and(eq(households.villageId, villageId), eq(households.status, "ACTIVE")))
        .orderBy(asc(households.id));
    found.homeHouseholds = (await active(found.homeVillage)).map((h) => h.id);
    expect(found.homeHouseholds[0]).toBe(found.residentHousehold);
    found.otherHousehold = (await active(found.otherVillage))[0]!.id;
    found.noShopHousehold = (await active(found.noShopVillage))[0]!.id;
  });
  afterAll(() => server?.close());

  /** Gives a household points the only way there is: a ledger entry. */
  async function award(householdId: number, points: number) {
    await db().transaction((tx) =>
      postEntry(tx, {
        householdId,
        kind: "AWARD",
        delta: points,
        reason: "test award",
        deedDate: "2026-01-01",
        recordedBy: found.adminId,
        idempotencyKey: `test-award:${newKey()}`,
      }),
    );
  }

  let productSeq = 0;
  /** A new product (商品1, 商品2 …) of the village; returns its id. */
  async function createProduct(price: number, stock: number, villageId = found.homeVillage, token = tokens.village!) {
    productSeq += 1;
    const product = await createProductOp.ok(t(), { villageId, name: `商品${productSeq}`, unit: "袋", price, stock }, token);
    return Number(product.id);
  }

  const redeem = (householdId: number, lines: RedeemLine[], opts: { idempotencyKey?: string; eventId?: number; token?: string } = {}) =>
    redeemOp(t(), { householdId, lines, eventId: opts.eventId, idempotencyKey: opts.idempotencyKey }, opts.token ?? tokens.village);

  const cancel = (id: string | number, reason = "退货", token = tokens.village) => cancelRedemption(t(), { id, reason }, token);

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
    await expectBalancesMatchEntries(t());
    await expectStockMatchesMovements(t());
  }

  return {
    /** The world's server (once started). */
    get t() {
      return t();
    },
    db,
    tokens,
    /** Ids found at the start: read them inside tests, not at module level. */
    found,
    award,
    createProduct,
    redeem,
    cancel,
    snapshot,
    balanceOf,
    stockOf,
    expectBooksBalance,
  };
}
