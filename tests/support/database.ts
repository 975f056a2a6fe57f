import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { adminUrl, databaseUrl, pgliteFixture, postgresFixture, type FixtureName } from "./fixtures";

export type TestDatabaseKind = "pglite" | "postgres";

/** Which database this test project runs on (vitest.config.ts sets it). */
export const testDatabaseKind: TestDatabaseKind = process.env.CUNWU_TEST_DATABASE === "postgres" ? "postgres" : "pglite";

export interface TestDatabase {
  /** Set on PostgreSQL: a database of its own. */
  databaseUrl?: string;
  /** On PGlite: a data folder of its own (a CUNWU_DATA_DIR). */
  dataDir: string;
  drop(): Promise<void>;
}

/**
 * Copies of PGlite data folders go to memory (/dev/shm) where it has room for
 * a few of them, else to the temporary folder.
 */
function copiesRoot(): string {
  try {
    const { bavail, bsize } = fs.statfsSync("/dev/shm");
    fs.accessSync("/dev/shm", fs.constants.W_OK);
    if (bavail * bsize > 2 ** 30) return "/dev/shm";
  } catch {
    // No /dev/shm here.
  }
  return os.tmpdir();
}

/**
 * A database of its own for one test, cloned from a fixture (see
 * fixtures.ts): a copied data folder on PGlite, a database made from the
 * fixture's template on PostgreSQL. Dropped afterwards.
 */
export async function freshDatabase(fixture: FixtureName, kind: TestDatabaseKind = testDatabaseKind): Promise<TestDatabase> {
  if (kind === "pglite") {
    const source = await pgliteFixture(fixture);
    const dataDir = fs.mkdtempSync(path.join(copiesRoot(), "cunwu-test-"));
    fs.cpSync(source, dataDir, { recursive: true });
    return { dataDir, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  const template = await postgresFixture(fixture);
  const name = `cunwu_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name} template "${template}"`);
  } finally {
    await admin.end();
  }
  return {
    databaseUrl: databaseUrl(name),
    dataDir: "memory://",
    async drop() {
      const sql = postgres(adminUrl(), { max: 1, onnotice: () => {} });
      await sql.unsafe(`drop database if exists ${name} with (force)`);
      await sql.end();
    },
  };
}
