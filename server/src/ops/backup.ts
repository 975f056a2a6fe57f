import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { Db } from "../db/database";
import { describeLedgerProblems, ledgerProblems, reconcileLedger } from "../points/reconcile";
import { ConfigError } from "../config";

// Backups: one file per backup, named with its time, verified after writing.
// Embedded: PGlite's own dump of its data folder (a gzipped tar), taken
// between transactions by the server that holds the database. PostgreSQL:
// pg_dump's custom format. Restores go only into an empty target.

const run = promisify(execFile);

export interface BackupFile {
  file: string;
  bytes: number;
  at: Date;
}

/** `cunwu-2026-12-06T07-05-09Z.pglite.tar.gz` / `….pgdump`: sorts by time. */
export function backupName(kind: "pglite" | "postgres", at: Date): string {
  const stamp = at.toISOString().replace(/\.\d+Z$/, "Z").replace(/:/g, "-");
  return `cunwu-${stamp}.${kind === "pglite" ? "pglite.tar.gz" : "pgdump"}`;
}

const backupPattern = /^cunwu-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.(pglite\.tar\.gz|pgdump)$/;

/** Writes `data` as the next backup in `dir`: under a temporary name first, so a half-written file never looks like a backup. */
export async function saveBackup(dir: string, kind: "pglite" | "postgres", write: (file: string) => Promise<void>): Promise<BackupFile> {
  fs.mkdirSync(dir, { recursive: true });
  const at = new Date();
  const file = path.join(dir, backupName(kind, at));
  const partial = `${file}.partial`;
  try {
    await write(partial);
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  return { file, bytes: fs.statSync(file).size, at };
}

/** The embedded database's dump, taken by the process that holds it. */
export async function dumpEmbedded(client: PGlite, file: string): Promise<void> {
  // A checkpoint first: the dump then needs no WAL replay to open.
  await client.query("CHECKPOINT");
  const dump = await client.dumpDataDir("gzip");
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
}

/** pg_dump in custom format; PostgreSQL's own tool, if this machine has it. */
export async function dumpPostgres(databaseUrl: string, file: string): Promise<void> {
  try {
    await run("pg_dump", ["--format=custom", "--no-owner", "--file", file, databaseUrl], { maxBuffer: 16 * 2 ** 20 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new ConfigError("pg_dump is not installed here: install PostgreSQL's client tools, or back up with your database's own tools");
    throw error;
  }
}

/** What a verified backup holds. */
export interface Verified {
  households: number;
  entries: number;
}

/**
 * Opens the backup and checks the ledger in it: every household's balance
 * equals the sum of its entries. A PostgreSQL dump is restored into a
 * scratch database beside the source (dropped after), or, when this user may
 * not create one, only listed by pg_restore (readable, complete).
 */
export async function verifyBackup(file: string, databaseUrl?: string): Promise<Verified | "listed"> {
  if (file.endsWith(".pgdump")) return verifyDump(file, databaseUrl!);
  const db = await openDump(file);
  try {
    return await ledgerFigures(drizzlePglite({ client: db }));
  } finally {
    await db.close();
  }
}

async function verifyDump(file: string, databaseUrl: string): Promise<Verified | "listed"> {
  await run("pg_restore", ["--list", file], { maxBuffer: 64 * 2 ** 20 });
  const name = `cunwu_verify_${randomBytes(6).toString("hex")}`;
  const server = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    try {
      await server.unsafe(`create database ${name}`);
    } catch (error) {
      // 42501: no CREATEDB for this user; the listing is all we can check.
      if ((error as { code?: string }).code === "42501") return "listed";
      throw error;
    }
    try {
      const scratchUrl = new URL(databaseUrl);
      scratchUrl.pathname = `/${name}`;
      await run("pg_restore", ["--no-owner", "--single-transaction", "--dbname", scratchUrl.toString(), file], { maxBuffer: 64 * 2 ** 20 });
      const scratch = postgres(scratchUrl.toString(), { max: 1, onnotice: () => {} });
      try {
        return await ledgerFigures(drizzlePostgres({ client: scratch }));
      } finally {
        await scratch.end();
      }
    } finally {
      await server.unsafe(`drop database if exists ${name} with (force)`);
    }
  } finally {
    await server.end();
  }
}

/** The embedded backup opened as a database (in memory, or into `pgdata`); a file that is not one is refused by name. */
async function openDump(file: string, pgdata?: string): Promise<PGlite> {
  const dump = new Blob([fs.readFileSync(file)]);
  try {
    return pgdata ? await PGlite.create(pgdata, { loadDataDir: dump }) : await PGlite.create({ loadDataDir: dump });
  } catch (error) {
    throw new RestoreRefused(`${path.basename(file)} is not a backup cunwu can open (${(error as Error).message})`);
  }
}

/** The backup's households and entries, refused when its ledger does not reconcile (the service `reconcileLedger` answers). */
async function ledgerFigures(db: Db): Promise<Verified> {
  const ledger = await reconcileLedger(db);
  if (ledgerProblems(ledger) > 0) throw new Error(`the backup's ledger does not reconcile: ${describeLedgerProblems(ledger)}`);
  return { households: ledger.householdsChecked, entries: ledger.entriesChecked };
}

/** Restores an embedded backup into an empty data folder (refused if it holds a database). */
export async function restoreEmbedded(file: string, dataDir: string): Promise<Verified> {
  const pgdata = path.join(dataDir, "pgdata");
  if (fs.existsSync(pgdata) && fs.readdirSync(pgdata).length > 0) throw new RestoreRefused(`${dataDir} already holds a database; restore into an empty data folder`);
  fs.mkdirSync(dataDir, { recursive: true });
  let db: PGlite;
  try {
    db = await openDump(file, pgdata);
  } catch (error) {
    // Nothing half-restored stays behind: the folder is as empty as it was.
    fs.rmSync(pgdata, { recursive: true, force: true });
    throw error;
  }
  try {
    return await ledgerFigures(drizzlePglite({ client: db }));
  } finally {
    await db.close();
  }
}

/** Restores a pg_dump file into an empty PostgreSQL database (refused if it holds tables). */
export async function restorePostgres(file: string, databaseUrl: string, tablesInTarget: () => Promise<number>): Promise<void> {
  if ((await tablesInTarget()) > 0) throw new RestoreRefused("the target database already holds tables; restore into an empty database");
  try {
    // One transaction: a dump that fails halfway leaves the database empty.
    await run("pg_restore", ["--no-owner", "--single-transaction", "--dbname", databaseUrl, file], { maxBuffer: 64 * 2 ** 20 });
  } catch (error) {
    const failed = error as NodeJS.ErrnoException & { stderr?: string };
    if (failed.code === "ENOENT") throw new RestoreRefused("pg_restore is not installed here: install PostgreSQL's client tools");
    const why = (failed.stderr ?? "").split("\n").find((line) => line.trim()) ?? failed.message;
    throw new RestoreRefused(`${path.basename(file)} could not be restored: ${why.replace(/^pg_restore: (error: )?/, "")}`);
  }
}

export class RestoreRefused extends Error {}

/** The backups in `dir`, newest first. */
export function listBackups(dir: string): BackupFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => backupPattern.test(name))
    .map((name) => {
      const stat = fs.statSync(path.join(dir, name));
      return { file: path.join(dir, name), bytes: stat.size, at: stat.mtime };
    })
    .sort((a, b) => b.file.localeCompare(a.file));
}

/** Keeps the newest `keep` backups in `dir`, removing older ones. */
export function pruneBackups(dir: string, keep: number): string[] {
  const old = listBackups(dir).slice(keep);
  for (const backup of old) fs.rmSync(backup.file, { force: true });
  return old.map((b) => b.file);
}
