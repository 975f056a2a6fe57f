import { sql } from "drizzle-orm";
import type { Tx } from "../../db/database";
import { rowsOf } from "../../db/rows";

// Small helpers for the set-based generator: deterministic pseudo-random
// numbers from hashing a row's key, quoted literals, and one statement runner.

/** A number in [0, 1) from hashing an integer key with a salt: the same key and salt, the same number, on every run. */
export const rnd = (key: string, salt: number) => `((hashint8extended((${key})::bigint, ${salt}) & 2147483647)::float8 / 2147483648.0)`;

/** A whole number from min to max inclusive, drawn as rnd. */
export const between = (key: string, salt: number, min: number, max: number) => `(${min} + floor(${rnd(key, salt)} * ${max - min + 1})::int)`;

export const lit = (text: string) => `'${text.replace(/'/g, "''")}'`;

export const arr = (items: readonly string[]) => `array[${items.map(lit).join(",")}]::text[]`;

/** One of the items, drawn as rnd. */
export const pickOf = (items: readonly string[], key: string, salt: number) => `(${arr(items)})[1 + floor(${rnd(key, salt)} * ${items.length})::int]`;


export async function run<T = Record<string, unknown>>(tx: Tx, text: string): Promise<T[]> {
  try {
    return rowsOf<T>(await tx.execute(sql.raw(text)));
  } catch (error) {
    // The database's own words, with the start of the statement they are about.
    const cause = (error as { cause?: Error }).cause ?? error;
    throw new Error(`${cause instanceof Error ? cause.message : String(cause)}\n  in: ${text.trim().replace(/\s+/g, " ").slice(0, 300)}`, { cause: error });
  }
}

/** Sets a table's identity past the ids the generator gave explicitly. */
export const syncIdentity = (table: string) =>
  `select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from ${table}), 0) + 1, false)`;

/** What every step needs: the transaction, the sizes, the district's time zone and days. */
export interface ScaleContext {
  tx: Tx;
  size: ScaleSize;
  timezone: string;
  /** The district's today, YYYY-MM-DD; the history covers `days` days before it. */
  today: string;
  days: number;
  log(line: string): void;
}

export interface ScaleSize {
  name: string;
  townships: number;
  villages: number;
  households: number;
  matters: number;
  activities: number;
  /** Share of households each monthly appraisal rule awards. */
  appraisalShare: number;
  /** Awards by rule per household over the history (average). */
  individualAwards: number;
  /** Credits spent per redemption: a household redeems after every this many awards. */
  creditsPerRedemption: number;
}

/** A timestamp: a day (SQL date expression) plus minutes after midnight, in the district's time zone. */
export const at = (ctx: ScaleContext, day: string, minutes: string | number) =>
  `(((${day})::timestamp + make_interval(mins => (${minutes})::int)) at time zone ${lit(ctx.timezone)})`;

/** The day `n` days after the history's first day. */
export const dayOf = (ctx: ScaleContext, n: string) => `(date ${lit(ctx.today)} - ${ctx.days} + (${n})::int)`;

/**
 * Bulk loading: takes a table's foreign keys and secondary indexes off
 * while the generator writes it, and returns the step that puts them back
 * from their own definitions (one sort per index and one join per key,
 * instead of a check and an index insertion per row). The schema ends as
 * it was; a row that broke a key fails the whole seed when the key returns.
 */
export async function takeOffKeys(tx: Tx, tables: readonly string[]): Promise<() => Promise<void>> {
  const keys: { table: string; name: string; def: string }[] = [];
  const indexes: { name: string; def: string }[] = [];
  for (const table of tables) {
    keys.push(
      ...(await run<{ name: string; def: string }>(tx, `
        select conname as name, pg_get_constraintdef(oid) as def from pg_constraint
        where conrelid = '${table}'::regclass and contype = 'f' order by conname`)).map((k) => ({ table, ...k })),
    );
    indexes.push(
      ...(await run<{ name: string; def: string }>(tx, `
        select i.relname as name, pg_get_indexdef(i.oid) as def
        from pg_index x join pg_class i on i.oid = x.indexrelid
        where x.indrelid = '${table}'::regclass and not exists (select 1 from pg_constraint c where c.conindid = i.oid)
        order by i.relname`)),
    );
  }
  for (const k of keys) await run(tx, `alter table ${k.table} drop constraint ${k.name}`);
  for (const i of indexes) await run(tx, `drop index ${i.name}`);
  return async () => {
    for (const i of indexes) await run(tx, i.def);
    for (const k of keys) await run(tx, `alter table ${k.table} add constraint ${k.name} ${k.def}`);
  };
}
