import type { TestDatabaseKind } from "../support/database";
import type { FixtureName } from "../support/fixtures";
import { startTestServer, type TestServer } from "../support/server";

/**
 * Runs a benchmark on a test server over PGlite, and over PostgreSQL too when
 * TEST_DATABASE_URL is set (as .ci/run sets it), one after the other.
 */
export async function onEachDatabase(fixture: FixtureName, bench: (server: TestServer, label: string) => Promise<void>): Promise<void> {
  const kinds: TestDatabaseKind[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
  for (const kind of kinds) {
    const server = await startTestServer({ fixture, databaseKind: kind });
    try {
      await bench(server, kind === "pglite" ? "PGlite (embedded)" : "PostgreSQL");
    } finally {
      await server.close();
    }
  }
}
