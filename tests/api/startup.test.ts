import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "../support/database";
import { createHousehold } from "../support/ops/households";
import { patience } from "../support/patience";
import type { GraphQLResult } from "../support/server";
import { freePort } from "../support/ports";

// The server as the README runs it (`pnpm start` runs the bundle,
// server/dist/cunwu.mjs, with plain node): real processes on the embedded
// database in a data folder. About the embedded default only, so not run
// again on PostgreSQL. The bundle is built first when it is stale, as
// `pnpm start` does.

const serverDir = fileURLToPath(new URL("../../server/", import.meta.url));
const repoDir = fileURLToPath(new URL("../../", import.meta.url));
const cli = (...args: string[]) => ["dist/cunwu.mjs", ...args];
const demoPassword = "cunwu-demo-2026";
const demoUsernames = ["admin", "district", "township", "village", "dept", "resident"];

/** The environment without any cunwu setting of the test run's own. */
function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith("CUNWU_") || key === "DATABASE_URL" || key === "PORT" || key === "HOST" || key === "NODE_ENV") delete env[key];
  }
  return env;
}

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `cli.ts <args>` to its end. */
function runCli(args: string[], env: Record<string, string>, timeout = patience): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, cli(...args), { cwd: serverDir, env: { ...baseEnv(), ...env }, stdio: ["ignore", "pipe", "pipe"] });
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

interface Running {
  url: string;
  /** The first answer of /healthz. */
  firstHealth: { status: string; demo?: string };
  /** Until /healthz no longer says the demo is being seeded. */
  seeded(): Promise<void>;
  child: ChildProcess;
  output(): { stdout: string; stderr: string };
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>>;
  login(username: string, password: string): Promise<string>;
  /** SIGTERM, and the process's end. */
  stop(): Promise<Finished>;
}

const running = new Set<ChildProcess>();

/** Starts `cli.ts serve` on a data folder and waits until /healthz answers. */
async function serve(dataDir: string, env: Record<string, string> = {}): Promise<Running> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, cli("serve"), {
    cwd: serverDir,
    env: { ...baseEnv(), PORT: String(port), HOST: "127.0.0.1", CUNWU_DATA_DIR: dataDir, LOG_LEVEL: "info", ...env },
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
      (r) => (r.ok ? (r.json() as Promise<Running["firstHealth"]>) : undefined),
      () => undefined,
    );
  const deadline = Date.now() + patience;
  let firstHealth: Running["firstHealth"] | undefined;
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
    firstHealth: firstHealth!,
    async seeded() {
      // The seed writes a year of history: bounded by the overall test bound, not one step's patience.
      while ((await health())?.demo === "seeding") await new Promise((r) => setTimeout(r, 250));
    },
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
    async stop() {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

const tempDirs: string[] = [];
const tempDir = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cunwu-${name}-`));
  tempDirs.push(dir);
  return dir;
};

beforeAll(() => {
  if (testDatabaseKind !== "postgres") execFileSync(process.execPath, ["scripts/build-if-stale.mjs", "server"], { cwd: repoDir, stdio: "inherit" });
});

afterAll(() => {
  for (const child of running) child.kill("SIGKILL");
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

const householdTotal = `{ households(perPage: 1) { total } }`;

describe.skipIf(testDatabaseKind === "postgres")("start-up on the embedded database", () => {
  let dataDir: string;
  let villageToken: string;
  let householdId: string;
  let totalBefore: number;
  let secret: string;

  beforeAll(() => {
    dataDir = tempDir("data");
  });

  it("on an empty data folder: migrates and answers, seeds the demo district meanwhile, prints its logins once", async () => {
    const server = await serve(dataDir);
    try {
      // Answering before the seed ends: /healthz says so, and the API answers at once that it is starting.
      expect(server.firstHealth).toEqual({ status: "ok", database: "pglite", demo: "seeding" });
      const early = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `mutation { login(username: "admin", password: "${demoPassword}") { token } }` }),
      });
      const earlyBody = (await early.json()) as GraphQLResult;
      if ((await fetch(`${server.url}/healthz`).then((r) => r.json()))?.demo === "seeding") {
        expect(early.status).toBe(503);
        expect(earlyBody.errors?.[0]?.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", reason: "STARTING" });
      }
      expect(server.output().stdout).not.toContain("Demo district seeded");

      await server.seeded();
      await expect.poll(() => server.output().stdout, { timeout: patience }).toContain("Demo district seeded");
      const { stdout } = server.output();
      expect(stdout).toContain("Demo district seeded");
      expect(stdout).toContain(demoPassword);
      for (const username of demoUsernames) expect(stdout).toMatch(new RegExp(`^\\s+${username}\\s+[A-Z_]+\\s`, "m"));

      villageToken = await server.login("village", demoPassword);
      const me = await server.gql<{ me: { username: string; role: string; villageId: string } }>(
        `{ me { username role villageId } }`,
        {},
        villageToken,
      );
      expect(me.data?.me).toMatchObject({ username: "village", role: "VILLAGE_COMMITTEE" });

      const adminToken = await server.login("admin", demoPassword);
      const all = await server.gql<{ households: { total: number } }>(householdTotal, {}, adminToken);
      totalBefore = all.data!.households.total;
      expect(totalBefore).toBeGreaterThanOrEqual(180);
      expect(totalBefore).toBeLessThanOrEqual(220);

      const created = await server.gql<{ createHousehold: { id: string } }>(
        createHousehold.document,
        { input: { villageId: me.data!.me.villageId, number: "STARTUP-001", headName: "重启户", memberCount: 3 } },
        villageToken,
      );
      expect(created.errors).toBeUndefined();
      householdId = created.data!.createHousehold.id;

      const secretFile = path.join(dataDir, "secret");
      expect(fs.existsSync(secretFile), "a secret file in the data folder").toBe(true);
      secret = fs.readFileSync(secretFile, "utf8");
      expect(secret.trim().length).toBeGreaterThanOrEqual(32);
      expect(fs.statSync(secretFile).mode & 0o077, "the secret is readable by its owner only").toBe(0);
    } finally {
      const end = await server.stop();
      expect(end.code, `SIGTERM ends the server with 0:\n${end.stderr}`).toBe(0);
    }
  });

  it("`cli.ts seed` refuses a data folder that holds data", async () => {
    const result = await runCli(["seed"], { CUNWU_DATA_DIR: dataDir, LOG_LEVEL: "silent" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/already holds data/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).not.toContain("Demo district seeded");
  });

  it("on a restart: keeps the data and the secret, prints no logins, and creates CUNWU_ADMIN_USERNAME", async () => {
    const server = await serve(dataDir, { CUNWU_ADMIN_USERNAME: "boss", CUNWU_ADMIN_PASSWORD: "first-boss-password" });
    try {
      expect(server.output().stdout).not.toContain("Demo district seeded");
      expect(fs.readFileSync(path.join(dataDir, "secret"), "utf8")).toBe(secret);

      // The token from before the restart still works: the secret was kept.
      const household = await server.gql<{ household: { number: string; headName: string } }>(
        `query ($id: ID!) { household(id: $id) { number headName } }`,
        { id: householdId },
        villageToken,
      );
      expect(household.errors).toBeUndefined();
      expect(household.data?.household).toEqual({ number: "STARTUP-001", headName: "重启户" });

      // Nothing was seeded twice (neither by start-up nor by the refused `seed`).
      const bossToken = await server.login("boss", "first-boss-password");
      const all = await server.gql<{ households: { total: number } }>(householdTotal, {}, bossToken);
      expect(all.data?.households.total).toBe(totalBefore + 1);
      const me = await server.gql<{ me: { role: string } }>(`{ me { role } }`, {}, bossToken);
      expect(me.data?.me.role).toBe("DISTRICT_ADMIN");
    } finally {
      const end = await server.stop();
      expect(end.code, end.stderr).toBe(0);
    }
  });

  it("on another restart with another CUNWU_ADMIN_PASSWORD: resets that admin's password", async () => {
    const server = await serve(dataDir, { CUNWU_ADMIN_USERNAME: "boss", CUNWU_ADMIN_PASSWORD: "second-boss-password" });
    try {
      const old = await server.gql(
        `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
        { u: "boss", p: "first-boss-password" },
      );
      expect(old.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
      await server.login("boss", "second-boss-password");
      // The demo users are untouched.
      await server.login("village", demoPassword);
    } finally {
      const end = await server.stop();
      expect(end.code, end.stderr).toBe(0);
    }
  });
});

describe.skipIf(testDatabaseKind === "postgres")("a bad setting", () => {
  const cases: [string, Record<string, string>][] = [
    ["PORT", { PORT: "abc" }],
    ["CUNWU_SECRET", { CUNWU_SECRET: "short" }],
    ["DATABASE_URL", { DATABASE_URL: "mysql://x" }],
    ["CUNWU_SEED", { CUNWU_SEED: "sometimes" }],
  ];

  it("stops the server with exit code 1 and one line naming the setting, no stack, nothing written", async () => {
    const results = await Promise.all(
      cases.map(async ([setting, env]) => {
        const dataDir = tempDir("bad");
        const result = await runCli(["serve"], { PORT: "0", HOST: "127.0.0.1", CUNWU_DATA_DIR: dataDir, LOG_LEVEL: "info", ...env });
        return { setting, dataDir, result };
      }),
    );
    for (const { setting, dataDir, result } of results) {
      expect(result.code, `${setting}: ${result.stderr}`).toBe(1);
      const lines = result.stderr.trim().split("\n");
      expect(lines, `${setting}: one line on stderr`).toHaveLength(1);
      expect(lines[0]).toContain(setting);
      expect(result.stderr).not.toMatch(/\bat .+:\d+|Error:/);
      expect(result.stdout).not.toContain("listening");
      expect(fs.readdirSync(dataDir), `${setting}: nothing in the data folder`).toEqual([]);
    }
  });
});
