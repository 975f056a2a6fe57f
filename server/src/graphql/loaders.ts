import DataLoader from "dataloader";
import { count, inArray, ne, and } from "drizzle-orm";
import { departments, households, townships, villages } from "@cunwu/schema";
import type { Db } from "../db/database";
import { batchLinesOf, batchObjectionsOf } from "../points/award-service";

type Row<T extends { $inferSelect: unknown }> = T["$inferSelect"];

/** Rows by id, in the order asked, undefined where missing. */
function byId<T extends { id: number }>(load: (ids: number[]) => Promise<T[]>) {
  return new DataLoader<number, T | undefined>(async (ids) => {
    const rows = await load([...ids]);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id));
  });
}

/** Rows grouped under their key, an empty list where none. */
function groupedBy<T>(load: (keys: number[]) => Promise<T[]>, key: (row: T) => number) {
  return new DataLoader<number, T[]>(async (keys) => {
    const groups = new Map<number, T[]>();
    for (const row of await load([...keys])) {
      const list = groups.get(key(row)) ?? [];
      list.push(row);
      groups.set(key(row), list);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** Counts grouped by a key, 0 where none. */
function countBy(load: (keys: number[]) => Promise<{ key: number; n: number }[]>) {
  return new DataLoader<number, number>(async (keys) => {
    const rows = await load([...keys]);
    const map = new Map(rows.map((row) => [row.key, row.n]));
    return keys.map((key) => map.get(key) ?? 0);
  });
}

/**
 * Per-request batch loaders for nested fields, so a page of N rows costs a
 * constant number of statements. They load rows only; scope is checked by
 * the field that uses them.
 */
export function createLoaders(db: Db) {
  return {
    township: byId<Row<typeof townships>>((ids) => db.select().from(townships).where(inArray(townships.id, ids))),
    village: byId<Row<typeof villages>>((ids) => db.select().from(villages).where(inArray(villages.id, ids))),
    department: byId<Row<typeof departments>>((ids) => db.select().from(departments).where(inArray(departments.id, ids))),
    villageCount: countBy((ids) =>
      db
        .select({ key: villages.townshipId, n: count() })
        .from(villages)
        .where(inArray(villages.townshipId, ids))
        .groupBy(villages.townshipId),
    ),
    /** Households of a village that have not been archived. */
    householdCount: countBy((ids) =>
      db
        .select({ key: households.villageId, n: count() })
        .from(households)
        .where(and(inArray(households.villageId, ids), ne(households.status, "ARCHIVED")))
        .groupBy(households.villageId),
    ),
    /** Publicity lines and objections of the award batches on a page. */
    awardBatchLines: groupedBy((ids) => batchLinesOf(db, ids), (row) => row.batchId),
    awardObjections: groupedBy((ids) => batchObjectionsOf(db, ids), (row) => row.batchId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
