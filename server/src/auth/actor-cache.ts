import type { Db } from "../db/database";
import type { Actor } from "../request/actor";

// Every request used to read its user's row again. The actor a token stands
// for is kept for a moment instead: within this process a change to the user
// (role, scope, deactivation, password) forgets it at once; another server
// process sharing the database sees the change after at most `actorCacheMs`.

export const actorCacheMs = 2000;

interface Cached {
  actor: Actor;
  version: number;
  until: number;
}

// One cache per database handle: tests run several servers, each on its own database, in one process.
const caches = new WeakMap<Db, Map<number, Cached>>();

function cacheOf(db: Db): Map<number, Cached> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
}

/** The actor read for this user and token version less than `actorCacheMs` ago, if any. */
export function cachedActor(db: Db, userId: number, version: number): Actor | undefined {
  const hit = cacheOf(db).get(userId);
  if (!hit || hit.version !== version || hit.until < Date.now()) return undefined;
  return hit.actor;
}

export function rememberActor(db: Db, actor: Actor, version: number): void {
  const cache = cacheOf(db);
  // Bounded by the users active within the last moments; old ones are dropped as they are met.
  if (cache.size > 10_000) cache.clear();
  cache.set(actor.userId, { actor, version, until: Date.now() + actorCacheMs });
}

/** After a change to the user: the next request reads the row again. */
export function forgetActor(db: Db, userId: number): void {
  caches.get(db)?.delete(userId);
}
