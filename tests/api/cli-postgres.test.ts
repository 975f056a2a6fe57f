import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, testDatabaseKind, type TestDatabase } from "../support/database";

// The commands that only touch the database, on PostgreSQL as an operator
// runs them: `pnpm seed` and `pnpm migrate` with DATABASE_URL and no
// CUNWU_SECRET (they sign no tokens; only `serve` needs it).

const serverDir = fileURLToPath(new URL("../../server/", import.meta.url));

function runCli(command: string, env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("CUNWU_") && k !== "DATABASE_URL")) as Record<string, string>;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", command], { cwd: serverDir, env: { ...base, LOG_LEVEL: "warn", ...env } });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, out }));
  });
}

describe.skipIf(testDatabaseKind !== "postgres")("the database commands on PostgreSQL", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase("blank");
  });
  afterAll(() => database?.drop());

  it("migrate and seed need no CUNWU_SECRET; serve still does", async () => {
    const url = database.databaseUrl!;
    expect(await runCli("migrate", { DATABASE_URL: url })).toMatchObject({ code: 0 });
    const seeded = await runCli("seed", { DATABASE_URL: url });
    expect(seeded.code, seeded.out).toBe(0);
    expect(seeded.out).toContain("Demo district seeded");
    const again = await runCli("seed", { DATABASE_URL: url });
    expect(again.code).toBe(1);
    expect(again.out).toContain("already holds data");
    const serve = await runCli("serve", { DATABASE_URL: url, PORT: "0" });
    expect(serve.code).toBe(1);
    expect(serve.out.trim()).toBe("cunwu: CUNWU_SECRET is required with DATABASE_URL (several servers must share one secret)");
  });
});
