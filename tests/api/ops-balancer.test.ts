import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, testDatabaseKind, type TestDatabase } from "../support/database";
import { demoPassword, testSecret } from "../support/constants";
import { districtToday } from "../support/ops/keys";
import { patience } from "../support/patience";
import { freePort } from "../support/ports";
import { killProcessServers, serverDir, startProcessServer, type ProcessServer } from "../support/process-server";
import type { GraphQLResult } from "../support/server";

// Three server processes on one PostgreSQL database behind HAProxy (Debian's
// package, deploy/haproxy.cfg as the README gives it), everything sent
// through the balancer: a token from one process works on the others, one
// idempotency key sent 20 times at once writes once, the last unit on the
// shelf goes to one household, the login limit holds across processes, a
// civic matter's steps land on different processes, and the scheduler's
// time-based notices, run by all three, are written once.

const haproxy = spawnSync("haproxy", ["-v"]).status === 0;
const run = testDatabaseKind === "postgres" && haproxy;

describe.skipIf(!run)("three servers behind a load balancer", () => {
  let database: TestDatabase;
  let sql: postgres.Sql;
  let servers: ProcessServer[] = [];
  let balancer: ChildProcess;
  let url = "";
  const startedAt = new Date();

  /** One operation through the balancer. */
  const gql = async <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResult<T>;
  };
  const ok = async <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const result = await gql<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const login = async (username: string, password = demoPassword) =>
    (await ok<{ login: { token: string } }>(`mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: password })).login
      .token;
  /** GraphQL requests each process answered so far (its own /metrics, read on loopback). */
  const answeredBy = async () =>
    Promise.all(
      servers.map(async (s) => {
        const text = await (await fetch(`${s.url}/metrics`)).text();
        return text
          .split("\n")
          .filter((line) => line.startsWith('cunwu_http_requests_total{route="graphql"'))
          .reduce((sum, line) => sum + Number(line.split(" ").pop()), 0);
      }),
    );

  beforeAll(async () => {
    database = await freshDatabase("demo-year");
    sql = postgres(database.databaseUrl!, { max: 2, onnotice: () => {} });
    const env = {
      DATABASE_URL: database.databaseUrl!,
      CUNWU_SECRET: testSecret,
      CUNWU_SEED: "never",
      CUNWU_TRUST_PROXY: "loopback",
      // All three run the scheduler, as every process does in production.
      CUNWU_SCHEDULER_SECONDS: "5",
      CUNWU_DB_POOL: "8",
    };
    servers = await Promise.all([1, 2, 3].map(() => startProcessServer(env)));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    balancer = spawn("haproxy", ["-db", "-f", path.join(serverDir, "..", "deploy", "haproxy.cfg")], {
      env: { ...process.env, CUNWU_LB_BIND: `127.0.0.1:${port}`, ...Object.fromEntries(servers.map((s, i) => [`CUNWU_APP${i + 1}`, `127.0.0.1:${s.port}`])) },
      stdio: ["ignore", "ignore", "pipe"],
    });
    // Ready when the balancer answers /readyz from each server in turn.
    const deadline = Date.now() + patience;
    for (;;) {
      const answers = await Promise.all(Array.from({ length: 6 }, () => fetch(`${url}/readyz`).then((r) => r.status, () => 0)));
      if (answers.every((status) => status === 200)) break;
      if (Date.now() > deadline) throw new Error(`the balancer did not pass requests on: ${answers}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  });

  afterAll(async () => {
    balancer?.kill("SIGTERM");
    killProcessServers();
    await sql?.end();
    await database?.drop();
  });

  it("takes a token from one process on the others, spreading the requests", async () => {
    const before = await answeredBy();
    const token = await login("village");
    for (let i = 0; i < 9; i++) expect((await ok<{ me: { username: string } }>(`{ me { username } }`, {}, token)).me.username).toBe("village");
    const after = await answeredBy();
    expect(after.map((n, i) => n - before[i]!).every((n) => n >= 2), `per process: ${after.map((n, i) => n - before[i]!)}`).toBe(true);
  });

  it("writes one award for one key sent 20 times at once", async () => {
    const admin = await login("admin");
    const [household] = await sql<{ id: number }[]>`select h.id from households h join villages v on v.id = h.village_id where v.code = 'PC03' and h.status = 'ACTIVE' order by h.id limit 1`;
    const input = { householdIds: [String(household!.id)], points: 7, reason: "负载均衡下的奖励", deedDate: districtToday(), idempotencyKey: `balanced-${Date.now()}` };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => gql<{ awardPoints: { entries: { id: string }[] } }>(`mutation ($input: AwardPointsInput!) { awardPoints(input: $input) { entries { id } } }`, { input }, admin)),
    );
    const ids = answers.map((a) => JSON.stringify(a.data?.awardPoints.entries.map((e) => e.id)));
    expect(answers.every((a) => !a.errors)).toBe(true);
    expect(new Set(ids).size).toBe(1);
    const [written] = await sql<{ n: number }[]>`select count(*)::int as n from point_entries where reason = ${input.reason}`;
    expect(written!.n).toBe(1);
  });

  it("sells the last unit on the shelf to one of ten households", async () => {
    const village = await login("village");
    const [pc01] = await sql<{ id: number }[]>`select id from villages where code = 'PC01'`;
    const product = (await ok<{ createProduct: { id: string } }>(`mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`, { input: { villageId: String(pc01!.id), name: `最后一桶油 ${Date.now()}`, unit: "桶", price: 1, stock: 1 } }, village)).createProduct;
    const households = await sql<{ id: number }[]>`select id from households where village_id = ${pc01!.id} and status = 'ACTIVE' and balance >= 1 order by id limit 10`;
    expect(households).toHaveLength(10);
    const answers = await Promise.all(
      households.map((h) =>
        gql(`mutation ($input: RedeemInput!) { redeem(input: $input) { id } }`, { input: { householdId: String(h.id), lines: [{ productId: product.id, quantity: 1 }], idempotencyKey: `last-${h.id}-${Date.now()}` } }, village),
      ),
    );
    expect(answers.filter((a) => a.data?.redeem)).toHaveLength(1);
    expect(answers.filter((a) => a.errors?.[0]?.extensions.reason === "OUT_OF_STOCK")).toHaveLength(9);
    const [shelf] = await sql<{ stock: number }[]>`select stock from products where id = ${Number(product.id)}`;
    expect(shelf!.stock).toBe(0);
  });

  it("takes k of 50 redemptions at once from a balance that covers k, never below zero", async () => {
    const village = await login("village");
    const [home] = await sql<{ id: number; village_id: number; balance: number }[]>`select h.id, h.village_id, h.balance from households h join villages v on v.id = h.village_id where v.code = 'PC01' and h.status = 'ACTIVE' and h.balance >= 14 order by h.balance desc limit 1`;
    const price = Math.floor(home!.balance / 7);
    const k = Math.floor(home!.balance / price);
    const product = (await ok<{ createProduct: { id: string } }>(`mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`, { input: { villageId: String(home!.village_id), name: `洗衣粉 ${Date.now()}`, unit: "袋", price, stock: 100 } }, village)).createProduct;
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        gql(`mutation ($input: RedeemInput!) { redeem(input: $input) { id } }`, { input: { householdId: String(home!.id), lines: [{ productId: product.id, quantity: 1 }], idempotencyKey: `k-of-50-${i}-${Date.now()}` } }, village),
      ),
    );
    expect(answers.filter((a) => a.data?.redeem)).toHaveLength(k);
    expect(answers.filter((a) => a.errors?.[0]?.extensions.reason === "INSUFFICIENT_POINTS")).toHaveLength(50 - k);
    const [after] = await sql<{ balance: number; sum: number }[]>`select h.balance, (select coalesce(sum(delta), 0)::int from point_entries where household_id = h.id) as sum from households h where h.id = ${home!.id}`;
    expect(after).toEqual({ balance: home!.balance - k * price, sum: home!.balance - k * price });
  });

  it("checks at most five of 30 wrong passwords for one username, whichever process gets them", async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => gql(`mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: "dept", p: `wrong-${i}` })));
    const reasons = answers.map((a) => a.errors?.[0]?.extensions.reason);
    expect(reasons.filter((r) => r === "BAD_CREDENTIALS")).toHaveLength(5);
    expect(reasons.filter((r) => r === "RATE_LIMITED")).toHaveLength(25);
  });

  it("carries a civic matter through its steps on different processes", async () => {
    const [resident, admin, village] = [await login("resident"), await login("admin"), await login("village")];
    const { civicCategories } = await ok<{ civicCategories: { items: { id: string }[] } }>(`{ civicCategories(perPage: 1) { items { id } } }`, {}, resident);
    const before = await answeredBy();
    const M = `id status`;
    const matter = (await ok<{ submitCivicMatter: { id: string } }>(`mutation ($input: SubmitCivicMatterInput!) { submitCivicMatter(input: $input) { ${M} } }`, { input: { categoryId: civicCategories.items[0]!.id, title: "负载均衡下的说事", content: "三个进程轮流办理" } }, resident)).submitCivicMatter;
    const assigned = await ok<{ assignCivicMatter: { assignments: { id: string }[] } }>(
      `mutation ($id: ID!, $input: AssignCivicMatterInput!) { assignCivicMatter(id: $id, input: $input) { ${M} assignments { id } } }`,
      { id: matter.id, input: { channel: "DIRECT" } },
      admin,
    );
    await ok(`mutation ($id: ID!) { acceptAssignment(assignmentId: $id) { ${M} } }`, { id: assigned.assignCivicMatter.assignments[0]!.id }, village);
    await ok(`mutation ($id: ID!, $input: ProgressInput!) { postProgress(id: $id, input: $input) { ${M} } }`, { id: matter.id, input: { note: "已到现场", public: true } }, village);
    await ok(`mutation ($id: ID!, $input: ResolveCivicMatterInput!) { resolveCivicMatter(id: $id, input: $input) { ${M} } }`, { id: matter.id, input: { resolution: "已办好" } }, village);
    const closed = await ok<{ recordFollowUp: { status: string } }>(`mutation ($id: ID!, $input: FollowUpInput!) { recordFollowUp(id: $id, input: $input) { ${M} } }`, { id: matter.id, input: { method: "PHONE", reached: true, resolved: "YES", satisfaction: "SATISFIED" } }, village);
    expect(closed.recordFollowUp.status).toBe("CLOSED");
    const after = await answeredBy();
    expect(after.filter((n, i) => n > before[i]!).length, "steps answered by several processes").toBeGreaterThanOrEqual(2);
    const events = await sql<{ type: string }[]>`select type from matter_events where matter_id = ${Number(matter.id)} order by id`;
    expect(events.map((e) => e.type)).toEqual(["SUBMITTED", "ASSIGNED", "ACCEPTED", "PROGRESS", "RESOLVED", "CLOSED"]);
  });

  it("runs the time-based jobs in all three without a failure, each notice written once", async () => {
    // Each process ran its first tick at start and runs one every 5 s: wait for two more rounds.
    const runs = async (outcome: string) =>
      Promise.all(
        servers.map(async (s) => {
          const text = await (await fetch(`${s.url}/metrics`)).text();
          return [...text.matchAll(new RegExp(`^cunwu_scheduler_runs_total\\{job="([a-z-]+)",outcome="${outcome}"\\} (\\d+)`, "gm"))].reduce((sum, m) => sum + Number(m[2]), 0);
        }),
      );
    const first = await runs("done");
    await expect.poll(async () => (await runs("done")).every((n, i) => n >= first[i]! + 10), { timeout: patience, interval: 1000 }).toBe(true);
    // Three processes racing for the same notices: none of their runs failed (a unique key refused, a lock timed out).
    expect(await runs("failed")).toEqual([0, 0, 0]);
    const [noticed] = await sql<{ n: number }[]>`select count(*)::int as n from notifications where created_at >= ${startedAt}`;
    expect(noticed!.n, "the demo year's due and overdue assignments gave notices").toBeGreaterThan(0);
  });
});
