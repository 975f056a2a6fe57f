import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { monthSumFoldJob } from "@cunwu/server/scheduler/month-sum-fold-job";
import { freePort } from "../../support/ports";
import { spawnNodeWithStartSettings } from "../serve-as-start";

// The three servers of the district bench, each a child process of its own
// so none shares an event loop with the load client or with another:
// cunwu started as `pnpm start` starts it (the bundle server/dist/cunwu.mjs,
// rebuilt first if stale, NODE_ENV=production), PostGraphile 4 and the
// hand-written SQL ceiling.

const here = import.meta.dirname;
const serverDir = path.resolve(here, "../../../server");

export const benchAdmin = { username: "bench_admin", password: "cunwu-bench-admin-password" };
export const benchSecret = "cunwu-district-bench-secret-0123456789abcdef";

export interface Child {
  name: string;
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Stops the child; an exit before that is reported, since every later figure would be wrong. */
function stopper(child: ChildProcess, name: string): () => Promise<void> {
  let stopping = false;
  child.once("exit", (code, signal) => {
    if (!stopping) console.error(`\n${name} exited during the bench (${signal ?? `code ${code}`})`);
  });
  return () =>
    new Promise((resolve) => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
}

/** Waits until `ready()` answers true, or the child exits (then throws). */
async function waitUntil(child: ChildProcess, name: string, ready: () => Promise<boolean>): Promise<void> {
  let exited = false;
  child.once("exit", () => (exited = true));
  for (;;) {
    if (exited) throw new Error(`${name} exited before it was ready`);
    if (await ready().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * cunwu as production runs it; the loop probe (loop-probe.ts) is preloaded
 * so the bench can read the server's own event-loop delay over IPC.
 */
export async function startCunwu(databaseUrl: string): Promise<Child> {
  const port = await freePort();
  execFileSync(process.execPath, [path.join(serverDir, "../scripts/build-if-stale.mjs"), "server"], { stdio: "inherit" });
  // tsx only loads the probe (TypeScript); the server is the production
  // bundle, with the allocator settings `pnpm start` gives it.
  const profile = process.env.BENCH_CUNWU_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CUNWU_PROFILE}`] : [];
  const child = spawnNodeWithStartSettings([...profile, "--import", "tsx", "--import", path.join(here, "loop-probe.ts"), "dist/cunwu.mjs", "serve"], {
    cwd: serverDir,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      CUNWU_SECRET: process.env.CUNWU_SECRET ?? benchSecret,
      CUNWU_SEED: "never",
      CUNWU_ADMIN_USERNAME: benchAdmin.username,
      CUNWU_ADMIN_PASSWORD: benchAdmin.password,
      // One line per request at info would weigh on cunwu alone (PostGraphile logs nothing).
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "warn",
    },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(child, "cunwu", async () => (await fetch(`${url}/healthz`)).ok);
  // The scheduler's first tick runs at start; on a freshly generated district
  // it sends the notices of every assignment that fell due (~2,500, about a
  // minute). Measure after it: its last job (jobs.ts) has been counted.
  if (process.env.CUNWU_SCHEDULER_SECONDS !== "0") {
    const started = performance.now();
    const lastJob = `cunwu_scheduler_runs_total{job="${monthSumFoldJob.key}"`;
    const token = process.env.CUNWU_METRICS_TOKEN;
    const metrics = async () => (await fetch(`${url}/metrics`, token ? { headers: { authorization: `Bearer ${token}` } } : {})).text();
    await waitUntil(child, "cunwu's first scheduler tick", async () => (await metrics()).includes(lastJob));
    const waited = (performance.now() - started) / 1000;
    if (waited > 2) console.log(`cunwu's first scheduler tick took ${waited.toFixed(0)} s (notices the database had due); measuring after it`);
  }
  return { name: "cunwu", url, process: child, stop: stopper(child, "cunwu") };
}

/** A child script of this folder that sends `{ port }` over IPC once it listens. */
async function startScript(name: string, script: string, databaseUrl: string): Promise<Child> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(here, script)], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, NODE_ENV: "production", BENCH_DATABASE_URL: databaseUrl },
  });
  let port: number | undefined;
  child.on("message", (message: { port?: number }) => (port = message.port ?? port));
  await waitUntil(child, name, async () => port !== undefined);
  return { name, url: `http://127.0.0.1:${port}`, process: child, stop: stopper(child, name) };
}

export const startPostgraphile = (databaseUrl: string) => startScript("PostGraphile 4", "postgraphile-server.ts", databaseUrl);
export const startCeiling = (databaseUrl: string) => startScript("SQL ceiling", "ceiling-server.ts", databaseUrl);

export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

/** Asks the cunwu child's loop probe: "reset" starts a window, "read" ends it. */
export function loopProbe(child: Child, command: "reset" | "read"): Promise<LoopDelay> {
  return new Promise((resolve) => {
    const onMessage = (message: { loop?: LoopDelay }) => {
      if (!message.loop) return;
      child.process.off("message", onMessage);
      resolve(message.loop);
    };
    child.process.on("message", onMessage);
    child.process.send({ loopProbe: command });
  });
}
