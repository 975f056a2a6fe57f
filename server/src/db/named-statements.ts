import type { Sql } from "postgres";

/**
 * The statements of a read-write transaction sent as named prepared
 * statements, kept per connection by their text (postgres.js's own cache).
 *
 * drizzle sends a statement it did not `.prepare(name)` with postgres.js's
 * `prepare: false`: parsed and planned anew at every run. Named, a statement
 * the connection has seen is only bound and executed. Either goes in one
 * write when its values are plain (patches/postgres@3.4.9.patch: only an
 * array or object waits for the parameters' types, in two round trips), and
 * statements sent together (one-round-trip.ts) share one.
 *
 * Writes are short statements on keys, for which a generic plan (PostgreSQL
 * may choose one for a named statement after five runs) is as good as any.
 * Statements outside a transaction and in read-only ones (lists, reports)
 * stay unnamed, planned for their values every time: a generic plan would be
 * planned for an average village. Bulk statements (an import's rows) stay
 * unnamed too: their texts differ with their row counts and they run seldom.
 * So a connection keeps the write paths' own statements, and postgres.js
 * ends a connection after its max_lifetime (30–60 minutes).
 */
const mostParametersNamed = 100;

export function namedStatements<T extends Sql<any>>(client: T): T {
  const begin = client.begin.bind(client) as (...args: unknown[]) => unknown;
  // begin(fn) or begin(options, fn).
  (client as any).begin = (...args: unknown[]) => {
    const fn = args.pop() as (tx: unknown) => unknown;
    return begin(...args, (tx: any) => fn(namedWhileWriting(tx)));
  };
  return client;
}

function namedWhileWriting(tx: any) {
  const unsafe = tx.unsafe.bind(tx);
  let readOnly = false;
  tx.unsafe = (query: string, parameters?: unknown[], options?: object) => {
    // drizzle opens a read-only transaction with its own statement.
    if (/^set transaction\b.*\bread only\b/i.test(query)) readOnly = true;
    const named = !readOnly && (parameters?.length ?? 0) <= mostParametersNamed;
    return unsafe(query, parameters, named ? { ...options, prepare: true } : options);
  };
  return tx;
}
