// type-graphql needs the Reflect metadata API before any decorated class loads (the seed uses services).
import "reflect-metadata";
import { ensureFixtures } from "./fixtures";
import type { TestDatabaseKind } from "./database";

// `node --import tsx support/build-fixtures.ts pglite|postgres`: builds that
// kind's fixtures unless they exist. The test run's global set-up starts one
// process per kind, so both build at once on two cores.

const kind = process.argv[2] as TestDatabaseKind;
if (kind !== "pglite" && kind !== "postgres") {
  console.error("usage: build-fixtures.ts pglite|postgres");
  process.exit(2);
}
const started = performance.now();
const outcome = await ensureFixtures(kind);
console.log(`fixtures on ${kind}: ${outcome} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(0);
