import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, testDatabaseKind, type TestDatabase } from "../support/database";
import { patience } from "../support/patience";
import { runCli } from "../support/process-server";

// The commands that only touch the database, on PostgreSQL as an operator
// runs them: `pnpm seed` and `pnpm migrate` with DATABASE_URL and no
// CUNWU_SECRET (they sign no tokens; only `serve` needs it).

describe.skipIf(testDatabaseKind !== "postgres")("the database commands on PostgreSQL", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase("blank");
  });
  afterAll(() => database?.drop());

  it("migrate and seed need no CUNWU_SECRET; serve still does", async () => {
    const url = database.databaseUrl!;
    expect(await runCli(["migrate"], { DATABASE_URL: url })).toMatchObject({ code: 0 });
    // The demo's year of history: minutes on a loaded machine.
    const seeded = await runCli(["seed"], { DATABASE_URL: url }, { timeout: 10 * patience });
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stdout).toContain("Demo district seeded");
    const again = await runCli(["seed"], { DATABASE_URL: url });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already holds data");
    const serve = await runCli(["serve"], { DATABASE_URL: url, PORT: "0" });
    expect(serve.code).toBe(1);
    expect(serve.stderr.trim()).toBe("cunwu: CUNWU_SECRET is required with DATABASE_URL (several servers must share one secret)");
  });
});
