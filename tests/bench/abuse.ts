import type { TestServer } from "../support/server";
import { onEachDatabase } from "./databases";
import { median, printTable } from "./report";

// `pnpm bench abuse`: a normal request's latency alone and while abusive
// requests keep arriving (each refused or bounded by the request limits), on
// the demo district with its year; and how long each abuse takes to answer.
// Anchors (issue 11, measured before the limits): 3,000 aliased pointsRanking
// answered after 31 s while an administrator's `me` waited 30.8 s; 1,000
// aliased districtReport took 31 s on PostgreSQL and stalled PGlite for a minute.

const RUNS = 40;

const post = async (server: TestServer, query: string, token: string) => {
  const started = performance.now();
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "apollo-require-preflight": "true", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  await response.text();
  return { status: response.status, ms: performance.now() - started };
};

const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `${median(sorted).toFixed(1)} ms median, ${sorted[Math.floor(sorted.length * 0.9)]!.toFixed(1)} ms p90`;
};

async function benchOn(server: TestServer, label: string): Promise<void> {
  const admin = await server.login("admin");
  const resident = await server.login("resident");
  const district = await server.login("district");
  const village = (await server.ok<{ villages: { items: { id: string }[] } }>(`{ villages(perPage: 1) { items { id } } }`, {}, admin)).villages.items[0]!.id;
  const normal = () => post(server, `{ me { id username } households(perPage: 25) { total items { id number headName balance } } }`, admin);
  const abuses: [string, string, string][] = [
    ["3,000 aliased pointsRanking (resident)", `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: pointsRanking(villageId: "${village}", limit: 1) { red { householdId earned } }`).join(" ")} }`, resident],
    ["500 aliased districtReport (district staff)", `{ ${Array.from({ length: 500 }, (_, i) => `r${i}: districtReport(year: 2026) { asOf }`).join(" ")} }`, district],
    ["29 aliased districtReport, the most allowed", `{ ${Array.from({ length: 29 }, (_, i) => `r${i}: districtReport(year: ${1998 + i}) { asOf }`).join(" ")} }`, district],
  ];

  await normal();
  const alone: number[] = [];
  for (let i = 0; i < RUNS; i++) alone.push((await normal()).ms);
  const rows: string[][] = [["nothing else", "—", stats(alone)]];

  for (const [name, query, token] of abuses) {
    // The abuse keeps coming, one after another, while the normal request is timed.
    let running = true;
    const answers: { status: number; ms: number }[] = [];
    const loop = (async () => {
      while (running) answers.push(await post(server, query, token));
    })();
    const during: number[] = [];
    for (let i = 0; i < RUNS; i++) during.push((await normal()).ms);
    running = false;
    await loop;
    // Let the server finish what the last abusive request started (its
    // statements may outlive the HTTP answer) before the next one.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const statuses = [...new Set(answers.map((a) => a.status))].join("/");
    rows.push([name, `HTTP ${statuses} in ${stats(answers.map((a) => a.ms))}`, stats(during)]);
  }
  console.log(`\nA normal request (me and a page of households) while abuse arrives, on ${label}`);
  printTable(["abuse", "its answer", "normal request meanwhile"], rows);
}

export const abuseFigures = () => onEachDatabase("demo-year", benchOn);
