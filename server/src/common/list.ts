import { count, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../db/database";
import type { PageRequest } from "./paging";

/** One page of rows and the total matching rows, the shape every list returns. */
export interface Page<T> {
  items: T[];
  total: number;
}

export async function selectPage<T extends PgTable>(
  db: DbOrTx,
  table: T,
  where: SQL | undefined,
  order: SQL[],
  page: PageRequest,
): Promise<Page<T["$inferSelect"]>> {
  const [items, totals] = await Promise.all([
    db.select().from(table as PgTable).where(where).orderBy(...order).limit(page.limit).offset(page.offset),
    db.select({ total: count() }).from(table as PgTable).where(where),
  ]);
  return { items: items as T["$inferSelect"][], total: totals[0]?.total ?? 0 };
}
