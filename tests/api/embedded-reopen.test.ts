import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { connect, type Connection } from "@cunwu/server/db/connection";
import { openReopenable } from "@cunwu/server/db/reopenable-pglite";
import { testDatabaseKind } from "../support/database";

// After the demo seed the server reopens its embedded database (to give back
// the memory the seed grew it to): nothing written may be lost, and work
// asked for while it reopens must wait for it and then succeed. A reopen that
// cannot open the folder again says so, to the reopen (the server then stops,
// as a failed start does) and to every query that waited, never leaving
// them waiting.
describe.skipIf(testDatabaseKind !== "pglite")("reopening the embedded database", () => {
  const folders: string[] = [];
  const connections: Connection[] = [];
  afterAll(async () => {
    for (const connection of connections) await connection.close().catch(() => {});
    for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
  });
  const open = async (dataDir: string) => {
    const connection = await connect({ dataDir });
    connections.push(connection);
    await connection.migrate();
    return connection;
  };
  // PGlite's drizzle answers { rows }; the Db type is PostgreSQL's.
  const rowsOf = (result: unknown) => (result as { rows: { n: number }[] }).rows;
  const countOf = async (connection: Connection) => rowsOf(await connection.db.execute(sql`select count(*)::int as n from notes`))[0]!.n;

  it("keeps what was written, and serves queries, transactions and backups asked for meanwhile on the new instance", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cunwu-reopen-"));
    folders.push(dataDir);
    const connection = await open(dataDir);
    await connection.db.execute(sql`create table notes (id serial primary key, body text not null)`);
    await connection.db.execute(sql`insert into notes (body) select 'note ' || n from generate_series(1, 500) n`);

    const reopening = connection.reopen!();
    // Asked for while the old instance closes: each waits, then runs (in no promised order).
    const [count, inserted, dump] = await Promise.all([
      countOf(connection),
      connection.db.transaction(async (tx) => {
        await tx.execute(sql`insert into notes (body) values ('during the reopen')`);
        return rowsOf(await tx.execute(sql`select count(*)::int as n from notes`))[0]!.n;
      }),
      connection.embedded!.dumpDataDir("gzip"),
      reopening,
    ]);
    expect([500, 501]).toContain(count);
    expect(inserted).toBe(501);
    expect(dump.size).toBeGreaterThan(0);
    expect(connection.embedded!.closed).toBe(false);

    // A second reopen asked while one runs is the same one.
    const first = connection.reopen!();
    expect(connection.reopen!()).toBe(first);
    await first;
    expect(await countOf(connection)).toBe(501);

    await connection.close();
    expect(connection.embedded!.closed).toBe(true);
    // Opened anew from the folder: every row is on disk.
    expect(await countOf(await open(dataDir))).toBe(501);
  });

  it("is not offered for an in-memory database, which a reopen would empty", async () => {
    const connection = await open("memory://");
    expect(connection.reopen).toBeUndefined();
  });

  it("fails the reopen, the queries that waited for it and those after it when the folder cannot be opened again", async () => {
    let opened = 0;
    const { client, reopen } = await openReopenable(async () => {
      opened += 1;
      if (opened > 1) throw new Error("the data folder cannot be opened");
      return PGlite.create();
    });
    const reopening = reopen();
    const during = client.query("select 1");
    await expect(reopening).rejects.toThrow("the data folder cannot be opened");
    await expect(during).rejects.toThrow("the data folder cannot be opened");
    await expect(client.query("select 1")).rejects.toThrow(/closed/i);
  });
});
