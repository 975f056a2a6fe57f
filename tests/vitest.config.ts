import { defineConfig } from "vitest/config";
import { overallBound } from "./support/patience";
import LongestFirst from "./support/sequencer";

// Every suite runs on embedded PGlite; with TEST_DATABASE_URL set (as .ci/run
// does) it runs again on PostgreSQL. Each test file's databases are cloned
// from fixtures built once per run (support/global-setup.ts).
const postgresUrl = process.env.TEST_DATABASE_URL;

const project = (name: string, env: Record<string, string>, exclude: string[] = []) => ({
  extends: true as const,
  test: { name, env, exclude: ["node_modules/**", ...exclude] },
});

export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**"],
    globalSetup: ["./support/global-setup.ts"],
    setupFiles: ["./support/setup.ts"],
    // Tests wait for readiness, step by step (support/patience.ts); these
    // bounds only end a run that is stuck, never a slow one.
    testTimeout: overallBound,
    hookTimeout: overallBound,
    teardownTimeout: overallBound,
    // Two cores: one worker per core, files in parallel (longest first,
    // across both databases), tests in a file in order.
    pool: "forks",
    maxWorkers: 2,
    // A worker keeps the modules it loaded from one file to the next: each
    // file loaded the server's code anew before, a third of the run's time.
    // Test files share no state but the code (each starts its own server).
    isolate: false,
    sequence: { sequencer: LongestFirst },
    reporters: ["default", "./support/slowest-reporter.ts"],
    projects: [
      project("pglite", { CUNWU_TEST_DATABASE: "pglite" }),
      // Only what a database can change runs again on PostgreSQL: not the
      // console's own logic, the browser tests or the embedded start-up.
      ...(postgresUrl
        ? [project("postgres", { CUNWU_TEST_DATABASE: "postgres", TEST_DATABASE_URL: postgresUrl }, ["admin/**", "e2e/**", "api/startup.test.ts"])]
        : []),
    ],
  },
});
