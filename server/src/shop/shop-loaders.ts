import DataLoader from "dataloader";
import { asc, eq, inArray } from "drizzle-orm";
import { exchangeEvents, households, pointEntries, products, redemptionLines, users, villages } from "@cunwu/schema";
import type { Db } from "../db/database";
import { byId, groupedBy, perRequest } from "../request/loaders";
import type { RedemptionLine } from "./shop-types";
import { productPhotos } from "../files/record-attachments";

type Household = typeof households.$inferSelect;
type PointEntryRow = typeof pointEntries.$inferSelect;

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
    /** A product's shown photo (none or one), for whoever got the product. */
    productPhoto: groupedBy((ids) => productPhotos(db, ids), (row) => row.productId),
    household: new DataLoader<number, Household | undefined>(async (ids) => {
      const rows = await db.select().from(households).where(inArray(households.id, [...ids]));
      const map = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => map.get(id));
    }),
    // The words a printed 兑换单 needs beside its own row.
    villageName: byId((ids) => db.select({ id: villages.id, name: villages.name }).from(villages).where(inArray(villages.id, ids))),
    eventTitle: byId((ids) => db.select({ id: exchangeEvents.id, title: exchangeEvents.title }).from(exchangeEvents).where(inArray(exchangeEvents.id, ids))),
    userName: byId((ids) => db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, ids))),
  };
}

export type ShopLoaders = ReturnType<typeof createShopLoaders>;

export const shopLoaders = perRequest((ctx) => createShopLoaders(ctx.db));
