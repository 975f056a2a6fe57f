import type { TestServer } from "./server";

// How many SQL statements a request costs, for the tests that a page's
// nested fields load in a constant number of them (no N+1).

/** A running count of the statements a database handle prepares. */
export interface StatementCounter {
  /** Statements prepared since the counter was made or last reset. */
  readonly value: number;
  reset(): void;
  /** Puts the handle back as it was; call it in `finally`. */
  restore(): void;
}

interface Session {
  prepareQuery: (query: { sql: string }, ...rest: unknown[]) => unknown;
}

/**
 * The read of the caller's own row (only the actor's columns, never the
 * password hash): kept for 2 s (server/src/auth/actor-cache.ts), so whether a
 * request makes it depends on timing, not on what it asked.
 */
const isActorRead = (sql: string) => /from "users"/.test(sql) && !/"password_hash"/.test(sql);

/**
 * Counts the statements the test server's database handle prepares from now
 * on, by wrapping its drizzle session's `prepareQuery`: every query the
 * server's resolvers and loaders send goes through it. A transaction runs on
 * a session of its own, so statements inside `db.transaction` are not
 * counted, nor is the read of the caller's own row. Restore it when done; `statementsOf` does that for one piece of work.
 */
export function countStatements(t: TestServer): StatementCounter {
  const session = (t.server.connection.db as unknown as { session: Session }).session;
  const original = session.prepareQuery;
  let value = 0;
  session.prepareQuery = function (this: unknown, query: { sql: string }, ...rest: unknown[]) {
    if (!isActorRead(query.sql)) value += 1;
    return original.call(this, query, ...rest);
  };
  return {
    get value() {
      return value;
    },
    reset() {
      value = 0;
    },
    restore() {
      session.prepareQuery = original;
    },
  };
}

/**
 * Runs `work` (typically one request to the server) and says how many
 * statements the server prepared meanwhile, with what `work` returned.
 */
export async function statementsOf<T>(t: TestServer, work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const counter = countStatements(t);
  try {
    const result = await work();
    return { result, statements: counter.value };
  } finally {
    counter.restore();
  }
}
