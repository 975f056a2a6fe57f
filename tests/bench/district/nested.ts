import { isDeepStrictEqual } from "node:util";
import type { Child } from "./servers";
import type { World } from "./world";
import { load, ms, type Load } from "./load";
import { processCpuOf } from "./cpu";
import { median, printTable } from "../report";

// The nested read (one village → 20 active households → each one's 5 newest
// entries) and the by-id read (one household), from cunwu, PostGraphile 4
// and the hand-written SQL ceiling: checked equal once, then timed in
// interleaved rounds at -c10. And the floor: a request that reads nothing
// (`{ __typename }`; the ceiling answers it without PostgreSQL), what each
// stack costs a request before any data.

export const nestedQuery = (perPage: number) => `query Nested($v: ID!) {
  village(id: $v) { id name }
  households(filter: { villageId: $v, status: ACTIVE }, perPage: ${perPage}) {
    items { id number headName balance entries(perPage: 5) { items { id delta kind deedDate balanceAfter } } }
  }
}`;
const householdFields = "id number headName memberCount phone address category status balance villageId";
const cunwuById = `query ById($id: ID!) { household(id: $id) { ${householdFields} } }`;
const pg4Nested = `query Nested($v: Int!) {
  villageById(id: $v) { id name
    householdsByVillageId(first: 20, orderBy: PRIMARY_KEY_ASC, condition: { status: ACTIVE }) {
      nodes { id number headName balance
        pointEntriesByHouseholdId(first: 5, orderBy: PRIMARY_KEY_DESC) { nodes { id delta kind deedDate balanceAfter } } }
    }
  }
}`;
const pg4ById = `query ById($id: Int!) { householdById(id: $id) { ${householdFields} } }`;
const floorQuery = JSON.stringify({ query: "query Floor { __typename }" });

/** What each read is called in the figures. */
const readNames = { nested: "nested read", byId: "household by id", floor: "floor (nothing read: { __typename })" } as const;
export type Read = keyof typeof readNames;

interface Target {
  name: string;
  /** The server's process, whose CPU a request is printed. */
  pid?: number;
  url: string;
  body: string;
  headers?: Record<string, string>;
  /** The answer in one shape, to compare the three. */
  read: (data: any) => unknown;
}

const text = (value: unknown) => String(value);
const byIdShape = (h: any) => ({ ...h, id: text(h.id), villageId: text(h.villageId) });

function targets(world: World, cunwu: Child, pg4: Child, ceiling: Child, read: Read): Target[] {
  const auth = { authorization: `Bearer ${world.admin}`, "apollo-require-preflight": "true" };
  const v = world.villageId;
  const id = world.householdId;
  if (read === "floor") {
    // cunwu's request is the admin's, as in the reads: its login check is part of every request.
    return [
      { name: "cunwu", pid: cunwu.process.pid, url: world.graphql, headers: auth, body: floorQuery, read: (d) => d.__typename },
      { name: "PostGraphile 4", pid: pg4.process.pid, url: `${pg4.url}/graphql`, body: floorQuery, read: (d) => d.__typename },
      { name: "SQL ceiling", pid: ceiling.process.pid, url: `${ceiling.url}/floor`, body: "{}", read: (d) => d.__typename },
    ];
  }
  if (read === "byId") {
    return [
      { name: "cunwu", pid: cunwu.process.pid, url: world.graphql, headers: auth, body: JSON.stringify({ query: cunwuById, variables: { id } }), read: (d) => byIdShape(d.household) },
      { name: "PostGraphile 4", pid: pg4.process.pid, url: `${pg4.url}/graphql`, body: JSON.stringify({ query: pg4ById, variables: { id: Number(id) } }), read: (d) => byIdShape(d.householdById) },
      { name: "SQL ceiling", pid: ceiling.process.pid, url: `${ceiling.url}/household`, body: JSON.stringify({ id }), read: byIdShape },
    ];
  }
  return [
    {
      name: "cunwu",
      pid: cunwu.process.pid,
      url: world.graphql,
      headers: auth,
      body: JSON.stringify({ query: nestedQuery(20), variables: { v } }),
      read: (d) => ({
        id: d.village.id,
        name: d.village.name,
        households: d.households.items.map((h: any) => ({ ...h, entries: h.entries.items })),
      }),
    },
    {
      name: "PostGraphile 4",
      pid: pg4.process.pid,
      url: `${pg4.url}/graphql`,
      body: JSON.stringify({ query: pg4Nested, variables: { v: Number(v) } }),
      read: (d) => ({
        id: text(d.villageById.id),
        name: d.villageById.name,
        households: d.villageById.householdsByVillageId.nodes.map(({ pointEntriesByHouseholdId, ...h }: any) => ({
          ...h,
          id: text(h.id),
          entries: pointEntriesByHouseholdId.nodes,
        })),
      }),
    },
    { name: "SQL ceiling", pid: ceiling.process.pid, url: `${ceiling.url}/nested`, body: JSON.stringify({ villageId: v }), read: (d) => d },
  ];
}

/** One answer from each, required equal (a faster wrong answer is no figure). */
async function checkSame(list: Target[], what: string): Promise<void> {
  const answers: unknown[] = [];
  for (const t of list) {
    const response = await fetch(t.url, { method: "POST", headers: { "content-type": "application/json", ...t.headers }, body: t.body });
    const answer = (await response.json()) as { data?: unknown; errors?: unknown };
    if (!response.ok || answer.errors || !answer.data) throw new Error(`${t.name} refused the ${what}: ${JSON.stringify(answer)}`);
    answers.push(t.read(answer.data));
  }
  for (let i = 1; i < answers.length; i++) {
    if (!isDeepStrictEqual(answers[0], answers[i])) {
      throw new Error(`${list[i]!.name} answers the ${what} differently from cunwu:\n${JSON.stringify(answers[i])}\n${JSON.stringify(answers[0])}`);
    }
  }
}

/** One target's figures in one round, with its server's CPU a request (from /proc). */
interface Round extends Load {
  cpuPerRequest?: number;
}

export interface Comparison {
  read: string;
  /** Per round, per target. */
  rounds: Round[][];
}

export async function compare(world: World, cunwu: Child, pg4: Child, ceiling: Child, read: Read, rounds: number, seconds: number): Promise<Comparison> {
  const list = targets(world, cunwu, pg4, ceiling, read);
  const what = readNames[read];
  await checkSame(list, what);
  for (const t of list) await load({ url: t.url, connections: 10, duration: 2, body: t.body, headers: t.headers }); // warm-up
  const results: Round[][] = [];
  for (let round = 0; round < rounds; round++) {
    const row: Round[] = [];
    for (const t of list) {
      const { result: figure, cpu } = await processCpuOf(t.pid, () => load({ url: t.url, connections: 10, duration: seconds, body: t.body, headers: t.headers }));
      if (figure.failed) throw new Error(`${t.name}: ${figure.failed} failed requests in the ${what}`);
      row.push({ ...figure, cpuPerRequest: cpu === undefined || !figure.done ? undefined : cpu / figure.done });
    }
    results.push(row);
  }
  printComparison(read, list.map((t) => t.name), results, seconds);
  return { read: what, rounds: results };
}

function printComparison(read: Read, names: string[], rounds: Round[][], seconds: number): void {
  const what = readNames[read];
  console.log(`\n${what}: -c10, ${rounds.length} interleaved rounds of ${seconds} s (cunwu, PostGraphile 4, ceiling, repeat)`);
  const rows: string[][] = [];
  rounds.forEach((round, r) => {
    round.forEach((f, i) =>
      rows.push([`${r + 1}`, names[i]!, f.reqPerSec.toFixed(0), ms(f.p50), ms(f.p95), ms(f.p99), f.cpuPerRequest === undefined ? "" : `${f.cpuPerRequest.toFixed(2)} ms`]),
    );
    rows.push([`${r + 1}`, "cunwu/PG4", `${(round[0]!.reqPerSec / round[1]!.reqPerSec).toFixed(2)}×`, "", "", "", ""]);
    rows.push([`${r + 1}`, "cunwu/ceiling", `${((100 * round[0]!.reqPerSec) / round[2]!.reqPerSec).toFixed(0)} %`, "", "", "", ""]);
  });
  printTable(["round", "server", "req/s", "p50", "p95", "p99", "CPU a request"], rows);
  const ratio = (a: number, b: number) => median(rounds.map((round) => round[a]!.reqPerSec / round[b]!.reqPerSec));
  const goals = { nested: [" (goal ≥ 1.5×)", " (goal ≥ 40 %)"], byId: [" (goal ≥ 1.5×)", ""], floor: ["", ""] }[read];
  console.log(`median of rounds: cunwu/PostGraphile ${ratio(0, 1).toFixed(2)}×${goals[0]}, cunwu/ceiling ${(100 * ratio(0, 2)).toFixed(0)} %${goals[1]}`);
  const cpu = (i: number) => median(rounds.map((round) => round[i]!.cpuPerRequest ?? NaN));
  if (read === "floor") console.log(`median CPU a request with nothing read: cunwu ${cpu(0).toFixed(2)} ms, PostGraphile 4 ${cpu(1).toFixed(2)} ms, bare node:http ${cpu(2).toFixed(2)} ms`);
}
