import { describe, expect, it } from "vitest";
import { and, count, eq, ne, sql, sum } from "drizzle-orm";
import { pointEntries, products, redemptions } from "@cunwu/schema";
import { detailsOf, errorCode, fieldsOf, reasonOf, rowsOf } from "../support/assert";
import { patience } from "../support/patience";
import type { GraphQLResult } from "../support/server";

import { newKey as key } from "../support/ops/keys";
import { testDatabaseKind } from "../support/database";
import { useShopWorld } from "../support/shop-world";

// Cancelling a redemption (refund, restock, once, in the committee's own
// village only), and on PostgreSQL the shop's races: simultaneous
// redemptions, the last unit, one key sent at once, concurrent cancels.

const w = useShopWorld();
const { found, db, tokens, award, createProduct, redeem, cancel, snapshot, balanceOf, stockOf, expectBooksBalance } = w;

describe("cancelRedemption", () => {
  it("refunds, restocks with a movement, keeps the record, and happens once", async () => {
    const household = found.homeHouseholds[9]!;
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
    const moves = await w.t.ok(`query ($id: ID!) { stockMovements(productId: $id) { items { delta reason } } }`, { id: String(a) }, tokens.village);
    // Words, not a record number: what it undoes (by product) and why, full-width.
    const note = /^取消兑换（商品\d+×3、商品\d+×1）：商品破损$/;
    expect(moves.stockMovements.items[0]).toMatchObject({ delta: 3, reason: expect.stringMatching(note) });
    expect(r.entries[1]!.reason).toMatch(note);

    const after = await snapshot([household], [a, b]);
    const twice = await cancel(sold.id, "再次");
    expect(errorCode(twice)).toBe("CONFLICT");
    expect(detailsOf(twice).status).toBe("CANCELLED");
    expect(await snapshot([household], [a, b])).toEqual(after);
    // It stays on record.
    const kept = await w.t.ok(`query ($id: ID!) { redemption(id: $id) { status lines { quantity } } }`, { id: sold.id }, tokens.village);
    expect(kept.redemption).toEqual({ status: "CANCELLED", lines: [{ quantity: 1 }, { quantity: 3 }] });
    await expectBooksBalance();
  });

  it("is refused outside the committee's village as NOT_FOUND", async () => {
    await award(found.otherHousehold, 10);
    const p = await createProduct(2, 5, found.otherVillage, tokens.admin);
    const sold = (await redeem(found.otherHousehold, [{ productId: p, quantity: 1 }], { token: tokens.admin })).data!.redeem;
    const before = await snapshot([found.otherHousehold], [p]);
    expect(errorCode(await cancel(sold.id))).toBe("NOT_FOUND");
    expect(errorCode(await cancel(999_999, "x", tokens.admin))).toBe("NOT_FOUND");
    expect(await snapshot([found.otherHousehold], [p])).toEqual(before);
  });
});

// ---------------------------------------------------------------- concurrency (PostgreSQL)

describe.skipIf(testDatabaseKind !== "postgres")("concurrency on PostgreSQL", () => {
  it("50 simultaneous redemptions against a balance covering 17: exactly 17 succeed", async () => {
    const household = found.homeHouseholds[10]!;
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

  it("sales listing two products in opposite orders, at once with cancellations of earlier sales: every one goes through", async () => {
    // Sales take the products' rows in id order, then the household's, in one
    // round trip; cancellations in the same order. None may deadlock.
    const buyers = [found.homeHouseholds[17]!, found.homeHouseholds[18]!];
    for (const household of buyers) await award(household, 1000);
    const a = await createProduct(2, 200);
    const b = await createProduct(3, 200);
    const both = (first: number, second: number) => [
      { productId: first, quantity: 1 },
      { productId: second, quantity: 1 },
    ];
    const earlier = await Promise.all(buyers.map((household) => redeem(household, both(a, b))));
    const results = await Promise.all([
      ...Array.from({ length: 12 }, (_, i) => redeem(buyers[i % 2]!, i % 3 === 0 ? both(b, a) : both(a, b))),
      ...earlier.map((sale) => cancel(sale.data!.redeem.id)),
    ]);
    expect(results.map((r) => (r.errors ? errorCode(r) : "OK"))).toEqual(results.map(() => "OK"));
    expect([await stockOf(a), await stockOf(b)]).toEqual([200 - 12, 200 - 12]);
    expect(await Promise.all(buyers.map(balanceOf))).toEqual([1000 - 6 * 5, 1000 - 6 * 5]);
    await expectBooksBalance();
  });

  it("two households racing for the last unit: exactly one wins each time", async () => {
    const [first, second] = [found.homeHouseholds[11]!, found.homeHouseholds[12]!];
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

  /**
   * Runs `sale` while another transaction that made `change` holds the
   * product's row: the sale has read its prices and waits for the row; then
   * the change commits and the sale goes on. Its answer.
   */
  async function saleWhileHeld(product: number, change: Partial<typeof products.$inferInsert>, sale: () => Promise<GraphQLResult>) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const changing = db().transaction(async (tx) => {
      await tx.update(products).set(change).where(eq(products.id, product));
      holding();
      await released;
    });
    await held;
    const answer = sale();
    const waitingOnALock = async () =>
      rowsOf<{ n: number }>(await db().execute(sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`))[0]!.n;
    for (const started = Date.now(); (await waitingOnALock()) === 0; ) {
      if (Date.now() - started > patience) throw new Error("the sale never waited for the product's row");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    release();
    await changing;
    return answer;
  }

  it("a price changed while a sale waits for the product's row: CHANGED_MEANWHILE, nothing sold; the same request again sells at the new price", async () => {
    const household = found.homeHouseholds[15]!;
    await award(household, 100);
    const product = await createProduct(10, 5);
    const before = await snapshot([household], [product]);
    const idempotencyKey = key();
    const refused = await saleWhileHeld(product, { price: 12 }, () => redeem(household, [{ productId: product, quantity: 1 }], { idempotencyKey }));
    expect(errorCode(refused)).toBe("CONFLICT");
    expect(reasonOf(refused)).toBe("CHANGED_MEANWHILE");
    expect(await snapshot([household], [product])).toEqual(before);
    const sold = await redeem(household, [{ productId: product, quantity: 1 }], { idempotencyKey });
    expect(sold.errors).toBeUndefined();
    expect(sold.data!.redeem.total).toBe(12);
    expect(await balanceOf(household)).toBe(88);
    await expectBooksBalance();
  });

  it("a product taken off the catalogue or sold out while a sale waits for its row: NOT_FOUND on its line, or OUT_OF_STOCK with what is left; nothing sold", async () => {
    const household = found.homeHouseholds[16]!;
    await award(household, 100);
    const [kept, withdrawn] = [await createProduct(5, 5), await createProduct(5, 5)];
    const before = await snapshot([household], [kept, withdrawn]);
    const lines = [
      { productId: kept, quantity: 1 },
      { productId: withdrawn, quantity: 1 },
    ];
    const gone = await saleWhileHeld(withdrawn, { active: false }, () => redeem(household, lines));
    expect(errorCode(gone)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(gone)).toEqual({ "lines.1.productId": "NOT_FOUND" });
    expect(await snapshot([household], [kept, withdrawn])).toEqual(before);

    const short = await saleWhileHeld(kept, { stock: 0 }, () => redeem(household, [{ productId: kept, quantity: 1 }]));
    expect(errorCode(short)).toBe("OUT_OF_STOCK");
    expect(detailsOf(short)).toMatchObject({ available: 0, requested: 1 });
    expect(await balanceOf(household)).toBe(100);
    // The held change wrote no stock movement: put the stock back, so the shop's books add up for the tests after.
    await db().update(products).set({ stock: 5 }).where(eq(products.id, kept));
    await expectBooksBalance();
  });

  it("the same key sent 20 times at once has one effect", async () => {
    const household = found.homeHouseholds[13]!;
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
    const household = found.homeHouseholds[14]!;
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
