import DataLoader from "dataloader";
import type { Context } from "./context";

/**
 * The one loader helper every module builds its batch loaders from, so a page
 * of N rows costs a constant number of statements. Loaders load rows only;
 * the field that uses them has checked scope.
 */

/** Rows by id, in the order asked, undefined where missing. */
export function byId<T extends { id: number }>(load: (ids: number[]) => Promise<T[]>) {
  return new DataLoader<number, T | undefined>(async (ids) => {
    const map = new Map((await load([...ids])).map((row) => [row.id, row]));
    return ids.map((id) => map.get(id));
  });
}

/** Rows grouped under their key, [] where none, in the order the keys were asked. */
export function groupedBy<T>(load: (keys: number[]) => Promise<T[]>, keyOf: (row: T) => number) {
  return new DataLoader<number, T[]>(async (keys) => {
    const groups = new Map<number, T[]>();
    for (const row of await load([...keys])) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Counts grouped by a key, 0 where none. */
export function countBy(load: (keys: number[]) => Promise<{ key: number; n: number }[]>) {
  return new DataLoader<number, number>(async (keys) => {
    const map = new Map((await load([...keys])).map((row) => [row.key, row.n]));
    return keys.map((key) => map.get(key) ?? 0);
  });
}

/**
 * A module's loaders for one request, made on first use: the context object
 * lives exactly as long as its request, so it keys the set.
 */
export function perRequest<T>(create: (context: Context) => T): (context: Context) => T {
  const sets = new WeakMap<Context, T>();
  return (context) => {
    let loaders = sets.get(context);
    if (!loaders) {
      loaders = create(context);
      sets.set(context, loaders);
    }
    return loaders;
  };
}
