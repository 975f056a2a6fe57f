import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";

/**
 * The one database type services see: the common base of the PGlite and
 * postgres.js drivers, so every query runs unchanged on either. No schema is
 * given to drizzle: nothing uses its relational `db.query`, whose builders it
 * would make for every table on every transaction.
 */
export type Db = PgDatabase<PgQueryResultHKT>;
/** The transaction `Db.transaction` hands its callback. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Either a database handle or an open transaction. */
export type DbOrTx = Db | Tx;
