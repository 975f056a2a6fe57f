import { spawn } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";

// Before any test file: the database fixtures of every database kind in this
// run exist (built in parallel, one process per kind, or reused when their
// content hash matches). Vitest calls this once per project; the first call
// does the work for all of them.

const testsDir = path.resolve(import.meta.dirname, "..");

function build(kind: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "support/build-fixtures.ts", kind], {
      cwd: testsDir,
      // The server's decorators need the shared compiler settings (as `pnpm bench` uses).
      env: { ...process.env, TSX_TSCONFIG_PATH: path.join(testsDir, "../tsconfig.base.json") },
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.once("error", reject);
    child.once("close", (code) => (code === 0 ? resolve() : reject(new Error(`building the ${kind} fixtures failed (exit ${code})`))));
  });
}

const shared = globalThis as { cunwuFixtures?: Promise<void> };

export default async function setup(project: TestProject): Promise<void> {
  const kinds = new Set(project.vitest.projects.map((p) => p.config.env.CUNWU_TEST_DATABASE ?? "pglite"));
  shared.cunwuFixtures ??= Promise.all([...kinds].map(build)).then(() => {});
  await shared.cunwuFixtures;
}
