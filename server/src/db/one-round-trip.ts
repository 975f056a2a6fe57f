/**
 * Statements of one transaction that do not wait for each other's answers,
 * sent together: on PostgreSQL, postgres.js writes the statements started in
 * one tick as one packet and PostgreSQL runs them in that order, one round
 * trip for all (named-statements.ts keeps them from waiting on a Describe).
 * PGlite runs them in turn.
 *
 * Each is started in the order given. They reach postgres.js in that order
 * as long as a later one's way there is no shorter than an earlier one's (a
 * drizzle query started by `.then`, then an async function awaiting one);
 * where the order holds locks, keep to that (the sale: its stock updates,
 * then its ledger entry, seen in that order in PostgreSQL's log). Every one
 * settles before this returns (the transaction never ends under a statement
 * still running), and the first failure in their order is thrown: those
 * after it often fail only because it aborted the transaction.
 */
export async function inOneRoundTrip<T extends unknown[]>(...statements: { [K in keyof T]: () => PromiseLike<T[K]> }): Promise<T> {
  const started = statements.map((start) => Promise.resolve(start()));
  const settled = await Promise.allSettled(started);
  const failed = settled.find((result) => result.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as T;
}
