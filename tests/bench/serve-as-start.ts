import { spawn, type ChildProcess, type SpawnOptions, type StdioOptions } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// The benchmarks' server is started as `pnpm start` starts it: the last step
// of the root package.json's start script (plain node on the bundle, with the
// allocator settings that script gives it), read from there rather than
// copied, so a figure measures what an operator runs.

export const root = path.resolve(import.meta.dirname, "../..");

/** `pnpm start`'s serving step, after the console and bundle are built when stale. */
function serveStep(): string {
  const scripts = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  const step = scripts.start!.split("&&").at(-1)!.trim();
  if (!/\bserver\/dist\/cunwu\.mjs serve$/.test(step)) throw new Error(`package.json's start script no longer ends by serving the bundle: "${step}"`);
  return step;
}

/** The environment without the caller's cunwu settings, plus `extra`. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith("CUNWU_") || key === "DATABASE_URL" || key === "PORT" || key === "HOST") delete env[key];
  return { ...env, ...extra };
}

/** The serving step's variable assignments (the allocator's settings) and its command. */
const servePieces = () => serveStep().match(/^((?:\w+=\S+\s+)*)(.*)$/)!.slice(1) as [string, string];

/** `command` after the serving step's assignments; `sh` execs it, so the child's pid is the server's (and an IPC channel passes). */
const spawnAfterStartSettings = (command: string, options: SpawnOptions): ChildProcess => spawn("sh", ["-c", `${servePieces()[0]}exec ${command}`], options);

/** The bundled server, as `pnpm start` runs it. */
export function spawnAsStart(extraEnv: Record<string, string>, stdio: StdioOptions): ChildProcess {
  return spawnAfterStartSettings(servePieces()[1], { cwd: root, env: cleanEnv(extraEnv), stdio });
}

/**
 * `node args…` with the start step's allocator settings: for a server that
 * needs node flags the start script does not give it (a profiler, a
 * preloaded probe).
 */
export function spawnNodeWithStartSettings(args: string[], options: SpawnOptions): ChildProcess {
  const quote = (arg: string) => `'${arg.replace(/'/g, "'\\''")}'`;
  return spawnAfterStartSettings([process.execPath, ...args].map(quote).join(" "), options);
}

export const ended = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once("close", () => resolve())));
