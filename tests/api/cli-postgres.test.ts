import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, testDatabaseKind, type TestDatabase } from "../support/database";
import { patience } from "../support/patience";
import postgres from "postgres";
import { runCli } from "../support/process-server";

// The commands that only touch the database, on PostgreSQL as an operator
// runs them: `pnpm seed`, `pnpm migrate` and `pnpm rebuild-sums` with
// DATABASE_URL and no CUNWU_SECRET (they sign no tokens; only `serve` needs it).

describe.skipIf(testDatabaseKind !== "postgres")("the database commands on PostgreSQL", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase("blank");
  });
  afterAll(() => database?.drop());

  it("migrate, seed and rebuild-sums need no CUNWU_SECRET; serve still does", async () => {
    const url = database.databaseUrl!;
    expect(await runCli(["migrate"], { DATABASE_URL: url })).toMatchObject({ code: 0 });
    // The demo's year of history: minutes on a loaded machine.
    const seeded = await runCli(["seed"], { DATABASE_URL: url }, { timeout: 10 * patience });
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stdout).toContain("Demo district seeded");
    const again = await runCli(["seed"], { DATABASE_URL: url });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already holds data");
    // The reports' rollups, rebuilt on demand; a command run with another zone re-dates the redeemer rollup first.
    const rebuilt = await runCli(["rebuild-sums"], { DATABASE_URL: url, LOG_LEVEL: "info" });
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(rebuilt.stdout).toContain("the reports' monthly sums rebuilt from the ledger");
    expect(rebuilt.stdout).toContain("the reports' redeemers by year rebuilt from the redemptions");
    expect(rebuilt.stdout).toContain("the reports' household counts rebuilt from the households");
    const zone = async () => {
      const sql = postgres(url, { max: 1, onnotice: () => {} });
      try {
        return (await sql<{ zone: string }[]>`select district_timezone() as zone`)[0]!.zone;
      } finally {
        await sql.end();
      }
    };
    expect(await zone()).toBe("Asia/Shanghai");
    expect(await runCli(["migrate"], { DATABASE_URL: url, CUNWU_TIMEZONE: "America/Los_Angeles" })).toMatchObject({ code: 0 });
    expect(await zone()).toBe("America/Los_Angeles");
    const serve = await runCli(["serve"], { DATABASE_URL: url, PORT: "0" });
    expect(serve.code).toBe(1);
    expect(serve.stderr.trim()).toBe("cunwu: CUNWU_SECRET is required with DATABASE_URL (several servers must share one secret)");
  });
});
