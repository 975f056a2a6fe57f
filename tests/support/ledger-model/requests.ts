import fc from "fast-check";
import { command, keyed } from "./check";
import { newKey, pc01, pc02, productCount, type Model, type Req } from "./model";

// The generated requests that move points (award, deduct, redeem, reverse),
// sent with a fresh key, retried, or on a key used before.

/** A generated request: picks (any natural numbers) are resolved against the model when it runs. */
export type ReqSpec =
  | { op: "award"; hs: number[]; rule: number | null; points: number }
  | { op: "deduct"; h: number; rule: number }
  | { op: "redeem"; h: number; lines: { p: number; qty: number }[] }
  | { op: "reverse"; pick: number; reason: string };

export function resolve(m: Readonly<Model>, spec: ReqSpec): Req | null {
  const { awardRules, deductRules } = m.setup;
  switch (spec.op) {
    case "award":
      return { op: "award", hs: spec.hs, rule: spec.rule === null ? null : spec.rule % awardRules.length, points: spec.rule === null ? spec.points : null };
    case "deduct":
      return { op: "deduct", h: spec.h, rule: spec.rule % deductRules.length };
    case "redeem":
      return spec;
    case "reverse":
      return m.entries.length ? { op: "reverse", entry: spec.pick % m.entries.length, reason: spec.reason } : null;
  }
}

export const awardSpec = fc.record({
  op: fc.constant("award" as const),
  hs: fc.oneof(
    { weight: 4, arbitrary: fc.uniqueArray(fc.constantFrom(...pc01), { minLength: 1, maxLength: 3 }) },
    { weight: 4, arbitrary: fc.uniqueArray(fc.constantFrom(...pc02), { minLength: 1, maxLength: 2 }) },
    { weight: 1, arbitrary: fc.uniqueArray(fc.nat(5), { minLength: 2, maxLength: 4 }) },
  ),
  rule: fc.option(fc.nat(99), { nil: null }),
  points: fc.integer({ min: 1, max: 20 }),
});
export const deductSpec = fc.record({
  op: fc.constant("deduct" as const),
  h: fc.nat(5),
  rule: fc.nat(99),
});
export const redeemSpec = fc.record({
  op: fc.constant("redeem" as const),
  h: fc.constantFrom(...pc01),
  lines: fc.uniqueArray(fc.record({ p: fc.nat(productCount - 1), qty: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 3 })) }), {
    selector: (l) => l.p,
    minLength: 1,
    maxLength: 2,
  }),
});
export const reverseSpec = fc.record({
  op: fc.constant("reverse" as const),
  pick: fc.nat(),
  reason: fc.constantFrom("录入错误", "重复奖励"),
});
export const anySpec = fc.oneof(awardSpec, deductSpec, redeemSpec, reverseSpec);

export const describeReq = (m: Readonly<Model>, req: Req) => {
  const { awardRules, deductRules } = m.setup;
  switch (req.op) {
    case "award":
      return `award(h=[${req.hs}], ${req.rule === null ? `${req.points} points` : `rule ${awardRules[req.rule]!.points}${awardRules[req.rule]!.village ? "@PC01" : ""}`})`;
    case "deduct":
      return `deduct(h=${req.h}, rule ${deductRules[req.rule]!.points}${deductRules[req.rule]!.village ? "@PC01" : ""})`;
    case "redeem":
      return `redeem(h=${req.h}, ${req.lines.map((l) => `p${l.p}×${l.qty}`).join(" ")})`;
    case "reverse": {
      const e = m.entries[req.entry]!;
      return `reverse(entry #${req.entry}: ${e.kind} ${e.delta} h=${e.h})`;
    }
  }
};

/** A new keyed request with a fresh key. */
export const freshCommand = (spec: ReqSpec) =>
  command(
    `${spec.op}(${JSON.stringify(spec)})`,
    (m) => resolve(m, spec) !== null,
    async (m, real) => {
      const req = resolve(m, spec)!;
      const key = newKey();
      const label = `${describeReq(m, req)} key#${m.calls.length}`;
      m.calls.push({ key, req });
      await keyed(m, real, key, req, label, "new");
      return label;
    },
  );

/** The very same request again, with its key: a network retry. */
export const retryCommand = (pick: number) =>
  command(
    `retry(${pick})`,
    (m) => m.calls.length > 0,
    async (m, real) => {
      const i = pick % m.calls.length;
      const { key, req } = m.calls[i]!;
      const label = `retry key#${i}: ${describeReq(m, req)}`;
      await keyed(m, real, key, req, label, "retry");
      return label;
    },
  );

/** An earlier key with another request: CONFLICT if the key was claimed. */
export const reuseCommand = (pick: number, spec: ReqSpec) =>
  command(
    `reuseKey(${pick}, ${JSON.stringify(spec)})`,
    (m) => m.calls.length > 0 && resolve(m, spec) !== null,
    async (m, real) => {
      const i = pick % m.calls.length;
      const req = resolve(m, spec)!;
      const key = m.calls[i]!.key;
      const label = `${describeReq(m, req)} reusing key#${i}`;
      m.calls.push({ key, req });
      await keyed(m, real, key, req, label, "reused key");
      return label;
    },
  );
