import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { is, sql } from "drizzle-orm";
import { PgTable, getTableConfig } from "drizzle-orm/pg-core";
import * as tables from "@cunwu/schema";
import { connect, schemaFile, type Connection } from "@cunwu/server";
import { freshDatabase, testDatabaseKind, type TestDatabase } from "../support/database";
import { patience } from "../support/patience";

// Three things that must not drift apart: the resolvers and the published
// schema.graphql, the drizzle tables and the migrations, and the migrations
// and what a migrated database really holds.

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const serverDir = path.join(repoRoot, "server");
const run = promisify(execFile);

/** Every drizzle table that schema/src exports. */
const pgTables = Object.values(tables as Record<string, unknown>).filter((value): value is PgTable => is(value, PgTable));

/** Rows of a raw query on either driver (PGlite answers { rows }, postgres.js an array). */
async function rows<T>(conn: Connection, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await conn.db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

// Both checks read files only, so they run once per test run (not again on
// PostgreSQL), each in a process of its own, side by side.
describe.skipIf(testDatabaseKind === "postgres")("schema.graphql", () => {
  let printed: Promise<string>;
  beforeAll(() => {
    // printSchema() runs as `pnpm schema:print` runs it, under tsx: inside
    // vitest, graphql's ESM copy (which this file would get) is not the
    // CommonJS one type-graphql builds the schema with, and printing mixes them.
    const script = `import(${JSON.stringify(pathToFileURL(path.join(serverDir, "src/graphql/print-schema.ts")).href)})
      .then((m) => m.printSchema()).then((sdl) => process.stdout.write(sdl))`;
    printed = run(path.join(serverDir, "node_modules/.bin/tsx"), ["-e", script], {
      cwd: serverDir,
      timeout: patience,
      maxBuffer: 16 * 1024 * 1024,
    }).then((r) => r.stdout);
    printed.catch(() => {}); // awaited in the test
  });

  it("is what the resolvers build (printSchema())", async () => {
    const expected = await printed;
    expect(expected).toMatch(/type Query \{/);
    const actual = fs.readFileSync(schemaFile, "utf8");
    expect(actual, "schema/schema.graphql is stale: run `pnpm schema:print` and commit the result").toBe(expected);
  });
});

describe.skipIf(testDatabaseKind === "postgres")("migrations", () => {
  let out: string;
  beforeAll(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "cunwu-drift-"));
    fs.cpSync(path.join(repoRoot, "migrations"), out, { recursive: true });
  });
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it("hold every change of schema/src (drizzle-kit generates nothing new)", async () => {
    const before = fs.readdirSync(out).filter((f) => f.endsWith(".sql")).sort();
    // drizzle-kit puts "./" before the --out path, so it must be relative.
    const { stdout, stderr } = await run(
      path.join(repoRoot, "node_modules/.bin/drizzle-kit"),
      ["generate", "--dialect", "postgresql", "--schema", "./schema/src/index.ts", "--out", path.relative(repoRoot, out)],
      { cwd: repoRoot, timeout: patience, env: { ...process.env, NO_COLOR: "1" } },
    );
    const output = `${stdout}\n${stderr}`;
    const after = fs.readdirSync(out).filter((f) => f.endsWith(".sql")).sort();
    const added = after.filter((f) => !before.includes(f));
    const generated = added.map((f) => `--- ${f}\n${fs.readFileSync(path.join(out, f), "utf8")}`).join("\n");
    expect(
      added,
      `schema/src has changes no migration holds; run \`pnpm db:generate\` and commit the migration:\n${generated}`,
    ).toEqual([]);
    // drizzle-kit exits 0 even when it fails, so its own words are the proof.
    expect(output, `drizzle-kit did not confirm the migrations are current:\n${output}`).toContain("No schema changes");
  });
});

describe("a migrated database", () => {
  let database: TestDatabase;
  let conn: Connection;
  beforeAll(async () => {
    database = await freshDatabase("empty");
    conn = await connect({ databaseUrl: database.databaseUrl, dataDir: database.dataDir, maxConnections: 1 });
    await conn.migrate();
  });
  afterAll(async () => {
    await conn?.close();
    await database?.drop();
  });

  it("has exactly the tables and columns the drizzle tables name, with their types and nullability", async () => {
    // Names and nullability from information_schema; the exact type (with
    // its precision, e.g. numeric(6,1)) from format_type.
    type ColumnRow = { table_name: string; column_name: string; type: string; is_nullable: string };
    const columns = await rows<ColumnRow>(
      conn,
      sql`select c.table_name, c.column_name, c.is_nullable, format_type(a.atttypid, a.atttypmod) as type
          from information_schema.columns c
          join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
          join pg_attribute a on a.attrelid = to_regclass(quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))
            and a.attname = c.column_name
          where c.table_schema = 'public' and t.table_type = 'BASE TABLE'`,
    );
    const describeColumn = (type: string, notNull: boolean) =>
      `${type.replace(/"/g, "").replace(/\s*\(\s*/g, "(").replace(/\s*,\s*/g, ",")}${notNull ? " not null" : ""}`;
    const inDatabase = new Map<string, string>();
    for (const c of columns) inDatabase.set(`${c.table_name}.${c.column_name}`, describeColumn(c.type, c.is_nullable === "NO"));
    const inDrizzle = new Map<string, string>();
    for (const table of pgTables) {
      const config = getTableConfig(table);
      expect(config.schema ?? "public").toBe("public");
      for (const column of config.columns) {
        inDrizzle.set(`${config.name}.${column.name}`, describeColumn(column.getSQLType(), column.notNull));
      }
    }

    const tablesOf = (m: Map<string, string>) => [...new Set([...m.keys()].map((k) => k.split(".")[0]))].sort();
    expect(tablesOf(inDatabase), "tables in the database vs. schema/src").toEqual(tablesOf(inDrizzle));
    expect(pgTables.length).toBeGreaterThan(20);

    const missing = [...inDrizzle.keys()].filter((k) => !inDatabase.has(k));
    const extra = [...inDatabase.keys()].filter((k) => !inDrizzle.has(k));
    expect({ missing, extra }, "columns that schema/src and the database do not share").toEqual({ missing: [], extra: [] });

    const different = [...inDrizzle].filter(([k, v]) => inDatabase.get(k) !== v).map(([k, v]) => `${k}: drizzle ${v}, database ${inDatabase.get(k)}`);
    expect(different, "columns whose type or nullability differ").toEqual([]);
  });

  it("has the check constraints, indexes and foreign keys the drizzle tables name", async () => {
    const constraints = await rows<{ table_name: string; name: string; type: string }>(
      conn,
      sql`select cl.relname as table_name, co.conname as name, co.contype as type
          from pg_constraint co join pg_class cl on cl.oid = co.conrelid join pg_namespace n on n.oid = cl.relnamespace
          where n.nspname = 'public' and co.contype in ('c', 'f')`,
    );
    const indexes = await rows<{ table_name: string; name: string }>(
      conn,
      sql`select tablename as table_name, indexname as name from pg_indexes where schemaname = 'public'`,
    );
    const actualChecks = constraints.filter((c) => c.type === "c").map((c) => `${c.table_name}.${c.name}`).sort();
    const actualForeignKeys = constraints.filter((c) => c.type === "f").map((c) => `${c.table_name}.${c.name}`).sort();
    const actualIndexes = indexes.map((i) => `${i.table_name}.${i.name}`).filter((name) => !name.endsWith("_pkey")).sort();

    const expectedChecks: string[] = [];
    const expectedForeignKeys: string[] = [];
    const expectedIndexes: string[] = [];
    for (const table of pgTables) {
      const config = getTableConfig(table);
      for (const check of config.checks) expectedChecks.push(`${config.name}.${check.name}`);
      for (const fk of config.foreignKeys) expectedForeignKeys.push(`${config.name}.${fk.getName()}`);
      for (const index of config.indexes) expectedIndexes.push(`${config.name}.${index.config.name}`);
      // A composite primary key's index carries drizzle's name (a single id column's is <table>_pkey).
      for (const key of config.primaryKeys) expectedIndexes.push(`${config.name}.${key.getName()}`);
    }
    expect(actualChecks, "check constraints").toEqual(expectedChecks.sort());
    expect(actualForeignKeys, "foreign keys").toEqual(expectedForeignKeys.sort());
    expect(actualIndexes, "indexes").toEqual(expectedIndexes.sort());
  });
});
