import { expect } from "vitest";
import { sql } from "drizzle-orm";
import { households, pointEntries, products, redemptionLines, stockMovements } from "@cunwu/schema";
import { rowsOf } from "./assert";
import type { TestServer } from "./server";

// The books must add up after anything a test does, straight from the tables.

/** Balance = Σ entries for every household. */
export async function expectBalancesMatchEntries(t: TestServer) {
  const mismatched = await t.server.connection.db.execute(sql`
    select h.id from ${households} h
    left join (select household_id, sum(delta)::int as s from ${pointEntries} group by household_id) e on e.household_id = h.id
    where h.balance <> coalesce(e.s, 0)`);
  expect(rowsOf(mismatched)).toEqual([]);
}

/** Stock = Σ movements − Σ sold lines for every product. */
export async function expectStockMatchesMovements(t: TestServer) {
  const badStock = await t.server.connection.db.execute(sql`
    select p.id from ${products} p
    left join (select product_id, sum(delta)::int as s from ${stockMovements} group by product_id) m on m.product_id = p.id
    left join (select product_id, sum(quantity)::int as s from ${redemptionLines} group by product_id) l on l.product_id = p.id
    where p.stock <> coalesce(m.s, 0) - coalesce(l.s, 0)`);
  expect(rowsOf(badStock)).toEqual([]);
}

/** No running balance ever went below zero. */
export async function expectNoNegativeBalanceAfter(t: TestServer) {
  const negative = await t.server.connection.db.execute(sql`select id from point_entries where balance_after < 0`);
  expect(rowsOf(negative)).toEqual([]);
}
