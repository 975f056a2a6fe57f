import os from "node:os";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server";
import { loadConfig } from "@cunwu/server";
import { patience } from "../support/patience";
import { testDatabaseKind } from "../support/database";

// What an operator watches: /readyz (database reachable, migrations
// current), /healthz (alive) and /metrics in Prometheus's text format,
// answered to this machine only or with CUNWU_METRICS_TOKEN.

/** The value of one sample line of a Prometheus text answer, or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = (match[2] ?? "").split(",").filter(Boolean);
    if (wanted.every((label) => have.includes(label))) return Number(match[3]);
  }
  return undefined;
}

/** The rows of a raw query, from either driver. */
const rows = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

const named = (t: TestServer, operationName: string, query: string, token?: string) =>
  fetch(`${t.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ operationName, query }),
  });

describe("readiness and metrics", () => {
  let t: TestServer;

  beforeAll(async () => {
    // The scheduler on, to see its runs counted (its first run is at once).
    t = await startTestServer({ env: { CUNWU_SCHEDULER_SECONDS: "3600" } });
  });
  afterAll(() => t?.close());

  it("says alive and ready, without caching", async () => {
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok" });
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get("cache-control")).toBe("no-store");
    expect(await ready.json()).toMatchObject({ status: "ready", migrations: "current" });
  });

  it("counts requests by operation and status, times them, and reads the ledger's figures", async () => {
    const token = await t.login("admin");
    for (let i = 0; i < 3; i++) expect((await named(t, "MetricsProbe", "query MetricsProbe { me { id } }", token)).status).toBe(200);
    // Refused before it runs: counted with its own status.
    expect((await named(t, "BadProbe", "query BadProbe { nope }", token)).status).toBe(400);

    const answer = await fetch(`${t.url}/metrics`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await answer.text();
    expect(sample(text, "cunwu_http_requests_total", { route: "graphql", operation: "MetricsProbe", status: "200" })).toBe(3);
    expect(sample(text, "cunwu_http_requests_total", { route: "graphql", operation: "BadProbe", status: "400" })).toBe(1);
    expect(sample(text, "cunwu_http_request_duration_seconds_count", { route: "graphql", operation: "MetricsProbe" })).toBe(3);
    expect(sample(text, "cunwu_http_requests_total", { route: "readyz", status: "200" })).toBeGreaterThanOrEqual(1);
    // The scrape itself is the one request in flight.
    expect(sample(text, "cunwu_http_requests_in_flight")).toBe(1);
    expect(sample(text, "cunwu_process_resident_memory_bytes")).toBeGreaterThan(10 * 2 ** 20);
    expect(sample(text, "cunwu_db_connections", { state: "active" })).toBeGreaterThanOrEqual(1);

    const [ids] = rows<{ e: unknown; r: unknown }>(await t.server.connection.db.execute(sql`select (select max(id) from point_entries) as e, (select max(id) from redemptions) as r`));
    expect(sample(text, "cunwu_records_written", { record: "ledger_entries" })).toBe(Number(ids!.e ?? 0));
    expect(sample(text, "cunwu_records_written", { record: "redemptions" })).toBe(Number(ids!.r ?? 0));
  });

  it("counts the scheduler's runs by job", async () => {
    await expect
      .poll(async () => sample(await (await fetch(`${t.url}/metrics`)).text(), "cunwu_scheduler_runs_total", { job: "outbox", outcome: "done" }), { timeout: patience, interval: 200 })
      .toBe(1);
  });

  it.skipIf(testDatabaseKind !== "pglite")("backs the embedded database up at its first run, and tells the backup's age", async () => {
    await expect
      .poll(async () => sample(await (await fetch(`${t.url}/metrics`)).text(), "cunwu_scheduler_runs_total", { job: "backup", outcome: "done" }), { timeout: patience, interval: 200 })
      .toBe(1);
    const health = (await (await fetch(`${t.url}/healthz`)).json()) as { lastBackup: { at: string; bytes: number } | null };
    expect(health.lastBackup?.bytes).toBeGreaterThan(100_000);
    expect(Date.now() - Date.parse(health.lastBackup!.at)).toBeLessThan(patience);
    const age = sample(await (await fetch(`${t.url}/metrics`)).text(), "cunwu_backup_age_seconds");
    expect(age).toBeGreaterThanOrEqual(0);
    expect(age).toBeLessThan(patience / 1000);
  });

  it("shows the reports' slots and line: idle, then a report alone holding both slots while two wait", async () => {
    const scrape = async () => {
      const text = await (await fetch(`${t.url}/metrics`)).text();
      return { busy: sample(text, "cunwu_report_slots", { state: "busy" }), free: sample(text, "cunwu_report_slots", { state: "free" }), waiting: sample(text, "cunwu_reports_waiting") };
    };
    expect(await scrape()).toEqual({ busy: 0, free: 2, waiting: 0 });
    // PGlite's one connection would be the lock's: only PostgreSQL can hold a report back from outside.
    if (testDatabaseKind !== "postgres") return;
    const token = await t.login("district");
    const report = () => named(t, "HeldReport", "query HeldReport { civicReport { received } }", token);
    let answers: Response[] = [];
    await t.server.connection.db.transaction(async (tx) => {
      await tx.execute(sql`lock table civic_matters in access exclusive mode`);
      const asked = [report(), report(), report()];
      await expect.poll(scrape, { timeout: patience, interval: 100 }).toEqual({ busy: 2, free: 0, waiting: 2 });
      // The lock ends with this transaction; the three go on.
      void Promise.all(asked).then((all) => (answers = all));
    });
    await expect.poll(() => answers.length, { timeout: patience, interval: 100 }).toBe(3);
    for (const answer of answers) expect(answer.status).toBe(200);
    expect(await scrape()).toEqual({ busy: 0, free: 2, waiting: 0 });
  });

  it("is not ready while the database is behind this server's migrations, and says so", async () => {
    const db = t.server.connection.db;
    const last = Number(rows<{ last: unknown }>(await db.execute(sql`select max(created_at) as last from drizzle.__drizzle_migrations`))[0]!.last);
    await db.execute(sql`update drizzle.__drizzle_migrations set created_at = ${last - 1} where created_at = ${last}`);
    try {
      const behind = await fetch(`${t.url}/readyz`);
      expect(behind.status).toBe(503);
      expect(await behind.json()).toMatchObject({ status: "unavailable", migrations: "behind" });
      // Alive all the same: restarting it would not help.
      expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    } finally {
      await db.execute(sql`update drizzle.__drizzle_migrations set created_at = ${last} where created_at = ${last - 1}`);
    }
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
  });

  it("is not ready while the database holds a later server's migrations, and says so", async () => {
    const db = t.server.connection.db;
    const last = Number(rows<{ last: unknown }>(await db.execute(sql`select max(created_at) as last from drizzle.__drizzle_migrations`))[0]!.last);
    await db.execute(sql`update drizzle.__drizzle_migrations set created_at = ${last + 1} where created_at = ${last}`);
    try {
      const ahead = await fetch(`${t.url}/readyz`);
      expect(ahead.status).toBe(503);
      expect(await ahead.json()).toMatchObject({ status: "unavailable", migrations: "ahead" });
    } finally {
      await db.execute(sql`update drizzle.__drizzle_migrations set created_at = ${last} where created_at = ${last + 1}`);
    }
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
  });
});

describe("readiness when the database is gone", () => {
  it("answers 503 unknown while the process stays alive", async () => {
    const t = await startTestServer();
    try {
      // The database closed under the server (on PostgreSQL: its pool ended).
      await t.server.connection.close();
      const gone = await fetch(`${t.url}/readyz`);
      expect(gone.status).toBe(503);
      expect(await gone.json()).toMatchObject({ status: "unavailable", migrations: "unknown" });
      expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    } finally {
      await t.close().catch(() => {});
    }
  });
});

describe("the metrics token setting", () => {
  it("refuses a token shorter than 16 characters or with spaces, naming the setting", () => {
    for (const token of ["short", "fifteen-chars-x", "sixteen chars xx"]) {
      expect(() => loadConfig({ CUNWU_METRICS_TOKEN: token }), token).toThrow(/^CUNWU_METRICS_TOKEN must be at least 16 characters without spaces/);
    }
    expect(loadConfig({ CUNWU_METRICS_TOKEN: "sixteen-chars-xx" }).metricsToken).toBe("sixteen-chars-xx");
  });
});

describe("metrics behind a token", () => {
  let t: TestServer;
  const token = "scrape-me-please-0123456789";

  beforeAll(async () => {
    t = await startTestServer({ env: { CUNWU_METRICS_TOKEN: token } });
  });
  afterAll(() => t?.close());

  it("answers only with the token, even on this machine", async () => {
    const none = await fetch(`${t.url}/metrics`);
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({ error: "METRICS_TOKEN_REQUIRED" });
    expect((await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
    expect((await fetch(`${t.url}/metrics`, { headers: { authorization: "Bearer short" } })).status).toBe(401);
    const right = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain("cunwu_http_requests_total");
  });
});

/** An address of this machine other than loopback, if it has one. */
const outsideAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((a) => a && a.family === "IPv4" && !a.internal)?.address;

describe.skipIf(!outsideAddress)("metrics without a token", () => {
  let t: TestServer;

  beforeAll(async () => {
    // Listening on every address, behind a trusted proxy that could claim any client address.
    t = await startTestServer({ env: { HOST: "0.0.0.0", CUNWU_TRUST_PROXY: "1" } });
  });
  afterAll(() => t?.close());

  it("answers this machine only, whatever X-Forwarded-For says", async () => {
    const port = new URL(t.url).port;
    expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(200);
    const outside = await fetch(`http://${outsideAddress}:${port}/metrics`, { headers: { "x-forwarded-for": "127.0.0.1" } });
    expect(outside.status).toBe(403);
    expect(await outside.json()).toEqual({ error: "METRICS_LOOPBACK_ONLY" });
    // The rest of the server answers there as before.
    expect((await fetch(`http://${outsideAddress}:${port}/healthz`)).status).toBe(200);
  });
});
