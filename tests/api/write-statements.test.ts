import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { errorCode } from "../support/assert";
import { useShopWorld } from "../support/shop-world";

// A write's statements are named prepared statements on PostgreSQL, kept by
// each connection (server/src/db/named-statements.ts). A migration that adds
// a column while servers run (a rolling upgrade) must not make them fail:
// a statement whose result was `*` would ("cached plan must not change
// result type"), so the raw ones name their columns (db/rows.ts columnsOf).

const w = useShopWorld();
const { found, db, award, createProduct, redeem, balanceOf, stockOf, expectBooksBalance } = w;

/** Sales at once, one unit each, enough to pass through every connection of the pool. */
const sellAtOnce = (households: number[], productId: number) => Promise.all(households.map((householdId) => redeem(householdId, [{ productId, quantity: 1 }])));

describe("a write's statements", () => {
  it("keep selling after a migration adds a column to the tables a sale writes, while the server runs", async () => {
    const households = found.homeHouseholds.slice(1, 13);
    for (const household of households) await award(household, 10);
    const product = await createProduct(2, 100);
    const balances = await Promise.all(households.map(balanceOf));

    const before = await sellAtOnce(households, product);
    expect(before.map(errorCode)).toEqual(households.map(() => undefined));

    await db().execute(sql`alter table redemptions add column added_later text`);
    await db().execute(sql`alter table point_entries add column added_later text`);
    try {
      const after = await sellAtOnce([...households, ...households], product);
      expect(after.map(errorCode)).toEqual([...households, ...households].map(() => undefined));
    } finally {
      await db().execute(sql`alter table redemptions drop column added_later`);
      await db().execute(sql`alter table point_entries drop column added_later`);
    }
    expect(await Promise.all(households.map(balanceOf))).toEqual(balances.map((balance) => balance - 3 * 2));
    expect(await stockOf(product)).toBe(100 - 3 * households.length);
    await expectBooksBalance();
  });
});
