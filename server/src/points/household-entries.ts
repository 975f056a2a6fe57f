import { desc, inArray, sql } from "drizzle-orm";
import { pointEntries } from "@cunwu/schema";
import type { Db } from "../db/database";
import type { PageRequest } from "../common/paging";
import type { AskedColumns } from "../request/asked-columns";
import type { PointEntryRow } from "./ledger";

// The households' `entries` pages, one statement for all the households a
// request lists (points-loaders.ts). It runs on every nested read, so it is
// built once per database handle and kept prepared, the households, page
// size and offset bound at each run: building it (drizzle's entity checks
// and SQL assembly) cost more than running it on the client side. One per
// set of columns asked (request/asked-columns.ts), and one with them all.

const statements = new WeakMap<Db, Map<string, ReturnType<typeof prepare>>>();
/** Beyond this many column sets a database handle keeps, a new set reads every column. */
export const mostColumnSets = 32;

const prepare = (db: Db, asked: AskedColumns | undefined) => {
  const newest = sql`(select e.id from unnest(${sql.placeholder("households")}::int[]) as h(id) cross join lateral (
    select ${pointEntries.id} from ${pointEntries} where ${pointEntries.householdId} = h.id
    order by ${pointEntries.id} desc limit ${sql.placeholder("limit")} offset ${sql.placeholder("offset")}) as e)`;
  const select = asked ? db.select(asked.columns) : db.select();
  return select.from(pointEntries).where(inArray(pointEntries.id, newest)).orderBy(desc(pointEntries.id)).prepare("household_entries");
};

/**
 * A page of newest entries for each of many households in one statement (a
 * LATERAL read of each household's index), so a list of households with
 * their entries costs the same whatever its size. With `asked`, the rows
 * hold only those columns: only the fields asked of them may be read.
 */
export function entriesOfHouseholds(db: Db, householdIds: number[], paging: PageRequest, asked?: AskedColumns): Promise<PointEntryRow[]> {
  let prepared = statements.get(db);
  if (!prepared) statements.set(db, (prepared = new Map()));
  const columns = asked && (prepared.has(asked.key) || prepared.size < mostColumnSets) ? asked : undefined;
  const key = columns?.key ?? "*";
  let statement = prepared.get(key);
  if (!statement) prepared.set(key, (statement = prepare(db, columns)));
  return statement.execute({ households: householdIds, limit: paging.limit, offset: paging.offset }) as Promise<PointEntryRow[]>;
}
