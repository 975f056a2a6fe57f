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
  prepareQuery: (...args: unknown[]) => unknown;
}

/**
 * Counts the statements the test server's database handle prepares from now
 * on, by wrapping its drizzle session's `prepareQuery`: every query the
 * server's resolvers and loaders send goes through it. A transaction runs on
 * a session of its own, so statements inside `db.transaction` are not
 * counted. Restore it when done; `statementsOf` does that for one piece of work.
 */
export function countStatements(t: TestServer): StatementCounter {
  const session = (t.server.connection.db as unknown as { session: Session }).session;
  const original = session.prepareQuery;
  let value = 0;
  session.prepareQuery = function (this: unknown, ...args: unknown[]) {
    value += 1;
    return original.apply(this, args);
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
