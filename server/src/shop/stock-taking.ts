import { and, eq, gte, inArray, sql } from "drizzle-orm";
import { products } from "@cunwu/schema";
import type { Tx } from "../db/database";
import { AppError, badInput, conflict } from "../errors";

/** A sale's line as asked: its place in the input, the product and how many. */
export interface Line {
  index: number;
  productId: number;
  quantity: number;
}

const outOfStock = (productId: number, productName: string, available: number, requested: number) =>
  new AppError("OUT_OF_STOCK", "OUT_OF_STOCK", `${productName} is out of stock: ${available} left, ${requested} asked`, {
    productId: String(productId),
    productName,
    available,
    requested,
  });

/** The lines whose product is not on the village's active catalogue (`onShelf`), each NOT_FOUND; null when every one is. */
export function notOnShelf(lines: readonly Line[], onShelf: ReadonlyMap<number, unknown>): AppError | null {
  const missing = Object.fromEntries(lines.filter((l) => !onShelf.has(l.productId)).map((l) => [`lines.${l.index}.productId`, "NOT_FOUND"]));
  return Object.keys(missing).length ? badInput(missing, "Some products are not on the village shop's catalogue") : null;
}

/**
 * Why a line's stock could not be taken, as the rows stand now: every line
 * whose product left the village's active catalogue (NOT_FOUND, all at
 * once), this line's product short (OUT_OF_STOCK), or its price changed since
 * it was read (CHANGED_MEANWHILE: the same request again sells at the new
 * price). The transaction is rolled back.
 */
export async function whyNotTaken(tx: Tx, villageId: number, lines: Line[], failed: Line & { unitPrice: number }): Promise<AppError> {
  const found = await tx
    .select({ id: products.id, name: products.name, stock: products.stock, villageId: products.villageId, active: products.active, price: products.price })
    .from(products)
    .where(inArray(products.id, lines.map((line) => line.productId)));
  const onShelf = new Map(found.filter((p) => p.villageId === villageId && p.active).map((p) => [p.id, p]));
  const missing = notOnShelf(lines, onShelf);
  if (missing) return missing;
  const product = onShelf.get(failed.productId)!;
  if (product.stock < failed.quantity) return outOfStock(failed.productId, product.name, product.stock, failed.quantity);
  return conflict("CHANGED_MEANWHILE", `The price of ${product.name} changed meanwhile; try again`);
}

/**
 * Takes a line's units off its product's stock if the product is still on
 * the village's active catalogue at the price the line froze: its id, or
 * undefined when it was not taken. Started when called, so lines started in
 * turn are sent in turn.
 */
export const takeStock = (tx: Tx, villageId: number, line: Line & { unitPrice: number }) =>
  tx
    .update(products)
    .set({ stock: sql`${products.stock} - ${line.quantity}`, updatedAt: new Date() })
    .where(
      and(
        eq(products.id, line.productId),
        eq(products.villageId, villageId),
        eq(products.active, true),
        eq(products.price, line.unitPrice),
        gte(products.stock, line.quantity),
      ),
    )
    .returning({ id: products.id })
    .then(([row]) => row?.id);

