import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import * as schema from "@cunwu/schema";

export { schema };
export type Schema = typeof schema;

/**
 * The one database type services see: the common base of the PGlite and
 * postgres.js drivers, so every query runs unchanged on either.
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either a database handle or an open transaction. */
export type DbOrTx = Db | Tx;
