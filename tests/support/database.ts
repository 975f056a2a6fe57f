import crypto from "node:crypto";
import postgres from "postgres";

export type TestDatabaseKind = "pglite" | "postgres";

/** Which database this test project runs on (vitest.config.ts sets it). */
export const testDatabaseKind: TestDatabaseKind = process.env.CUNWU_TEST_DATABASE === "postgres" ? "postgres" : "pglite";

export interface TestDatabase {
  /** Set on PostgreSQL: a database of its own. */
  databaseUrl?: string;
  /** "memory://" on PGlite. */
  dataDir: string;
  drop(): Promise<void>;
}

/** A fresh, empty database: in-memory PGlite, or a new PostgreSQL database dropped afterwards. */
export async function freshDatabase(kind: TestDatabaseKind = testDatabaseKind): Promise<TestDatabase> {
  if (kind === "pglite") return { dataDir: "memory://", drop: async () => {} };
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `cunwu_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    dataDir: "memory://",
    async drop() {
      const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await sql.unsafe(`drop database if exists ${name} with (force)`);
      await sql.end();
    },
  };
}
