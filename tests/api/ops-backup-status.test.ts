import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadConfig } from "@cunwu/server";
import { backupCommand } from "@cunwu/server/ops/backup-cli";
import { startTestServer, testSecret, type TestServer } from "../support/server";
import { errorCode } from "../support/assert";
import { testDatabaseKind } from "../support/database";
import { patience } from "../support/patience";

// The last backup on the district admin's dashboard (Query.backupStatus):
// none at first, then the newest file `pnpm backup` wrote, by name, size and
// time; stale when the server's own daily backups are on and none is from
// the last 26 hours. Only the district admin may ask.

const statusQuery = `{ backupStatus { scheduled keep stale last { name bytes at } } }`;
interface Status {
  scheduled: boolean;
  keep: number;
  stale: boolean;
  last: { name: string; bytes: number; at: string } | null;
}
const namePattern = /^cunwu-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.(pglite\.tar\.gz|pgdump)$/;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600 * 1000);

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cunwu-backups-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

const statusOf = async (t: TestServer, token: string) => (await t.ok<{ backupStatus: Status }>(statusQuery, {}, token)).backupStatus;

describe("the last backup, as the admin's dashboard reads it", () => {
  let t: TestServer;
  let admin: string;
  const dir = tempDir();

  beforeAll(async () => {
    t = await startTestServer({ env: { CUNWU_BACKUP_DIR: dir, CUNWU_BACKUP_KEEP: "7" } });
    admin = await t.login("admin");
  });
  afterAll(async () => {
    await t?.close();
  });

  it("says there is none, then names the file `pnpm backup` wrote, its size and time", async () => {
    // The scheduler is off in tests (and PostgreSQL has no daily backups of the server's own): nothing is scheduled, so nothing is stale.
    expect(await statusOf(t, admin)).toEqual({ scheduled: false, keep: 7, stale: false, last: null });

    const began = Date.now();
    // `pnpm backup --out` as an operator runs it: on the embedded database it asks this running server.
    const say = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      await backupCommand(loadConfig({ CUNWU_DATA_DIR: t.database.dataDir, DATABASE_URL: t.database.databaseUrl, CUNWU_SECRET: testSecret }), ["--out", dir]);
    } finally {
      say.mockRestore();
    }
    const [file] = fs.readdirSync(dir).filter((name) => namePattern.test(name));
    expect(file).toBeDefined();

    const status = await statusOf(t, admin);
    expect(status.last).toEqual({ name: file, bytes: fs.statSync(path.join(dir, file!)).size, at: expect.any(String) });
    expect(status.last!.name).toMatch(testDatabaseKind === "postgres" ? /\.pgdump$/ : /\.pglite\.tar\.gz$/);
    expect(status.last!.bytes).toBeGreaterThan(1000);
    const at = Date.parse(status.last!.at);
    expect(at).toBeGreaterThanOrEqual(began - 1000);
    expect(at).toBeLessThanOrEqual(Date.now());
    expect(status.stale).toBe(false);

    // Two days old: still not stale, since this server takes no backups of its own.
    fs.utimesSync(path.join(dir, file!), hoursAgo(48), hoursAgo(48));
    expect(await statusOf(t, admin)).toMatchObject({ scheduled: false, stale: false, last: { name: file } });
  });

  it.each([
    ["district staff", "district"],
    ["a village committee", "village"],
    ["a resident", "resident"],
  ])("refuses %s (FORBIDDEN)", async (_who, user) => {
    const result = await t.gql(statusQuery, {}, await t.login(user));
    expect(errorCode(result), JSON.stringify(result.errors)).toBe("FORBIDDEN");
    expect(result.data ?? null).toBeNull();
  });

  it("refuses a caller who is not logged in (UNAUTHENTICATED)", async () => {
    const result = await t.gql(statusQuery);
    expect(errorCode(result), JSON.stringify(result.errors)).toBe("UNAUTHENTICATED");
  });
});

// Only the embedded server backs itself up: its scheduler's first run takes one.
describe.skipIf(testDatabaseKind === "postgres")("the embedded server's daily backups", () => {
  let t: TestServer;
  let admin: string;
  const dir = tempDir();

  beforeAll(async () => {
    t = await startTestServer({ env: { CUNWU_BACKUP_DIR: dir, CUNWU_SCHEDULER_SECONDS: "86400" } });
    admin = await t.login("admin");
  });
  afterAll(async () => {
    await t?.close();
  });

  it("is stale when the newest backup is over 26 hours old, or there is none", async () => {
    let status: Status | undefined;
    await vi.waitFor(
      async () => {
        status = await statusOf(t, admin);
        expect(status.last).not.toBeNull();
      },
      { timeout: patience, interval: 200 },
    );
    expect(status).toMatchObject({ scheduled: true, keep: 14, stale: false, last: { name: expect.stringMatching(namePattern) } });
    const file = path.join(dir, status!.last!.name);

    fs.utimesSync(file, hoursAgo(25), hoursAgo(25));
    expect((await statusOf(t, admin)).stale).toBe(false);
    fs.utimesSync(file, hoursAgo(27), hoursAgo(27));
    expect(await statusOf(t, admin)).toMatchObject({ scheduled: true, stale: true, last: { name: status!.last!.name } });

    fs.rmSync(file);
    expect(await statusOf(t, admin)).toMatchObject({ scheduled: true, stale: true, last: null });
  });
});
