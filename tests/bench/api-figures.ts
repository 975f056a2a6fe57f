import crypto from "node:crypto";
import { seedDemo } from "@cunwu/server";
import { demoPassword, type TestServer } from "../support/server";
import { onEachDatabase } from "./databases";
import { median, printTable } from "./report";
import { sql } from "drizzle-orm";
import { rowsOf } from "../support/assert";

// The API on the demo district with its year of history, as the console asks
// it: latency of the screens people open most, the ledger's write rate, and
// the server's memory. On PGlite, and on PostgreSQL too when
// TEST_DATABASE_URL is set (as .ci/run sets it).

const RUNS = 30;

async function latency(run: () => Promise<unknown>): Promise<{ median: number; p90: number }> {
  await run(); // warm the plan cache and the loaders' code paths
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: median(times), p90: times[Math.floor(times.length * 0.9)]! };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const MB = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

async function benchOn(server: TestServer, label: string): Promise<void> {
  const seeded = performance.now();
  await seedDemo(server.server.connection.db, { demoPassword, history: true });
  const seedSeconds = (performance.now() - seeded) / 1000;
  const village = await server.login("village");
  const district = await server.login("district");
  const year = new Date().getFullYear();
  const { me } = await server.ok<{ me: { villageId: string } }>(`query { me { villageId } }`, {}, village);
  const villageId = me.villageId;

  const screens: [string, string, Record<string, unknown>, string][] = [
    ["households list (25)", `query { households(perPage: 25) { total items { id number headName balance } } }`, {}, village],
    ["point entries list (25)", `query { pointEntries(perPage: 25) { total items { id delta kind deedDate householdId balanceAfter } } }`, {}, village],
    ["civic board (25)", `query { civicMatters(perPage: 25) { total items { id status channel dueDate overdue } } }`, {}, district],
    ["pointsReport (district, year)", `query ($f: PointsReportFilter) { pointsReport(filter: $f) { pointsAwarded pointsRedeemed byVillage { villageId pointsAwarded } } }`, { f: { from: `${year}-01-01`, to: `${year}-12-31` } }, district],
    ["pointsRanking (village)", `query ($v: ID!) { pointsRanking(villageId: $v, limit: 10) { red { householdId earned } black { householdId deducted } } }`, { v: villageId }, village],
    ["districtReport (year)", `query ($y: Int!) { districtReport(year: $y) { asOf shop { pointsRedeemed { value monthly } } civic { received { value monthly } } } }`, { y: year }, district],
  ];
  const rows: string[][] = [];
  for (const [name, query, variables, token] of screens) {
    // A query the schema refuses is a broken bench, not a figure.
    await server.ok(query, variables, token);
    const figure = await latency(() => server.ok(query, variables, token));
    rows.push([name, ms(figure.median), ms(figure.p90)]);
  }
  console.log(`\nAPI on ${label}: demo district with a year of history (seeded in ${seedSeconds.toFixed(1)} s; anchor: under 20 s), ${RUNS} requests each`);
  printTable(["request", "median", "p90"], rows);

  // The ledger's write rate: awards of one rule to 20 households at a time.
  const { households } = await server.ok<{ households: { items: { id: string }[] } }>(
    `query { households(perPage: 20) { items { id } } }`,
    {},
    village,
  );
  const ids = households.items.map((h) => h.id);
  const awards = 20;
  const started = performance.now();
  for (let i = 0; i < awards; i++) {
    await server.ok(
      `mutation ($input: AwardPointsInput!) { awardPoints(input: $input) { entries { id } batch { id } } }`,
      {
        input: {
          householdIds: ids,
          points: 1,
          reason: "benchmark",
          deedDate: new Date().toISOString().slice(0, 10),
          idempotencyKey: crypto.randomUUID(),
        },
      },
      village,
    );
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `awardPoints to ${ids.length} households: ${(awards / seconds).toFixed(1)} awards/s, ${((awards * ids.length) / seconds).toFixed(0)} lines/s`,
  );

  // Activation codes for a whole village of 1,000 households, in one call (issue 19: well under a second).
  const admin = await server.login("admin");
  const db = server.server.connection.db;
  const [bulk] = rowsOf<{ id: number }>(
    await db.execute(sql`insert into villages (township_id, code, name) select id, 'BENCH1K', '千户村' from townships order by id limit 1 returning id`),
  );
  await db.execute(sql`insert into households (village_id, number, head_name, member_count)
    select ${bulk!.id}, 'BENCH1K-' || lpad(n::text, 4, '0'), '户主' || n, 3 from generate_series(1, 1000) n`);
  const issuing = await latency(() =>
    server.ok(`mutation ($v: ID!) { issueResidentActivations(input: { villageId: $v }) { code } }`, { v: bulk!.id }, admin),
  );
  console.log(`issueResidentActivations for a village of 1,000 households: median ${ms(issuing.median)}, p90 ${ms(issuing.p90)}`);
  const memory = process.memoryUsage();
  console.log(`process memory (server and bench in one process): rss ${MB(memory.rss)}, heap used ${MB(memory.heapUsed)}`);
}

export const apiFigures = () => onEachDatabase("empty", benchOn);
