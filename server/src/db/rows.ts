import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "./database";

/** The rows of a raw `db.execute(sql…)`, from either driver: PGlite answers `{ rows }`, postgres.js an array. */
export const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];

/** A row of `table` as a raw query returned it (snake_case names, driver values), as drizzle's select would give it. */
export function rowOf<T extends PgTable>(table: T, raw: Record<string, unknown>): T["$inferSelect"] {
  return Object.fromEntries(
    Object.entries(getTableColumns(table)).map(([key, column]) => {
      const value = raw[column.name];
      return [key, value === null || value === undefined ? null : column.mapFromDriverValue(value)];
    }),
  ) as T["$inferSelect"];
}

/**
 * Every column of `table` by name, for a raw statement's RETURNING or select
 * list instead of `*`: a named statement (named-statements.ts) whose `*`
 * gained a column after a migration fails once per connection ("cached plan
 * must not change result type"); a list that names its columns does not.
 */
export function columnsOf(table: PgTable): SQL {
  let columns = columnLists.get(table);
  if (!columns) columnLists.set(table, (columns = sql.raw(Object.values(getTableColumns(table)).map((column) => quoted(column.name)).join(", "))));
  return columns;
}

// Built once per table as one piece of text: a sale's statements name two
// tables' columns, and as identifiers drizzle escaped each on every run.
const columnLists = new WeakMap<PgTable, SQL>();
const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Empties `tables` in their order, then fills by `insert` (an INSERT without
 * RETURNING); the rows it wrote. The rebuilds of the kept sums and counts.
 */
export async function replaceRows(tx: DbOrTx, tables: string[], insert: SQL): Promise<number> {
  for (const table of tables) await tx.execute(sql`delete from ${sql.identifier(table)}`);
  const [written] = rowsOf<{ n: number }>(await tx.execute(sql`with written as (${insert} returning 1) select count(*)::int as n from written`));
  return Number(written?.n ?? 0);
}
