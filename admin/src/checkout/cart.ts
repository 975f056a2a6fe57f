import type { RedeemInput } from "../providers/actions";
import type { Product } from "../types";

/** Product id → quantity; a product at 0 is not in the cart. */
export type Cart = Readonly<Record<string, number>>;

/** The most units of one product on a line (the server's limit). */
export const MAX_QUANTITY = 999;

/** Sets a product's quantity, kept between 0 and what is on the shelf (and the line limit). */
export const setQuantity = (cart: Cart, product: Pick<Product, "id" | "stock">, quantity: number): Cart => {
  const limit = Math.min(product.stock, MAX_QUANTITY);
  const clamped = Math.max(0, Math.min(Math.floor(quantity) || 0, limit));
  const next = { ...cart };
  if (clamped === 0) delete next[product.id];
  else next[product.id] = clamped;
  return next;
};

export interface CartLine {
  product: Product;
  quantity: number;
  amount: number;
}

/** The cart's lines in catalogue order, priced at the shelf price. */
export const cartLines = (cart: Cart, products: readonly Product[]): CartLine[] =>
  products
    .filter((product) => (cart[product.id] ?? 0) > 0)
    .map((product) => {
      const quantity = cart[product.id]!;
      return { product, quantity, amount: quantity * product.price };
    });

export const cartTotal = (lines: readonly CartLine[]): number => lines.reduce((sum, line) => sum + line.amount, 0);

export const toRedeemInput = (
  householdId: string,
  eventId: string | null,
  lines: readonly CartLine[],
  idempotencyKey: string,
): RedeemInput => ({
  householdId,
  eventId,
  lines: lines.map((line) => ({ productId: line.product.id, quantity: line.quantity })),
  idempotencyKey,
});
