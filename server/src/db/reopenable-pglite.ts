import v8 from "node:v8";
import vm from "node:vm";
import { PGlite } from "@electric-sql/pglite";

// PGlite's wasm memory grows to the largest work it has done and is never
// given back while the instance lives: the demo seed (one transaction of a
// year's history) left a cold start's server at ~360 MB where a warm one
// holds ~240 MB. Reopening the folder after such a one-off job lets the old
// instance's memory be collected. The server, drizzle and the backups keep
// one client object throughout: this handle forwards to the instance open now.

export interface ReopenablePglite {
  /** Stands for the instance open now; calls made while it reopens wait for the new one. */
  client: PGlite;
  /** Closes the instance and opens the folder again with the same options. */
  reopen(): Promise<void>;
}

export async function openReopenable(open: () => Promise<PGlite>): Promise<ReopenablePglite> {
  let current = await open();
  let reopening: Promise<void> | null = null;
  const client = new Proxy(Object.create(PGlite.prototype) as PGlite, {
    get(_target, property) {
      const value = Reflect.get(current, property, current) as unknown;
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        if (reopening) return reopening.then(() => Reflect.get(current, property, current).apply(current, args));
        return (value as (...a: unknown[]) => unknown).apply(current, args);
      };
    },
    set(_target, property, value) {
      return Reflect.set(current, property, value, current);
    },
  });
  return {
    client,
    reopen() {
      reopening ??= (async () => {
        try {
          await current.close();
          current = await open();
          collectGarbageNow();
        } finally {
          reopening = null;
        }
      })();
      return reopening;
    },
  };
}

/**
 * The closed instance's memory is outside V8's heap, so nothing urges a
 * collection: without one, it stayed resident beside the new instance.
 */
function collectGarbageNow(): void {
  v8.setFlagsFromString("--expose-gc");
  (vm.runInNewContext("gc") as () => void)();
}
