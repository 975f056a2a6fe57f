import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import { freshDatabase, testDatabaseKind, type TestDatabase } from "../support/database";
import { demoPassword, testSecret } from "../support/constants";
import { districtToday } from "../support/ops/keys";
import { killProcessServers, runCli, startProcessServer, type ProcessServer } from "../support/process-server";

// `cli backup` while the server runs and awards keep coming, then `cli
// restore` into an empty target and a server on it: every award answered
// before the backup began is there (its key replays the same entry), the
// ledger reconciles, and a target that holds data is refused.

const awardDocument = `mutation ($input: AwardPointsInput!) { awardPoints(input: $input) { entries { id } } }`;

describe("backup under load and restore", () => {
  let database: TestDatabase;
  const dirs: string[] = [];
  const databases: TestDatabase[] = [];
  const tempDir = (name: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cunwu-${name}-`));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    killProcessServers();
    await database?.drop();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    for (const empty of databases) await empty.drop();
  });

  it("keeps every award answered before the backup began, and refuses a target that holds data", async () => {
    database = await freshDatabase("demo");
    const source = { CUNWU_SECRET: testSecret, CUNWU_SEED: "never", CUNWU_SCHEDULER_SECONDS: "0", ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : { CUNWU_DATA_DIR: database.dataDir }) };
    const server: ProcessServer = await startProcessServer(source);
    const admin = await server.login("admin", demoPassword);
    // PC03 posts awards at once (no publicity): each answered award has its entry.
    const village = await server.gql<{ villages: { items: { id: string }[] } }>(`{ villages(filter: { q: "PC03" }) { items { id } } }`, {}, admin);
    const list = await server.gql<{ households: { items: { id: string }[] } }>(
      `query ($v: ID!) { households(filter: { villageId: $v, status: ACTIVE }, perPage: 8) { items { id } } }`,
      { v: village.data!.villages.items[0]!.id },
      admin,
    );
    const households = list.data!.households.items.map((h) => h.id);

    // Four writers award one point after another until the backup is written.
    const answered: { input: Record<string, unknown>; entryId: string; at: number }[] = [];
    let writing = true;
    const writer = async (w: number) => {
      for (let i = 0; writing; i++) {
        const input = { householdIds: [households[(w * 2 + i) % households.length]!], points: 1, reason: "备份时的奖励", deedDate: districtToday(), idempotencyKey: `backup-${w}-${i}-${Date.now()}` };
        const result = await server.gql<{ awardPoints: { entries: { id: string }[] } }>(awardDocument, { input }, admin);
        const entry = result.data?.awardPoints.entries[0];
        expect(entry, JSON.stringify(result.errors)).toBeDefined();
        answered.push({ input, entryId: entry!.id, at: Date.now() });
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    while (answered.length < 8) await new Promise((r) => setTimeout(r, 50));
    const out = tempDir("backups");
    const began = Date.now();
    const backup = await runCli(["backup", "--out", out], source);
    writing = false;
    await Promise.all(writers);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/backup written: .*cunwu-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.(pglite\.tar\.gz|pgdump) \(\d+\.\d MB\)/);
    // Both: the backup opened (PostgreSQL's restored into a scratch database, dropped after) and its ledger checked.
    expect(backup.stdout).toMatch(/verified: \d+ households, \d+ ledger entries, every balance equal to its entries/);
    const file = /backup written: (\S+)/.exec(backup.stdout)![1]!;
    const before = answered.filter((a) => a.at < began);
    expect(before.length, "awards answered before the backup began").toBeGreaterThan(0);
    expect(answered.length).toBeGreaterThan(before.length);
    await server.stop();

    // Restore into an empty target, then a server on it.
    let target: Record<string, string>;
    if (testDatabaseKind === "postgres") {
      const empty = await freshDatabase("blank", "postgres");
      databases.push(empty);
      target = { DATABASE_URL: empty.databaseUrl!, CUNWU_SECRET: testSecret };
    } else {
      target = { CUNWU_DATA_DIR: path.join(tempDir("restored"), "data"), CUNWU_SECRET: testSecret };
    }
    const restored = await runCli(["restore", file], target);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/^restored cunwu-/);
    const again = await runCli(["restore", file], target);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds (a database|tables); restore into an empty/);
    expect(again.stderr).not.toMatch(/\n\s+at /);
    if (testDatabaseKind === "postgres") {
      // Ready for the planner at once: statistics gathered, pages all-visible (the embedded server's upkeep does this at its start).
      expect(restored.stdout).toMatch(/vacuumed and analyzed/);
      const restoredDb = postgres(target.DATABASE_URL!, { max: 1, onnotice: () => {} });
      try {
        const [households] = await restoredDb<{ reltuples: number; relallvisible: number }[]>`select reltuples, relallvisible from pg_class where relname = 'households'`;
        expect(households!.reltuples).toBeGreaterThan(0);
        expect(households!.relallvisible).toBeGreaterThan(0);
      } finally {
        await restoredDb.end();
      }
    }

    const copy = await startProcessServer({ ...target, CUNWU_SEED: "never", CUNWU_SCHEDULER_SECONDS: "0" });
    // Same secret: the token from before the backup still works.
    const token = admin;
    for (const award of before) {
      const replay = await copy.gql<{ awardPoints: { entries: { id: string }[] } }>(awardDocument, { input: award.input }, token);
      expect(replay.errors).toBeUndefined();
      expect(replay.data!.awardPoints.entries.map((e) => e.id)).toEqual([award.entryId]);
    }
    const reconciled = await copy.gql<{ reconcileLedger: { mismatches: unknown[]; brokenEntries: unknown[] } }>(`{ reconcileLedger { mismatches { householdId } brokenEntries { entryId } } }`, {}, token);
    expect(reconciled.data?.reconcileLedger).toEqual({ mismatches: [], brokenEntries: [] });
    expect((await copy.stop()).code).toBe(0);
  });
});
