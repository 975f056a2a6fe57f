import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { RequestHandler } from "express";
import type { Db } from "../db/database";
import { rowsOf } from "../db/rows";
import { migrationsFolder } from "../db/connection";
import type { Logger } from "../logger";

// GET /readyz: may a load balancer send this server work now? /healthz only
// says the process answers; a balancer that asked it would keep sending
// requests to a server whose database is gone or which is shutting down.

/** What the server is doing besides answering (server.ts changes it). */
export interface Lifecycle {
  /** The demo seed holds PGlite's one connection: nothing else can query until it ends. */
  seeding: boolean;
  /** SIGTERM came: requests in flight are finished, no new work should come. */
  stopping?: boolean;
}

/** The last migration this server's code knows (drizzle records each one's `when` as created_at). */
function lastKnownMigration(): number {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: { when: number }[] };
  return Math.max(...journal.entries.map((entry) => entry.when));
}

export function readinessRoute(options: { db: Db; databaseKind: string; lifecycle: Lifecycle; logger: Logger }): RequestHandler {
  const known = lastKnownMigration();
  const { db, databaseKind, lifecycle, logger } = options;
  return async (_req, res) => {
    const answer = (status: number, body: Record<string, unknown>) => res.status(status).set("Cache-Control", "no-store").json({ database: databaseKind, ...body });
    if (lifecycle.stopping) return answer(503, { status: "stopping" });
    if (lifecycle.seeding) return answer(503, { status: "starting", demo: "seeding" });
    try {
      const [row] = rowsOf<{ last: string | number | null }>(await db.execute(sql`select max(created_at) as last from drizzle.__drizzle_migrations`));
      const applied = Number(row?.last ?? 0);
      // Older: migrations are missing; newer: a later server migrated it and this one's code is behind.
      if (applied !== known) return answer(503, { status: "unavailable", migrations: applied < known ? "behind" : "ahead" });
      return answer(200, { status: "ready", migrations: "current" });
    } catch (error) {
      logger.error({ err: error }, "readiness check: the database did not answer");
      return answer(503, { status: "unavailable", migrations: "unknown" });
    }
  };
}
