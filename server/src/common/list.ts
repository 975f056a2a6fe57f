import { count, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../db/database";
import type { PageRequest } from "./paging";

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
