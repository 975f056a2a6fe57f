import crypto from "node:crypto";
import type { World } from "./world";
import { load, ms } from "./load";
import { post } from "./client";
import { selectAll, cunwuSchema } from "./selection";
import type { GraphQLObjectType } from "graphql";
import { cpuOf } from "./cpu";

// Redemptions at -c20 as the district admin: one unit of a product each,
// spread over every active household that can afford one and over the
// products of its village's shop (so no single row takes every sale), as
// many as BENCH_REDEMPTIONS. Committed per second, then the books: no
// negative balance, running balance or stock, and reconcileLedger clean.
// The CPU a sale costs cunwu's process and its PostgreSQL backends (/proc) is
// printed too: the rate moves with the host's other load, the cost less.

const most = Number(process.env.BENCH_REDEMPTIONS ?? 3000);
const redeemDocument = `mutation ($input: RedeemInput!) { redeem(input: $input) { id total } }`;

interface Sale {
  householdId: number;
  productId: number;
}

/** Sales the books can afford, household after household in turn. */
async function plan(world: World): Promise<Sale[]> {
  const households = await world.sql<{ id: number; village_id: number; balance: number }[]>`
    select h.id, h.village_id, h.balance from households h join villages v on v.id = h.village_id
    where h.status = 'ACTIVE' and v.has_shop and h.balance > 0 order by h.id`;
  const products = await world.sql<{ id: number; village_id: number; price: number; stock: number }[]>`
    select id, village_id, price, stock from products where active and stock > 0 order by id`;
  const shelves = new Map<number, { id: number; price: number; stock: number }[]>();
  for (const p of products) shelves.set(p.village_id, [...(shelves.get(p.village_id) ?? []), { ...p }]);
  const sales: Sale[] = [];
  let turn = 0;
  for (let round = 0, sold = true; sold && sales.length < most; round++) {
    sold = false;
    for (const h of households) {
      if (sales.length >= most) break;
      const shelf = (shelves.get(h.village_id) ?? []).filter((p) => p.stock > 0 && p.price <= h.balance);
      if (!shelf.length) continue;
      const product = shelf[turn++ % shelf.length]!;
      product.stock -= 1;
      h.balance -= product.price;
      sales.push({ householdId: h.id, productId: product.id });
      sold = true;
    }
  }
  return sales;
}

export async function redeemFigures(world: World, cunwuPid: number): Promise<void> {
  const sales = await plan(world);
  if (sales.length < 20) {
    console.log(`\nRedemptions: skipped, only ${sales.length} affordable sales in the database`);
    return;
  }
  let next = 0;
  let committed = 0;
  const refused = new Map<string, number>();
  const selling = (amount: number): Parameters<typeof load>[0] => ({
    url: world.graphql.replace(/\/graphql$/, ""),
    connections: 20,
    amount,
    requests: [
      {
        method: "POST",
        path: "/graphql",
        headers: { "content-type": "application/json", "apollo-require-preflight": "true", authorization: `Bearer ${world.admin}` },
        setupRequest: (request) => {
          const sale = sales[next++ % sales.length]!;
          const input = { householdId: String(sale.householdId), idempotencyKey: crypto.randomUUID(), lines: [{ productId: String(sale.productId), quantity: 1 }] };
          return { ...request, body: JSON.stringify({ query: redeemDocument, variables: { input } }) };
        },
        onResponse: (_status, body) => {
          const answer = JSON.parse(body) as { data?: { redeem?: unknown }; errors?: { extensions?: { code?: string } }[] };
          if (answer.data?.redeem) committed += 1;
          else {
            const code = answer.errors?.[0]?.extensions?.code ?? "no answer";
            refused.set(code, (refused.get(code) ?? 0) + 1);
          }
        },
      },
    ],
  });
  // A server just started runs its first sales before the JIT has warmed
  // to them (a sale cost 3.2-3.9 ms of CPU in a run of sales alone, 2.8 ms
  // after the other parts): a tenth of them, at most 200, go first, untimed
  // and uncounted (none when fewer than 200 are planned).
  const warmUp = sales.length >= 200 ? Math.min(200, Math.floor(sales.length / 10)) : 0;
  if (warmUp) await load(selling(warmUp));
  committed = 0;
  refused.clear();
  const timed = sales.length - warmUp;
  const { result: figure, ...cpu } = await cpuOf(cunwuPid, world.sql, "cunwu", () => load(selling(timed)));
  const refusals = [...refused].map(([code, n]) => `${n} ${code}`).join(", ") || "none";
  console.log(
    `\nRedemptions at -c20 (after ${warmUp} to warm the server): ${committed} committed of ${timed} sent in ${figure.seconds.toFixed(1)} s: ${(committed / figure.seconds).toFixed(0)} committed/s (goal ≥ 500), ` +
      `p50 ${ms(figure.p50)}, p95 ${ms(figure.p95)}, p99 ${ms(figure.p99)}; refused: ${refusals}`,
  );
  const perSale = (total?: number) => (total === undefined ? "unknown" : `${(total / timed).toFixed(2)} ms`);
  console.log(`  CPU a sale: cunwu ${perSale(cpu.server)}, its PostgreSQL backends ${perSale(cpu.postgres)}`);
  await checkBooks(world);
}

/** No overdraft anywhere, and every balance the sum of its entries: by SQL, and by the admin's reconcileLedger. */
async function checkBooks(world: World): Promise<void> {
  const [books] = await world.sql<{ balances: number; running: number; stock: number; mismatched: number }[]>`
    select (select count(*)::int from households where balance < 0) as balances,
           (select count(*)::int from point_entries where balance_after < 0) as running,
           (select count(*)::int from products where stock < 0) as stock,
           (select count(*)::int from households h left join (select household_id, sum(delta) as total from point_entries group by 1) e
              on e.household_id = h.id where h.balance <> coalesce(e.total, 0)) as mismatched`;
  console.log(
    `  after, by SQL: ${books!.balances} negative balances, ${books!.running} negative running balances, ${books!.stock} negative stocks (goal: 0 overdrafts), ` +
      `${books!.mismatched} balances unlike the sum of their entries`,
  );
  const started = performance.now();
  const answer = await post<{ reconcileLedger: { householdsChecked: number; entriesChecked: number; mismatches: unknown[]; brokenEntries: unknown[] } }>(
    world.graphql,
    `query { reconcileLedger { ${selectAll(cunwuSchema().getType("LedgerReconciliation") as GraphQLObjectType, 1)} } }`,
    {},
    world.admin,
  );
  const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const r = answer.data?.reconcileLedger;
  console.log(
    r
      ? `  reconcileLedger (${took}) over ${r.householdsChecked} households and ${r.entriesChecked} entries: ${r.mismatches.length} mismatches, ${r.brokenEntries.length} broken entries`
      : `  reconcileLedger refused after ${took}: ${answer.errors?.[0]?.extensions?.code} ${answer.errors?.[0]?.message}`,
  );
}
