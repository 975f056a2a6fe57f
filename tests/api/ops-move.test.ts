import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "@cunwu/server/db/connection";
import { reconcileLedger as reconcileDirectly } from "@cunwu/server/points/reconcile";
import { copyDatabase, tableFigures } from "@cunwu/server/ops/copy-database";
import { freshDatabase, testDatabaseKind, type TestDatabase } from "../support/database";
import { demoPassword, testSecret } from "../support/constants";
import { databaseUrl } from "../support/fixtures";
import { households } from "../support/ops/households";
import { awardPoints, pointEntries, reconcileLedger } from "../support/ops/points";
import { killProcessServers, runCli, startProcessServer } from "../support/process-server";

// `cli move-to-postgres --to URL` as an operator runs it, on the demo
// district with its year: refused while the embedded server runs, then the
// move, and a server on PostgreSQL shows what the embedded one showed (a
// household's balance and history, the same login), gives the next award a
// fresh id, and the database still refuses to change a ledger entry. A
// target holding data, or one that cannot be reached, is refused. The same
// copy the other way (PostgreSQL → embedded) ends with equal tables.
// PostgreSQL only: it needs a server to move to.

describe.skipIf(testDatabaseKind !== "postgres")("moving the embedded database to PostgreSQL", () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    killProcessServers();
    for (const step of cleanup.reverse()) await step();
  });

  /** An empty database of its own on the test cluster (the `blank` fixture: no tables). */
  async function emptyDatabase(): Promise<string> {
    const database = await freshDatabase("blank", "postgres");
    cleanup.push(() => database.drop());
    return database.databaseUrl!;
  }

  it("moves every row, keeps logins, balances and history, and refuses a running server, a target with data and a bad URL", async () => {
    const source: TestDatabase = await freshDatabase("demo-year", "pglite");
    cleanup.push(() => source.drop());
    const embedded = { CUNWU_DATA_DIR: source.dataDir, CUNWU_SECRET: testSecret, CUNWU_SEED: "never", CUNWU_SCHEDULER_SECONDS: "0" };
    const to = await emptyDatabase();

    // What a user sees on the embedded server.
    const before = await startProcessServer(embedded);
    const token = await before.login("admin", demoPassword);
    // 白鹤村 (PC03) posts awards at once: the award below writes its entry.
    const village = await before.gql<{ villages: { items: { id: string }[] } }>(`{ villages(filter: { q: "PC03" }) { items { id } } }`, {}, token);
    const villageId = village.data!.villages.items[0]!.id;
    const list = await households.ok(before, { filter: { villageId, status: "ACTIVE" }, perPage: 100 }, token);
    const household = list.items.find((h) => h.balance > 0)!;
    expect(household, "a household with points").toBeDefined();
    const history = await pointEntries.ok(before, { filter: { householdId: household.id }, sort: [{ field: "id", order: "DESC" }], perPage: 100 }, token);
    expect(history.total).toBeGreaterThan(0);

    const whileRunning = await runCli(["move-to-postgres", "--to", to], embedded);
    expect(whileRunning.code).toBe(1);
    expect(whileRunning.stderr).toMatch(/a server is running on .*; stop it first/);
    expect((await before.stop()).code).toBe(0);

    const moved = await runCli(["move-to-postgres", "--to", to], embedded);
    expect(moved.code, moved.stderr + moved.stdout).toBe(0);
    expect(moved.stdout).toMatch(/^point_entries +(\d+) +\1$/m);
    expect(moved.stdout).toMatch(/^drizzle\.__drizzle_migrations +(\d+) +\1$/m);
    expect(moved.stdout).not.toMatch(/differ/);
    expect(moved.stdout).toContain("every table: the same rows");
    expect(moved.stdout).toMatch(/ledger: \d+ households, \d+ entries; every balance equal to its entries/);

    // A server on PostgreSQL: the same token (same secret), balance and history; ready, migrations current.
    const after = await startProcessServer({ DATABASE_URL: to, CUNWU_SECRET: testSecret, CUNWU_SCHEDULER_SECONDS: "0" });
    expect(await (await fetch(`${after.url}/readyz`)).json()).toMatchObject({ status: "ready", migrations: "current" });
    expect((await households.ok(after, { filter: { villageId, status: "ACTIVE" }, perPage: 100 }, token)).items).toEqual(list.items);
    expect(await pointEntries.ok(after, { filter: { householdId: household.id }, sort: [{ field: "id", order: "DESC" }], perPage: 100 }, token)).toEqual(history);
    const newest = Math.max(...(await pointEntries.ok(after, { sort: [{ field: "id", order: "DESC" }], perPage: 1 }, token)).items.map((e) => Number(e.id)));
    const awarded = await awardPoints.ok(after, { householdIds: [household.id], points: 3, reason: "搬到 PostgreSQL 之后" }, token);
    expect(Number(awarded.entries[0]!.id)).toBe(newest + 1);
    expect(await reconcileLedger.ok(after, {}, token)).toMatchObject({ mismatches: [], brokenEntries: [], monthSumMismatches: [], redeemerYearMismatches: [], redeemerMonthMismatches: [], householdCountMismatches: [] });
    expect((await after.stop()).code).toBe(0);

    // The append-only triggers are on.
    const sql = postgres(to, { max: 1, onnotice: () => {} });
    await expect(sql`update point_entries set reason = 'changed' where id = ${newest}`).rejects.toThrow(/point_entries rows are append-only: UPDATE refused/);
    const n = (await sql<{ n: number }[]>`select count(*)::int as n from point_entries`)[0]!.n;

    // A target holding data is refused and left as it was; so is one that cannot be opened.
    const again = await runCli(["move-to-postgres", "--to", to], embedded);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^cunwu: the target database already holds data \(.*\); move into an empty database\n$/);
    expect((await sql<{ n: number }[]>`select count(*)::int as n from point_entries`)[0]!.n).toBe(n);
    await sql.end();
    const missing = await runCli(["move-to-postgres", "--to", databaseUrl("cunwu_move_no_such_database")], embedded);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^cunwu: cannot open the target database .*: database "cunwu_move_no_such_database" does not exist\n$/);
    const unreachable = await runCli(["move-to-postgres", "--to", "postgres://someone:hunter2@127.0.0.1:1/cunwu"], embedded);
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/^cunwu: cannot open the target database postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/cunwu: .*ECONNREFUSED/);
    const notAUrl = await runCli(["move-to-postgres", "--to", "mysql://x"], embedded);
    expect(notAUrl.stderr).toBe('cunwu: --to must be a postgres:// or postgresql:// URL (got "mysql://x")\n');
  });

  it("copies the other way too: PostgreSQL into an empty embedded database, every table equal", async () => {
    const source = await freshDatabase("demo-year", "postgres");
    cleanup.push(() => source.drop());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cunwu-move-back-"));
    cleanup.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    const from = await connect({ databaseUrl: source.databaseUrl, dataDir: "memory://", maxConnections: 2 });
    const to = await connect({ dataDir: dir });
    try {
      await to.migrate();
      await copyDatabase(from.db, to.db);
      expect(await tableFigures(to.db)).toEqual(await tableFigures(from.db));
      expect(await reconcileDirectly(to.db)).toMatchObject({ mismatches: [], brokenEntries: [], monthSumMismatches: [], redeemerYearMismatches: [], redeemerMonthMismatches: [], householdCountMismatches: [] });
    } finally {
      await from.close();
      await to.close();
    }
  });

  it("leaves the target without rows when the copy fails midway, triggers and keys as the migrations made them, and can run again", async () => {
    const source = await freshDatabase("demo-year", "postgres");
    cleanup.push(() => source.drop());
    const url = await emptyDatabase();
    const from = await connect({ databaseUrl: source.databaseUrl, dataDir: "memory://", maxConnections: 2 });
    const to = await connect({ databaseUrl: url, dataDir: "memory://", maxConnections: 2 });
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      await to.migrate();
      // The ledger comes late in the order (after its households, users, rules …); its 101st entry fails.
      await sql`alter table point_entries add constraint only_a_hundred check (id <= 100)`;
      await expect(copyDatabase(from.db, to.db)).rejects.toThrow(
        /^copying point_entries failed after \d+ rows \(new row for relation "point_entries" violates check constraint "only_a_hundred"\); the target is left without rows$/,
      );
      const figures = await tableFigures(to.db, false);
      expect([...figures].filter(([table, f]) => f.rows > 0 && !table.startsWith("drizzle."))).toEqual([]);
      const triggers = await sql<{ name: string; enabled: string }[]>`select tgname as name, tgenabled as enabled from pg_trigger where not tgisinternal and tgrelid = 'point_entries'::regclass order by 1`;
      expect(triggers).toEqual([
        { name: "point_entries_append_only", enabled: "O" },
        { name: "point_entries_month_sums", enabled: "O" },
        { name: "point_entries_no_truncate", enabled: "O" },
        { name: "point_entries_redeemer_years", enabled: "O" },
      ]);
      expect(await sql`select conname from pg_constraint where contype = 'f' and condeferrable`).toEqual([]);

      await sql`alter table point_entries drop constraint only_a_hundred`;
      await copyDatabase(from.db, to.db);
      expect(await tableFigures(to.db)).toEqual(await tableFigures(from.db));
    } finally {
      await sql.end();
      await from.close();
      await to.close();
    }
  });
});

// Refused before any database is opened, so on the embedded run too: each a
// one-line reason naming what to change, exit 1, the folder untouched.
describe.skipIf(testDatabaseKind !== "pglite")("a move asked for wrongly", () => {
  it("names what is missing: the target, a PostgreSQL URL, the embedded folder, DATABASE_URL left set", async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "cunwu-move-empty-"));
    try {
      const target = "postgres://postgres@127.0.0.1:5432/cunwu_never_created";
      const cases: [string[], Record<string, string>, RegExp][] = [
        [["move-to-postgres"], { CUNWU_DATA_DIR: empty }, /^cunwu: usage: cli move-to-postgres --to postgres:\/\//],
        [["move-to-postgres", "--to"], { CUNWU_DATA_DIR: empty }, /^cunwu: usage: cli move-to-postgres --to /],
        [["move-to-postgres", "--to=mysql://root:pw@db/cunwu"], { CUNWU_DATA_DIR: empty }, /^cunwu: --to must be a postgres:\/\/ or postgresql:\/\/ URL \(got "mysql:\/\/root:\*\*\*@db\/cunwu"\)/],
        [["move-to-postgres", "--to", target], { CUNWU_DATA_DIR: empty }, /^cunwu: there is no embedded database in .* \(set CUNWU_DATA_DIR to the data folder\)/],
        [["move-to-postgres", "--to", target], { CUNWU_DATA_DIR: "memory://" }, /^cunwu: CUNWU_DATA_DIR=memory:\/\/ holds nothing to move/],
        [["move-to-postgres", "--to", target], { DATABASE_URL: target, CUNWU_SECRET: testSecret }, /^cunwu: move-to-postgres copies the embedded database of CUNWU_DATA_DIR; unset DATABASE_URL/],
      ];
      const results = await Promise.all(cases.map(([args, env]) => runCli(args, env)));
      results.forEach((result, i) => {
        expect(result.code, result.stderr).toBe(1);
        expect(result.stderr).toMatch(cases[i]![2]);
        expect(result.stderr.trim().split("\n")).toHaveLength(1);
      });
      expect(fs.readdirSync(empty)).toEqual([]);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
