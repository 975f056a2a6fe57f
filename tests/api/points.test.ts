// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, count, eq, inArray, sql, sum } from "drizzle-orm";
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
import { addDays, todayIn } from "@cunwu/server/common/dates";
import { demoRules } from "@cunwu/server/seed/demo-data";
import { errorCode, startTestServer, type GraphQLResult, type TestServer } from "../support/server";

// The points ledger over HTTP, as a committee, a resident and the district
// see it: the rule catalogue, awards (at once and on publicity 公示),
// deductions, reversals, idempotency, the reads and the reconciliation.
// Every refused call is checked to leave balances, entries, batches,
// idempotency keys, rules and the audit log exactly as they were.

let t: TestServer;
const tokens: Record<string, string> = {};
const userIds: Record<string, number> = {};
const villageIds: Record<string, number> = {};
let townshipOfPC: number;
/** Household ids by number (PC01-001 …). */
const householdIds = new Map<string, number>();
const today = todayIn("Asia/Shanghai");
const tomorrow = addDays(today, 1);
const yesterday = addDays(today, -1);

const db = () => t.server.connection.db;
const newKey = () => crypto.randomUUID();
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

const hh = (number: string) => {
  const id = householdIds.get(number);
  if (!id) throw new Error(`no household ${number}`);
  return id;
};
/** Hands out each village's households one by one, so tests never share one by accident. */
const used = new Set<string>(["PC01-001", "PC02-001", "PC02-017"]);
function fresh(villageCode: string): number {
  for (let n = 1; n <= 99; n++) {
    const number = `${villageCode}-${String(n).padStart(3, "0")}`;
    if (!householdIds.has(number) || used.has(number)) continue;
    used.add(number);
    return hh(number);
  }
  throw new Error(`no fresh household left in ${villageCode}`);
}

let ruleByName: Map<string, number>;
const rule = (name: string) => {
  const id = ruleByName.get(name);
  if (!id) throw new Error(`no rule ${name}`);
  return id;
};

beforeAll(async () => {
  t = await startTestServer();
  for (const name of ["admin", "district", "township", "village", "dept", "resident"]) tokens[name] = await t.login(name);
  for (const v of await db().select().from(villages)) villageIds[v.code] = v.id;
  townshipOfPC = (await db().select().from(villages).where(eq(villages.id, villageIds.PC01!)))[0]!.townshipId;
  for (const h of await db().select({ id: households.id, number: households.number }).from(households)) householdIds.set(h.number, h.id);
  ruleByName = new Map((await db().select({ id: pointRules.id, name: pointRules.name }).from(pointRules)).map((r) => [r.name, r.id]));

  // 青龙村 (PC02, 3 days of publicity) gets a committee and a resident of its own.
  const createUser = async (input: Record<string, unknown>) =>
    (await t.ok(`mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input }, tokens.admin)).createUser.id;
  await createUser({ username: "qinglong", password: "qinglong-password", role: "VILLAGE_COMMITTEE", villageId: String(villageIds.PC02) });
  await createUser({ username: "qinglong-1", password: "qinglong-password", role: "RESIDENT", householdId: String(hh("PC02-001")) });
  tokens.qinglong = await t.login("qinglong", "qinglong-password");
  tokens.qinglongResident = await t.login("qinglong-1", "qinglong-password");
  for (const u of await db().select({ id: users.id, username: users.username }).from(users)) userIds[u.username] = u.id;
});
afterAll(() => t?.close());

// ---------------------------------------------------------------- helpers

const ENTRY = `id householdId villageId kind delta balanceAfter ruleId batchId reversesEntryId reason deedDate recordedBy recordedAt`;
const LINES = `lines { id householdId householdNumber headName state removedReason objectionCount }`;
const BATCH = `id villageId ruleId points reason note deedDate status publicityEndsOn postedAt withdrawnAt withdrawReason ${LINES}`;

interface Entry {
  id: string;
  householdId: string;
  villageId: string;
  kind: string;
  delta: number;
  balanceAfter: number;
  ruleId: string | null;
  batchId: string | null;
  reversesEntryId: string | null;
  reason: string;
  deedDate: string;
  recordedBy: string;
  recordedAt: string;
}

interface AwardArgs {
  householdIds: number[];
  ruleId?: number;
  points?: number | null;
  reason?: string | null;
  note?: string;
  deedDate?: string;
  idempotencyKey?: string;
}
function award(args: AwardArgs, token = tokens.village): Promise<GraphQLResult> {
  return t.gql(
    `mutation ($input: AwardPointsInput!) { awardPoints(input: $input) { entries { ${ENTRY} } batch { ${BATCH} } } }`,
    {
      input: {
        householdIds: args.householdIds.map(String),
        ruleId: args.ruleId === undefined ? undefined : String(args.ruleId),
        points: args.points,
        reason: args.reason,
        note: args.note,
        deedDate: args.deedDate ?? today,
        idempotencyKey: args.idempotencyKey ?? newKey(),
      },
    },
    token,
  );
}
/** An award that must post at once; returns its entries. */
async function awarded(args: AwardArgs, token = tokens.village): Promise<Entry[]> {
  const result = await award(args, token);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.data!.awardPoints.batch).toBeNull();
  return result.data!.awardPoints.entries;
}

function deduct(householdId: number, ruleId: number, opts: { idempotencyKey?: string; deedDate?: string; note?: string; token?: string } = {}) {
  return t.gql(
    `mutation ($input: DeductPointsInput!) { deductPoints(input: $input) { ${ENTRY} } }`,
    {
      input: {
        householdId: String(householdId),
        ruleId: String(ruleId),
        deedDate: opts.deedDate ?? today,
        note: opts.note,
        idempotencyKey: opts.idempotencyKey ?? newKey(),
      },
    },
    opts.token ?? tokens.village,
  );
}

function reverse(entryId: string | number, opts: { idempotencyKey?: string; reason?: string; token?: string } = {}) {
  return t.gql(
    `mutation ($id: ID!, $r: String!, $k: String!) { reversePointEntry(id: $id, reason: $r, idempotencyKey: $k) { ${ENTRY} } }`,
    { id: String(entryId), r: opts.reason ?? "录入错误", k: opts.idempotencyKey ?? newKey() },
    opts.token ?? tokens.village,
  );
}

async function balanceOf(householdId: number, token = tokens.admin): Promise<number> {
  return (await t.ok(`query ($id: ID!) { household(id: $id) { balance } }`, { id: String(householdId) }, token)).household.balance;
}

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

function expectError(result: GraphQLResult, code: string, fields?: Record<string, string>) {
  expect(errorCode(result), JSON.stringify(result.errors)).toBe(code);
  if (fields) expect(result.errors![0]!.extensions.fields).toEqual(fields);
}

/** Simulates the passing of publicity: award_batches is not append-only. */
async function endPublicity(batchId: string | number) {
  await db().execute(sql`update award_batches set publicity_ends_on = current_date - 1 where id = ${Number(batchId)}`);
}

/** Balance = Σ entries for every household, straight from the tables. */
async function expectBooksBalance() {
  const mismatched = await db().execute(sql`
    select h.id from ${households} h
    left join (select household_id, sum(delta)::int as s from ${pointEntries} group by household_id) e on e.household_id = h.id
    where h.balance <> coalesce(e.s, 0)`);
  expect(rowsOf(mismatched)).toEqual([]);
}

// ---------------------------------------------------------------- rule catalogue

describe("rule catalogue", () => {
  const LIST = `query ($filter: PointRuleFilter, $perPage: Int) { pointRules(filter: $filter, perPage: $perPage) { total items { id villageId name category points active } } }`;
  const list = async (filter: Record<string, unknown> = {}, token = tokens.admin) =>
    (await t.ok(LIST, { filter, perPage: 200 }, token)).pointRules as { total: number; items: { id: string; villageId: string | null; name: string; category: string; points: number; active: boolean }[] };
  const names = (page: { items: { name: string }[] }) => page.items.map((r) => r.name).sort();
  const district = demoRules.filter((r) => !r.villageCode);

  it("lists to every logged-in user, with villageId, positive, category and active filters", async () => {
    expect((await list()).total).toBe(demoRules.length);
    for (const role of ["district", "township", "village", "dept", "resident"]) expect((await list({}, tokens[role])).total).toBe(demoRules.length);
    expectError(await t.gql(LIST, {}), "UNAUTHENTICATED");

    // A village sees the district-wide rules and its own, not another village's.
    const pc01 = await list({ villageId: String(villageIds.PC01) });
    expect(names(pc01)).toEqual([...district.map((r) => r.name), "河道清漂护河"].sort());
    expect(pc01.items.find((r) => r.name === "河道清漂护河")!.villageId).toBe(String(villageIds.PC01));
    const mb01 = await list({ villageId: String(villageIds.MB01) });
    expect(names(mb01)).toEqual([...district.map((r) => r.name), "参与锅庄文化传承"].sort());
    expect(names(await list({ districtOnly: true }))).toEqual(district.map((r) => r.name).sort());

    const positive = await list({ positive: true });
    expect(positive.items.every((r) => r.points > 0)).toBe(true);
    expect(positive.total).toBe(demoRules.filter((r) => r.points > 0).length);
    const negative = await list({ positive: false });
    expect(names(negative)).toEqual(["不履行赡养义务", "乱堆乱放", "大操大办", "私搭乱建", "违规焚烧秸秆"].sort());

    const hygiene = await list({ category: "HYGIENE", villageId: String(villageIds.PC01) });
    expect(names(hygiene)).toEqual(["乱堆乱放", "参与村庄环境整治", "垃圾分类投放", "庭院整洁", "河道清漂护河"].sort());
    expect(names(await list({ category: "HYGIENE", positive: false }))).toEqual(["乱堆乱放"]);
    expect((await list({ active: true })).total).toBe(demoRules.length);
    expect((await list({ active: false })).total).toBe(0);
    expect(names(await list({ q: "秸秆" }))).toEqual(["违规焚烧秸秆"]);
  });

  const CREATE = `mutation ($input: CreatePointRuleInput!) { createPointRule(input: $input) { id villageId category name description points active } }`;
  const UPDATE = `mutation ($id: ID!, $input: UpdatePointRuleInput!) { updatePointRule(id: $id, input: $input) { id villageId category name description points active } }`;
  const create = (input: Record<string, unknown>, token = tokens.admin) =>
    t.gql(CREATE, { input: { category: "OTHER", name: "测试细则", points: 2, ...input } }, token);
  const update = (id: string | number, input: Record<string, unknown>, token = tokens.admin) => t.gql(UPDATE, { id: String(id), input }, token);

  it("creates district-wide rules by the admin only, and a village's own by its committee", async () => {
    const byAdmin = await create({ name: "清理河道垃圾", category: "HYGIENE", points: 4, description: "区级新增" });
    expect(byAdmin.data?.createPointRule).toMatchObject({ villageId: null, category: "HYGIENE", name: "清理河道垃圾", points: 4, active: true });
    const own = await create({ name: "护林防火巡查", points: 6, villageId: String(villageIds.PC01) }, tokens.village);
    expect(own.data?.createPointRule).toMatchObject({ villageId: String(villageIds.PC01), name: "护林防火巡查", points: 6 });
    const ownDeduction = await create({ name: "散养家禽", points: -3, villageId: String(villageIds.PC01) }, tokens.village);
    expect(ownDeduction.data?.createPointRule.points).toBe(-3);
    ruleByName.set("散养家禽", Number(ownDeduction.data!.createPointRule.id));
    const forMb01 = await create({ name: "磨坝村新规", villageId: String(villageIds.MB01) });
    expect(forMb01.data?.createPointRule.villageId).toBe(String(villageIds.MB01));
    // The committee sees its new rule in its village's catalogue.
    const pc01 = await t.ok(`query ($v: ID!) { pointRules(filter: { villageId: $v }, perPage: 200) { items { name } } }`, { v: String(villageIds.PC01) }, tokens.village);
    expect(pc01.pointRules.items.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(["清理河道垃圾", "护林防火巡查", "散养家禽"]));
    expect(pc01.pointRules.items.map((r: { name: string }) => r.name)).not.toContain("磨坝村新规");

    await nothingChanges(async () => {
      expectError(await create({ name: "区级细则" }, tokens.village), "FORBIDDEN");
      expectError(await create({ villageId: String(villageIds.PC02) }, tokens.village), "FORBIDDEN");
      for (const role of ["district", "township", "dept", "resident"]) {
        expectError(await create({ villageId: String(villageIds.PC01) }, tokens[role]), "FORBIDDEN");
        expectError(await create({}, tokens[role]), "FORBIDDEN");
      }
      expectError(await create({ points: 0 }), "BAD_USER_INPUT", { points: "OUT_OF_RANGE" });
      expectError(await create({ points: 0, villageId: String(villageIds.PC01) }, tokens.village), "BAD_USER_INPUT", { points: "OUT_OF_RANGE" });
      expectError(await create({ points: 1001 }), "BAD_USER_INPUT", { points: "OUT_OF_RANGE" });
      expectError(await create({ points: -1001 }), "BAD_USER_INPUT", { points: "OUT_OF_RANGE" });
      expectError(await create({ name: "  " }), "BAD_USER_INPUT", { name: "REQUIRED" });
      expectError(await create({ villageId: "999999" }), "BAD_USER_INPUT", { villageId: "NOT_FOUND" });
    });
  });

  it("updates rules within the same limits; an inactive rule shows under active: false", async () => {
    const districtRule = (await create({ name: "待停用细则", points: 3 })).data!.createPointRule;
    const ownRule = (await create({ name: "村级待改", points: 2, villageId: String(villageIds.PC01) }, tokens.village)).data!.createPointRule;
    const mb01Rule = ruleByName.get("参与锅庄文化传承")!;

    const changed = await update(ownRule.id, { points: 4, description: "每次 4 分" }, tokens.village);
    expect(changed.data?.updatePointRule).toMatchObject({ id: ownRule.id, name: "村级待改", points: 4, description: "每次 4 分", active: true });
    const off = await update(districtRule.id, { active: false });
    expect(off.data?.updatePointRule).toMatchObject({ name: "待停用细则", active: false, points: 3 });
    const inactive = await t.ok(`{ pointRules(filter: { active: false }) { items { id } } }`, {}, tokens.village);
    expect(inactive.pointRules.items.map((r: { id: string }) => r.id)).toEqual([districtRule.id]);

    await nothingChanges(async () => {
      expectError(await update(districtRule.id, { active: true }, tokens.village), "FORBIDDEN");
      expectError(await update(rule("庭院整洁"), { points: 50 }, tokens.village), "FORBIDDEN");
      expectError(await update(mb01Rule, { points: 5 }, tokens.village), "FORBIDDEN");
      for (const role of ["district", "township", "dept", "resident"]) expectError(await update(ownRule.id, { points: 1 }, tokens[role]), "FORBIDDEN");
      expectError(await update(ownRule.id, { points: 0 }, tokens.village), "BAD_USER_INPUT", { points: "OUT_OF_RANGE" });
      expectError(await update(ownRule.id, { name: "" }, tokens.village), "BAD_USER_INPUT", { name: "REQUIRED" });
      expectError(await update(ownRule.id, { active: null }, tokens.village), "BAD_USER_INPUT", { active: "REQUIRED" });
      expectError(await update(999_999, { points: 2 }), "NOT_FOUND");
    });
    ruleByName.set("待停用细则", Number(districtRule.id));
  });
});

// ---------------------------------------------------------------- awards at once

describe("awardPoints in 石门村 (no publicity): entries at once", () => {
  it("awards a rule's points to several households: entries with balanceAfter, balances moved", async () => {
    const resident = hh("PC01-001");
    const [a, b] = [fresh("PC01"), fresh("PC01")];
    const entries = await awarded({ householdIds: [resident, a, b], ruleId: rule("庭院整洁") });
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      expect(entry).toMatchObject({
        villageId: String(villageIds.PC01),
        kind: "AWARD",
        delta: 5,
        balanceAfter: 5,
        ruleId: String(rule("庭院整洁")),
        batchId: null,
        reversesEntryId: null,
        reason: "庭院整洁",
        deedDate: today,
        recordedBy: String(userIds.village),
      });
    }
    expect(entries.map((e) => Number(e.householdId)).sort((x, y) => x - y)).toEqual([resident, a, b].sort((x, y) => x - y));
    for (const id of [resident, a, b]) expect(await balanceOf(id)).toBe(5);
    // The resident sees its own balance and entry.
    expect(await balanceOf(resident, tokens.resident)).toBe(5);

    // A second award runs the balance on, with the note in the reason.
    const [second] = await awarded({ householdIds: [a], ruleId: rule("孝老爱亲"), note: "照料瘫痪婆婆", deedDate: yesterday });
    expect(second).toMatchObject({ delta: 10, balanceAfter: 15, reason: "孝老爱亲（照料瘫痪婆婆）", deedDate: yesterday });
    expect(await balanceOf(a)).toBe(15);
    await expectBooksBalance();
  });

  it("awards explicit points with a reason, and a village's own rule, also by the admin", async () => {
    const [a, b] = [fresh("PC01"), fresh("PC01")];
    const explicit = await awarded({ householdIds: [a, b], points: 7, reason: " 扑救山火 " });
    expect(explicit.map((e) => [e.delta, e.balanceAfter, e.reason, e.ruleId])).toEqual([
      [7, 7, "扑救山火", null],
      [7, 7, "扑救山火", null],
    ]);
    const [own] = await awarded({ householdIds: [a], ruleId: rule("河道清漂护河") });
    expect(own).toMatchObject({ delta: 3, balanceAfter: 10, ruleId: String(rule("河道清漂护河")) });
    const [byAdmin] = await awarded({ householdIds: [b], points: 1000, reason: "见义勇为（区级表彰）" }, tokens.admin);
    expect(byAdmin).toMatchObject({ delta: 1000, balanceAfter: 1007, recordedBy: String(userIds.admin) });
    // A year back is still a deed date.
    const [old] = await awarded({ householdIds: [b], ruleId: rule("垃圾分类投放"), deedDate: addDays(today, -365) });
    expect(old).toMatchObject({ deedDate: addDays(today, -365), balanceAfter: 1010 });
    expect(await balanceOf(a)).toBe(10);
    expect(await balanceOf(b)).toBe(1010);
  });

  it("is all or nothing: one unknown, archived, moved, other-village or out-of-scope household writes nothing for the others", async () => {
    const [a, b] = [fresh("PC01"), fresh("PC01")];
    const archived = fresh("PC01");
    await t.ok(`mutation ($id: ID!) { archiveHousehold(id: $id) { status } }`, { id: String(archived) }, tokens.village);
    const pc03 = fresh("PC03");
    const moved = hh("PC02-017");
    await nothingChanges(async () => {
      const rule5 = rule("庭院整洁");
      expectError(await award({ householdIds: [a, b, 999_999], ruleId: rule5 }), "BAD_USER_INPUT", { householdIds: "NOT_FOUND" });
      expectError(await award({ householdIds: [a, archived, b], ruleId: rule5 }), "BAD_USER_INPUT", { householdIds: "INVALID" });
      expectError(await award({ householdIds: [a, archived], ruleId: rule5 }, tokens.admin), "BAD_USER_INPUT", { householdIds: "INVALID" });
      expectError(await award({ householdIds: [moved], ruleId: rule5 }, tokens.admin), "BAD_USER_INPUT", { householdIds: "INVALID" });
      // Another village's household is out of the committee's scope: it does not exist for it.
      expectError(await award({ householdIds: [a, pc03], ruleId: rule5 }), "BAD_USER_INPUT", { householdIds: "NOT_FOUND" });
      expectError(await award({ householdIds: [pc03], ruleId: rule5 }), "BAD_USER_INPUT", { householdIds: "NOT_FOUND" });
      // The admin sees both villages, but one award is for one village.
      expectError(await award({ householdIds: [a, pc03], ruleId: rule5 }, tokens.admin), "BAD_USER_INPUT", { householdIds: "INVALID" });
      expectError(await award({ householdIds: [], ruleId: rule5 }), "BAD_USER_INPUT", { householdIds: "REQUIRED" });
      expectError(await award({ householdIds: [a, b, a], ruleId: rule5 }), "BAD_USER_INPUT", { householdIds: "INVALID" });
      expectError(
        await t.gql(`mutation ($input: AwardPointsInput!) { awardPoints(input: $input) { entries { id } } }`, {
          input: { householdIds: [String(a), "x1"], ruleId: String(rule5), deedDate: today, idempotencyKey: newKey() },
        }, tokens.village),
        "BAD_USER_INPUT",
      );
    });
    for (const id of [a, b, archived, pc03]) expect(await balanceOf(id)).toBe(0);
    const written = await db().select({ n: count() }).from(pointEntries).where(inArray(pointEntries.householdId, [a, b, archived, pc03, moved]));
    expect(written[0]!.n).toBe(0);
  });

  it("refuses a deduction rule, an inactive rule and another village's rule", async () => {
    const a = fresh("PC01");
    await nothingChanges(async () => {
      expectError(await award({ householdIds: [a], ruleId: rule("乱堆乱放") }), "BAD_USER_INPUT", { ruleId: "INVALID" });
      expectError(await award({ householdIds: [a], ruleId: rule("待停用细则") }), "BAD_USER_INPUT", { ruleId: "NOT_FOUND" });
      expectError(await award({ householdIds: [a], ruleId: rule("参与锅庄文化传承") }), "BAD_USER_INPUT", { ruleId: "INVALID" });
      expectError(await award({ householdIds: [a], ruleId: rule("参与锅庄文化传承") }, tokens.admin), "BAD_USER_INPUT", { ruleId: "INVALID" });
      expectError(await award({ householdIds: [a], ruleId: 999_999 }), "BAD_USER_INPUT", { ruleId: "NOT_FOUND" });
      expectError(await award({ householdIds: [a], ruleId: rule("庭院整洁"), points: 5 }), "BAD_USER_INPUT", { points: "INVALID" });
    });
  });

  it("checks the deed date, points, reason and key", async () => {
    const a = fresh("PC01");
    const r = rule("庭院整洁");
    await nothingChanges(async () => {
      expectError(await award({ householdIds: [a], ruleId: r, deedDate: tomorrow }), "BAD_USER_INPUT", { deedDate: "OUT_OF_RANGE" });
      expectError(await award({ householdIds: [a], ruleId: r, deedDate: addDays(today, -367) }), "BAD_USER_INPUT", { deedDate: "OUT_OF_RANGE" });
      expectError(await award({ householdIds: [a], ruleId: r, deedDate: "2026-02-30" }), "BAD_USER_INPUT");
      expectError(await award({ householdIds: [a] }), "BAD_USER_INPUT", { points: "REQUIRED", reason: "REQUIRED" });
      expectError(await award({ householdIds: [a], points: 5 }), "BAD_USER_INPUT", { reason: "REQUIRED" });
      expectError(await award({ householdIds: [a], reason: "好人好事" }), "BAD_USER_INPUT", { points: "REQUIRED" });
      expectError(await award({ householdIds: [a], points: 5, reason: "   " }), "BAD_USER_INPUT", { reason: "REQUIRED" });
      expectError(await award({ householdIds: [a], points: 0, reason: "零分" }), "BAD_USER_INPUT", { points: "OUT_OF_RANGE" });
      expectError(await award({ householdIds: [a], points: -5, reason: "负分" }), "BAD_USER_INPUT", { points: "OUT_OF_RANGE" });
      expectError(await award({ householdIds: [a], points: 1001, reason: "太多" }), "BAD_USER_INPUT", { points: "OUT_OF_RANGE" });
      expectError(await award({ householdIds: [a], points: 5, reason: "长".repeat(201) }), "BAD_USER_INPUT", { reason: "TOO_LONG" });
      expectError(await award({ householdIds: [a], ruleId: r, idempotencyKey: "short" }), "BAD_USER_INPUT", { idempotencyKey: "INVALID" });
      expectError(await award({ householdIds: [a], ruleId: r, idempotencyKey: "has a space" }), "BAD_USER_INPUT", { idempotencyKey: "INVALID" });
      expectError(await award({ householdIds: [a], ruleId: r, idempotencyKey: "k".repeat(101) }), "BAD_USER_INPUT", { idempotencyKey: "INVALID" });
    });
    expect(await balanceOf(a)).toBe(0);
  });

  it("is refused to roles that do not move points, and to a committee outside its village", async () => {
    const a = fresh("PC01");
    const pc03 = fresh("PC03");
    await nothingChanges(async () => {
      for (const role of ["district", "township", "dept", "resident", "qinglongResident"]) {
        expectError(await award({ householdIds: [a], ruleId: rule("庭院整洁") }, tokens[role]), "FORBIDDEN");
      }
      // 青龙村's committee cannot award to 石门村 or 白鹤村 households.
      expectError(await award({ householdIds: [a], ruleId: rule("庭院整洁") }, tokens.qinglong), "BAD_USER_INPUT", { householdIds: "NOT_FOUND" });
      expectError(await award({ householdIds: [pc03], points: 3, reason: "帮忙" }, tokens.qinglong), "BAD_USER_INPUT", { householdIds: "NOT_FOUND" });
    });
  });
});

// ---------------------------------------------------------------- idempotency

describe("idempotency keys", () => {
  it("returns the first entries for the same key and request, moving the balance once", async () => {
    const [a, b] = [fresh("PC01"), fresh("PC01")];
    const idempotencyKey = newKey();
    const first = await awarded({ householdIds: [a, b], ruleId: rule("邻里互助"), idempotencyKey });
    const again = await awarded({ householdIds: [a, b], ruleId: rule("邻里互助"), idempotencyKey });
    expect(again).toEqual(first);
    const third = await awarded({ householdIds: [a, b], ruleId: rule("邻里互助"), idempotencyKey });
    expect(third.map((e) => e.id)).toEqual(first.map((e) => e.id));
    expect(await balanceOf(a)).toBe(5);
    expect(await balanceOf(b)).toBe(5);
    const [made] = await db().select({ n: count() }).from(pointEntries).where(inArray(pointEntries.householdId, [a, b]));
    expect(made!.n).toBe(2);
  });

  it("refuses the same key for a different request as CONFLICT, also across operations", async () => {
    const [a, b] = [fresh("PC01"), fresh("PC01")];
    const idempotencyKey = newKey();
    await awarded({ householdIds: [a], ruleId: rule("邻里互助"), idempotencyKey });
    await awarded({ householdIds: [b], points: 20, reason: "先进个人" });
    await nothingChanges(async () => {
      expectError(await award({ householdIds: [a, b], ruleId: rule("邻里互助"), idempotencyKey }), "CONFLICT");
      expectError(await award({ householdIds: [a], ruleId: rule("庭院整洁"), idempotencyKey }), "CONFLICT");
      expectError(await award({ householdIds: [a], ruleId: rule("邻里互助"), note: "另一件事", idempotencyKey }), "CONFLICT");
      expectError(await award({ householdIds: [a], ruleId: rule("邻里互助"), deedDate: yesterday, idempotencyKey }), "CONFLICT");
      expectError(await deduct(b, rule("乱堆乱放"), { idempotencyKey }), "CONFLICT");
      const [entry] = await db().select({ id: pointEntries.id }).from(pointEntries).where(eq(pointEntries.householdId, b));
      expectError(await reverse(entry!.id, { idempotencyKey }), "CONFLICT");
    });
    expect(await balanceOf(a)).toBe(5);
  });

  it("keeps a key to the user who first used it: the same request from anyone else is CONFLICT and shows nothing", async () => {
    const a = fresh("PC01");
    const idempotencyKey = newKey();
    const args = { householdIds: [a], points: 6, reason: "义务植树", idempotencyKey };
    const [first] = await awarded(args);
    await nothingChanges(async () => {
      for (const token of [tokens.qinglong, tokens.admin]) {
        const replayed = await award(args, token);
        expectError(replayed, "CONFLICT");
        expect(replayed.data ?? null).toBeNull();
      }
    });
    expect((await awarded(args)).map((e) => e.id)).toEqual([first!.id]);
    expect(await balanceOf(a)).toBe(6);
  });

  it("does not consume the key of a failed call: fixed and retried with the same key, it works", async () => {
    const a = fresh("PC01");
    const pc03 = fresh("PC03");
    const idempotencyKey = newKey();
    await nothingChanges(async () => {
      expectError(await award({ householdIds: [a], ruleId: rule("庭院整洁"), deedDate: tomorrow, idempotencyKey }), "BAD_USER_INPUT");
      expectError(await award({ householdIds: [a, pc03], ruleId: rule("庭院整洁"), idempotencyKey }), "BAD_USER_INPUT");
      expectError(await award({ householdIds: [a], ruleId: rule("乱堆乱放"), idempotencyKey }), "BAD_USER_INPUT");
    });
    const [entry] = await awarded({ householdIds: [a], ruleId: rule("庭院整洁"), idempotencyKey });
    expect(entry).toMatchObject({ delta: 5, balanceAfter: 5 });
    // A deduction refused for want of points keeps its key free too.
    const deductKey = newKey();
    await nothingChanges(async () => expectError(await deduct(a, rule("不履行赡养义务"), { idempotencyKey: deductKey }), "INSUFFICIENT_POINTS"));
    await awarded({ householdIds: [a], ruleId: rule("庭院整洁") });
    const retried = await deduct(a, rule("不履行赡养义务"), { idempotencyKey: deductKey });
    expect(retried.data?.deductPoints).toMatchObject({ kind: "DEDUCTION", delta: -10, balanceAfter: 0 });
  });

  it("keeps user keys apart from the ledger's own entry keys (redemptions, refunds, awards)", async () => {
    // A redemption's entry and its refund are keyed by the ledger itself; a
    // user's key that happens to read the same must not block them.
    const a = fresh("PC01");
    await awarded({ householdIds: [a], points: 50, reason: "年度表彰" });
    const product = (
      await t.ok(`mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`, {
        input: { villageId: String(villageIds.PC01), name: "洗洁精", unit: "瓶", price: 8, stock: 10 },
      }, tokens.village)
    ).createProduct.id;
    const redeemKey = `shop-${newKey()}`;
    // An award whose key and household read like that redemption's entry key.
    const [first] = await awarded({ householdIds: [a], points: 2, reason: "小事", idempotencyKey: `redeem:${redeemKey.slice(0, -2)}` });
    expect(first!.delta).toBe(2);
    const sold = await t.gql(
      `mutation ($input: RedeemInput!) { redeem(input: $input) { id total } }`,
      { input: { householdId: String(a), lines: [{ productId: product, quantity: 1 }], idempotencyKey: redeemKey } },
      tokens.village,
    );
    expect(sold.errors, JSON.stringify(sold.errors)).toBeUndefined();
    const redemptionId = sold.data!.redeem.id;
    // A deduction whose key reads like the refund's entry key.
    const deducted = await deduct(a, rule("乱堆乱放"), { idempotencyKey: `cancel:${redemptionId}` });
    expect(deducted.errors, JSON.stringify(deducted.errors)).toBeUndefined();
    const cancelled = await t.gql(`mutation ($id: ID!) { cancelRedemption(id: $id, reason: "退货") { status } }`, { id: redemptionId }, tokens.village);
    expect(cancelled.errors, JSON.stringify(cancelled.errors)).toBeUndefined();
    expect(cancelled.data!.cancelRedemption.status).toBe("CANCELLED");
    expect(await balanceOf(a)).toBe(50 + 2 - 5);
  });
});

// ---------------------------------------------------------------- deductions

describe("deductPoints", () => {
  it("deducts by a negative rule, with balanceAfter, and a retry with the same key does it once", async () => {
    const a = fresh("PC01");
    await awarded({ householdIds: [a], points: 12, reason: "评为文明家庭" });
    const idempotencyKey = newKey();
    const first = await deduct(a, rule("乱堆乱放"), { idempotencyKey, note: "柴草堆在村道", deedDate: yesterday });
    expect(first.data?.deductPoints).toMatchObject({
      householdId: String(a),
      villageId: String(villageIds.PC01),
      kind: "DEDUCTION",
      delta: -5,
      balanceAfter: 7,
      ruleId: String(rule("乱堆乱放")),
      reason: "乱堆乱放（柴草堆在村道）",
      deedDate: yesterday,
      recordedBy: String(userIds.village),
    });
    const again = await deduct(a, rule("乱堆乱放"), { idempotencyKey, note: "柴草堆在村道", deedDate: yesterday });
    expect(again.data?.deductPoints).toEqual(first.data?.deductPoints);
    expect(await balanceOf(a)).toBe(7);
    // A village's own deduction rule applies in its village.
    const own = await deduct(a, rule("散养家禽"));
    expect(own.data?.deductPoints).toMatchObject({ delta: -3, balanceAfter: 4 });
    // Down to exactly zero is fine.
    await awarded({ householdIds: [a], points: 1, reason: "补足" });
    expect((await deduct(a, rule("乱堆乱放"))).data?.deductPoints.balanceAfter).toBe(0);
    expect(await balanceOf(a)).toBe(0);
  });

  it("never goes below zero: INSUFFICIENT_POINTS and nothing changes", async () => {
    const [a, empty] = [fresh("PC01"), fresh("PC01")];
    await awarded({ householdIds: [a], points: 7, reason: "帮扶邻居" });
    await nothingChanges(async () => {
      const result = await deduct(a, rule("不履行赡养义务"));
      expectError(result, "INSUFFICIENT_POINTS");
      expect(result.errors![0]!.extensions).toMatchObject({ householdId: String(a), balance: 7, needed: 10 });
      expectError(await deduct(empty, rule("乱堆乱放")), "INSUFFICIENT_POINTS");
    });
    expect(await balanceOf(a)).toBe(7);
  });

  it("refuses award rules, inactive or unknown rules, bad dates and keys, other villages and other roles", async () => {
    const a = fresh("PC01");
    await awarded({ householdIds: [a], points: 30, reason: "见义勇为" });
    const inactive = (
      await t.ok(`mutation ($input: CreatePointRuleInput!) { createPointRule(input: $input) { id } }`, {
        input: { category: "OTHER", name: "停用的扣分", points: -2, villageId: String(villageIds.PC01) },
      }, tokens.village)
    ).createPointRule.id;
    await t.ok(`mutation ($id: ID!) { updatePointRule(id: $id, input: { active: false }) { active } }`, { id: inactive }, tokens.village);
    const pc03 = fresh("PC03");
    await awarded({ householdIds: [pc03], points: 30, reason: "见义勇为" }, tokens.admin);
    await nothingChanges(async () => {
      expectError(await deduct(a, rule("庭院整洁")), "BAD_USER_INPUT", { ruleId: "INVALID" });
      expectError(await deduct(a, Number(inactive)), "BAD_USER_INPUT", { ruleId: "NOT_FOUND" });
      expectError(await deduct(a, 999_999), "BAD_USER_INPUT", { ruleId: "NOT_FOUND" });
      expectError(await deduct(pc03, rule("散养家禽"), { token: tokens.admin }), "BAD_USER_INPUT", { ruleId: "INVALID" });
      expectError(await deduct(a, rule("乱堆乱放"), { deedDate: tomorrow }), "BAD_USER_INPUT", { deedDate: "OUT_OF_RANGE" });
      expectError(await deduct(a, rule("乱堆乱放"), { deedDate: addDays(today, -400) }), "BAD_USER_INPUT", { deedDate: "OUT_OF_RANGE" });
      expectError(await deduct(a, rule("乱堆乱放"), { idempotencyKey: "1234567" }), "BAD_USER_INPUT", { idempotencyKey: "INVALID" });
      expectError(await deduct(pc03, rule("乱堆乱放")), "BAD_USER_INPUT", { householdId: "NOT_FOUND" });
      expectError(await deduct(999_999, rule("乱堆乱放"), { token: tokens.admin }), "BAD_USER_INPUT", { householdId: "NOT_FOUND" });
      for (const role of ["district", "township", "dept", "resident"]) expectError(await deduct(a, rule("乱堆乱放"), { token: tokens[role] }), "FORBIDDEN");
    });
  });
});


// ---------------------------------------------------------------- reversals

describe("reversePointEntry", () => {
  it("reverses an award (balance back) and a deduction, once each; a retry returns the same reversal", async () => {
    const a = fresh("PC01");
    await awarded({ householdIds: [a], ruleId: rule("孝老爱亲") });
    const [fiveEntry] = await awarded({ householdIds: [a], ruleId: rule("庭院整洁") });
    const deduction = (await deduct(a, rule("乱堆乱放"))).data!.deductPoints as Entry;
    expect(await balanceOf(a)).toBe(10);

    const idempotencyKey = newKey();
    const reversal = await reverse(fiveEntry!.id, { idempotencyKey, reason: "重复录入" });
    const reversed = reversal.data?.reversePointEntry as Entry;
    expect(reversed).toMatchObject({
      householdId: String(a),
      villageId: String(villageIds.PC01),
      kind: "REVERSAL",
      delta: -5,
      balanceAfter: 5,
      reversesEntryId: fiveEntry!.id,
      ruleId: String(rule("庭院整洁")),
      reason: `冲正 #${fiveEntry!.id}: 重复录入`,
      deedDate: today,
      recordedBy: String(userIds.village),
    });
    expect((await reverse(fiveEntry!.id, { idempotencyKey, reason: "重复录入" })).data?.reversePointEntry).toEqual(reversed);
    expect(await balanceOf(a)).toBe(5);

    const undone = await reverse(deduction.id, { reason: "已整改" });
    expect(undone.data?.reversePointEntry).toMatchObject({ kind: "REVERSAL", delta: 5, balanceAfter: 10, reversesEntryId: deduction.id });
    expect(await balanceOf(a)).toBe(10);

    await nothingChanges(async () => {
      const twice = await reverse(fiveEntry!.id);
      expectError(twice, "CONFLICT");
      expect(twice.errors![0]!.extensions.reversedBy).toBe(reversed.id);
      expectError(await reverse(deduction.id), "CONFLICT");
      expectError(await reverse(reversed.id), "CONFLICT");
      expectError(await reverse(reversed.id, { token: tokens.admin }), "CONFLICT");
      // The same key with another reason is another request.
      expectError(await reverse(fiveEntry!.id, { idempotencyKey, reason: "另一个理由" }), "CONFLICT");
    });
  });

  it("refuses to reverse an award whose points were spent (deducted or redeemed): INSUFFICIENT_POINTS, nothing changes", async () => {
    const [a, b] = [fresh("PC01"), fresh("PC01")];
    const [spentByDeduction] = await awarded({ householdIds: [a], ruleId: rule("孝老爱亲") });
    await deduct(a, rule("不履行赡养义务"));
    const [spentInShop] = await awarded({ householdIds: [b], points: 20, reason: "扶贫济困" });
    const product = (
      await t.ok(`mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`, {
        input: { villageId: String(villageIds.PC01), name: "大米", unit: "袋", price: 15, stock: 5 },
      }, tokens.village)
    ).createProduct.id;
    const sold = await t.ok(
      `mutation ($input: RedeemInput!) { redeem(input: $input) { id entries { id kind } } }`,
      { input: { householdId: String(b), lines: [{ productId: product, quantity: 1 }], idempotencyKey: newKey() } },
      tokens.village,
    );
    const redemptionEntry = sold.redeem.entries.find((e: { kind: string }) => e.kind === "REDEMPTION").id;
    expect(await balanceOf(a)).toBe(0);
    expect(await balanceOf(b)).toBe(5);

    const retryKey = newKey();
    await nothingChanges(async () => {
      const result = await reverse(spentByDeduction!.id, { idempotencyKey: retryKey });
      expectError(result, "INSUFFICIENT_POINTS");
      expect(result.errors![0]!.extensions).toMatchObject({ balance: 0, needed: 10 });
      expectError(await reverse(spentInShop!.id), "INSUFFICIENT_POINTS");
      // A redemption is undone by cancelling it, not by a reversal.
      expectError(await reverse(redemptionEntry), "CONFLICT");
    });
    // Once the household has the points again, the reversal goes through, with the same key.
    await awarded({ householdIds: [a], points: 10, reason: "补录" });
    const later = await reverse(spentByDeduction!.id, { idempotencyKey: retryKey });
    expect(later.data?.reversePointEntry).toMatchObject({ delta: -10, balanceAfter: 0 });
  });

  it("is NOT_FOUND outside the committee's village, FORBIDDEN to roles that move no points, and checks reason and key", async () => {
    const pc03 = fresh("PC03");
    const [entry] = await awarded({ householdIds: [pc03], ruleId: rule("庭院整洁") }, tokens.admin);
    await nothingChanges(async () => {
      expectError(await reverse(entry!.id), "NOT_FOUND");
      expectError(await reverse(entry!.id, { token: tokens.qinglong }), "NOT_FOUND");
      for (const role of ["district", "township", "dept", "resident"]) expectError(await reverse(entry!.id, { token: tokens[role] }), "FORBIDDEN");
      expectError(await reverse(999_999_999, { token: tokens.admin }), "NOT_FOUND");
      expectError(await reverse("abc", { token: tokens.admin }), "BAD_USER_INPUT");
      expectError(await reverse(entry!.id, { token: tokens.admin, reason: " " }), "BAD_USER_INPUT", { reason: "REQUIRED" });
      expectError(await reverse(entry!.id, { token: tokens.admin, idempotencyKey: "short" }), "BAD_USER_INPUT", { idempotencyKey: "INVALID" });
    });
    expect((await reverse(entry!.id, { token: tokens.admin })).data?.reversePointEntry.balanceAfter).toBe(0);
  });
});

// ---------------------------------------------------------------- publicity

describe("publicity (公示) in 青龙村, 3 days", () => {
  const GET = `query ($id: ID!) { awardBatch(id: $id) { ${BATCH} } }`;
  const LIST = `query ($filter: AwardBatchFilter) { awardBatches(filter: $filter, perPage: 200) { total items { id villageId status } } }`;
  const post = (id: string, token = tokens.qinglong) => t.gql(`mutation ($id: ID!) { postAwardBatch(id: $id) { ${BATCH} } }`, { id }, token);
  const withdraw = (id: string, reason = "评议未通过", token = tokens.qinglong) =>
    t.gql(`mutation ($id: ID!, $r: String!) { withdrawAwardBatch(id: $id, reason: $r) { ${BATCH} } }`, { id, r: reason }, token);
  const removeLine = (lineId: string, reason = "核实后不符合", token = tokens.qinglong) =>
    t.gql(`mutation ($id: ID!, $r: String!) { removeAwardLine(lineId: $id, reason: $r) { ${BATCH} } }`, { id: lineId, r: reason }, token);
  const object = (lineId: string, reason = "他家门前仍有垃圾", token = tokens.qinglongResident) =>
    t.gql(`mutation ($id: ID!, $r: String!) { objectToAward(lineId: $id, reason: $r) { id lineId reason createdAt } }`, { id: lineId, r: reason }, token);
  const listed = async (token: string | undefined, filter: Record<string, unknown> = {}) =>
    ((await t.ok(LIST, { filter }, token)).awardBatches.items as { id: string }[]).map((b) => b.id);

  let batch: { id: string; lines: { id: string; householdId: string; state: string }[] };
  let awardKey: string;
  let mb01Batch: string;
  const p1 = () => hh("PC02-001");
  let p2: number;
  let p3: number;
  const lineOf = (householdId: number) => batch.lines.find((l) => l.householdId === String(householdId))!;

  it("puts an award on publicity: a batch with its lines, no entries, balances unchanged", async () => {
    [p2, p3] = [fresh("PC02"), fresh("PC02")];
    awardKey = newKey();
    const before = await db().select({ n: count() }).from(pointEntries);
    const result = await award({ householdIds: [p3, p1(), p2], ruleId: rule("庭院整洁"), note: "三月评比", idempotencyKey: awardKey }, tokens.qinglong);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.data!.awardPoints.entries).toEqual([]);
    batch = result.data!.awardPoints.batch;
    expect(batch).toMatchObject({
      villageId: String(villageIds.PC02),
      ruleId: String(rule("庭院整洁")),
      points: 5,
      reason: "庭院整洁",
      note: "三月评比",
      deedDate: today,
      status: "ON_PUBLICITY",
      publicityEndsOn: addDays(today, 3),
      postedAt: null,
      withdrawnAt: null,
    });
    const rows = await db().select().from(households).where(inArray(households.id, [p1(), p2, p3])).orderBy(asc(households.number));
    expect(batch.lines).toEqual(
      rows.map((h) => expect.objectContaining({ householdId: String(h.id), householdNumber: h.number, headName: h.headName, state: "INCLUDED", removedReason: null, objectionCount: 0 })),
    );
    for (const id of [p1(), p2, p3]) expect(await balanceOf(id)).toBe(0);
    expect(await db().select({ n: count() }).from(pointEntries)).toEqual(before);

    // A retry with the same key returns the same batch and makes no other.
    const retried = await award({ householdIds: [p3, p1(), p2], ruleId: rule("庭院整洁"), note: "三月评比", idempotencyKey: awardKey }, tokens.qinglong);
    expect(retried.data!.awardPoints).toEqual({ entries: [], batch });
    expect(await listed(tokens.qinglong)).toEqual([batch.id]);

    // 磨坝村 publishes for 5 days.
    const mb01 = await award({ householdIds: [fresh("MB01")], ruleId: rule("参与锅庄文化传承") }, tokens.admin);
    expect(mb01.data!.awardPoints.batch).toMatchObject({ status: "ON_PUBLICITY", publicityEndsOn: addDays(today, 5), points: 3 });
    mb01Batch = mb01.data!.awardPoints.batch.id;
  });

  it("shows the batch to the village's residents with numbers and names, and to no other village", async () => {
    const seen = await t.ok(GET, { id: batch.id }, tokens.qinglongResident);
    expect(seen.awardBatch).toEqual(batch);
    expect(await listed(tokens.qinglongResident)).toEqual([batch.id]);
    expect(await listed(tokens.qinglongResident, { status: "ON_PUBLICITY" })).toEqual([batch.id]);
    expect(await listed(tokens.qinglongResident, { status: "POSTED" })).toEqual([]);

    // 石门村's resident and committee: the batch does not exist for them.
    expectError(await t.gql(GET, { id: batch.id }, tokens.resident), "NOT_FOUND");
    expectError(await t.gql(GET, { id: batch.id }, tokens.village), "NOT_FOUND");
    expect(await listed(tokens.resident)).toEqual([]);
    expect(await listed(tokens.village)).toEqual([]);
    expect(await listed(tokens.village, { villageId: String(villageIds.PC02) })).toEqual([]);
    expectError(await t.gql(GET, { id: mb01Batch }, tokens.qinglongResident), "NOT_FOUND");
    // 蒲池乡's staff sees its township's batch, not 磨坝村's; the district sees both.
    expect(await listed(tokens.township)).toEqual([batch.id]);
    expectError(await t.gql(GET, { id: mb01Batch }, tokens.township), "NOT_FOUND");
    expect((await listed(tokens.district)).sort()).toEqual([batch.id, mb01Batch].sort());
    expect(await listed(tokens.admin, { villageId: String(villageIds.MB01) })).toEqual([mb01Batch]);
    expectError(await t.gql(LIST, {}, tokens.dept), "FORBIDDEN");
    expectError(await t.gql(GET, { id: batch.id }, tokens.dept), "FORBIDDEN");
    expectError(await t.gql(GET, { id: "999999" }, tokens.admin), "NOT_FOUND");
  });

  it("lets the village's residents object; the committee sees the objections, residents only the counts", async () => {
    const line = lineOf(p2);
    await nothingChanges(async () => {
      expectError(await object(line.id, "不实", tokens.qinglong), "FORBIDDEN");
      expectError(await object(line.id, "不实", tokens.admin), "FORBIDDEN");
      expectError(await object(line.id, "不实", tokens.resident), "NOT_FOUND");
      expectError(await object(line.id, "  "), "BAD_USER_INPUT", { reason: "REQUIRED" });
      expectError(await object("999999"), "NOT_FOUND");
    });
    const objection = await object(line.id);
    expect(objection.data?.objectToAward).toMatchObject({ lineId: line.id, reason: "他家门前仍有垃圾" });
    // One objection per resident and line.
    expectError(await object(line.id, "再说一遍"), "CONFLICT");

    const asResident = await t.ok(GET, { id: batch.id }, tokens.qinglongResident);
    expect(asResident.awardBatch.lines.map((l: { objectionCount: number }) => l.objectionCount)).toEqual(
      batch.lines.map((l) => (l.id === line.id ? 1 : 0)),
    );
    const hidden = await t.gql(`query ($id: ID!) { awardBatch(id: $id) { id objections { id reason } } }`, { id: batch.id }, tokens.qinglongResident);
    expectError(hidden, "FORBIDDEN");
    expect(hidden.errors![0]!.path).toEqual(["awardBatch", "objections"]);
    const listedHidden = await t.gql(`{ awardBatches { items { id objections { reason } } } }`, {}, tokens.qinglongResident);
    expectError(listedHidden, "FORBIDDEN");
    for (const token of [tokens.qinglong, tokens.township, tokens.admin]) {
      const seen = await t.ok(`query ($id: ID!) { awardBatch(id: $id) { objections { id lineId reason } } }`, { id: batch.id }, token);
      expect(seen.awardBatch.objections).toEqual([{ id: objection.data!.objectToAward.id, lineId: line.id, reason: "他家门前仍有垃圾" }]);
    }
  });

  it("cannot post before publicity ends; a line can be removed; posting writes entries for the included lines only, once", async () => {
    const removed = lineOf(p2);
    await nothingChanges(async () => {
      const early = await post(batch.id);
      expectError(early, "CONFLICT");
      expect(early.errors![0]!.extensions).toMatchObject({ status: "ON_PUBLICITY", publicityEndsOn: addDays(today, 3) });
      expectError(await post(batch.id, tokens.admin), "CONFLICT");
      expectError(await post(batch.id, tokens.village), "NOT_FOUND");
      for (const role of ["qinglongResident", "township", "district", "dept"]) expectError(await post(batch.id, tokens[role]), "FORBIDDEN");
      expectError(await removeLine(removed.id, "x", tokens.village), "NOT_FOUND");
      expectError(await removeLine(removed.id, "x", tokens.qinglongResident), "FORBIDDEN");
      expectError(await removeLine(removed.id, " "), "BAD_USER_INPUT", { reason: "REQUIRED" });
      expectError(await removeLine("999999"), "NOT_FOUND");
    });
    const afterRemoval = await removeLine(removed.id);
    expect(afterRemoval.data?.removeAwardLine.lines.find((l: { id: string }) => l.id === removed.id)).toMatchObject({
      state: "REMOVED",
      removedReason: "核实后不符合",
      objectionCount: 1,
    });
    await nothingChanges(async () => {
      expectError(await removeLine(removed.id), "CONFLICT");
      expectError(await object(removed.id), "CONFLICT");
    });

    await endPublicity(batch.id);
    const posted = await post(batch.id);
    expect(posted.errors, JSON.stringify(posted.errors)).toBeUndefined();
    expect(posted.data!.postAwardBatch).toMatchObject({ id: batch.id, status: "POSTED" });
    expect(posted.data!.postAwardBatch.postedAt).toBeTruthy();
    const entries = await t.ok(
      `query ($v: ID!) { pointEntries(filter: { villageId: $v }, sort: [{ field: "id" }]) { total items { ${ENTRY} } } }`,
      { v: String(villageIds.PC02) },
      tokens.qinglong,
    );
    expect(entries.pointEntries.total).toBe(2);
    expect(entries.pointEntries.items.map((e: Entry) => Number(e.householdId)).sort()).toEqual([p1(), p3].sort());
    for (const entry of entries.pointEntries.items as Entry[]) {
      expect(entry).toMatchObject({ kind: "AWARD", delta: 5, balanceAfter: 5, batchId: batch.id, ruleId: String(rule("庭院整洁")), reason: "庭院整洁（三月评比）", deedDate: today, recordedBy: String(userIds.qinglong) });
    }
    expect(await balanceOf(p1())).toBe(5);
    expect(await balanceOf(p1(), tokens.qinglongResident)).toBe(5);
    expect(await balanceOf(p2)).toBe(0);
    expect(await balanceOf(p3)).toBe(5);

    await nothingChanges(async () => {
      expectError(await post(batch.id), "CONFLICT");
      expectError(await post(batch.id, tokens.admin), "CONFLICT");
      expectError(await withdraw(batch.id), "CONFLICT");
      expectError(await removeLine(lineOf(p3).id), "CONFLICT");
      expectError(await object(lineOf(p3).id), "CONFLICT");
      // Retrying the original award returns the (now posted) batch and writes nothing.
      const retried = await award({ householdIds: [p3, p1(), p2], ruleId: rule("庭院整洁"), note: "三月评比", idempotencyKey: awardKey }, tokens.qinglong);
      expect(retried.data!.awardPoints).toMatchObject({ entries: [], batch: { id: batch.id, status: "POSTED" } });
    });
  });

  it("withdraws a batch on publicity; a withdrawn batch never posts", async () => {
    const p4 = fresh("PC02");
    const second = (await award({ householdIds: [p4], points: 8, reason: "调解纠纷" }, tokens.qinglong)).data!.awardPoints.batch;
    await nothingChanges(async () => {
      expectError(await withdraw(second.id, " "), "BAD_USER_INPUT", { reason: "REQUIRED" });
      expectError(await withdraw(second.id, "x", tokens.village), "NOT_FOUND");
      expectError(await withdraw(second.id, "x", tokens.qinglongResident), "FORBIDDEN");
    });
    const withdrawn = await withdraw(second.id);
    expect(withdrawn.data?.withdrawAwardBatch).toMatchObject({ status: "WITHDRAWN", withdrawReason: "评议未通过", postedAt: null });
    expect(withdrawn.data?.withdrawAwardBatch.withdrawnAt).toBeTruthy();
    await endPublicity(second.id);
    await nothingChanges(async () => {
      expectError(await post(second.id), "CONFLICT");
      expectError(await withdraw(second.id), "CONFLICT");
      expectError(await object(second.lines[0].id), "CONFLICT");
      expectError(await removeLine(second.lines[0].id), "CONFLICT");
    });
    expect(await balanceOf(p4)).toBe(0);
    expect(await listed(tokens.qinglongResident, { status: "WITHDRAWN" })).toEqual([second.id]);
  });

  it("cannot post a batch whose every line was removed", async () => {
    const [p5, p6] = [fresh("PC02"), fresh("PC02")];
    const third = (await award({ householdIds: [p5, p6], ruleId: rule("参加志愿活动") }, tokens.qinglong)).data!.awardPoints.batch;
    for (const line of third.lines) await removeLine(line.id);
    await endPublicity(third.id);
    await nothingChanges(async () => {
      expectError(await post(third.id), "CONFLICT");
    });
    expect((await t.ok(GET, { id: third.id }, tokens.qinglong)).awardBatch.status).toBe("ON_PUBLICITY");
    expect((await withdraw(third.id, "全部撤销")).data?.withdrawAwardBatch.status).toBe("WITHDRAWN");
    expect(await balanceOf(p5)).toBe(0);
  });

  it("is all or nothing on publicity too: no batch for a bad household or rule", async () => {
    const p7 = fresh("PC02");
    await nothingChanges(async () => {
      expectError(await award({ householdIds: [p7, hh("PC02-017")], ruleId: rule("庭院整洁") }, tokens.qinglong), "BAD_USER_INPUT", { householdIds: "INVALID" });
      expectError(await award({ householdIds: [p7, hh("PC01-001")], ruleId: rule("庭院整洁") }, tokens.qinglong), "BAD_USER_INPUT", { householdIds: "NOT_FOUND" });
      expectError(await award({ householdIds: [p7], ruleId: rule("大操大办") }, tokens.qinglong), "BAD_USER_INPUT", { ruleId: "INVALID" });
      expectError(await award({ householdIds: [p7], ruleId: rule("河道清漂护河") }, tokens.qinglong), "BAD_USER_INPUT", { ruleId: "INVALID" });
      expectError(await award({ householdIds: [p7], ruleId: rule("庭院整洁"), deedDate: tomorrow }, tokens.qinglong), "BAD_USER_INPUT", { deedDate: "OUT_OF_RANGE" });
    });
  });

  it("will not post while a household on it was archived meanwhile; removing its line lets it post", async () => {
    const [p9, p10] = [fresh("PC02"), fresh("PC02")];
    const fifth = (await award({ householdIds: [p9, p10], ruleId: rule("邻里互助") }, tokens.qinglong)).data!.awardPoints.batch;
    await t.ok(`mutation ($id: ID!) { archiveHousehold(id: $id) { status } }`, { id: String(p10) }, tokens.qinglong);
    await endPublicity(fifth.id);
    await nothingChanges(async () => {
      const refused = await post(fifth.id);
      expectError(refused, "CONFLICT");
      expect(refused.errors![0]!.extensions).toMatchObject({ householdId: String(p10), status: "ARCHIVED" });
    });
    const line = fifth.lines.find((l: { householdId: string }) => l.householdId === String(p10));
    await removeLine(line.id, "已迁出注销");
    expect((await post(fifth.id)).data?.postAwardBatch.status).toBe("POSTED");
    expect(await balanceOf(p9)).toBe(5);
    expect(await balanceOf(p10)).toBe(0);
  });

  it("posts even when some user's key reads like the batch's own entry keys", async () => {
    const p8 = fresh("PC02");
    const fourth = (await award({ householdIds: [p8], ruleId: rule("庭院整洁") }, tokens.qinglong)).data!.awardPoints.batch;
    // 石门村's committee picks, by chance or not, a key that reads like the batch's entry for p8.
    const a = fresh("PC01");
    await awarded({ householdIds: [a], points: 10, reason: "好人好事" });
    const deducted = await deduct(a, rule("乱堆乱放"), { idempotencyKey: `batch:${fourth.id}:${p8}` });
    expect(deducted.errors, JSON.stringify(deducted.errors)).toBeUndefined();
    await endPublicity(fourth.id);
    const posted = await post(fourth.id);
    expect(posted.errors, JSON.stringify(posted.errors)).toBeUndefined();
    expect(posted.data!.postAwardBatch.status).toBe("POSTED");
    expect(await balanceOf(p8)).toBe(5);
  });
});

// ---------------------------------------------------------------- reads

describe("reading the ledger", () => {
  const LIST = `query ($filter: PointEntryFilter, $sort: [SortInput!], $page: Int, $perPage: Int) {
    pointEntries(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { total items { ${ENTRY} } }
  }`;
  const entriesOf = async (variables: Record<string, unknown>, token = tokens.admin) =>
    (await t.ok(LIST, { perPage: 200, ...variables }, token)).pointEntries as { total: number; items: Entry[] };
  const ids = (page: { items: { id: string }[] }) => page.items.map((e) => e.id);
  const dbCount = async (where: ReturnType<typeof eq> | undefined) => (await db().select({ n: count() }).from(pointEntries).where(where))[0]!.n;

  /** 白鹤村 household with five entries on different deed dates. */
  let x: number;
  let e: Entry[];

  beforeAll(async () => {
    x = fresh("PC03");
    const one = async (args: Omit<AwardArgs, "householdIds">) => (await awarded({ householdIds: [x], ...args }, tokens.admin))[0]!;
    const e1 = await one({ ruleId: rule("庭院整洁"), deedDate: addDays(today, -10) });
    const e2 = await one({ ruleId: rule("发展特色种养业"), deedDate: addDays(today, -5) });
    const e3 = (await deduct(x, rule("违规焚烧秸秆"), { deedDate: addDays(today, -2), token: tokens.admin })).data!.deductPoints as Entry;
    const e5 = await one({ ruleId: rule("见义勇为"), deedDate: yesterday });
    const e4 = (await reverse(e1.id, { token: tokens.admin })).data!.reversePointEntry as Entry;
    e = [e1, e2, e3, e5, e4];
    // 上寨村 (磨坝藏族乡) gets an entry too, outside 蒲池乡.
    await awarded({ householdIds: [fresh("MB02")], ruleId: rule("按时参保缴费") }, tokens.admin);
  });

  it("filters by household, kind, rule, deed dates, village and township; sorts and pages", async () => {
    expect(e.map((entry) => entry.balanceAfter)).toEqual([5, 15, 5, 25, 20]);
    const all = await entriesOf({ filter: { householdId: String(x) } });
    expect(all.total).toBe(5);
    expect(ids(all)).toEqual(e.map((entry) => entry.id).reverse());
    expect(ids(await entriesOf({ filter: { householdId: String(x), kind: "DEDUCTION" } }))).toEqual([e[2]!.id]);
    const reversal = await entriesOf({ filter: { householdId: String(x), kind: "REVERSAL" } });
    expect(reversal.items).toEqual([expect.objectContaining({ id: e[4]!.id, reversesEntryId: e[0]!.id, delta: -5 })]);
    expect(ids(await entriesOf({ filter: { householdId: String(x), ruleId: String(rule("发展特色种养业")) } }))).toEqual([e[1]!.id]);
    // A reversal carries the rule of the entry it cancels.
    expect(ids(await entriesOf({ filter: { householdId: String(x), ruleId: String(rule("庭院整洁")) } }))).toEqual([e[4]!.id, e[0]!.id]);
    expect(ids(await entriesOf({ filter: { householdId: String(x), from: addDays(today, -6), to: addDays(today, -2) } }))).toEqual([e[2]!.id, e[1]!.id]);
    expect(ids(await entriesOf({ filter: { householdId: String(x), from: addDays(today, -10), to: addDays(today, -10) } }))).toEqual([e[0]!.id]);
    expect(ids(await entriesOf({ filter: { householdId: String(x), from: yesterday } }))).toEqual([e[4]!.id, e[3]!.id]);
    expect(ids(await entriesOf({ filter: { householdId: String(x), from: tomorrow } }))).toEqual([]);
    expect(ids(await entriesOf({ filter: { householdId: String(x) }, sort: [{ field: "deedDate", order: "ASC" }] }))).toEqual(
      [e[0], e[1], e[2], e[3], e[4]].map((entry) => entry!.id),
    );
    expect(ids(await entriesOf({ filter: { householdId: String(x) }, sort: [{ field: "delta", order: "DESC" }, { field: "id" }] }))).toEqual(
      [e[3], e[1], e[0], e[4], e[2]].map((entry) => entry!.id),
    );
    const page2 = await entriesOf({ filter: { householdId: String(x) }, page: 2, perPage: 2 });
    expect(page2.total).toBe(5);
    expect(ids(page2)).toEqual([e[2]!.id, e[1]!.id]);

    const pc03 = await entriesOf({ filter: { villageId: String(villageIds.PC03) } });
    expect(pc03.total).toBe(await dbCount(eq(pointEntries.villageId, villageIds.PC03!)));
    expect(pc03.items.every((entry) => entry.villageId === String(villageIds.PC03))).toBe(true);
    const pcVillages = [villageIds.PC01!, villageIds.PC02!, villageIds.PC03!];
    const township = await entriesOf({ filter: { townshipId: String(townshipOfPC) } });
    expect(township.total).toBe(await dbCount(inArray(pointEntries.villageId, pcVillages)));
    expectError(await t.gql(LIST, { perPage: 201 }, tokens.admin), "BAD_USER_INPUT", { perPage: "OUT_OF_RANGE" });
    expectError(await t.gql(LIST, { filter: { kind: "BONUS" } }, tokens.admin), "BAD_USER_INPUT");
  });

  it("shows each role its scope: committee its village, resident its household, township its villages, dept nothing", async () => {
    const total = await dbCount(undefined);
    expect((await entriesOf({}, tokens.admin)).total).toBe(total);
    expect((await entriesOf({}, tokens.district)).total).toBe(total);

    const committee = await entriesOf({}, tokens.village);
    expect(committee.total).toBe(await dbCount(eq(pointEntries.villageId, villageIds.PC01!)));
    expect(committee.total).toBeGreaterThan(0);
    expect(committee.items.every((entry) => entry.villageId === String(villageIds.PC01))).toBe(true);
    expect((await entriesOf({ filter: { villageId: String(villageIds.PC03) } }, tokens.village)).total).toBe(0);
    expect((await entriesOf({ filter: { householdId: String(x) } }, tokens.village)).total).toBe(0);

    const resident = await entriesOf({}, tokens.resident);
    expect(resident.total).toBe(await dbCount(eq(pointEntries.householdId, hh("PC01-001"))));
    expect(resident.total).toBeGreaterThan(0);
    expect(resident.items.every((entry) => entry.householdId === String(hh("PC01-001")))).toBe(true);
    expect((await entriesOf({ filter: { householdId: String(x) } }, tokens.resident)).total).toBe(0);
    expect((await entriesOf({ filter: { villageId: String(villageIds.PC01) } }, tokens.resident)).total).toBe(resident.total);

    const pcVillages = [villageIds.PC01!, villageIds.PC02!, villageIds.PC03!];
    const township = await entriesOf({}, tokens.township);
    expect(township.total).toBe(await dbCount(inArray(pointEntries.villageId, pcVillages)));
    expect(township.total).toBeLessThan(total);
    expect(township.items.every((entry) => pcVillages.includes(Number(entry.villageId)))).toBe(true);
    expect((await entriesOf({ filter: { villageId: String(villageIds.MB02) } }, tokens.township)).total).toBe(0);

    expectError(await t.gql(LIST, {}, tokens.dept), "FORBIDDEN");
    expectError(await t.gql(LIST, {}), "UNAUTHENTICATED");
  });

  const PASSBOOK = `query ($id: ID!, $from: LocalDate, $to: LocalDate) {
    householdPassbook(householdId: $id, from: $from, to: $to) {
      householdId householdNumber headName villageName from to openingBalance closingBalance totalIn totalOut entries { id delta balanceAfter kind }
    }
  }`;
  type Passbook = {
    householdId: string;
    householdNumber: string;
    headName: string;
    villageName: string;
    openingBalance: number;
    closingBalance: number;
    totalIn: number;
    totalOut: number;
    entries: { id: string; delta: number; balanceAfter: number }[];
  };
  const passbook = async (id: number, from?: string, to?: string, token = tokens.admin) =>
    (await t.ok(PASSBOOK, { id: String(id), from, to }, token)).householdPassbook as Passbook;
  /** Running balances follow, and opening + in − out = closing. */
  function expectConsistent(book: Passbook) {
    let running = book.openingBalance;
    for (const entry of book.entries) {
      running += entry.delta;
      expect(entry.balanceAfter).toBe(running);
    }
    expect(book.closingBalance).toBe(running);
    expect(book.totalIn).toBe(book.entries.filter((entry) => entry.delta > 0).reduce((s, entry) => s + entry.delta, 0));
    expect(book.totalOut).toBe(book.entries.filter((entry) => entry.delta < 0).reduce((s, entry) => s - entry.delta, 0));
    expect(book.openingBalance + book.totalIn - book.totalOut).toBe(book.closingBalance);
  }

  it("prints the passbook: opening and closing balances, running balances and totals, for any period", async () => {
    const [row] = await db().select().from(households).where(eq(households.id, x));
    const book = await passbook(x);
    expect(book).toMatchObject({ householdId: String(x), householdNumber: row!.number, headName: row!.headName, villageName: "白鹤村" });
    expect(book).toMatchObject({ openingBalance: 0, closingBalance: 20, totalIn: 35, totalOut: 15 });
    expect(book.entries.map((entry) => entry.id)).toEqual(e.map((entry) => entry.id));
    expectConsistent(book);
    expect(book.closingBalance).toBe(await balanceOf(x));
    for (const token of [tokens.township, tokens.district]) expect(await passbook(x, undefined, undefined, token)).toEqual(book);
    expect(await passbook(x, today)).toMatchObject({ openingBalance: 0, closingBalance: 20, entries: book.entries });
    const later = await passbook(x, tomorrow);
    expect(later).toMatchObject({ openingBalance: 20, closingBalance: 20, totalIn: 0, totalOut: 0, entries: [] });
    // Nothing was recorded up to yesterday: the book then stood at nothing.
    const earlier = await passbook(x, undefined, yesterday);
    expect(earlier).toMatchObject({ entries: [], totalIn: 0, totalOut: 0, openingBalance: 0, closingBalance: 0 });
    expectConsistent(earlier);

    // A household with an entry recorded three days ago (written as the ledger writes it) and one today.
    const z = fresh("PC03");
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
    await db().transaction(async (tx) => {
      await tx.update(households).set({ balance: sql`${households.balance} + 8` }).where(eq(households.id, z));
      await tx.insert(pointEntries).values({
        householdId: z,
        villageId: villageIds.PC03!,
        kind: "AWARD",
        delta: 8,
        balanceAfter: 8,
        reason: "补录三天前的奖励",
        deedDate: addDays(today, -3),
        recordedBy: userIds.admin!,
        recordedAt: threeDaysAgo,
        idempotencyKey: `test:${newKey()}`,
      });
    });
    await awarded({ householdIds: [z], ruleId: rule("庭院整洁") }, tokens.admin);
    const whole = await passbook(z);
    expect(whole).toMatchObject({ openingBalance: 0, closingBalance: 13, totalIn: 13, totalOut: 0 });
    expectConsistent(whole);
    const thisWeek = await passbook(z, today);
    expect(thisWeek).toMatchObject({ openingBalance: 8, closingBalance: 13, totalIn: 5 });
    expectConsistent(thisWeek);
    const before = await passbook(z, undefined, yesterday);
    expect(before).toMatchObject({ openingBalance: 0, closingBalance: 8, totalIn: 8 });
    expectConsistent(before);
    const between = await passbook(z, addDays(today, -2), yesterday);
    expect(between).toMatchObject({ openingBalance: 8, closingBalance: 8, entries: [] });
    expectConsistent(between);

    // The resident prints its own.
    const own = await passbook(hh("PC01-001"), undefined, undefined, tokens.resident);
    expectConsistent(own);
    expect(own.closingBalance).toBe(await balanceOf(hh("PC01-001")));
  });

  it("keeps the passbook to the household's scope", async () => {
    expectError(await t.gql(PASSBOOK, { id: String(x) }, tokens.village), "NOT_FOUND");
    expectError(await t.gql(PASSBOOK, { id: String(x) }, tokens.resident), "NOT_FOUND");
    expectError(await t.gql(PASSBOOK, { id: String(hh("PC01-002")) }, tokens.resident), "NOT_FOUND");
    expectError(await t.gql(PASSBOOK, { id: String(x) }, tokens.qinglong), "NOT_FOUND");
    expectError(await t.gql(PASSBOOK, { id: String(x) }, tokens.dept), "FORBIDDEN");
    expectError(await t.gql(PASSBOOK, { id: "999999" }, tokens.admin), "NOT_FOUND");
    expectError(await t.gql(PASSBOOK, { id: String(x), from: today, to: yesterday }, tokens.admin), "BAD_USER_INPUT", { from: "INVALID" });
  });

  it("pages Household.entries newest first, within the household's scope", async () => {
    const HOUSEHOLD = `query ($id: ID!, $page: Int, $perPage: Int) { household(id: $id) { balance entries(page: $page, perPage: $perPage) { total items { id balanceAfter } } } }`;
    const pageOf = async (page?: number, perPage?: number, token = tokens.admin) =>
      (await t.ok(HOUSEHOLD, { id: String(x), page, perPage }, token)).household.entries as { total: number; items: { id: string }[] };
    const newestFirst = e.map((entry) => entry.id).reverse();
    expect(ids(await pageOf())).toEqual(newestFirst);
    const pages = [await pageOf(1, 2), await pageOf(2, 2), await pageOf(3, 2), await pageOf(4, 2)];
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5, 5]);
    expect(pages.map(ids)).toEqual([newestFirst.slice(0, 2), newestFirst.slice(2, 4), newestFirst.slice(4), []]);
    expect((await pageOf(1, 2, tokens.township)).items[0]).toEqual({ id: e[4]!.id, balanceAfter: 20 });
    expectError(await t.gql(HOUSEHOLD, { id: String(x), perPage: 0 }, tokens.admin), "BAD_USER_INPUT");
    expectError(await t.gql(HOUSEHOLD, { id: String(x) }, tokens.village), "NOT_FOUND");
    // Lists of households carry their entries the same way.
    const listed = await t.ok(`{ households(filter: { q: "PC01-001" }) { items { number balance entries(perPage: 200) { total items { householdId } } } } }`, {}, tokens.resident);
    const mine = listed.households.items[0];
    expect(mine.number).toBe("PC01-001");
    expect(mine.entries.total).toBe(await dbCount(eq(pointEntries.householdId, hh("PC01-001"))));
    expect(mine.entries.items.every((entry: { householdId: string }) => entry.householdId === String(hh("PC01-001")))).toBe(true);
  });
});

// ---------------------------------------------------------------- reconciliation

describe("reconcileLedger", () => {
  const RECONCILE = `{ reconcileLedger { householdsChecked entriesChecked mismatches { householdId cachedBalance ledgerBalance } brokenEntries { entryId problem } } }`;

  it("finds nothing after all of the above, and is the district admin's only", async () => {
    const result = await t.ok(RECONCILE, {}, tokens.admin);
    const [householdCount] = await db().select({ n: count() }).from(households);
    const [entryCount] = await db().select({ n: count() }).from(pointEntries);
    expect(result.reconcileLedger).toEqual({ householdsChecked: householdCount!.n, entriesChecked: entryCount!.n, mismatches: [], brokenEntries: [] });
    expect(entryCount!.n).toBeGreaterThan(30);
    for (const role of ["district", "township", "village", "dept", "resident", "qinglong"]) expectError(await t.gql(RECONCILE, {}, tokens[role]), "FORBIDDEN");
    expectError(await t.gql(RECONCILE, {}), "UNAUTHENTICATED");
    await expectBooksBalance();
  });

  it("reports a cached balance that drifted from the entries", async () => {
    const id = hh("PC01-001");
    const balance = await balanceOf(id);
    await db().execute(sql`update households set balance = balance + 1 where id = ${id}`);
    try {
      const result = await t.ok(RECONCILE, {}, tokens.admin);
      expect(result.reconcileLedger.mismatches).toEqual([{ householdId: String(id), cachedBalance: balance + 1, ledgerBalance: balance }]);
      expect(result.reconcileLedger.brokenEntries).toEqual([]);
    } finally {
      await db().execute(sql`update households set balance = balance - 1 where id = ${id}`);
    }
    expect((await t.ok(RECONCILE, {}, tokens.admin)).reconcileLedger.mismatches).toEqual([]);
  });
});
