// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { rowsOf } from "@cunwu/server/db/rows";
import { inLanes, readInOneSnapshot } from "@cunwu/server/db/read-lanes";
import postgres from "postgres";
import { testDatabaseKind } from "../support/database";
import { adminUrl } from "../support/fixtures";
import { startTestServer, type TestServer } from "../support/server";

// A report's statements run side by side on PostgreSQL, on connections that
// share one snapshot (db/read-lanes.ts); PGlite has one connection, so there
// they run in turn in the one transaction. Either way the figures agree
// with each other, and a statement that fails ends every lane; a lane that
// cannot open fails the read before it runs.

let t: TestServer;
const db = () => t.server.connection.db;
const probes = async () => rowsOf<{ n: number }>(await db().execute(sql`select count(*)::int as n from read_lanes_probe`))[0]!.n;

/** What PostgreSQL said, under drizzle's "Failed query" wrapper. */
const causeOf = (read: Promise<unknown>) =>
  read.then(
    () => "no error",
    (error: { message: string; cause?: { message: string } }) => error.cause?.message ?? error.message,
  );

beforeAll(async () => {
  t = await startTestServer();
  await db().execute(sql`create table read_lanes_probe (n int)`);
});
afterAll(() => t?.close());

describe("reads in one snapshot", () => {
  it("hand their lanes one snapshot: a row committed meanwhile is seen by none of them", async () => {
    const seen = await readInOneSnapshot(db(), 2, async (txs) => {
      const backend = await Promise.all(txs.map(async (tx) => rowsOf<{ pid: number }>(await tx.execute(sql`select pg_backend_pid() as pid`))[0]!.pid));
      const count = (tx: (typeof txs)[number]) => tx.execute(sql`select count(*)::int as n from read_lanes_probe`).then((r) => rowsOf<{ n: number }>(r)[0]!.n);
      const before = await count(txs[0]!);
      // PGlite's one connection is this transaction's: nothing else can commit meanwhile.
      if (testDatabaseKind === "postgres") await db().execute(sql`insert into read_lanes_probe values (1)`);
      return { lanes: txs.length, backends: new Set(backend).size, counts: await Promise.all(txs.map(count)), before };
    });
    if (testDatabaseKind === "postgres") {
      expect(seen).toEqual({ lanes: 2, backends: 2, counts: [0, 0], before: 0 });
      expect(await probes()).toBe(1);
    } else {
      expect(seen).toEqual({ lanes: 1, backends: 1, counts: [0], before: 0 });
    }
  });

  it("are read only", async () => {
    const wrote = readInOneSnapshot(db(), 2, (txs) => inLanes(txs, [(tx) => tx.execute(sql`select 1`), (tx) => tx.execute(sql`insert into read_lanes_probe values (2)`)]));
    expect(await causeOf(wrote)).toMatch(/read-only transaction/);
    expect(await probes()).toBe(testDatabaseKind === "postgres" ? 1 : 0);
  });

  it("give the jobs' results in their order, and a failing statement fails the read and ends every lane", async () => {
    const values = await readInOneSnapshot(db(), 2, (txs) =>
      inLanes(txs, [
        (tx) => tx.execute(sql`select 'slow' as v from pg_sleep(0.05)`).then((r) => rowsOf<{ v: string }>(r)[0]!.v),
        (tx) => tx.execute(sql`select 2 as v`).then((r) => Number(rowsOf<{ v: number }>(r)[0]!.v)),
        (tx) => tx.execute(sql`select 'three' as v`).then((r) => rowsOf<{ v: string }>(r)[0]!.v),
      ]),
    );
    expect(values).toEqual(["slow", 2, "three"]);

    let later = false;
    const failed = readInOneSnapshot(db(), 2, (txs) =>
      inLanes(txs, [
        (tx) => tx.execute(sql`select pg_sleep(0.1)`),
        (tx) => tx.execute(sql`select 1 / 0`),
        async (tx) => {
          later = true;
          return tx.execute(sql`select 1`);
        },
      ]),
    );
    expect(await causeOf(failed)).toMatch(/division by zero/);
    expect(later, "no job starts after one failed").toBe(false);
    if (testDatabaseKind === "postgres") {
      const open = rowsOf<{ n: number }>(
        await db().execute(sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'`),
      )[0]!.n;
      expect(open, "no lane left open").toBe(0);
    }
    // The pool still answers.
    expect(await probes()).toBe(testDatabaseKind === "postgres" ? 1 : 0);
  });

  // PGlite has no lanes to open.
  it.runIf(testDatabaseKind === "postgres")("fail as a whole when a lane cannot get its connection, leaving no transaction open", async () => {
    const name = rowsOf<{ name: string }>(await db().execute(sql`select current_database() as name`))[0]!.name;
    const pooled = async () =>
      rowsOf<{ n: number }>(await db().execute(sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = 'cunwu'`))[0]!.n;
    // One lane more than the pool has open, so the last one must connect anew: PostgreSQL refuses it.
    const lanes = (await pooled()) + 1;
    expect(lanes, "the pool (10) can open one more").toBeLessThanOrEqual(10);
    // Said from another database: PostgreSQL will not shut the one it is connected to.
    const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
    let opened = false;
    try {
      await admin.unsafe(`alter database "${name}" allow_connections false`);
      const read = readInOneSnapshot(db(), lanes, async () => {
        opened = true;
      });
      expect(await causeOf(read)).toMatch(/not currently accepting connections/);
    } finally {
      await admin.unsafe(`alter database "${name}" allow_connections true`);
      await admin.end();
    }
    expect(opened, "the read never ran on part of its lanes").toBe(false);
    const open = rowsOf<{ n: number }>(
      await db().execute(sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'`),
    )[0]!.n;
    expect(open, "no lane left open").toBe(0);
    // Connections are taken again, and the next report's lanes open.
    expect(await readInOneSnapshot(db(), lanes, async (txs) => txs.length)).toBe(lanes);
  });
});
