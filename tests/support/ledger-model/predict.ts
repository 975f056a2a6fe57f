import { expect } from "vitest";
import { villageOfReq, type Model, type Req } from "./model";

// What the model expects of a request on a fresh key.

export type Prediction = { code: string } | { code: null; apply: (data: any) => void };
const fails = (code: string): Prediction => ({ code });

/** The model's prediction for a request on a fresh key: the error, or what success changes. */
export function predict(m: Model, req: Req): Prediction {
  const { awardRules, deductRules } = m.setup;
  switch (req.op) {
    case "award": {
      const vs = villageOfReq(m, req.hs);
      if (vs.length > 1) return fails("BAD_USER_INPUT"); // one award, one village
      const village = vs[0]!;
      const rule = req.rule === null ? null : awardRules[req.rule]!;
      if (rule?.village && rule.village !== village) return fails("BAD_USER_INPUT"); // another village's rule
      const points = rule ? rule.points : req.points!;
      if (village === "PC02") {
        return {
          code: null,
          apply: (data) => {
            const batch = data.awardPoints.batch;
            expect(data.awardPoints.entries).toEqual([]);
            expect(batch).toMatchObject({ status: "ON_PUBLICITY", points });
            expect(batch.lines.map((l: any) => l.householdId).sort()).toEqual(req.hs.map((h) => m.households[h]!.id).sort());
            m.batches.push({
              id: batch.id,
              points,
              status: "ON_PUBLICITY",
              ended: false,
              lines: batch.lines.map((l: any) => ({
                id: l.id,
                h: m.households.findIndex((x) => x.id === l.householdId),
                state: "INCLUDED",
                objections: 0,
              })),
            });
          },
        };
      }
      return {
        code: null,
        apply: (data) => {
          const entries = data.awardPoints.entries;
          expect(data.awardPoints.batch).toBeNull();
          expect(entries).toHaveLength(req.hs.length);
          for (const h of req.hs) {
            const household = m.households[h]!;
            household.balance += points;
            const entry = entries.find((e: any) => e.householdId === household.id);
            expect(entry).toMatchObject({ kind: "AWARD", delta: points, balanceAfter: household.balance });
            m.entries.push({ id: entry.id, h, kind: "AWARD", delta: points, reversed: false });
          }
        },
      };
    }
    case "deduct": {
      const household = m.households[req.h]!;
      const rule = deductRules[req.rule]!;
      if (rule.village && rule.village !== household.village) return fails("BAD_USER_INPUT");
      // Always recorded in full; takes what the balance can give.
      const taken = Math.min(household.balance, -rule.points);
      return {
        code: null,
        apply: (data) => {
          household.balance -= taken;
          // 0 - taken, not -taken: nothing taken is 0, not -0 (which toMatchObject tells apart).
          expect(data.deductPoints).toMatchObject({ kind: "DEDUCTION", delta: 0 - taken, requestedDelta: rule.points, balanceAfter: household.balance });
          m.entries.push({ id: data.deductPoints.id, h: req.h, kind: "DEDUCTION", delta: 0 - taken, reversed: false });
        },
      };
    }
    case "redeem": {
      const household = m.households[req.h]!;
      // Stock is taken in product id order (the order they were created in): the first short one is named.
      const short = [...req.lines].sort((a, b) => a.p - b.p).find((l) => m.products[l.p]!.stock < l.qty);
      if (short) return fails("OUT_OF_STOCK");
      const total = req.lines.reduce((sum, l) => sum + m.products[l.p]!.price * l.qty, 0);
      if (household.balance < total) return fails("INSUFFICIENT_POINTS");
      return {
        code: null,
        apply: (data) => {
          const r = data.redeem;
          household.balance -= total;
          for (const l of req.lines) m.products[l.p]!.stock -= l.qty;
          expect(r).toMatchObject({ householdId: household.id, total, status: "COMPLETED" });
          expect(r.lines.map((l: any) => [l.productId, l.quantity, l.unitPrice])).toEqual(
            req.lines.map((l) => [m.products[l.p]!.id, l.qty, m.products[l.p]!.price]),
          );
          expect(r.entries).toHaveLength(1);
          expect(r.entries[0]).toMatchObject({ kind: "REDEMPTION", delta: -total, balanceAfter: household.balance });
          m.entries.push({ id: r.entries[0].id, h: req.h, kind: "REDEMPTION", delta: -total, reversed: false });
          m.redemptions.push({ id: r.id, h: req.h, total, lines: req.lines, status: "COMPLETED" });
        },
      };
    }
    case "reverse": {
      const entry = m.entries[req.entry]!;
      const household = m.households[entry.h]!;
      if (entry.kind !== "AWARD" && entry.kind !== "DEDUCTION") return fails("CONFLICT");
      if (entry.reversed) return fails("CONFLICT");
      if (household.balance < entry.delta) return fails("INSUFFICIENT_POINTS");
      return {
        code: null,
        apply: (data) => {
          household.balance -= entry.delta;
          entry.reversed = true;
          const reversal = data.reversePointEntry;
          expect(reversal).toMatchObject({ kind: "REVERSAL", delta: 0 - entry.delta, balanceAfter: household.balance, reversesEntryId: entry.id });
          m.entries.push({ id: reversal.id, h: entry.h, kind: "REVERSAL", delta: 0 - entry.delta, reversed: false });
        },
      };
    }
  }
}
