import { sql } from "drizzle-orm";
import type { Db, Tx } from "../db/database";
import { rowsOf } from "../db/rows";

/**
 * Runs `work` in a transaction holding the job's advisory lock, or skips it
 * ("skipped") when another server process holds it now: several processes
 * on one database run each job once at a time. The lock ends with the
 * transaction. On PGlite (one connection) it is always free.
 */
export async function withJobLock<T>(db: Db, key: string, work: (tx: Tx) => Promise<T>): Promise<T | "skipped"> {
  return db.transaction(async (tx) => {
    const [row] = rowsOf<{ locked: boolean }>(await tx.execute(sql`select pg_try_advisory_xact_lock(hashtext(${`cunwu-job:${key}`})) as locked`));
    if (!row?.locked) return "skipped" as const;
    return work(tx);
  });
}
