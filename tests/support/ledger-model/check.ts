import { expect } from "vitest";
import { errorCode, type GraphQLResult } from "../server";
import { callOf, note, refOf, type Cmd, type Model, type Real, type Req } from "./model";
import { predict } from "./predict";

// Sending a request and holding the server's answer and its world to the model's.

/** What the server answered, in a line, for messages. */
export const answer = (result: GraphQLResult) =>
  result.errors?.length ? `${errorCode(result)}: ${result.errors[0]!.message}` : "ok";

export function expectOutcome(result: GraphQLResult, code: string | null, what: string) {
  const got = result.errors?.length ? (errorCode(result) ?? "?") : null;
  if (got !== code) {
    throw new Error(`${what}: expected ${code ?? "success"}, the server answered ${answer(result)}`);
  }
}

/** A call with an idempotency key: a claimed key replays or conflicts; a fresh one is predicted. */
export async function keyed(m: Model, real: Real, key: string, req: Req, label: string, via: "new" | "retry" | "reused key" | "start") {
  const kind = via === "new" ? req.op : `${req.op} (${via})`;
  const call = callOf(m, req, key);
  const claimed = m.claimed.get(key);
  const result = await real.gql(call.query, call.variables, call.token);
  if (claimed && claimed.sig === call.sig) {
    note(m, kind, "replay", `${label} → replay of ${claimed.ref}: ${answer(result)}`);
    expectOutcome(result, null, label);
    expect(refOf(req.op, result.data), `${label}: a retry returns the first result`).toBe(claimed.ref);
    return;
  }
  if (claimed) {
    note(m, kind, "key CONFLICT", `${label} → key already used for another request: ${answer(result)}`);
    expectOutcome(result, "CONFLICT", label);
    return;
  }
  const prediction = predict(m, req);
  note(m, kind, prediction.code ?? "ok", `${label} → predicted ${prediction.code ?? "ok"}, got ${answer(result)}`);
  expectOutcome(result, prediction.code, label);
  if (prediction.code === null) {
    prediction.apply(result.data);
    m.claimed.set(key, { sig: call.sig, ref: refOf(req.op, result.data) });
  } else if (prediction.code === "OUT_OF_STOCK" && req.op === "redeem") {
    const short = [...req.lines].sort((a, b) => a.p - b.p).find((l) => m.products[l.p]!.stock < l.qty)!;
    expect(result.errors![0]!.extensions.productId, `${label}: names the first short product`).toBe(m.products[short.p]!.id);
  }
}

/** The server's balances, stock and batches must be the model's. */
export async function expectWorld(m: Model, real: Real, label: string) {
  const batchFields = m.batches.map((b, i) => `b${i}: awardBatch(id: "${b.id}") { id status lines { id state objectionCount } }`).join("\n");
  const data = await real.ok<any>(
    `query ($h: [ID!], $p: [ID!]) {
      households(filter: { ids: $h }, perPage: 50) { items { id balance entries(perPage: 1) { total } } }
      products(filter: { ids: $p }, perPage: 50) { items { id stock } }
      ${batchFields}
    }`,
    { h: m.households.map((h) => h.id), p: m.products.map((p) => p.id) },
    m.setup.tokens.admin,
  );
  const byId = <T extends { id: string }>(items: T[]) => Object.fromEntries(items.map((x) => [x.id, x]));
  const balances = byId<{ id: string; balance: number; entries: { total: number } }>(data.households.items);
  const stock = byId<{ id: string; stock: number }>(data.products.items);
  const context = `after ${label}\n  ${m.log.join("\n  ")}`;
  expect(
    m.households.map((h) => [h.id, balances[h.id]?.balance]),
    `balances ${context}`,
  ).toEqual(m.households.map((h) => [h.id, h.balance]));
  // Nothing written twice, nothing written by a failure: each household has exactly the model's entries.
  expect(
    m.households.map((h) => [h.id, balances[h.id]?.entries.total]),
    `entry counts ${context}`,
  ).toEqual(m.households.map((h, i) => [h.id, m.entries.filter((e) => e.h === i).length]));
  expect(
    m.products.map((p) => [p.id, stock[p.id]?.stock]),
    `stock ${context}`,
  ).toEqual(m.products.map((p) => [p.id, p.stock]));
  m.batches.forEach((b, i) => {
    const got = data[`b${i}`];
    const lines = [...got.lines].sort((x: any, y: any) => Number(x.id) - Number(y.id));
    expect(
      { status: got.status, lines: lines.map((l: any) => [l.id, l.state, l.objectionCount]) },
      `batch ${b.id} ${context}`,
    ).toEqual({
      status: b.status,
      lines: [...b.lines].sort((x, y) => Number(x.id) - Number(y.id)).map((l) => [l.id, l.state, l.objections]),
    });
  });
}

/** Notes a command's predicted outcome and holds the server's answer to it. */
export function expectPredicted(m: Model, label: string, code: string | null, result: GraphQLResult) {
  note(m, label.split("(")[0]!, code ?? "ok", `${label} → predicted ${code ?? "ok"}, got ${answer(result)}`);
  expectOutcome(result, code, label);
}

/** A command: its check on the model, what it does, and how it prints in a counterexample. */
export function command(name: string, check: (m: Readonly<Model>) => boolean, run: (m: Model, real: Real) => Promise<string | void>): Cmd {
  return {
    check,
    async run(m, real) {
      const label = (await run(m, real)) ?? name;
      await expectWorld(m, real, label);
    },
    toString: () => name,
  };
}
