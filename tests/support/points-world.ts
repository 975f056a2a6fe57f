import { afterAll, beforeAll, expect } from "vitest";
import { asc, count, eq, sql, sum } from "drizzle-orm";
import {
  auditLog,
  awardBatchLines,
  awardBatches,
  awardObjections,
  households,
  idempotencyKeys,
  pointEntries,
  pointRules,
  users,
  villages,
} from "@cunwu/schema";
import { startTestServer, type TestServer } from "./server";
import { expectOk } from "./assert";
import { householdBalance } from "./ops/households";
import { awardPoints, deductPoints, reversePointEntry, type AwardPointsInput, type PointEntry } from "./ops/points";
import { newUserToken } from "./ops/users";
import { postAtOnce } from "./ops/villages";

// The world the points tests share: a server over the demo district, its
// users (and 青龙村's committee and a resident, PC02 having 3 days of
// publicity), households by number, rules by name, and the ledger's calls
// with the committee's token by default. Each test file gets its own.

/** Demo households some test already relies on: never handed out by `fresh`. */
const reserved = ["PC01-001", "PC02-001", "PC02-017"];

export function usePointsWorld() {
  let server: TestServer | undefined;
  const tokens: Record<string, string> = {};
  const userIds: Record<string, number> = {};
  const villageIds: Record<string, number> = {};
  const householdIds = new Map<string, number>();
  const ruleIds = new Map<string, number>();
  const used = new Set<string>(reserved);
  let townshipOfPC = 0;

  const t = () => {
    if (!server) throw new Error("the points world has not started");
    return server;
  };
  const db = () => t().server.connection.db;

  beforeAll(async () => {
    server = await startTestServer();
    for (const name of ["admin", "district", "township", "village", "dept", "resident"]) tokens[name] = await server.login(name);
    for (const v of await db().select().from(villages)) villageIds[v.code] = v.id;
    // 石门村 runs 公示 in the demo; these tests are about the ledger (publicity is 青龙村's).
    await postAtOnce(server, villageIds.PC01!, tokens.admin!);
    townshipOfPC = (await db().select().from(villages).where(eq(villages.id, villageIds.PC01!)))[0]!.townshipId;
    for (const h of await db().select({ id: households.id, number: households.number }).from(households)) householdIds.set(h.number, h.id);
    for (const r of await db().select({ id: pointRules.id, name: pointRules.name }).from(pointRules)) ruleIds.set(r.name, r.id);
    const password = "qinglong-password";
    tokens.qinglong = await newUserToken(server, tokens.admin!, { username: "qinglong", password, role: "VILLAGE_COMMITTEE", villageId: villageIds.PC02! });
    tokens.qinglongResident = await newUserToken(server, tokens.admin!, { username: "qinglong-1", password, role: "RESIDENT", householdId: hh("PC02-001") });
    for (const u of await db().select({ id: users.id, username: users.username }).from(users)) userIds[u.username] = u.id;
  });
  afterAll(() => server?.close());

  /** A household's id by number (PC01-001 …). */
  const hh = (number: string) => {
    const id = householdIds.get(number);
    if (!id) throw new Error(`no household ${number}`);
    return id;
  };
  /** Hands out each village's households one by one, so tests never share one by accident. */
  function fresh(villageCode: string): number {
    for (let n = 1; n <= 99; n++) {
      const number = `${villageCode}-${String(n).padStart(3, "0")}`;
      if (!householdIds.has(number) || used.has(number)) continue;
      used.add(number);
      return hh(number);
    }
    throw new Error(`no fresh household left in ${villageCode}`);
  }
  const rule = (name: string) => {
    const id = ruleIds.get(name);
    if (!id) throw new Error(`no rule ${name}`);
    return id;
  };

  const award = (input: AwardPointsInput, token = tokens.village) => awardPoints(t(), input, token);
  /** An award that must post at once; returns its entries. */
  async function awarded(input: AwardPointsInput, token = tokens.village): Promise<PointEntry[]> {
    const { awardPoints: result } = expectOk(await award(input, token));
    expect(result.batch).toBeNull();
    return result.entries;
  }
  const deduct = (householdId: number, ruleId: number, opts: { idempotencyKey?: string; deedDate?: string; note?: string; token?: string } = {}) =>
    deductPoints(t(), { householdId, ruleId, deedDate: opts.deedDate, note: opts.note, idempotencyKey: opts.idempotencyKey }, opts.token ?? tokens.village);
  const reverse = (entryId: string | number, opts: { idempotencyKey?: string; reason?: string; token?: string } = {}) =>
    reversePointEntry(t(), { id: entryId, reason: opts.reason, idempotencyKey: opts.idempotencyKey }, opts.token ?? tokens.village);
  const balanceOf = async (householdId: number, token = tokens.admin) => (await householdBalance.ok(t(), { id: householdId }, token)).balance;

  /** Everything a refused call must leave as it was. */
  async function snapshot() {
    const [balances, entries, batches, lines, objections, keys, audits, rules] = await Promise.all([
      db().select({ id: households.id, balance: households.balance, status: households.status }).from(households).orderBy(asc(households.id)),
      db().select({ n: count(), total: sum(pointEntries.delta) }).from(pointEntries),
      db().select({ id: awardBatches.id, status: awardBatches.status }).from(awardBatches).orderBy(asc(awardBatches.id)),
      db().select({ id: awardBatchLines.id, state: awardBatchLines.state }).from(awardBatchLines).orderBy(asc(awardBatchLines.id)),
      db().select({ n: count() }).from(awardObjections),
      db().select({ key: idempotencyKeys.key, ref: idempotencyKeys.resultRef }).from(idempotencyKeys).orderBy(asc(idempotencyKeys.key)),
      db().select({ n: count() }).from(auditLog),
      db().select().from(pointRules).orderBy(asc(pointRules.id)),
    ]);
    return { balances, entries, batches, lines, objections, keys, audits, rules };
  }
  /** Runs refused calls and checks that nothing at all changed. */
  async function nothingChanges(calls: () => Promise<void>) {
    const before = await snapshot();
    await calls();
    expect(await snapshot()).toEqual(before);
  }
  /** Simulates the passing of publicity: award_batches is not append-only. */
  async function endPublicity(batchId: string | number) {
    await db().execute(sql`update award_batches set publicity_ends_on = current_date - 1 where id = ${Number(batchId)}`);
  }

  return {
    /** The world's server (once started). */
    get t() {
      return t();
    },
    db,
    tokens,
    userIds,
    villageIds,
    townshipOfPC: () => townshipOfPC,
    hh,
    fresh,
    rule,
    /** Names a rule a test made, for `rule(name)`. */
    nameRule: (name: string, id: number) => void ruleIds.set(name, id),
    award,
    awarded,
    deduct,
    reverse,
    balanceOf,
    nothingChanges,
    endPublicity,
  };
}
