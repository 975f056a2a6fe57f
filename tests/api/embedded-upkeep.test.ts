import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { PGlite } from "@electric-sql/pglite";
import { connect, type Connection } from "@cunwu/server/db/connection";
import { embeddedUpkeepJob } from "@cunwu/server/ops/embedded-upkeep";
import { createLogger } from "@cunwu/server/logger";
import { testDatabaseKind } from "../support/database";

// The embedded database has no autovacuum (PGlite is a single-user backend):
// the server's upkeep job vacuums and analyzes every table, at its first run
// and then once a day. Without it a table's statistics stay unknown
// (reltuples -1), its pages never all-visible, its dead rows never reclaimed.
describe.skipIf(testDatabaseKind !== "pglite")("the embedded database's upkeep", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cunwu-upkeep-"));
  let connection: Connection;
  afterAll(async () => {
    await connection?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const townships = async (client: PGlite) =>
    (
      await client.query<{ reltuples: number; relpages: number; relallvisible: number; stats: number }>(
        `select reltuples, relpages, relallvisible, (select count(*)::int from pg_stats where tablename = 'townships') as stats
         from pg_class where relname = 'townships'`,
      )
    ).rows[0]!;

  it("vacuums and analyzes every table at its first run, then waits a day", async () => {
    connection = await connect({ dataDir });
    await connection.migrate();
    const client = connection.embedded!;
    await client.query(`insert into townships (code, name) select 'T' || n, '乡' || n from generate_series(1, 2000) n`);
    // Every row updated twice: two dead versions each, which only VACUUM reclaims.
    await client.query(`update townships set name = name || '·'`);
    await client.query(`update townships set name = name || '·'`);
    const before = await townships(client);
    expect(before.reltuples).toBe(-1); // never analyzed: the planner guesses
    expect(before.relallvisible).toBe(0);
    expect(before.stats).toBe(0);
    const { rows: tables } = await client.query<{ n: number }>(`select count(*)::int as n from pg_tables where schemaname = 'public'`);

    const job = embeddedUpkeepJob(client);
    const now = new Date("2026-12-06T02:00:00Z");
    const ctx = { db: connection.db, timezone: "Asia/Shanghai", logger: createLogger("silent") };
    expect(await job.run({ ...ctx, now })).toEqual({ tables: tables[0]!.n });

    const after = await townships(client);
    expect(after.reltuples).toBe(2000);
    expect(after.relpages).toBeGreaterThan(0);
    expect(after.relallvisible, "every page all-visible: index-only scans skip the heap").toBe(after.relpages);
    expect(after.stats, "column statistics for the planner").toBeGreaterThan(0);

    // Within the day nothing runs; a day later it runs again.
    expect(await job.run({ ...ctx, now: new Date(now.getTime() + 23 * 3600 * 1000) })).toEqual({ tables: 0 });
    await client.query(`delete from townships where code like 'T1%'`);
    expect(await job.run({ ...ctx, now: new Date(now.getTime() + 24 * 3600 * 1000) })).toEqual({ tables: tables[0]!.n });
    expect((await townships(client)).reltuples).toBe(2000 - 1111);
  });
});
