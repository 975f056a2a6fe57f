import http from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../support/database";
import { demoPassword, testSecret } from "../support/constants";
import { districtToday } from "../support/ops/keys";
import { ENTRY } from "../support/ops/points";
import { killProcessServers, startProcessServer, type ProcessServer } from "../support/process-server";

// SIGTERM while requests are in flight: a server process, many keep-alive
// connections each carrying an award, the signal as soon as the first award
// is answered. Every award sent is answered with its entries, the process
// ends with 0, and a new process on the same database finds each answered
// award written once (a retry with its key replays it) and the ledger whole.

const K = 24;
const awardDocument = `mutation ($input: AwardPointsInput!) { awardPoints(input: $input) { entries { ${ENTRY} } } }`;

interface Answer {
  status: number;
  body: { data?: { awardPoints?: { entries: { id: string; householdId: string; delta: number }[] } }; errors?: unknown[] };
}

/** A POST over the given agent (its kept-alive sockets), answered or failed. */
function post(agent: http.Agent, url: string, token: string, body: unknown): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      { method: "POST", agent, headers: { "content-type": "application/json", authorization: `Bearer ${token}` } },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as Answer["body"] }));
      },
    );
    request.on("error", reject);
    request.end(JSON.stringify(body));
  });
}

const get = (agent: http.Agent, url: string) =>
  new Promise<number>((resolve, reject) => {
    http.get(url, { agent }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    }).on("error", reject);
  });

describe("a graceful stop (SIGTERM)", () => {
  let database: TestDatabase;
  const env = () => ({ CUNWU_DATA_DIR: database.dataDir, ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}), CUNWU_SECRET: testSecret, CUNWU_SEED: "never", CUNWU_SCHEDULER_SECONDS: "0" });

  afterAll(async () => {
    killProcessServers();
    await database?.drop();
  });

  it("answers every request in flight, exits 0, and leaves every answered award written once", async () => {
    database = await freshDatabase("demo");
    let server: ProcessServer = await startProcessServer(env());
    const admin = await server.login("admin", demoPassword);
    const village = await server.gql<{ villages: { items: { id: string }[] } }>(`{ villages(filter: { q: "PC03" }) { items { id } } }`, {}, admin);
    const villageId = village.data!.villages.items[0]!.id;
    const list = await server.gql<{ households: { items: { id: string }[] } }>(
      `query ($v: ID!) { households(filter: { villageId: $v, status: ACTIVE }, perPage: ${K}) { items { id } } }`,
      { v: villageId },
      admin,
    );
    const householdIds = list.data!.households.items.map((h) => h.id);
    expect(householdIds).toHaveLength(K);

    // K sockets opened and kept before the awards, so each award arrives on a connection the server holds.
    const agent = new http.Agent({ keepAlive: true, maxSockets: K });
    await Promise.all(Array.from({ length: K }, () => get(agent, `${server.url}/healthz`)));
    const inputs = householdIds.map((id, i) => ({ householdIds: [id], points: 1 + (i % 5), reason: "停机前的奖励", deedDate: districtToday(), idempotencyKey: `shutdown-${i}-${Date.now()}` }));
    const sent = inputs.map((input) => post(agent, server.url, admin, { query: awardDocument, variables: { input } }));
    await Promise.race(sent);
    const stopped = server.stop("SIGTERM");
    const answers = await Promise.allSettled(sent);
    const end = await stopped;
    agent.destroy();

    expect(end.code, end.stderr).toBe(0);
    expect(end.stdout).toContain("shutting down");
    for (const [i, answer] of answers.entries()) {
      expect(answer.status, `award ${i} was answered`).toBe("fulfilled");
      const { status, body } = (answer as PromiseFulfilledResult<Answer>).value;
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data?.awardPoints?.entries).toHaveLength(1);
    }
    // Nothing listens any more.
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();

    // A new process on the same database: each award is there once (its key replays the same entry) and the ledger reconciles.
    server = await startProcessServer(env());
    const token = await server.login("admin", demoPassword);
    for (const [i, input] of inputs.entries()) {
      const first = (answers[i] as PromiseFulfilledResult<Answer>).value.body.data!.awardPoints!.entries[0]!;
      const replay = await server.gql<{ awardPoints: { entries: { id: string }[] } }>(awardDocument, { input }, token);
      expect(replay.errors).toBeUndefined();
      expect(replay.data!.awardPoints.entries.map((e) => e.id)).toEqual([first.id]);
    }
    const reconciled = await server.gql<{ reconcileLedger: { mismatches: unknown[]; brokenEntries: unknown[] } }>(
      `{ reconcileLedger { mismatches { householdId } brokenEntries { entryId } } }`,
      {},
      token,
    );
    expect(reconciled.data?.reconcileLedger).toEqual({ mismatches: [], brokenEntries: [] });
    const again = await server.stop();
    expect(again.code).toBe(0);
  });
});
