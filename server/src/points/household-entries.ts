import { desc, inArray, sql } from "drizzle-orm";
import { pointEntries } from "@cunwu/schema";
import type { Db } from "../db/database";
import type { PageRequest } from "../common/paging";
import type { PointEntryRow } from "./ledger";

// The households' `entries` pages, one statement for all the households a
// request lists (points-loaders.ts). It runs on every nested read, so it is
// built once per database handle and kept prepared, the households, page
// size and offset bound at each run: building it (drizzle's entity checks
// and SQL assembly) cost more than running it on the client side.

const statements = new WeakMap<Db, ReturnType<typeof prepare>>();

const prepare = (db: Db) => {
  const newest = sql`(select e.id from unnest(${sql.placeholder("households")}::int[]) as h(id) cross join lateral (
    select ${pointEntries.id} from ${pointEntries} where ${pointEntries.householdId} = h.id
    order by ${pointEntries.id} desc limit ${sql.placeholder("limit")} offset ${sql.placeholder("offset")}) as e)`;
  return db.select().from(pointEntries).where(inArray(pointEntries.id, newest)).orderBy(desc(pointEntries.id)).prepare("household_entries");
};

/**
 * A page of newest entries for each of many households in one statement (a
 * LATERAL read of each household's index), so a list of households with
 * their entries costs the same whatever its size.
 */
export function entriesOfHouseholds(db: Db, householdIds: number[], paging: PageRequest): Promise<PointEntryRow[]> {
  let statement = statements.get(db);
  if (!statement) statements.set(db, (statement = prepare(db)));
  return statement.execute({ households: householdIds, limit: paging.limit, offset: paging.offset });
}
