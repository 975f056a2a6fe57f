import type { PGlite } from "@electric-sql/pglite";
import type { Job } from "../scheduler/scheduler";

// PGlite runs PostgreSQL as a single-user backend: there is no autovacuum.
// Left alone, the embedded database never gathers planner statistics (every
// table's reltuples stays -1, so estimates are the planner's defaults),
// never marks pages all-visible (index-only scans, which the lists' totals
// rely on, visit the heap for every row), and keeps every dead row version
// an update leaves (a balance changes at each award). The server holding it
// does autovacuum's work instead: VACUUM (ANALYZE) on each table, at the
// scheduler's first run (after a cold start's demo seed, so the seeded
// year has statistics) and then once a day. One statement per table: PGlite
// answers one query at a time in this thread, and requests are served
// between the statements (connection.ts yields before each query). The demo
// district's 46 tables took 0.75 s, the largest 0.11 s.

const day = 24 * 3600 * 1000;

/** The tables of the application's schema, largest first (the statistics that matter most arrive first). */
const tablesSql = `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = 'public' and c.relkind = 'r' order by pg_relation_size(c.oid) desc, c.relname`;

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The scheduler's upkeep of the embedded database: every table vacuumed and analyzed, when this process has not done so for a day. */
export function embeddedUpkeepJob(client: PGlite): Job {
  let lastRun: Date | undefined;
  return {
    key: "upkeep",
    async run({ now }) {
      if (lastRun && now.getTime() - lastRun.getTime() < day) return { tables: 0 };
      const { rows } = await client.query<{ name: string }>(tablesSql);
      for (const { name } of rows) await client.query(`vacuum (analyze) ${quoted(name)}`);
      lastRun = now;
      return { tables: rows.length };
    },
  };
}
