// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { households, ledgerMonthSums, pointEntries } from "@cunwu/schema";
import { addDays } from "@cunwu/server/common/dates";
import { rebuildMonthSums } from "@cunwu/server/points/rollups";
import { expectError } from "../support/assert";
import { countStatements, statementsOf } from "../support/statements";
import { expectBalancesMatchEntries } from "../support/books";
import { districtToday, newKey } from "../support/ops/keys";
import {
  householdPassbook,
  pointEntries as entryList,
  villagePassbooks,
  reconcileLedger,
  type AwardPointsInput,
  type Passbook,
  type PointEntry,
} from "../support/ops/points";
import { usePointsWorld } from "../support/points-world";
import type { TestServer } from "../support/server";

// Reading the ledger (filters, scopes, the passbook, a household's entries)
// and the reconciliation, over a ledger with some history.

const w = usePointsWorld();
const { tokens, userIds, villageIds, hh, fresh, rule, awarded, deduct, reverse, balanceOf, db } = w;
let t: TestServer;
beforeAll(async () => {
  t = w.t;
  // Some history in 石门村 first: the resident's household and 24 more
  // awarded, one deduction and one reversal (the committee's and the
  // resident's reads then have something to show).
  const pc01 = [hh("PC01-001"), ...Array.from({ length: 24 }, () => fresh("PC01"))];
  const entries = await awarded({ householdIds: pc01, ruleId: rule("庭院整洁") });
  await deduct(pc01[1]!, rule("乱堆乱放"));
  await reverse(entries[2]!.id);
});
const today = districtToday();
const tomorrow = addDays(today, 1);
const yesterday = addDays(today, -1);

// ---------------------------------------------------------------- reads

describe("reading the ledger", () => {
  const entriesOf = async (args: Parameters<typeof entryList.ok>[1], token = tokens.admin) => entryList.ok(t, { perPage: 200, ...args }, token);
  const ids = (page: { items: { id: string }[] }) => page.items.map((e) => e.id);
  const dbCount = async (where: ReturnType<typeof eq> | undefined) => (await db().select({ n: count() }).from(pointEntries).where(where))[0]!.n;

  /** 白鹤村 household with five entries on different deed dates. */
  let x: number;
  let e: PointEntry[];

  beforeAll(async () => {
    x = fresh("PC03");
    const one = async (args: Omit<AwardPointsInput, "householdIds">) => (await awarded({ householdIds: [x], ...args }, tokens.admin))[0]!;
    const e1 = await one({ ruleId: rule("庭院整洁"), deedDate: addDays(today, -10) });
    const e2 = await one({ ruleId: rule("发展特色种养业"), deedDate: addDays(today, -5) });
    const e3 = (await deduct(x, rule("违规焚烧秸秆"), { deedDate: addDays(today, -2), token: tokens.admin })).data!.deductPoints as PointEntry;
    const e5 = await one({ ruleId: rule("见义勇为"), deedDate: yesterday });
    const e4 = (await reverse(e1.id, { token: tokens.admin })).data!.reversePointEntry as PointEntry;
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
    const township = await entriesOf({ filter: { townshipId: String(w.townshipOfPC()) } });
    expect(township.total).toBe(await dbCount(inArray(pointEntries.villageId, pcVillages)));
    expectError(await entryList(t, { perPage: 201 }, tokens.admin), "BAD_USER_INPUT", { perPage: "OUT_OF_RANGE" });
    expectError(await entryList(t, { filter: { kind: "BONUS" } }, tokens.admin), "BAD_USER_INPUT");
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

    expectError(await entryList(t, {}, tokens.dept), "FORBIDDEN");
    expectError(await entryList(t, {}), "UNAUTHENTICATED");
  });

  const passbook = (id: number, from?: string, to?: string, token = tokens.admin) => householdPassbook.ok(t, { householdId: id, from, to }, token);
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
    expectError(await householdPassbook(t, { householdId: String(x) }, tokens.village), "NOT_FOUND");
    expectError(await householdPassbook(t, { householdId: String(x) }, tokens.resident), "NOT_FOUND");
    expectError(await householdPassbook(t, { householdId: String(hh("PC01-002")) }, tokens.resident), "NOT_FOUND");
    expectError(await householdPassbook(t, { householdId: String(x) }, tokens.qinglong), "NOT_FOUND");
    expectError(await householdPassbook(t, { householdId: String(x) }, tokens.dept), "FORBIDDEN");
    expectError(await householdPassbook(t, { householdId: "999999" }, tokens.admin), "NOT_FOUND");
    expectError(await householdPassbook(t, { householdId: String(x), from: today, to: yesterday }, tokens.admin), "BAD_USER_INPUT", { from: "INVALID" });
  });

  it("prints every active household's passbook of a village at once, each as its own passbook says", async () => {
    const active = await db()
      .select({ id: households.id })
      .from(households)
      .where(and(eq(households.villageId, villageIds.PC03!), eq(households.status, "ACTIVE")));
    for (const [from, to] of [[undefined, undefined], [yesterday, today], [tomorrow, undefined]] as const) {
      const books = await villagePassbooks.ok(t, { villageId: villageIds.PC03!, from, to }, tokens.admin);
      expect(books.map((b) => Number(b.householdId)).sort((a, b) => a - b)).toEqual(active.map((h) => h.id).sort((a, b) => a - b));
      expect(books.map((b) => b.householdNumber)).toEqual([...books.map((b) => b.householdNumber)].sort());
      for (const id of [x, active[0]!.id]) {
        const own = await passbook(id, from, to);
        expect(books.find((b) => b.householdId === String(id))).toEqual(own);
      }
      books.forEach(expectConsistent);
    }
    // The township's staff print their villages'; the committee its own only; residents and departments none.
    expect((await villagePassbooks.ok(t, { villageId: villageIds.PC03! }, tokens.township)).length).toBe(active.length);
    expect((await villagePassbooks.ok(t, { villageId: villageIds.PC01! }, tokens.village)).length).toBeGreaterThan(0);
    expectError(await villagePassbooks(t, { villageId: villageIds.PC03! }, tokens.village), "NOT_FOUND");
    expectError(await villagePassbooks(t, { villageId: villageIds.MB02! }, tokens.township), "NOT_FOUND");
    expectError(await villagePassbooks(t, { villageId: villageIds.PC01! }, tokens.resident), "FORBIDDEN");
    expectError(await villagePassbooks(t, { villageId: villageIds.PC01! }, tokens.dept), "FORBIDDEN");
    expectError(await villagePassbooks(t, { villageId: villageIds.PC03!, from: today, to: yesterday }, tokens.admin), "BAD_USER_INPUT", { from: "INVALID" });
  });

  it("reads a village's passbooks in the same few statements whatever its size", async () => {
    const read = (villageId: number, from?: string) => statementsOf(t, () => villagePassbooks.ok(t, { villageId, from }, tokens.admin));
    const small = await read(villageIds.PC03!, tomorrow);
    const large = await read(villageIds.PC01!, tomorrow);
    expect(large.result.length).not.toBe(small.result.length);
    expect(large.statements).toBe(small.statements);
    expect((await read(villageIds.PC01!)).statements).toBeLessThanOrEqual(small.statements);
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

  it("lists households with their newest entries in a constant number of statements, counting totals only when asked", async () => {
    type Listed = { id: string; entries: { total?: number; totalCapped?: boolean; items: { id: string }[] } };
    const counter = countStatements(t);
    const list = async (perPage: number, page: number, totals: boolean) => {
      const total = totals ? "total totalCapped" : "";
      counter.reset();
      const data = await t.ok(
        `query ($n: Int, $p: Int) { households(perPage: $n, sort: [{ field: "number" }]) { ${total} items { id entries(page: $p, perPage: 1) { ${total} items { id } } } } }`,
        { n: perPage, p: page },
        tokens.village,
      );
      return { items: data.households.items as Listed[], statements: counter.value };
    };
    try {
      const one = await list(1, 1, false);
      const many = await list(25, 1, false);
      const second = await list(25, 2, true);
      expect(many.items).toHaveLength(25);
      expect(one.statements).toBe(many.statements);
      // The households' count and one count for all their entries, each once for total and totalCapped.
      expect(second.statements).toBe(many.statements + 2);
      expect(second.items.every((listed) => listed.entries.totalCapped === false)).toBe(true);
      // Each household's entries are what it shows alone: newest first, the page asked.
      for (const [index, listed] of many.items.entries()) {
        const alone = await t.ok(`query ($id: ID!) { household(id: $id) { entries(perPage: 6) { total items { id } } } }`, { id: listed.id }, tokens.village);
        const newest: string[] = alone.household.entries.items.map((entry: { id: string }) => entry.id);
        expect(ids(listed.entries)).toEqual(newest.slice(0, 1));
        expect(ids(second.items[index]!.entries)).toEqual(newest.slice(1, 2));
        expect(second.items[index]!.entries.total).toBe(alone.household.entries.total);
      }
      // Some households have a second page of entries, some have none.
      expect(second.items.some((listed) => listed.entries.items.length === 1)).toBe(true);
      expect(second.items.some((listed) => listed.entries.items.length === 0)).toBe(true);
    } finally {
      counter.restore();
    }
  });
});

// ---------------------------------------------------------------- reconciliation

describe("reconcileLedger", () => {
  const RECONCILE = reconcileLedger.document;

  it("finds nothing after all of the above, and is the district admin's only", async () => {
    const result = await t.ok(RECONCILE, {}, tokens.admin);
    const [householdCount] = await db().select({ n: count() }).from(households);
    const [entryCount] = await db().select({ n: count() }).from(pointEntries);
    expect(result.reconcileLedger).toEqual({ householdsChecked: householdCount!.n, entriesChecked: entryCount!.n, mismatches: [], brokenEntries: [], monthSumMismatches: [], redeemerYearMismatches: [], redeemerMonthMismatches: [], householdCountMismatches: [] });
    expect(entryCount!.n).toBeGreaterThan(30);
    for (const role of ["district", "township", "village", "dept", "resident", "qinglong"]) expectError(await t.gql(RECONCILE, {}, tokens[role]), "FORBIDDEN");
    expectError(await t.gql(RECONCILE, {}), "UNAUTHENTICATED");
    await expectBalancesMatchEntries(t);
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

  it("keeps the reports' monthly sums with every entry, and reports one that drifted", async () => {
    const id = hh("PC01-001");
    const month = districtToday().slice(0, 7);
    const where = and(eq(ledgerMonthSums.villageId, villageIds.PC01!), eq(ledgerMonthSums.month, month), eq(ledgerMonthSums.kind, "AWARD"));
    const sumOf = async () => {
      const [row] = await db().select({ points: ledgerMonthSums.points, entries: ledgerMonthSums.entries }).from(ledgerMonthSums).where(where);
      return row ?? { points: 0, entries: 0 };
    };
    const before = await sumOf();
    const [entry] = await awarded({ householdIds: [id], ruleId: rule("庭院整洁") });
    const points = entry!.delta;
    expect(await sumOf()).toEqual({ points: before.points + points, entries: before.entries + 1 });
    await db().update(ledgerMonthSums).set({ points: sql`${ledgerMonthSums.points} + 7` }).where(where);
    try {
      const result = await t.ok(RECONCILE, {}, tokens.admin);
      expect(result.reconcileLedger.monthSumMismatches).toEqual([
        { villageId: String(villageIds.PC01), month, kind: "AWARD", storedPoints: before.points + points + 7, entryPoints: before.points + points },
      ]);
    } finally {
      // The rebuild recomputes every sum from the entries.
      const rebuilt = await rebuildMonthSums(db());
      const [sums] = await db().select({ n: count() }).from(ledgerMonthSums);
      expect(rebuilt).toBe(sums!.n);
    }
    expect(await sumOf()).toEqual({ points: before.points + points, entries: before.entries + 1 });
    expect((await t.ok(RECONCILE, {}, tokens.admin)).reconcileLedger.monthSumMismatches).toEqual([]);
  });
});
