import { defineConfig } from "vitest/config";

// Every suite runs on embedded PGlite; with TEST_DATABASE_URL set (as .ci/run
// does) it runs again on PostgreSQL. Each test file gets a fresh database.
const postgresUrl = process.env.TEST_DATABASE_URL;

const project = (name: string, env: Record<string, string>) => ({
  extends: true as const,
  test: { name, env },
});

export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**"],
    setupFiles: ["./support/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: one worker per core, files in parallel, tests in a file in order.
    pool: "forks",
    maxWorkers: 2,
    projects: [
      project("pglite", { CUNWU_TEST_DATABASE: "pglite" }),
      ...(postgresUrl ? [project("postgres", { CUNWU_TEST_DATABASE: "postgres", TEST_DATABASE_URL: postgresUrl })] : []),
    ],
  },
});
