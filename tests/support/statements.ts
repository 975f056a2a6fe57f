import { users } from "@cunwu/schema";
import type { TestServer } from "./server";

// How many SQL statements a request costs, for the tests that a page's
// nested fields load in a constant number of them (no N+1).

/** A running count of the statements a database handle runs. */
export interface StatementCounter {
  /** Statements run since the counter was made or last reset. */
  readonly value: number;
  /** Their SQL, in the order run. */
  readonly texts: readonly string[];
  reset(): void;
  /** Puts the handle back as it was; call it in `finally`. */
  restore(): void;
}

/** What drizzle's prepared queries (postgres.js's and PGlite's alike) hold. */
interface PreparedQuery {
  client: unknown;
  queryString: string;
  execute: (...args: unknown[]) => unknown;
}

/**
 * The read of the caller's own row (only the actor's columns, never the
 * password hash): kept for 2 s (server/src/auth/actor-cache.ts), so whether a
 * request makes it depends on timing, not on what it asked.
 */
const isActorRead = (sql: string) => /from "users"/.test(sql) && !/"password_hash"/.test(sql);

/**
 * Counts the statements a drizzle handle runs from now on. Every query runs
 * through its prepared query's `execute`: a query builder prepares one per
 * run, a hot read keeps one prepared (Query.household, the households'
 * entries), so `execute` of their class is wrapped, counting only runs on
 * the handle's own client: a transaction has a client of its own, and its
 * statements are not counted. `skip` leaves some out by their SQL.
 */
export function countStatementsOf(db: unknown, skip: (sql: string) => boolean = () => false): StatementCounter {
  const handle = db as { session: { client: unknown }; select: (fields: Record<string, unknown>) => { from: (table: unknown) => { prepare: (name: string) => unknown } } };
  const client = handle.session.client;
  // A query prepared, never run, only to reach the class every query runs through.
  const probe = handle.select({ id: users.id }).from(users).prepare("statement_counter_probe");
  const cls = Object.getPrototypeOf(probe) as PreparedQuery;
  const own = Object.hasOwn(cls, "execute");
  const original = cls.execute;
  let texts: string[] = [];
  cls.execute = function (this: PreparedQuery, ...args: unknown[]) {
    if (this.client === client && !skip(this.queryString)) texts.push(this.queryString);
    return original.apply(this, args);
  };
  return {
    get value() {
      return texts.length;
    },
    get texts() {
      return texts;
    },
    reset() {
      texts = [];
    },
    restore() {
      if (own) cls.execute = original;
      else delete (cls as Partial<PreparedQuery>).execute;
    },
  };
}

/** The statements the test server runs from now on, but the read of the caller's own row. */
export const countStatements = (t: TestServer): StatementCounter => countStatementsOf(t.server.connection.db, isActorRead);

/**
 * Runs `work` (typically one request to the server) and says how many
 * statements the server ran meanwhile, with what `work` returned.
 */
export async function statementsOf<T>(t: TestServer, work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const { result, statements } = await recordStatements(t, work);
  return { result, statements: statements.length };
}

/** Runs `work` and gives the SQL of the statements the server ran meanwhile (but the read of the caller's own row). */
export async function recordStatements<T>(t: TestServer, work: () => Promise<T>): Promise<{ result: T; statements: readonly string[] }> {
  const counter = countStatements(t);
  try {
    const result = await work();
    return { result, statements: counter.texts };
  } finally {
    counter.restore();
  }
}
