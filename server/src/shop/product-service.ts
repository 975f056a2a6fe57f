import { and, desc, eq, ilike, sql, type SQL } from "drizzle-orm";
import { products, stockMovements, villages } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db, DbOrTx } from "../db/database";
import { audit } from "../audit/audit";
import { badInput, forbidden } from "../errors";
import { idsCondition, selectById, selectPage } from "../common/list";
import { likePattern, orderBy, pageRequest, type SortInput } from "../common/paging";
import { Checks, parseId } from "../common/validate";
import { duplicateError } from "../common/db-errors";
import { assertMayRunShop, productScope, seesStockMovements } from "./shop-scope";
import type { CreateProductInput, ProductFilter, UpdateProductInput } from "./shop-types";
import { parseProductPhoto, setProductPhoto } from "../files/record-attachments";

/** Bounds that keep every sum of prices and stock well inside a 32-bit integer. */
export const maxPrice = 100_000;
export const maxStock = 1_000_000;

const sortable = {
  id: products.id,
  villageId: products.villageId,
  name: products.name,
  unit: products.unit,
  price: products.price,
  stock: products.stock,
  active: products.active,
  createdAt: products.createdAt,
  updatedAt: products.updatedAt,
};
const duplicateFields = { products_village_name_uq: "name" };

export async function listProducts(
  db: Db,
  actor: Actor,
  filter: ProductFilter | null | undefined,
  sort: SortInput[] | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
) {
  const paging = pageRequest(page, perPage);
  const conditions: (SQL | undefined)[] = [productScope(actor)];
  conditions.push(idsCondition(products.id, filter?.ids, "Product"));
  if (filter?.villageId) conditions.push(eq(products.villageId, parseId(filter.villageId, "Village", "villageId")));
  if (filter?.active !== undefined && filter.active !== null) conditions.push(eq(products.active, filter.active));
  const q = filter?.q?.trim();
  if (q) conditions.push(ilike(products.name, likePattern(q)));
  return selectPage(db, products, and(...conditions), orderBy(sort, sortable), paging);
}

/** A product the actor may read; NOT_FOUND otherwise, so its existence does not leak. */
export async function getProduct(db: DbOrTx, actor: Actor, rawId: string) {
  return selectById(db, products, "Product", rawId, productScope(actor));
}

function checkProduct(input: Partial<CreateProductInput> | UpdateProductInput) {
  const checks = new Checks();
  const values = {
    name: checks.requiredText("name", input.name, { max: 50 }),
    unit: checks.requiredText("unit", input.unit, { max: 10 }),
    price: checks.int("price", input.price, 1, maxPrice),
  };
  return { checks, values };
}

export async function createProduct(db: Db, actor: Actor, input: CreateProductInput, at?: Date) {
  const villageId = parseId(input.villageId, "Village", "villageId");
  const { checks, values } = checkProduct(input);
  if (values.name === undefined) checks.fail("name", "REQUIRED");
  if (values.unit === undefined) checks.fail("unit", "REQUIRED");
  if (values.price === undefined) checks.fail("price", "REQUIRED");
  const stock = checks.int("stock", input.stock ?? 0, 0, maxStock);
  checks.throwIfAny();
  const photo = parseProductPhoto(input.attachmentIds);
  try {
    return await db.transaction(async (tx) => {
      const [village] = await tx.select({ id: villages.id, hasShop: villages.hasShop }).from(villages).where(eq(villages.id, villageId));
      if (!village) throw badInput({ villageId: "NOT_FOUND" }, `Village ${input.villageId} does not exist`);
      assertMayRunShop(actor, villageId);
      if (!village.hasShop) throw badInput({ villageId: "NO_SHOP" }, "The village has no points supermarket");
      const [row] = await tx
        .insert(products)
        .values({ villageId, name: values.name!, unit: values.unit!, price: values.price!, stock: stock ?? 0, createdAt: at, updatedAt: at })
        .returning();
      if (row!.stock > 0) {
        await tx.insert(stockMovements).values({ productId: row!.id, delta: row!.stock, reason: "期初库存", recordedBy: actor.userId, recordedAt: at });
      }
      await setProductPhoto(tx, actor, row!.id, photo, at);
      await audit(tx, actor, "create", "product", row!.id, { villageId, name: row!.name, price: row!.price, stock: row!.stock });
      return row!;
    });
  } catch (error) {
    throw duplicateError(error, duplicateFields);
  }
}

/** Name, unit, price and the active flag; never the stock (see restockProduct). */
export async function updateProduct(db: Db, actor: Actor, rawId: string, input: UpdateProductInput) {
  const { checks, values } = checkProduct(input);
  const active = checks.notNull("active", input.active);
  checks.throwIfAny();
  // [] is like left out: the shown photo stays (a new one replaces it; none is ever removed).
  const photo = parseProductPhoto(input.attachmentIds);
  const changes = { ...values, active };
  try {
    return await db.transaction(async (tx) => {
      const current = await getProduct(tx, actor, rawId);
      assertMayRunShop(actor, current.villageId);
      const [row] = await tx
        .update(products)
        .set({ ...changes, updatedAt: new Date() })
        .where(eq(products.id, current.id))
        .returning();
      await setProductPhoto(tx, actor, current.id, photo);
      const changed = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      await audit(tx, actor, "update", "product", current.id, photo.length ? { ...changed, attachmentIds: photo } : changed);
      return row!;
    });
  } catch (error) {
    throw duplicateError(error, duplicateFields);
  }
}

/**
 * Adds stock (or, with a negative quantity, corrects it) by a conditional
 * update that cannot take it below 0, and records the movement with who and
 * when.
 */
export async function restockProduct(db: Db, actor: Actor, rawId: string, quantity: number, reason: string, at?: Date) {
  const checks = new Checks();
  const delta = checks.int("quantity", quantity, -maxStock, maxStock, true);
  if (delta === 0) checks.fail("quantity", "OUT_OF_RANGE");
  const why = checks.text("reason", reason, { max: 200, required: true });
  checks.throwIfAny();
  return db.transaction(async (tx) => {
    const current = await getProduct(tx, actor, rawId);
    assertMayRunShop(actor, current.villageId);
    const [row] = await tx
      .update(products)
      .set({ stock: sql`${products.stock} + ${delta}`, updatedAt: at ?? new Date() })
      .where(and(eq(products.id, current.id), sql`${products.stock} + ${delta} between 0 and ${maxStock}`))
      .returning();
    if (!row) {
      const [now] = await tx.select({ stock: products.stock }).from(products).where(eq(products.id, current.id));
      const available = now?.stock ?? 0;
      throw badInput(
        { quantity: "OUT_OF_RANGE" },
        delta! < 0
          ? `${current.name} has ${available} in stock; it cannot go below 0`
          : `${current.name} would have more than ${maxStock} in stock`,
      );
    }
    await tx.insert(stockMovements).values({ productId: row.id, delta: delta!, reason: why!, recordedBy: actor.userId, recordedAt: at });
    await audit(tx, actor, "restock", "product", row.id, { delta, reason: why, stock: row.stock });
    return row;
  });
}

/** A product's stock movements, newest first; only for those who see its stock history. */
export async function listStockMovements(
  db: Db,
  actor: Actor,
  rawProductId: string,
  page: number | null | undefined,
  perPage: number | null | undefined,
) {
  const paging = pageRequest(page, perPage);
  if (!seesStockMovements(actor)) throw forbidden();
  const product = await getProduct(db, actor, rawProductId);
  return selectPage(db, stockMovements, eq(stockMovements.productId, product.id), [desc(stockMovements.id)], paging);
}
