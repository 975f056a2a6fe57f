import { and, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../db/database";
import { notFound } from "../errors";
import type { PageRequest } from "./paging";
import { parseId, parseIds } from "./validate";

/**
 * One page of rows and the total matching rows, the shape every list returns.
 * The total is counted only when a client reads it (the `total` field), once:
 * on a large table the count can cost more than the page.
 */
export interface Page<T> {
  items: T[];
  readonly total: Promise<number>;
}

/** A page whose total runs `countTotal` on first read. */
export function pageOf<T>(items: T[], countTotal: () => Promise<number>): Page<T> {
  let total: Promise<number> | undefined;
  return {
    items,
    get total() {
      return (total ??= countTotal());
    },
  };
}

/** The number of rows of `table` matching `where`. */
export async function countRows(db: DbOrTx, table: PgTable, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ total: count() }).from(table).where(where);
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
  return pageOf(items as T["$inferSelect"][], () => countRows(db, table, where));
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
