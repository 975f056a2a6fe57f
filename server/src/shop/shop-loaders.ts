import DataLoader from "dataloader";
import { asc, eq, inArray } from "drizzle-orm";
import { households, pointEntries, products, redemptionLines } from "@cunwu/schema";
import type { Db } from "../db/database";
import type { Context } from "../graphql/context";
import type { RedemptionLine } from "./shop-types";

type Household = typeof households.$inferSelect;
type PointEntryRow = typeof pointEntries.$inferSelect;

/** Rows grouped by a key, [] where none, in the order the keys were asked. */
function groupedBy<T>(load: (keys: number[]) => Promise<T[]>, keyOf: (row: T) => number) {
  return new DataLoader<number, T[]>(async (keys) => {
    const groups = new Map<number, T[]>();
    for (const row of await load([...keys])) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * The shop's per-request batch loaders, so a page of redemptions costs one
 * statement per nested list, whatever its size. They load rows only; the
 * parent field has already checked scope.
 */
function createShopLoaders(db: Db) {
  return {
    redemptionLines: groupedBy(
      (ids) =>
        db
          .select({
            redemptionId: redemptionLines.redemptionId,
            productId: redemptionLines.productId,
            productName: products.name,
            quantity: redemptionLines.quantity,
            unitPrice: redemptionLines.unitPrice,
          })
          .from(redemptionLines)
          .innerJoin(products, eq(products.id, redemptionLines.productId))
          .where(inArray(redemptionLines.redemptionId, ids))
          .orderBy(asc(redemptionLines.id))
          .then((rows) => rows.map((row): RedemptionLine & { redemptionId: number } => ({ ...row, amount: row.quantity * row.unitPrice }))),
      (row) => row.redemptionId,
    ),
    redemptionEntries: groupedBy<PointEntryRow>(
      (ids) => db.select().from(pointEntries).where(inArray(pointEntries.redemptionId, ids)).orderBy(asc(pointEntries.id)),
      (row) => row.redemptionId!,
    ),
    household: new DataLoader<number, Household | undefined>(async (ids) => {
      const rows = await db.select().from(households).where(inArray(households.id, [...ids]));
      const map = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => map.get(id));
    }),
  };
}

export type ShopLoaders = ReturnType<typeof createShopLoaders>;

// One set per request: the context object lives exactly as long as its request.
const perRequest = new WeakMap<Context, ShopLoaders>();

export function shopLoaders(ctx: Context): ShopLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = createShopLoaders(ctx.db);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
