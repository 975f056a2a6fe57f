import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import type { Db } from "./database";
import { repoRoot } from "../paths";
import { createClusterApart } from "./pglite-init";
import { openReopenable } from "./reopenable-pglite";
import { namedStatements } from "./named-statements";

export const migrationsFolder = path.join(repoRoot, "migrations");

export interface Connection {
  db: Db;
  kind: "pglite" | "postgres";
  /** The embedded database itself (its dump is the backup); absent on PostgreSQL. */
  embedded?: PGlite;
  /** Applies every pending migration from migrations/. */
  migrate(): Promise<void>;
  /**
   * Embedded only: closes and opens the database again, giving back the
   * memory a one-off job (the demo seed) grew it to (reopenable-pglite.ts).
   */
  reopen?(): Promise<void>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  databaseUrl?: string;
  /** PGlite data folder, or "memory://" for an in-memory database. */
  dataDir: string;
  /** Largest postgres.js pool; PGlite has one connection by nature. */
  maxConnections?: number;
  /**
   * PostgreSQL's statement_timeout on every connection (none by default:
   * migrations and the seed may take long). PGlite runs a statement in this
   * process and cannot be interrupted; the request budget's middleware
   * stops the resolvers there.
   */
  statementTimeoutMs?: number;
}

/**
 * PGlite's buffer cache, inside its wasm memory (PostgreSQL's default is
 * 128MB, most of a start's resident memory). The data files stay in the
 * operating system's page cache, so a small cache costs a village-sized
 * database little (docs/design-notes.md, "Data and start-up").
 */
const pgliteSharedBuffers = "16MB";

export async function connect(options: ConnectOptions): Promise<Connection> {
  if (options.databaseUrl) {
    const client = postgres(options.databaseUrl, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      connection: {
        application_name: "cunwu",
        ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      },
    });
    namedStatements(client);
    const db = drizzlePostgres({ client });
    return {
      db: db as unknown as Db,
      kind: "postgres",
      // On a connection of its own, without the statement timeout: a
      // migration over a district's years of entries may take minutes.
      migrate: async () => {
        const own = postgres(options.databaseUrl!, { max: 1, onnotice: () => {}, connection: { application_name: "cunwu-migrate" } });
        try {
          await migratePostgres(drizzlePostgres({ client: own }), { migrationsFolder });
        } finally {
          await own.end({ timeout: 5 });
        }
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const pgdata = options.dataDir === "memory://" ? undefined : path.join(options.dataDir, "pgdata");
  if (pgdata) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    await createClusterApart(pgdata);
  }
  const { client, reopen } = await openReopenable(async () => {
    const instance = await PGlite.create(pgdata, {
      startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${pgliteSharedBuffers}`],
    });
    yieldBeforeEachQuery(instance);
    return instance;
  });
  const db = drizzlePglite({ client });
  return {
    db: db as unknown as Db,
    kind: "pglite",
    embedded: client,
    migrate: () => migratePglite(db, { migrationsFolder }),
    // An in-memory database would lose everything.
    ...(pgdata ? { reopen } : {}),
    close: () => client.close(),
  };
}

/**
 * PGlite runs each query synchronously in this thread and never waits on
 * I/O, so a long chain of queries (the demo seed after the start, a big
 * report) would hold the event loop: no request, not even /healthz, would
 * be answered until it ends. Each query first lets waiting I/O run.
 */
function yieldBeforeEachQuery(client: PGlite): void {
  const run = client.execProtocolStream.bind(client);
  client.execProtocolStream = async (...args) => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return run(...args);
  };
}
