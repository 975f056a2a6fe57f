import { sql } from "drizzle-orm";
import type { Db, Tx } from "./database";
import { rowsOf } from "./rows";

// A report reads a handful of independent statements that must agree with
// each other: one read-only REPEATABLE READ snapshot. On PostgreSQL those
// statements can run side by side on several connections that share the
// snapshot (pg_export_snapshot, SET TRANSACTION SNAPSHOT: what pg_dump's
// parallel jobs do), so a district's report waits for its longest lane
// instead of the sum of its statements. PGlite has one connection: there
// every lane is the one transaction, and the statements run in turn.

const sideBySide = new WeakSet<object>();

/** Marks a PostgreSQL handle whose pool can give a read more than one connection (db/connection.ts). */
export const allowReadLanes = (db: Db): void => void sideBySide.add(db);

const snapshotRead = { accessMode: "read only", isolationLevel: "repeatable read" } as const;

/**
 * Runs `read` in one read-only REPEATABLE READ snapshot, handing it up to
 * `lanes` transactions that all see that snapshot: separate connections
 * where the handle allows it, else the one transaction. The caller bounds
 * `lanes` (request/slots.ts gives a report the slots no one waits for), so
 * reports never hold more connections than their slots.
 */
export function readInOneSnapshot<T>(db: Db, lanes: number, read: (txs: Tx[]) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    if (lanes <= 1 || !sideBySide.has(db)) return read([tx]);
    const [snapshot] = rowsOf<{ id: string }>(await tx.execute(sql`select pg_export_snapshot() as id`));
    const others = await openLanes(db, snapshot!.id, lanes - 1);
    try {
      return await read([tx, ...others.txs]);
    } finally {
      // The snapshot's exporter stays open until every importer is done with it.
      await others.close();
    }
  }, snapshotRead);
}

/** `count` more read-only transactions on the snapshot `id`, kept open until `close`. */
async function openLanes(db: Db, id: string, count: number): Promise<{ txs: Tx[]; close: () => Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const ended: Promise<unknown>[] = [];
  const opened = Array.from(
    { length: count },
    () =>
      new Promise<Tx>((resolve, reject) => {
        const lane = db.transaction(async (t) => {
          // SET TRANSACTION takes no parameters; the id is PostgreSQL's own (hex digits and dashes).
          await t.execute(sql.raw(`set transaction snapshot '${id.replace(/'/g, "''")}'`));
          resolve(t);
          await released;
        }, snapshotRead);
        lane.catch(reject);
        ended.push(lane.catch(() => {}));
      }),
  );
  const close = async () => {
    release();
    await Promise.all(ended);
  };
  try {
    return { txs: await Promise.all(opened), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Runs `jobs` over the lanes: each lane takes the next job when its last
 * one ends, so put the longest first. The results come in the jobs' order.
 * With one lane the jobs run one after another, in order.
 */
export async function inLanes<T extends readonly unknown[]>(txs: Tx[], jobs: { [K in keyof T]: (tx: Tx) => Promise<T[K]> }): Promise<T> {
  const results: unknown[] = new Array(jobs.length);
  let next = 0;
  let failed = false;
  const lane = async (tx: Tx) => {
    while (!failed && next < jobs.length) {
      const i = next++;
      try {
        results[i] = await jobs[i]!(tx);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  // Every lane settles before the snapshot's transactions end: none is left running a statement.
  const settled = await Promise.allSettled(txs.map(lane));
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failure) throw failure.reason;
  return results as unknown as T;
}
