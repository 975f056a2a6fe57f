import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestServer, type TestServer } from "../support/server";
import { freePort } from "../support/ports";
import { patience } from "../support/patience";
import { districtToday } from "../support/ops/keys";
import { serverDir } from "../support/process-server";

// A real Prometheus (Debian's package) scrapes a server with the README's
// deploy/prometheus.yml, its token in a file: the target is up, and what it
// stores is what happened — the requests made, the ledger entries written.
// A second job without the token is refused (401), so the token is what
// lets Prometheus in.

const prometheusInstalled = spawnSync("prometheus", ["--version"]).status === 0;
const metricsToken = "prometheus-test-token-0123456789";

interface Target {
  labels: { job: string };
  health: "up" | "down" | "unknown";
  lastError: string;
}

/** deploy/prometheus.yml with this test's target, token file and a 1 s interval, plus a job that sends no token. */
function scrapeConfig(target: string, tokenFile: string): string {
  let text = fs.readFileSync(path.join(serverDir, "..", "deploy", "prometheus.yml"), "utf8");
  const fill = (from: string, to: string) => {
    expect(text, `deploy/prometheus.yml has ${from}`).toContain(from);
    text = text.replace(from, to);
  };
  fill("scrape_interval: 15s", "scrape_interval: 1s");
  fill("/etc/prometheus/cunwu-metrics-token", tokenFile);
  fill(`["cunwu-1:4000", "cunwu-2:4000"]`, JSON.stringify([target]));
  return `${text}
  - job_name: cunwu-no-token
    static_configs:
      - targets: ${JSON.stringify([target])}
`;
}

describe.skipIf(!prometheusInstalled)("Prometheus scraping /metrics", () => {
  let t: TestServer;
  let prometheus: ChildProcess | undefined;
  let api: string;
  let log = "";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cunwu-prometheus-"));

  const targets = async (): Promise<Target[]> => {
    const body = (await (await fetch(`${api}/api/v1/targets?state=active`)).json()) as { data: { activeTargets: Target[] } };
    return body.data.activeTargets;
  };
  /** One instant query's single value (undefined while it has no sample). */
  const value = async (query: string): Promise<number | undefined> => {
    const body = (await (await fetch(`${api}/api/v1/query?query=${encodeURIComponent(query)}`)).json()) as {
      status: string;
      data: { result: { value: [number, string] }[] };
    };
    expect(body.status).toBe("success");
    const [first] = body.data.result;
    return first ? Number(first.value[1]) : undefined;
  };

  beforeAll(async () => {
    t = await startTestServer({ env: { CUNWU_METRICS_TOKEN: metricsToken } });
    const tokenFile = path.join(dir, "token");
    fs.writeFileSync(tokenFile, metricsToken, { mode: 0o600 });
    fs.writeFileSync(path.join(dir, "prometheus.yml"), scrapeConfig(`127.0.0.1:${t.server.port}`, tokenFile));
    const port = await freePort();
    api = `http://127.0.0.1:${port}`;
    prometheus = spawn(
      "prometheus",
      [`--config.file=${path.join(dir, "prometheus.yml")}`, `--storage.tsdb.path=${path.join(dir, "data")}`, `--web.listen-address=127.0.0.1:${port}`],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    prometheus.stderr!.on("data", (chunk: Buffer) => (log = (log + chunk).slice(-4000)));
    // Ready once it has read its configuration and opened its storage.
    await vi.waitFor(
      async () => {
        expect(prometheus!.exitCode, log).toBeNull();
        expect((await fetch(`${api}/-/ready`)).status).toBe(200);
      },
      { timeout: patience, interval: 250 },
    );
  });
  afterAll(async () => {
    if (prometheus && prometheus.exitCode === null) {
      const exited = new Promise((resolve) => prometheus!.once("exit", resolve));
      prometheus.kill("SIGTERM");
      await exited;
    }
    await t?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("scrapes the server with the token, and is refused without it", async () => {
    await vi.waitFor(
      async () => {
        const byJob = Object.fromEntries((await targets()).map((target) => [target.labels.job, target]));
        expect(byJob.cunwu?.health, JSON.stringify(byJob.cunwu)).toBe("up");
        expect(byJob["cunwu-no-token"]?.health).toBe("down");
        expect(byJob["cunwu-no-token"]?.lastError).toMatch(/401/);
      },
      { timeout: patience, interval: 500 },
    );
    expect(await value(`up{job="cunwu"}`)).toBe(1);
    expect(await value(`up{job="cunwu-no-token"}`)).toBe(0);
  });

  it("stores the requests made and the ledger entries written, as the server counted them", async () => {
    const admin = await t.login("admin");
    // Five requests under a name of their own, as a client names its operations.
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${t.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
        body: JSON.stringify({ operationName: "WatchedByPrometheus", query: "query WatchedByPrometheus { me { username } }" }),
      });
      expect(response.status).toBe(200);
    }
    // One award in a village without publicity: one new ledger entry.
    const village = await t.ok<{ villages: { items: { id: string }[] } }>(`{ villages(filter: { q: "PC03" }) { items { id } } }`, {}, admin);
    const households = await t.ok<{ households: { items: { id: string }[] } }>(
      `query ($v: ID!) { households(filter: { villageId: $v, status: ACTIVE }, perPage: 1) { items { id } } }`,
      { v: village.villages.items[0]!.id },
      admin,
    );
    const input = { householdIds: [households.households.items[0]!.id], points: 3, reason: "Prometheus 看得见的奖励", deedDate: districtToday(), idempotencyKey: `prometheus-${Date.now()}` };
    const award = await t.ok<{ awardPoints: { entries: { id: string }[] } }>(`mutation ($input: AwardPointsInput!) { awardPoints(input: $input) { entries { id } } }`, { input }, admin);
    const entryId = Number(award.awardPoints.entries[0]!.id);
    const result = await t.server.connection.db.execute(sql`select max(id) as id from point_entries`);
    const [newest] = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { id: unknown }[];
    expect(Number(newest!.id)).toBe(entryId);

    await vi.waitFor(
      async () => {
        expect(await value(`sum(cunwu_http_requests_total{job="cunwu", route="graphql", operation="WatchedByPrometheus", status="200"})`)).toBe(5);
        expect(await value(`cunwu_records_written{job="cunwu", record="ledger_entries"}`)).toBe(entryId);
      },
      { timeout: patience, interval: 500 },
    );
    // Prometheus's own view of its scrapes of the server: each answered in well under its 1 s interval.
    expect(await value(`scrape_duration_seconds{job="cunwu"}`)).toBeLessThan(1);
  });
});
