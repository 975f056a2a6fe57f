import { expect } from "vitest";
import fc from "fast-check";
import { createHousehold as createHouseholdOp } from "../ops/households";
import { createProduct } from "../ops/shop";
import { expectWorld, keyed } from "./check";
import { newKey, pc01, pc02, productCount, type MHousehold, type Model, type MProduct, type Req } from "./model";
import { describeReq } from "./requests";
import type { LedgerSetup, VillageCode } from "./setup";

// The world one run starts from: fresh households and products.

let runNumber = 0;

export interface WorldSpec {
  products: { price: number; stock: number }[];
  /** Points PC01's households start with (an award each, at once), so spending starts early. */
  balances: number[];
  /** Points of a batch on publicity for both PC02 households, or null for none. */
  batchPoints: number | null;
}

export const worldArb: fc.Arbitrary<WorldSpec> = fc.record({
  products: fc.array(fc.record({ price: fc.integer({ min: 1, max: 8 }), stock: fc.integer({ min: 1, max: 6 }) }), {
    minLength: productCount,
    maxLength: productCount,
  }),
  balances: fc.array(
    fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 10, max: 60 }) }),
    { minLength: pc01.length, maxLength: pc01.length },
  ),
  batchPoints: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
});

/**
 * Fresh households and products, so each run starts from known balances and
 * stock; the starting awards go through the same checks as any command.
 */
export async function newWorld(setup: LedgerSetup, world: WorldSpec): Promise<Model> {
  const { t, tokens, villageIds } = setup;
  runNumber += 1;
  const run = `${process.pid}-${runNumber}`;
  const createHousehold = async (village: VillageCode, i: number) => {
    const created = await createHouseholdOp.ok(t, { villageId: villageIds[village], number: `M${run}-${i}`, headName: `模型户${i}`, memberCount: 3 }, tokens.admin);
    expect(created.balance).toBe(0);
    return { id: created.id, village, balance: 0 };
  };
  const hs: MHousehold[] = [];
  for (const i of pc01) hs.push(await createHousehold("PC01", i));
  for (const i of pc02) hs.push(await createHousehold("PC02", i));
  const ps: MProduct[] = [];
  for (const [i, p] of world.products.entries()) {
    const product = await createProduct.ok(t, { villageId: villageIds.PC01, name: `模型商品${run}-${i}`, unit: "件", price: p.price, stock: p.stock }, tokens.village);
    ps.push({ id: product.id, price: p.price, stock: p.stock });
  }
  const m: Model = { setup, households: hs, products: ps, entries: [], batches: [], redemptions: [], claimed: new Map(), calls: [], log: [], tally: [] };
  const start = async (req: Req) => {
    const key = newKey();
    const label = `start: ${describeReq(m, req)} key#${m.calls.length}`;
    m.calls.push({ key, req });
    await keyed(m, t, key, req, label, "start");
  };
  for (const [h, points] of world.balances.entries()) if (points > 0) await start({ op: "award", hs: [h], rule: null, points });
  if (world.batchPoints !== null) await start({ op: "award", hs: pc02, rule: null, points: world.batchPoints });
  await expectWorld(m, t, "the start");
  return m;
}
