import { createHmac, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import express, { type RequestHandler } from "express";
import type { PGlite } from "@electric-sql/pglite";
import type { Job } from "../scheduler/scheduler";
import { isLoopback } from "./loopback";
import { dumpEmbedded, listBackups, pruneBackups, saveBackup, type BackupFile } from "./backup";

// Backups of the embedded database, which only the server holding it can
// take: daily by the scheduler, and on request of `cli backup` on the same
// machine while the server runs (POST /ops/backup, keyed by the data
// folder's secret, which only whoever can read the folder has).

/** The key `cli backup` shows the running server: derived from the server secret, never the secret itself. */
export const backupKey = (secret: string) => createHmac("sha256", secret).update("cunwu backup requests").digest("base64url");

/** Where a running embedded server says it listens, for `cli backup` (removed when it stops). */
export const serverFile = (dataDir: string) => path.join(dataDir, "server.json");

let taking: Promise<BackupFile> | undefined;

export class BackupFolderRefused extends Error {}

/**
 * The secret signs tokens, codes and photo links: a restore without it works
 * but logs everyone out and voids codes handed out. A secret the server made
 * itself (no CUNWU_SECRET: the operator holds none) is kept once beside the
 * backups, owner-only, and `restore` takes it from there. A folder holding
 * another installation's secret is refused before anything is written to it.
 */
export function keepSecretBeside(dir: string, secret: string): void {
  const beside = path.join(dir, "secret");
  if (fs.existsSync(beside)) {
    if (fs.readFileSync(beside, "utf8").trim() !== secret) throw new BackupFolderRefused(`${dir} holds the backups of another installation (its secret differs); back up into a folder of this one's`);
    return;
  }
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(beside, secret + "\n", { mode: 0o600 });
}

/**
 * One backup at a time in this process; a second request waits for the
 * first's file. `ownSecret`: the secret the server made itself, kept beside.
 */
export function takeEmbeddedBackup(client: PGlite, dir: string, keep: number, ownSecret: string | undefined): Promise<BackupFile> {
  if (ownSecret) keepSecretBeside(dir, ownSecret);
  taking ??= saveBackup(dir, "pglite", (file) => dumpEmbedded(client, file))
    .then((backup) => {
      pruneBackups(dir, keep);
      return backup;
    })
    .finally(() => (taking = undefined));
  return taking;
}

/** The newest backup, for /healthz and the metrics. */
export const lastBackup = (dir: string | undefined): BackupFile | undefined => (dir ? listBackups(dir)[0] : undefined);

/** The scheduler's daily backup: when the newest is a day old or there is none. */
export function dailyBackupJob(client: PGlite, dir: string, keep: number, ownSecret: string | undefined): Job {
  return {
    key: "backup",
    async run({ now }) {
      const newest = lastBackup(dir);
      if (newest && now.getTime() - newest.at.getTime() < 24 * 3600 * 1000) return { written: 0 };
      await takeEmbeddedBackup(client, dir, keep, ownSecret);
      return { written: 1 };
    },
  };
}

/** POST /ops/backup `{ out? }` from this machine with the backup key: a backup now, into `out` or the backup folder. */
export function backupRoute(options: { client: PGlite; secret: string; ownSecret: string | undefined; dir?: string; keep: number }): RequestHandler[] {
  const expected = Buffer.from(backupKey(options.secret));
  const route: RequestHandler = async (req, res) => {
    const given = Buffer.from(String(req.headers["x-cunwu-backup-key"] ?? ""));
    if (!isLoopback(req.socket.remoteAddress) || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      res.status(403).json({ error: "BACKUP_KEY_REQUIRED" });
      return;
    }
    const out = typeof req.body?.out === "string" && req.body.out ? path.resolve(req.body.out) : options.dir;
    if (!out) {
      res.status(400).json({ error: "BACKUP_DIR_REQUIRED" });
      return;
    }
    let backup: BackupFile;
    try {
      backup = await takeEmbeddedBackup(options.client, out, options.keep, options.ownSecret);
    } catch (error) {
      if (!(error instanceof BackupFolderRefused)) throw error;
      res.status(409).json({ error: "BACKUP_DIR_OF_ANOTHER_INSTALLATION", message: error.message });
      return;
    }
    res.status(201).json({ file: backup.file, bytes: backup.bytes, at: backup.at.toISOString() });
  };
  return [express.json({ limit: "4kb" }), route];
}

/** Says where this server listens, in its data folder, until it stops. */
export function announceServer(dataDir: string, port: number): () => void {
  const file = serverFile(dataDir);
  fs.writeFileSync(file, JSON.stringify({ pid: process.pid, port }) + "\n", { mode: 0o600 });
  return () => fs.rmSync(file, { force: true });
}
