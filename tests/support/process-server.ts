import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { patience } from "./patience";
import { freePort } from "./ports";
import type { GraphQLResult } from "./server";

// A server as its own process (`cli serve`), spoken to over HTTP only: what
// start-up, signals, metrics and a load balancer need, which a server inside
// the test's process cannot show.

export const serverDir = fileURLToPath(new URL("../../server/", import.meta.url));

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface ProcessServer {
  url: string;
  port: number;
  /** The first answer of /healthz. */
  firstHealth: { status: string; demo?: string };
  child: ChildProcess;
  output(): { stdout: string; stderr: string };
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>>;
  login(username: string, password: string): Promise<string>;
  /** Sends the signal (SIGTERM by default) and waits for the process's end. */
  stop(signal?: NodeJS.Signals): Promise<Finished>;
  /** The process's end, whenever it comes. */
  exited: Promise<Finished>;
}

/** The environment without any cunwu setting of the test run's own. */
export function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith("CUNWU_") || key === "DATABASE_URL" || key === "PORT" || key === "HOST" || key === "NODE_ENV") delete env[key];
  }
  return env;
}

/** How to run the server: the bundle `pnpm start` runs (build it first), or the sources through tsx. */
export const serverCommand = {
  bundle: (...args: string[]) => ["dist/cunwu.mjs", ...args],
  sources: (...args: string[]) => ["--import", "tsx", "src/cli.ts", ...args],
};

/**
 * Runs one `cli` command (backup, restore, seed, …) to its end, as a user at
 * the shell would: the sources by default, or the bundle `pnpm start` runs.
 */
export function runCli(args: string[], env: Record<string, string>, options: { command?: (...args: string[]) => string[]; timeout?: number } = {}): Promise<Finished> {
  const { command = serverCommand.sources, timeout = patience } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command(...args), { cwd: serverDir, env: { ...baseEnv(), LOG_LEVEL: "warn", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`cli ${args.join(" ")} did not finish in ${timeout} ms:\n${stdout}\n${stderr}`));
    }, timeout);
    child.once("error", reject);
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

const running = new Set<ChildProcess>();

/** Ends every server process still running (a failed test's). */
export function killProcessServers(): void {
  for (const child of running) child.kill("SIGKILL");
}

/** Starts `cli serve` with `env` (its database, settings) on a free port and waits until /healthz answers. */
export async function startProcessServer(env: Record<string, string>, command: (...args: string[]) => string[] = serverCommand.sources): Promise<ProcessServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, command("serve"), {
    cwd: serverDir,
    env: { ...baseEnv(), PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<Finished>((resolve) =>
    child.once("close", (code, signal) => {
      running.delete(child);
      resolve({ code, signal, stdout, stderr });
    }),
  );

  const health = () =>
    fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => (r.ok ? (r.json() as Promise<ProcessServer["firstHealth"]>) : undefined),
      () => undefined,
    );
  const deadline = Date.now() + patience;
  let firstHealth: ProcessServer["firstHealth"] | undefined;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const end = await exited;
      throw new Error(`the server exited (${end.code ?? end.signal}) before it answered:\n${end.stdout}\n${end.stderr}`);
    }
    firstHealth = await health();
    if (firstHealth) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the server did not answer /healthz in time:\n${stdout}\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(`${url}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as GraphQLResult<T>;
  };
  return {
    url,
    port,
    firstHealth: firstHealth!,
    child,
    output: () => ({ stdout, stderr }),
    gql,
    async login(username, password) {
      const result = await gql<{ login: { token: string } }>(
        `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
        { u: username, p: password },
      );
      if (!result.data?.login) throw new Error(`login as ${username} failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    async stop(signal = "SIGTERM") {
      child.kill(signal);
      return exited;
    },
    exited,
  };
}
