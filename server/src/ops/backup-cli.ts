import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { ConfigError, type Config } from "../config";
import { resolveSecret } from "../auth/secret";
import { dumpPostgres, restoreEmbedded, restorePostgres, RestoreRefused, saveBackup, verifyBackup, type BackupFile } from "./backup";
import { BackupFolderRefused, backupKey, serverFile, takeEmbeddedBackup } from "./embedded-backups";

// `cli backup [--out DIR]` and `cli restore FILE`, as the README gives them.

const say = (line: string) => process.stdout.write(`${line}\n`);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** The running embedded server on this data folder, if there is one. */
export function runningServer(dataDir: string): { port: number } | undefined {
  try {
    const { pid, port } = JSON.parse(fs.readFileSync(serverFile(dataDir), "utf8")) as { pid: number; port: number };
    process.kill(pid, 0);
    return { port };
  } catch {
    return undefined;
  }
}

export async function backupCommand(config: Config, args: string[]): Promise<void> {
  const at = args.indexOf("--out");
  const out = at >= 0 ? path.resolve(process.env.INIT_CWD ?? process.cwd(), args[at + 1] ?? "") : config.backup.dir;
  if (!out || (at >= 0 && !args[at + 1])) throw new ConfigError("usage: cli backup [--out DIR] (or set CUNWU_BACKUP_DIR)");
  let backup: BackupFile;
  if (config.databaseUrl) {
    backup = await saveBackup(out, "postgres", (file) => dumpPostgres(config.databaseUrl!, file));
  } else {
    const server = runningServer(config.dataDir);
    try {
      backup = server ? await askServer(config, server.port, out) : await backupClosedFolder(config, out);
    } catch (error) {
      if (error instanceof BackupFolderRefused) throw new ConfigError(error.message);
      throw error;
    }
  }
  say(`backup written: ${backup.file} (${mb(backup.bytes)})`);
  const verified = await verifyBackup(backup.file, config.databaseUrl);
  say(verified === "listed" ? "verified: pg_restore reads it whole (the ledger was not checked: this database user may not create the scratch database it would be restored into)" : `verified: ${verified.households} households, ${verified.entries} ledger entries, every balance equal to its entries`);
}

/** The running server takes it (only it may open the database): keyed by the data folder's secret. */
async function askServer(config: Config, port: number, out: string): Promise<BackupFile> {
  const response = await fetch(`http://127.0.0.1:${port}/ops/backup`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-cunwu-backup-key": backupKey(resolveSecret(config)) },
    body: JSON.stringify({ out }),
  });
  if (response.status === 409) throw new BackupFolderRefused(((await response.json()) as { message: string }).message);
  if (response.status !== 201) throw new Error(`the running server refused the backup (${response.status}): ${await response.text()}`);
  const body = (await response.json()) as { file: string; bytes: number; at: string };
  return { file: body.file, bytes: body.bytes, at: new Date(body.at) };
}

async function backupClosedFolder(config: Config, out: string): Promise<BackupFile> {
  const { connect } = await import("../db/connection");
  const connection = await connect({ dataDir: config.dataDir });
  try {
    return await takeEmbeddedBackup(connection.embedded!, out, config.backup.keep, config.secret ? undefined : resolveSecret(config));
  } finally {
    await connection.close();
  }
}

export async function restoreCommand(config: Config, args: string[]): Promise<void> {
  const file = args[0] ? path.resolve(process.env.INIT_CWD ?? process.cwd(), args[0]) : undefined;
  if (!file || !fs.existsSync(file)) throw new ConfigError("usage: cli restore FILE (a backup written by cli backup)");
  try {
    if (file.endsWith(".pgdump")) {
      if (!config.databaseUrl) throw new ConfigError("a PostgreSQL backup restores into DATABASE_URL; set it");
      const sql = postgres(config.databaseUrl, { max: 1, onnotice: () => {} });
      const tables = async () => Number((await sql`select count(*)::int as n from information_schema.tables where table_schema in ('public', 'drizzle')`)[0]!.n);
      try {
        await restorePostgres(file, config.databaseUrl, tables);
        // pg_restore writes the rows, not the planner's statistics or the visibility map: until autovacuum
        // came round, the first requests' plans were guesses and index-only scans read the heap.
        await sql.unsafe("vacuum (analyze)");
      } finally {
        await sql.end();
      }
      say(`restored ${path.basename(file)} into the database of DATABASE_URL, vacuumed and analyzed`);
      return;
    }
    if (config.databaseUrl) throw new ConfigError("an embedded backup restores into a data folder; unset DATABASE_URL (to move it to PostgreSQL, restore it into a folder, then cli move-to-postgres --to DATABASE_URL)");
    const verified = await restoreEmbedded(file, config.dataDir);
    const secret = path.join(path.dirname(file), "secret");
    if (fs.existsSync(secret) && !fs.existsSync(path.join(config.dataDir, "secret"))) fs.copyFileSync(secret, path.join(config.dataDir, "secret"));
    say(`restored ${path.basename(file)} into ${config.dataDir}: ${verified.households} households, ${verified.entries} ledger entries, every balance equal to its entries`);
  } catch (error) {
    if (error instanceof RestoreRefused) throw new ConfigError(error.message);
    throw error;
  }
}
