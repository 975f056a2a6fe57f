import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { testDatabaseKind } from "../support/database";
import { createHousehold } from "../support/ops/households";
import { patience } from "../support/patience";
import type { GraphQLResult } from "../support/server";
import { killProcessServers, runCli, serverCommand, startProcessServer, type ProcessServer } from "../support/process-server";

// The server as the README runs it (`pnpm start` runs the bundle,
// server/dist/cunwu.mjs, with plain node): real processes on the embedded
// database in a data folder. About the embedded default only, so not run
// again on PostgreSQL. The bundle is built first when it is stale, as
// `pnpm start` does.

const repoDir = fileURLToPath(new URL("../../", import.meta.url));
const demoPassword = "cunwu-demo-2026";
const demoUsernames = ["admin", "district", "township", "village", "dept", "resident"];

/** Runs the bundle's `<args>` to its end. */
const runBundle = (args: string[], env: Record<string, string>, timeout?: number) => runCli(args, env, { command: serverCommand.bundle, timeout });

interface Running extends ProcessServer {
  /** Until /healthz no longer says the demo is being seeded. */
  seeded(): Promise<void>;
}

/** Starts the bundle's `serve` on a data folder and waits until /healthz answers. */
async function serve(dataDir: string, env: Record<string, string> = {}): Promise<Running> {
  const server = await startProcessServer({ CUNWU_DATA_DIR: dataDir, ...env }, serverCommand.bundle);
  return {
    ...server,
    async seeded() {
      // The seed writes a year of history: bounded by the overall test bound, not one step's patience.
      const demo = () => fetch(`${server.url}/healthz`).then((r) => r.json() as Promise<{ demo?: string }>, () => ({ demo: "seeding" }));
      while ((await demo()).demo === "seeding") await new Promise((r) => setTimeout(r, 250));
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
  killProcessServers();
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
      expect(server.firstHealth).toEqual({ status: "ok", database: "pglite", demo: "seeding", lastBackup: null });
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

  it("the seeded year was vacuumed and analyzed by the scheduler's first run (the embedded database has no autovacuum)", async () => {
    const pg = await PGlite.create(path.join(dataDir, "pgdata"));
    try {
      const { rows } = await pg.query<{ relname: string; reltuples: number; relallvisible: number }>(
        `select relname, reltuples, relallvisible from pg_class where relname in ('households', 'point_entries') order by relname`,
      );
      expect(rows.map((r) => r.relname)).toEqual(["households", "point_entries"]);
      for (const row of rows) {
        expect(row.reltuples, `${row.relname} analyzed`).toBeGreaterThan(0);
        expect(row.relallvisible, `${row.relname} vacuumed`).toBeGreaterThan(0);
      }
    } finally {
      await pg.close();
    }
  });

  it("`cli.ts seed` refuses a data folder that holds data", async () => {
    const result = await runBundle(["seed"], { CUNWU_DATA_DIR: dataDir, LOG_LEVEL: "silent" });
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
        const result = await runBundle(["serve"], { PORT: "0", HOST: "127.0.0.1", CUNWU_DATA_DIR: dataDir, LOG_LEVEL: "info", ...env });
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
