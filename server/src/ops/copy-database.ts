import { sql, type SQL } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/database";
import { rowsOf } from "../db/rows";

// Copies every row and sequence of one cunwu database into another that has
// the same migrations and no rows: embedded → PostgreSQL for
// `cli move-to-postgres`, and as well the other way (the test does). What to
// copy is read from the target's catalog, so a new table needs nothing here.
//
// Rows go as JSON (row_to_json on the source, json_populate_recordset on the
// target): every type crosses through its own text form, exactly, with no
// JavaScript value in between (a timestamp keeps its microseconds, a bigint
// its digits), and a batch is one string. Batches follow the primary key
// (keyset), so no table is ever held in memory whole.

/** Rows per batch; a table holding photos (bytea) goes a few rows at a time. */
const batchRows = 5_000;
const batchRowsWithFiles = 8;

interface Table {
  name: string;
  /** Primary key columns, in the key's order. */
  key: string[];
  /** Columns written on insert (generated columns are left out). */
  columns: string[];
  hasBytes: boolean;
}

interface Plan {
  /** Parents before children (foreign keys; a table's reference to itself excepted). */
  tables: Table[];
  /** Foreign keys of a table to itself (a reversal's entry, a duplicate's matter): checked at the end of the copy. */
  selfReferences: { table: string; constraint: string }[];
  /** Triggers that run on insert (the reports' monthly sums): their table is copied as it is instead. */
  insertTriggers: { table: string; trigger: string }[];
  sequences: string[];
}

const id = (name: string) => sql.identifier(name);
const list = (names: string[]) => sql.join(names.map(id), sql`, `);
const rows = async <T>(db: DbOrTx, query: SQL) => rowsOf<T>(await db.execute(query));

/** The tables of the public schema, parents first, with what the copy needs to know of them. */
export async function planCopy(db: DbOrTx): Promise<Plan> {
  const columns = await rows<{ table: string; column: string; generated: string; type: string }>(
    db,
    sql`select c.relname as table, a.attname as column, a.attgenerated as generated, format_type(a.atttypid, null) as type
        from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
        order by c.relname, a.attnum`,
  );
  const keys = await rows<{ table: string; key: string }>(
    db,
    sql`select c.relname as table, string_agg(a.attname, ',' order by k.ord) as key
        from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
        cross join unnest(i.indkey) with ordinality k(attnum, ord)
        join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
        where n.nspname = 'public' and i.indisprimary group by c.relname`,
  );
  const foreign = await rows<{ constraint: string; child: string; parent: string }>(
    db,
    sql`select f.conname as constraint, c.relname as child, p.relname as parent
        from pg_constraint f join pg_class c on c.oid = f.conrelid join pg_class p on p.oid = f.confrelid
        join pg_namespace n on n.oid = c.relnamespace
        where f.contype = 'f' and n.nspname = 'public'`,
  );
  const triggers = await rows<{ table: string; trigger: string }>(
    db,
    // tgtype bit 2 is INSERT; the append-only triggers (UPDATE, DELETE, TRUNCATE) are never touched.
    sql`select c.relname as table, t.tgname as trigger
        from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and not t.tgisinternal and t.tgenabled <> 'D' and (t.tgtype & 4) <> 0
        order by 1, 2`,
  );
  const sequences = await rows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'S' order by 1`,
  );

  const byName = new Map<string, Table>();
  for (const c of columns) {
    const table = byName.get(c.table) ?? { name: c.table, key: [], columns: [], hasBytes: false };
    if (!c.generated) table.columns.push(c.column);
    if (c.type === "bytea") table.hasBytes = true;
    byName.set(c.table, table);
  }
  for (const k of keys) byName.get(k.table)!.key = k.key.split(",");
  const keyless = [...byName.values()].filter((t) => t.key.length === 0).map((t) => t.name);
  if (keyless.length) throw new Error(`tables without a primary key cannot be copied in batches: ${keyless.join(", ")}`);

  // Parents first: a table waits until every table it refers to is placed.
  const parents = new Map<string, Set<string>>([...byName.keys()].map((name) => [name, new Set<string>()]));
  for (const f of foreign) if (f.child !== f.parent) parents.get(f.child)?.add(f.parent);
  const ordered: Table[] = [];
  const placed = new Set<string>();
  while (ordered.length < byName.size) {
    const ready = [...byName.keys()].sort().filter((name) => !placed.has(name) && [...parents.get(name)!].every((p) => placed.has(p)));
    if (!ready.length) throw new Error("the tables' foreign keys form a cycle; the copy has no order to follow");
    for (const name of ready) {
      placed.add(name);
      ordered.push(byName.get(name)!);
    }
  }
  return {
    tables: ordered,
    selfReferences: foreign.filter((f) => f.child === f.parent).map((f) => ({ table: f.child, constraint: f.constraint })),
    insertTriggers: triggers,
    sequences: sequences.map((s) => s.name),
  };
}

/** One batch of `table` after `last` (a JSON object of its key), as JSON text, with the key of its last row. */
async function readBatch(db: DbOrTx, table: Table, last: string | undefined) {
  const key = list(table.key);
  const after = last ? sql`where (${key}) > (select ${key} from json_populate_record(null::${id(table.name)}, ${last}::json))` : sql``;
  const limit = table.hasBytes ? batchRowsWithFiles : batchRows;
  const [batch] = await rows<{ rows: string | null; n: number; last: string | null }>(
    db,
    sql`with b as (select * from ${id(table.name)} ${after} order by ${key} limit ${limit})
        select (select json_agg(b)::text from b) as rows, (select count(*)::int from b) as n,
               (select row_to_json(k)::text from (select ${key} from b order by ${sql.join(
                 table.key.map((c) => sql`${id(c)} desc`),
                 sql`, `,
               )} limit 1) k) as last`,
  );
  return { rows: batch!.rows, n: Number(batch!.n), last: batch!.last ?? undefined };
}

const causeOf = (error: unknown): string => {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
};

/** A batch the target refused: the message says which table and why, in one line. */
export class CopyFailed extends Error {}

export interface Copied {
  table: string;
  rows: number;
}

/**
 * Copies every row of `source` into `target` and sets every sequence as the
 * source has it, in one transaction on the target: a failure leaves it as it
 * was. The source is read in one repeatable-read snapshot.
 */
export async function copyDatabase(source: Db, target: Db, progress: (copied: Copied) => void = () => {}): Promise<Copied[]> {
  const plan = await planCopy(target);
  const sourceTables = new Set((await planCopy(source)).tables.map((t) => t.name));
  const missing = plan.tables.filter((t) => !sourceTables.has(t.name)).map((t) => t.name);
  if (missing.length || sourceTables.size !== plan.tables.length) {
    throw new CopyFailed(`the two databases' tables differ (${missing.join(", ") || "the source has more"}); migrate both to this version first`);
  }
  return source.transaction(
    (from) =>
      target.transaction(async (to) => {
        // A reference of a table to itself may point to a later row (a matter
        // merged into a newer one): such keys are checked at the end instead.
        for (const s of plan.selfReferences) await to.execute(sql`alter table ${id(s.table)} alter constraint ${id(s.constraint)} deferrable initially deferred`);
        // The monthly sums are copied as rows, so their trigger must not add the entries again.
        for (const t of plan.insertTriggers) await to.execute(sql`alter table ${id(t.table)} disable trigger ${id(t.trigger)}`);
        const copied: Copied[] = [];
        for (const table of plan.tables) {
          let count = 0;
          for (let last: string | undefined, more = true; more; ) {
            const batch = await readBatch(from, table, last);
            if (batch.n > 0) {
              await to
                .execute(
                  sql`insert into ${id(table.name)} (${list(table.columns)}) overriding system value
                      select ${list(table.columns)} from json_populate_recordset(null::${id(table.name)}, ${batch.rows}::json)`,
                )
                .catch((error: unknown) => {
                  // The database's own words, not drizzle's message, which repeats the whole batch.
                  throw new CopyFailed(`copying ${table.name} failed after ${count} rows (${causeOf(error)}); the target is left without rows`);
                });
            }
            count += batch.n;
            last = batch.last;
            more = batch.n > 0 && last !== undefined;
          }
          copied.push({ table: table.name, rows: count });
          progress({ table: table.name, rows: count });
        }
        for (const sequence of plan.sequences) {
          const [state] = await rows<{ last_value: string; is_called: boolean }>(from, sql`select last_value::text, is_called from ${id(sequence)}`);
          await to.execute(sql`select setval(${sequence}::regclass, ${state!.last_value}::bigint, ${state!.is_called})`);
        }
        // Checks the deferred keys now, then everything is as the migrations made it.
        await to.execute(sql`set constraints all immediate`);
        for (const s of plan.selfReferences) await to.execute(sql`alter table ${id(s.table)} alter constraint ${id(s.constraint)} not deferrable`);
        for (const t of plan.insertTriggers) await to.execute(sql`alter table ${id(t.table)} enable trigger ${id(t.trigger)}`);
        return copied;
      }),
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

export interface TableFigures {
  rows: number;
  /**
   * A sum of every row's hash (of its text form, times in UTC): equal on two
   * databases when their rows are, whatever order they were written in, and
   * read as a stream, so a table of millions needs no memory.
   */
  digest: string;
}

/** Rows and digest per table of the public schema, and drizzle's migration journal (absent: not migrated). */
export async function tableFigures(db: Db, withDigest = true): Promise<Map<string, TableFigures>> {
  return db.transaction(
    async (tx) => {
      await tx.execute(sql`set local timezone = 'UTC'`);
      const tables = await rows<{ schema: string; name: string }>(
        tx,
        sql`select n.nspname as schema, c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where (n.nspname = 'public' or (n.nspname = 'drizzle' and c.relname = '__drizzle_migrations')) and c.relkind in ('r', 'p')
            order by 1 desc, 2`,
      );
      const figures = new Map<string, TableFigures>();
      for (const t of tables) {
        const digest = withDigest ? sql`coalesce(sum(hashtextextended(t::text, 0)::numeric), 0)::text` : sql`''`;
        const [row] = await rows<{ n: string | number; digest: string }>(tx, sql`select count(*) as n, ${digest} as digest from ${id(t.schema)}.${id(t.name)} t`);
        figures.set(t.schema === "public" ? t.name : `${t.schema}.${t.name}`, { rows: Number(row!.n), digest: row!.digest });
      }
      return figures;
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/** Sequences whose next value would collide with a row already there (expected: none). */
export async function sequencesBehind(db: DbOrTx): Promise<string[]> {
  const owned = await rows<{ table: string; column: string; sequence: string }>(
    db,
    sql`select c.relname as table, a.attname as column, s.relname as sequence
        from pg_depend d join pg_class s on s.oid = d.objid and s.relkind = 'S'
        join pg_class c on c.oid = d.refobjid join pg_attribute a on a.attrelid = c.oid and a.attnum = d.refobjsubid
        join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' order by 1`,
  );
  const behind: string[] = [];
  for (const o of owned) {
    const [row] = await rows<{ behind: boolean }>(
      db,
      sql`select coalesce((select max(${id(o.column)}) from ${id(o.table)}), 0) > (select case when is_called then last_value else last_value - 1 end from ${id(o.sequence)}) as behind`,
    );
    if (row!.behind) behind.push(`${o.table}.${o.column}`);
  }
  return behind;
}
