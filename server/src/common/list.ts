import { and, count, eq, inArray, sql, type SQL, type Subquery } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../db/database";
import { notFound } from "../errors";
import { countedRowsCap, type PageRequest } from "./paging";
import { parseId, parseIds } from "./validate";

/**
 * One page of rows and how many rows match, the shape every list returns
 * (common/page-type.ts). The rows are counted only when a client reads
 * `total` or `totalCapped`, and once: on a large table the count can cost
 * more than the page.
 */
export interface Page<T> {
  items: T[];
  /** The matching rows, counted up to `countedRowsCap + 1` on the first call; later calls share that count. */
  readonly countMatching: () => Promise<number>;
}

/** A page whose rows are counted, when asked, by `countUpTo(limit)`: the matching rows, or `limit` if as many or more match. */
export function pageOf<T>(items: T[], countUpTo: (limit: number) => Promise<number>): Page<T> {
  let counted: Promise<number> | undefined;
  return { items, countMatching: () => (counted ??= countUpTo(countedRowsCap + 1)) };
}

/** The number of rows of `table` matching `where`, or `limit` if as many or more match. */
export async function countRows(db: DbOrTx, table: PgTable, where: SQL | undefined, limit: number): Promise<number> {
  return countUpTo(db, db.select({ one: sql`1` }).from(table).where(where), limit);
}

/** The number of rows `matching` gives, or `limit` if as many or more: the count stops there. */
export async function countUpTo(db: DbOrTx, matching: { limit(limit: number): { as(alias: string): Subquery } }, limit: number): Promise<number> {
  const [row] = await db.select({ total: count() }).from(matching.limit(limit).as("matching"));
  return row?.total ?? 0;
}

export async function selectPage<T extends PgTable>(
  db: DbOrTx,
  table: T,
  where: SQL | undefined,
  order: SQL[],
  page: PageRequest,
): Promise<Page<T["$inferSelect"]>> {
  const items = await db.select().from(table as PgTable).where(where).orderBy(...order).limit(page.limit).offset(page.offset);
  return pageOf(items as T["$inferSelect"][], (limit) => countRows(db, table, where, limit));
}

/**
 * The `ids` filter every list takes: the records with these ids; an empty
 * list matches none; without it, no condition.
 */
export function idsCondition(column: PgColumn, values: readonly string[] | null | undefined, entity: string): SQL | undefined {
  const ids = parseIds(values, entity);
  if (!ids) return undefined;
  return ids.length ? inArray(column, ids) : sql`false`;
}

/**
 * The row of `table` with this id that `scope` lets through. One out of
 * scope is NOT_FOUND exactly like a missing one, so its existence does not leak.
 */
export async function selectById<T extends PgTable & { id: PgColumn }>(
  db: DbOrTx,
  table: T,
  entity: string,
  rawId: string | number,
  scope?: SQL,
): Promise<T["$inferSelect"]> {
  const id = parseId(rawId, entity);
  const [row] = await db
    .select()
    .from(table as PgTable)
    .where(and(eq(table.id, id), scope));
  if (!row) throw notFound(entity, rawId);
  return row as T["$inferSelect"];
}
