import path from "node:path";
import { lastBackup } from "./embedded-backups";

// What the district admin's dashboard says of backups (Query.backupStatus).
// The rule for "stale" lives here once; the console shows it, never
// recomputes it.

/** A day between daily backups, plus two hours of slack for a slow run or a restart near the hour. */
export const staleAfterMs = 26 * 3600 * 1000;

export interface BackupStatusView {
  /** The server takes daily backups itself (embedded database, a backup folder, the scheduler on). */
  scheduled: boolean;
  keep: number;
  /** The newest backup in the folder, by file name only (never a path). */
  last: { name: string; bytes: number; at: Date } | null;
  /** Daily backups are on and none was taken in the last 26 hours. */
  stale: boolean;
}

/**
 * The backup folder as it is now. On PostgreSQL the server takes no backups
 * (pg_dump does), so `scheduled` is false and nothing is stale; the folder
 * is listed all the same, since `pnpm backup` writes there by default.
 */
export function backupStatus(options: { dir?: string; scheduled: boolean; keep: number }, now: Date = new Date()): BackupStatusView {
  const newest = lastBackup(options.dir);
  const last = newest ? { name: path.basename(newest.file), bytes: newest.bytes, at: newest.at } : null;
  const stale = options.scheduled && (!last || now.getTime() - last.at.getTime() > staleAfterMs);
  return { scheduled: options.scheduled, keep: options.keep, last, stale };
}
