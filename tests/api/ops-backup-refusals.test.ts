import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { freshDatabase, testDatabaseKind, type TestDatabase } from "../support/database";
import { adminUrl } from "../support/fixtures";
import { backupKey } from "@cunwu/server/ops/embedded-backups";
import { killProcessServers, runCli, startProcessServer, type Finished } from "../support/process-server";

// What `cli backup`, `cli restore` and POST /ops/backup refuse, each with a
// sentence and no stack trace, leaving the target as it was; and the secret
// a server made itself, kept beside its backups and restored with them.

const dirs: string[] = [];
const tempDir = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cunwu-${name}-`));
  dirs.push(dir);
  return dir;
};
const databases: TestDatabase[] = [];
afterAll(async () => {
  killProcessServers();
  for (const database of databases) await database.drop();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Refused: exit 1, the sentence on stderr, no stack trace. */
function expectRefused(finished: Finished, sentence: RegExp): void {
  expect(finished.code, finished.stdout + finished.stderr).toBe(1);
  expect(finished.stderr).toMatch(sentence);
  expect(finished.stderr).not.toMatch(/\n\s+at /);
}

/** A file named like a backup that is not one. */
function notABackup(name: string): string {
  const file = path.join(tempDir("junk"), name);
  fs.writeFileSync(file, Buffer.alloc(4096, 7));
  return file;
}

const embeddedKey = "cunwu-2026-01-01T00-00-00Z.pglite.tar.gz";
const postgresKey = "cunwu-2026-01-01T00-00-00Z.pgdump";

describe.runIf(testDatabaseKind === "pglite")("embedded backups refused", () => {
  it("answers 403 to a backup request without the key or with a wrong one, and writes nothing", async () => {
    const database = await freshDatabase("demo");
    databases.push(database);
    const out = tempDir("asked");
    const server = await startProcessServer({ CUNWU_DATA_DIR: database.dataDir, CUNWU_SEED: "never", CUNWU_SCHEDULER_SECONDS: "0", CUNWU_BACKUP_DIR: out });
    for (const key of [undefined, "not-the-key", "x".repeat(43)]) {
      const response = await fetch(`${server.url}/ops/backup`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(key ? { "x-cunwu-backup-key": key } : {}) },
        body: "{}",
      });
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: "BACKUP_KEY_REQUIRED" });
    }
    expect(fs.readdirSync(out)).toEqual([]);

    // Into a folder of another installation's backups: refused before a byte is written.
    const other = tempDir("other");
    fs.writeFileSync(path.join(other, "secret"), "another-installations-secret\n");
    expectRefused(await runCli(["backup", "--out", other], { CUNWU_DATA_DIR: database.dataDir }), /holds the backups of another installation/);
    expect(fs.readdirSync(other)).toEqual(["secret"]);

    // Into a folder of its own: the server's own secret goes beside the backup, once, owner-only.
    const own = tempDir("own");
    const taken = await runCli(["backup", "--out", own], { CUNWU_DATA_DIR: database.dataDir });
    expect(taken.code, taken.stderr).toBe(0);
    const secret = fs.readFileSync(path.join(database.dataDir, "secret"), "utf8");
    expect(fs.readFileSync(path.join(own, "secret"), "utf8")).toBe(secret);
    expect(fs.statSync(path.join(own, "secret")).mode & 0o077).toBe(0);
    expect((await server.stop()).code).toBe(0);

    // A restore takes the secret with it: tokens and codes handed out stay good.
    const restoredDir = path.join(tempDir("restored"), "data");
    const file = fs.readdirSync(own).find((name) => name.endsWith(".pglite.tar.gz"))!;
    const restored = await runCli(["restore", path.join(own, file)], { CUNWU_DATA_DIR: restoredDir });
    expect(restored.code, restored.stderr).toBe(0);
    expect(fs.readFileSync(path.join(restoredDir, "secret"), "utf8")).toBe(secret);
  });

  it("restores nothing from a missing file, a file that is not a backup, or a PostgreSQL dump without DATABASE_URL", async () => {
    const target = path.join(tempDir("target"), "data");
    const env = { CUNWU_DATA_DIR: target, CUNWU_SECRET: "a-test-secret-that-is-at-least-32-characters" };
    expectRefused(await runCli(["restore"], env), /usage: cli restore FILE/);
    expectRefused(await runCli(["restore", "no-such-backup.pglite.tar.gz"], env), /usage: cli restore FILE/);
    expectRefused(await runCli(["restore", notABackup(embeddedKey)], env), new RegExp(`${embeddedKey.replace(/\./g, "\\.")} is not a backup cunwu can open`));
    // No half-made database left: the folder takes a real backup afterwards.
    expect(fs.existsSync(path.join(target, "pgdata"))).toBe(false);
    expectRefused(await runCli(["restore", notABackup(postgresKey)], env), /a PostgreSQL backup restores into DATABASE_URL; set it/);
    expect(fs.existsSync(path.join(target, "pgdata"))).toBe(false);
  });

  it("asks for a folder when none is given", async () => {
    const database = await freshDatabase("demo");
    databases.push(database);
    expectRefused(await runCli(["backup", "--out"], { CUNWU_DATA_DIR: database.dataDir }), /usage: cli backup \[--out DIR\]/);
    expectRefused(await runCli(["backup"], { CUNWU_DATA_DIR: database.dataDir, CUNWU_BACKUP_DIR: "off" }), /usage: cli backup \[--out DIR\]/);

    // Asked of a running server with the right key: 400, and no backup anywhere in its data folder.
    const server = await startProcessServer({ CUNWU_DATA_DIR: database.dataDir, CUNWU_SEED: "never", CUNWU_SCHEDULER_SECONDS: "0", CUNWU_BACKUP_DIR: "off" });
    const key = backupKey(fs.readFileSync(path.join(database.dataDir, "secret"), "utf8").trim());
    for (const body of ["{}", JSON.stringify({ out: "" })]) {
      const response = await fetch(`${server.url}/ops/backup`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-cunwu-backup-key": key },
        body,
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: "BACKUP_DIR_REQUIRED" });
    }
    expect((await server.stop()).code).toBe(0);
    expect(fs.readdirSync(database.dataDir).sort()).toEqual(["pgdata", "secret"]);
  });
});

describe.runIf(testDatabaseKind === "postgres")("PostgreSQL backups refused", () => {
  /** An empty database of its own (the `blank` fixture: no tables). */
  async function emptyDatabase(): Promise<string> {
    const database = await freshDatabase("blank", "postgres");
    databases.push(database);
    return database.databaseUrl!;
  }
  async function tablesIn(url: string): Promise<number> {
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      return Number((await sql`select count(*)::int as n from information_schema.tables where table_schema in ('public', 'drizzle')`)[0]!.n);
    } finally {
      await sql.end();
    }
  }

  it("says pg_dump is missing where it is, and leaves no file", async () => {
    const database = await freshDatabase("demo");
    databases.push(database);
    // A PATH with node and nothing else: no pg_dump to run.
    const bin = tempDir("bin");
    fs.symlinkSync(process.execPath, path.join(bin, "node"));
    const out = tempDir("out");
    expectRefused(await runCli(["backup", "--out", out], { DATABASE_URL: database.databaseUrl!, PATH: bin }), /pg_dump is not installed here: install PostgreSQL's client tools/);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it("checks a dump only by listing it when the user may not create the scratch database, and says so", async () => {
    const database = await freshDatabase("demo");
    databases.push(database);
    // A user who may read every table (so pg_dump works) but may not create databases.
    const role = `cunwu_reader_${process.pid}_${Date.now()}`;
    const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
    await admin.unsafe(`create role ${role} login nocreatedb; grant pg_read_all_data to ${role}`);
    try {
      const url = new URL(database.databaseUrl!);
      url.username = role;
      url.password = "";
      const out = tempDir("reader");
      const taken = await runCli(["backup", "--out", out], { DATABASE_URL: url.toString() });
      expect(taken.code, taken.stderr).toBe(0);
      expect(taken.stdout).toMatch(/verified: pg_restore reads it whole \(the ledger was not checked: this database user may not create the scratch database/);
    } finally {
      await admin.unsafe(`drop role if exists ${role}`);
      await admin.end();
    }
  });

  it("restores nothing from a dump that is not one or is cut short, and leaves the database empty", async () => {
    const database = await freshDatabase("demo");
    databases.push(database);
    const target = await emptyDatabase();
    expectRefused(await runCli(["restore", notABackup(postgresKey)], { DATABASE_URL: target }), /cunwu-2026-01-01T00-00-00Z\.pgdump could not be restored: input file does not appear to be a valid archive/);

    // A real dump cut in half: pg_restore fails partway, and its one transaction leaves nothing.
    const out = tempDir("dump");
    const taken = await runCli(["backup", "--out", out], { DATABASE_URL: database.databaseUrl! });
    expect(taken.code, taken.stderr).toBe(0);
    const whole = path.join(out, fs.readdirSync(out).find((name) => name.endsWith(".pgdump"))!);
    const cut = path.join(tempDir("cut"), path.basename(whole));
    fs.writeFileSync(cut, fs.readFileSync(whole).subarray(0, Math.floor(fs.statSync(whole).size / 2)));
    expectRefused(await runCli(["restore", cut], { DATABASE_URL: target }), /could not be restored/);
    expect(await tablesIn(target)).toBe(0);

    // An embedded backup is not restored into PostgreSQL.
    expectRefused(await runCli(["restore", notABackup(embeddedKey)], { DATABASE_URL: target }), /an embedded backup restores into a data folder; unset DATABASE_URL/);
    expect(await tablesIn(target)).toBe(0);
  });
});
