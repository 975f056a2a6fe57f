import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { printTable } from "./report";
import { freePort } from "../support/ports";
import { ended, root, spawnAsStart } from "./serve-as-start";

// `pnpm bench start`: the production start as `pnpm start` runs it (the
// bundled server with plain node, on the embedded database), from a fresh
// temporary data folder (cold: a copy of the build's cluster template,
// migrations, then the demo seed after it answers) and again on that folder
// (warm), beside the goals and an anchor measured in the same run: PGlite
// alone, opened by a bare node (fresh: initdb).

const goals = { seconds: 10, rssMb: 300 };
/** The demo users' password when CUNWU_DEMO_PASSWORD is unset, as `pnpm start` seeds them. */
const demoPassword = "cunwu-demo-2026";

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;

/** Resident and peak resident memory of a process, in kB (Linux /proc, else ps). */
function memoryOf(pid: number): { rss: number; peak: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string) => Number(status.match(new RegExp(`${name}:\\s+(\\d+)`))?.[1] ?? 0);
    return { rss: field("VmRSS"), peak: field("VmHWM") };
  } catch {
    const rss = Number(execFileSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" }).trim());
    return { rss, peak: rss };
  }
}

/** Milliseconds from spawning a bare node that opens PGlite on `dataDir` to its first `select 1`. */
async function pgliteAlone(dataDir: string): Promise<{ ms: number; rss: number }> {
  const script = `import { PGlite } from "@electric-sql/pglite";
const pg = await PGlite.create(process.argv[1]); await pg.query("select 1");
process.stdout.write("ready\\n"); await new Promise((r) => process.stdin.once("data", r)); await pg.close(); process.exit(0);`;
  const started = performance.now();
  const child = spawn(process.execPath, ["--input-type=module", "-e", script, dataDir], { cwd: import.meta.dirname, stdio: ["pipe", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
    child.once("close", (code) => reject(new Error(`PGlite alone exited with ${code}`)));
  });
  const ms = performance.now() - started;
  const { rss } = memoryOf(child.pid!);
  child.stdin!.write("done\n");
  await ended(child);
  return { ms, rss };
}

interface StartFigures {
  /** Spawn to the first 200 from /healthz. */
  healthyMs: number;
  rssAtHealthy: number;
  /** Spawn to /healthz without `demo: "seeding"`, when this start seeded. */
  seededMs?: number;
  /** After a login and a few reads. */
  rssAfterRequests: number;
  peak: number;
}

async function startOnce(dataDir: string): Promise<StartFigures> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawnAsStart({ PORT: String(port), HOST: "127.0.0.1", CUNWU_DATA_DIR: dataDir, LOG_LEVEL: "warn" }, ["ignore", "ignore", "inherit"]);
  try {
    const health = async () => fetch(`${url}/healthz`).then((r) => (r.ok ? (r.json() as Promise<{ demo?: string }>) : undefined), () => undefined);
    let answer = await health();
    while (!answer) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
      await new Promise((r) => setTimeout(r, 25));
      answer = await health();
    }
    const healthyMs = performance.now() - started;
    const rssAtHealthy = memoryOf(child.pid!).rss;
    let seededMs: number | undefined;
    if (answer.demo) {
      while ((await health())?.demo) await new Promise((r) => setTimeout(r, 200));
      seededMs = performance.now() - started;
    }
    const gql = async (query: string, token?: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as { data?: any; errors?: unknown[] };
    };
    const login = await gql(`mutation { login(username: "admin", password: "${demoPassword}") { token } }`);
    const token = login.data?.login?.token as string | undefined;
    if (!token) throw new Error(`login failed: ${JSON.stringify(login.errors)}`);
    for (let i = 0; i < 5; i++) {
      await gql(`{ households(perPage: 50) { total items { id headName balance } } }`, token);
      await gql(`{ villages(perPage: 50) { total items { id name } } }`, token);
    }
    const after = memoryOf(child.pid!);
    return { healthyMs, rssAtHealthy, seededMs, rssAfterRequests: after.rss, peak: after.peak };
  } finally {
    child.kill("SIGTERM");
    await ended(child);
  }
}

export async function startFigures(): Promise<void> {
  // As `pnpm start` does: build the console and the bundle only when stale.
  execFileSync(process.execPath, [path.join(root, "scripts/build-if-stale.mjs"), "console", "server"], { cwd: root, stdio: "inherit" });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "cunwu-start-"));
  try {
    const anchor = await pgliteAlone(path.join(scratch, "alone"));
    const anchorWarm = await pgliteAlone(path.join(scratch, "alone"));
    const dataDir = path.join(scratch, "data");
    const cold = await startOnce(dataDir);
    console.log(`cold start: /healthz after ${seconds(cold.healthyMs)}, seeded after ${cold.seededMs ? seconds(cold.seededMs) : "-"}`);
    const warm = await startOnce(dataDir);
    console.log(`\nStart (bundled server, embedded database; load average ${os.loadavg()[0]!.toFixed(1)}, ${os.cpus().length} cores)\n`);
    printTable(
      ["start", "to /healthz", "demo seeded", "RSS at /healthz", "RSS after requests", "peak RSS", "goal"],
      [
        ["cold (fresh folder)", seconds(cold.healthyMs), cold.seededMs ? seconds(cold.seededMs) : "-", mb(cold.rssAtHealthy), mb(cold.rssAfterRequests), mb(cold.peak), `≤ ${goals.seconds} s, ≤ ${goals.rssMb} MB`],
        ["warm (same folder)", seconds(warm.healthyMs), "-", mb(warm.rssAtHealthy), mb(warm.rssAfterRequests), mb(warm.peak), `≤ ${goals.seconds} s, ≤ ${goals.rssMb} MB`],
        ["anchor: PGlite alone, fresh", seconds(anchor.ms), "-", mb(anchor.rss), "-", "-", ""],
        ["anchor: PGlite alone, existing", seconds(anchorWarm.ms), "-", mb(anchorWarm.rss), "-", "-", ""],
      ],
    );
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
