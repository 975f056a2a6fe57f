import { expect } from "vitest";
import fc from "fast-check";
import { cancelRedemption } from "../ops/shop";
import { endPublicityCommand, objectCommand, postCommand, removeLineCommand, withdrawCommand } from "./batches";
import { command, expectPredicted } from "./check";
import { productCount, type Cmd } from "./model";
import { anySpec, awardSpec, deductSpec, freshCommand, redeemSpec, retryCommand, reuseCommand, reverseSpec } from "./requests";

// The shop's own commands (cancelling a redemption, restocking) and the
// sequences of commands a run is made of.

const cancelCommand = (pick: number) =>
  command(
    `cancel(${pick})`,
    (m) => m.redemptions.length > 0,
    async (m, real) => {
      const r = m.redemptions[pick % m.redemptions.length]!;
      const household = m.households[r.h]!;
      const label = `cancel(redemption ${r.id} ${r.status}, ${r.total} points)`;
      const code = r.status === "CANCELLED" ? "CONFLICT" : null;
      const result = await cancelRedemption(real, { id: r.id, reason: "退货" }, m.setup.tokens.village);
      expectPredicted(m, label, code, result);
      if (code !== null) return label;
      r.status = "CANCELLED";
      household.balance += r.total;
      for (const l of r.lines) m.products[l.p]!.stock += l.qty;
      const cancelled = (result.data as any).cancelRedemption;
      expect(cancelled.status).toBe("CANCELLED");
      const refund = cancelled.entries.find((e: any) => e.kind === "REFUND");
      expect(refund).toMatchObject({ delta: r.total, balanceAfter: household.balance });
      m.entries.push({ id: refund.id, h: r.h, kind: "REFUND", delta: r.total, reversed: false });
      return label;
    },
  );

const restockCommand = (p: number, quantity: number) =>
  command(
    `restock(p${p}, ${quantity})`,
    () => true,
    async (m, real) => {
      const product = m.products[p]!;
      const label = `restock(p${p} with ${product.stock}, ${quantity})`;
      const code = product.stock + quantity < 0 ? "BAD_USER_INPUT" : null;
      const result = await real.gql(
        `mutation ($id: ID!, $q: Int!, $r: String!) { restockProduct(id: $id, quantity: $q, reason: $r) { stock } }`,
        { id: product.id, q: quantity, r: quantity > 0 ? "补货" : "盘点更正" },
        m.setup.tokens.village,
      );
      expectPredicted(m, label, code, result);
      if (code === null) {
        product.stock += quantity;
        expect((result.data as any).restockProduct.stock).toBe(product.stock);
      }
      return label;
    },
  );

/** Every command the runs pick from, a kind twice or three times to make it likelier. */
const commandArbs: fc.Arbitrary<Cmd>[] = [
  awardSpec.map(freshCommand),
  awardSpec.map(freshCommand),
  awardSpec.map(freshCommand),
  deductSpec.map(freshCommand),
  redeemSpec.map(freshCommand),
  redeemSpec.map(freshCommand),
  reverseSpec.map(freshCommand),
  reverseSpec.map(freshCommand),
  fc.nat().map(cancelCommand),
  fc.nat().map(cancelCommand),
  fc.tuple(fc.nat(), fc.nat()).map(([b, l]) => objectCommand(b, l)),
  fc.tuple(fc.nat(), fc.nat()).map(([b, l]) => removeLineCommand(b, l)),
  fc.nat().map(endPublicityCommand),
  fc.tuple(fc.nat(), fc.boolean()).map(([b, endFirst]) => postCommand(b, endFirst)),
  fc.tuple(fc.nat(), fc.boolean()).map(([b, endFirst]) => postCommand(b, endFirst)),
  fc.nat().map(withdrawCommand),
  fc
    .tuple(fc.nat(productCount - 1), fc.integer({ min: -3, max: 4 }).filter((q) => q !== 0))
    .map(([p, q]) => restockCommand(p, q)),
  fc.nat().map(retryCommand),
  fc.nat().map(retryCommand),
  fc.tuple(fc.nat(), anySpec).map(([pick, spec]) => reuseCommand(pick, spec)),
];

/** Up to 25 commands, any length up to that equally likely. */
export const commandsArb = (replayPath: string | undefined) =>
  fc.commands(commandArbs, { maxCommands: 25, size: "max", ...(replayPath ? { replayPath } : {}) });
