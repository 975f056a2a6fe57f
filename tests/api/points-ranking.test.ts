import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { households, pointRules, villages } from "@cunwu/schema";
import { addDays, todayIn } from "@cunwu/server/common/dates";
import { startTestServer, type TestServer } from "../support/server";
import { errorCode, expectBadInput } from "../support/assert";
import { awardPoints, deductPoints, reversePointEntry } from "../support/ops/points";

// The 红黑榜 (pointsRanking) over a hand-built village whose lists are known
// exactly: one rule on the server, a household never on both lists, ties
// sharing a rank, the black list only with deductions, N the village's own.

const today = todayIn("Asia/Shanghai");
const D1 = addDays(today, -40);
const D2 = addDays(today, -20);

const ROW = "rank householdId earned deducted";
const rankingQuery = `query ($v: ID!, $from: LocalDate, $to: LocalDate, $limit: Int) {
  pointsRanking(villageId: $v, from: $from, to: $to, limit: $limit) { villageId from to size rule { zh en } red { ${ROW} } black { ${ROW} } } }`;
const setSize = `mutation ($id: ID!, $input: UpdateVillageInput!) { updateVillage(id: $id, input: $input) { id rankingSize publicityDays } }`;

interface Row {
  rank: number;
  householdId: string;
  earned: number;
  deducted: number;
}
interface Board {
  villageId: string;
  from: string | null;
  to: string | null;
  size: number;
  rule: { zh: string; en: string };
  red: Row[];
  black: Row[];
}

/** [rank, household index, points] per row: the red list's net points, the black list's deducted. */
type Line = [number, number, number];

describe("红黑榜 (pointsRanking)", () => {
  let t: TestServer;
  const tokens: Record<string, string> = {};
  const village: Record<string, string> = {};
  /** Active households of 石门村 (PC01) by id. */
  let h: { id: number; number: string }[];

  const ranking = async (variables: Record<string, unknown>, token = tokens.admin) =>
    (await t.ok<{ pointsRanking: Board }>(rankingQuery, variables, token)).pointsRanking;
  const lines = (rows: Row[], points: (r: Row) => number): Line[] =>
    rows.map((r) => [r.rank, h.findIndex((x) => String(x.id) === r.householdId), points(r)]);
  const red = (b: Board) => lines(b.red, (r) => r.earned);
  const black = (b: Board) => lines(b.black, (r) => r.deducted);
  const size = (n: number) => t.ok(setSize, { id: village.PC01, input: { rankingSize: n } }, tokens.admin);
  const neverBoth = (b: Board) => {
    const onRed = new Set(b.red.map((r) => r.householdId));
    expect(b.black.filter((r) => onRed.has(r.householdId))).toEqual([]);
  };

  beforeAll(async () => {
    t = await startTestServer();
    for (const name of ["admin", "district", "township", "village", "dept", "resident"]) tokens[name] = await t.login(name);
    const db = t.server.connection.db;
    for (const v of await db.select().from(villages)) village[v.code] = String(v.id);
    h = await db
      .select({ id: households.id, number: households.number })
      .from(households)
      .where(and(eq(households.villageId, Number(village.PC01)), eq(households.status, "ACTIVE")))
      .orderBy(asc(households.number));
    const [messy] = await db.select({ id: pointRules.id, points: pointRules.points }).from(pointRules).where(eq(pointRules.name, "乱堆乱放"));
    expect(messy!.points).toBe(-5);
    // Awards post at once here, whatever the seed's publicity says.
    for (const code of ["PC01", "MB02"]) await t.ok(setSize, { id: village[code], input: { publicityDays: 0 } }, tokens.admin);
    const award = (i: number, points: number, deedDate: string) =>
      awardPoints.ok(t, { householdIds: [h[i]!.id], points, reason: "测试奖励", deedDate }, tokens.village);
    const deduct = async (i: number) => (await deductPoints.ok(t, { householdId: h[i]!.id, ruleId: messy!.id, deedDate: D2 }, tokens.village)).id;

    await award(0, 30, D1); // net 25 with a deduction: red only (the 周志强)
    await deduct(0);
    await award(1, 10, D1);
    await award(2, 10, D1); // ties h1
    await award(3, 5, D1);
    await award(4, 5, D1);
    await deduct(4); // net 0, deducted 5: black
    await award(5, 10, D1);
    await deduct(5);
    await deduct(5); // net 0, deducted 10: black, first
    await award(6, 5, D1);
    await deduct(6); // net 0, deducted 5: ties h4
    await award(7, 5, D1);
    await reversePointEntry.ok(t, { id: await deduct(7), reason: "录入有误" }, tokens.village); // dated today: net 5, nothing deducted
    const { entries } = await award(8, 10, D1);
    await reversePointEntry.ok(t, { id: entries[0]!.id, reason: "录入有误" }, tokens.village); // dated today: net 0
  });
  afterAll(() => t?.close());

  it("names on the red list those with a positive net and on the black list only those deducted, never both", async () => {
    const board = await ranking({ v: village.PC01 });
    expect(board).toMatchObject({ villageId: village.PC01, from: null, to: null, size: 10 });
    expect(red(board)).toEqual([
      [1, 0, 25],
      [2, 1, 10],
      [2, 2, 10],
      [4, 3, 5],
      [4, 7, 5],
    ]);
    expect(black(board)).toEqual([
      [1, 5, 10],
      [2, 4, 5],
      [2, 6, 5],
    ]);
    // Every black row had points deducted and no positive net; h[0] (+25 with a deduction) is not there.
    for (const r of board.black) expect(r.earned).toBeLessThanOrEqual(0);
    neverBoth(board);
    // Households with nothing, or a reversed award only (h[8]), are on neither list.
    expect(board.red.length + board.black.length).toBe(8);
  });

  it("draws the lists of a period by each entry's deed date", async () => {
    // D2 holds the deductions only: h[0]'s −5 puts it on that period's black list.
    const d2 = await ranking({ v: village.PC01, from: D2, to: D2 });
    expect(d2).toMatchObject({ from: D2, to: D2 });
    expect(d2.red).toEqual([]);
    expect(black(d2)).toEqual([
      [1, 5, 10],
      [2, 0, 5],
      [2, 4, 5],
      [2, 6, 5],
      [2, 7, 5],
    ]);
    // Today: h[7]'s deduction given back (+5) and h[8]'s award taken back (−10): no deductions, an empty black list.
    const todays = await ranking({ v: village.PC01, from: today, to: today });
    expect(red(todays)).toEqual([[1, 7, 5]]);
    expect(todays.black).toEqual([]);
    for (const b of [d2, todays]) neverBoth(b);
    // A village with no deductions at all: its black list is empty.
    const [k] = await t.server.connection.db.select({ id: households.id }).from(households).where(eq(households.villageId, Number(village.MB02)));
    await awardPoints.ok(t, { householdIds: [k!.id], points: 9, reason: "测试奖励", deedDate: D1 }, tokens.admin);
    const quiet = await ranking({ v: village.MB02 }, tokens.district);
    expect(quiet.red).toEqual([{ rank: 1, householdId: String(k!.id), earned: 9, deducted: 0 }]);
    expect(quiet.black).toEqual([]);
  });

  it("names ranks 1 to the village's setting, all tied at the last rank included", async () => {
    await size(1);
    const one = await ranking({ v: village.PC01 });
    expect(one.size).toBe(1);
    expect(red(one)).toEqual([[1, 0, 25]]);
    expect(black(one)).toEqual([[1, 5, 10]]);
    await size(2);
    const two = await ranking({ v: village.PC01 });
    expect(red(two).map(([rank, i]) => [rank, i])).toEqual([[1, 0], [2, 1], [2, 2]]);
    expect(black(two).map(([rank, i]) => [rank, i])).toEqual([[1, 5], [2, 4], [2, 6]]);
    await size(3); // rank 4 is past 3: the same lists
    const three = await ranking({ v: village.PC01 });
    expect([red(three), black(three)]).toEqual([red(two), black(two)]);
    // The printed rule states N, and it is the server's text in both languages.
    expect(three.rule.zh).toContain("第 1 至第 3 名");
    expect(three.rule.zh).toContain("同一农户不会同时上红榜和黑榜");
    expect(three.rule.zh).toContain("本期无扣分的农户不上黑榜");
    expect(three.rule.en).toContain("ranks 1 to 3");
    await size(10);
  });

  it("takes a limit to show fewer ranks, never more than the village's setting, and refuses a bad one", async () => {
    const short = await ranking({ v: village.PC01, limit: 1 });
    expect([short.size, red(short).length, black(short).length]).toEqual([1, 1, 1]);
    await size(2);
    const capped = await ranking({ v: village.PC01, limit: 50 });
    expect(capped.size).toBe(2);
    expect(capped.red).toHaveLength(3);
    await size(10);
    for (const limit of [0, 51, -1]) expectBadInput(await t.gql(rankingQuery, { v: village.PC01, limit }, tokens.admin), { limit: "OUT_OF_RANGE" });
    expectBadInput(await t.gql(rankingQuery, { v: village.PC01, from: today, to: D1 }, tokens.admin), { from: "INVALID" });
  });

  it("keeps the setting within 1 to 50, refusing a bad one as a field error and changing nothing", async () => {
    for (const [input, fields] of [
      [{ rankingSize: 0 }, { rankingSize: "OUT_OF_RANGE" }],
      [{ rankingSize: 51 }, { rankingSize: "OUT_OF_RANGE" }],
      [{ rankingSize: null }, { rankingSize: "REQUIRED" }],
    ] as const) {
      expectBadInput(await t.gql(setSize, { id: village.PC01, input }, tokens.admin), fields);
    }
    expect((await ranking({ v: village.PC01 })).size).toBe(10);
    // A village committee does not set it.
    expect(errorCode(await t.gql(setSize, { id: village.PC01, input: { rankingSize: 3 } }, tokens.village))).toBe("FORBIDDEN");
    expect((await ranking({ v: village.PC01 })).size).toBe(10);
  });

  it("shows the board to the village's own people and staff above it, NOT_FOUND to others", async () => {
    const expected = await ranking({ v: village.PC01 });
    for (const who of ["district", "township", "village", "resident"]) expect(await ranking({ v: village.PC01 }, tokens[who])).toEqual(expected);
    const notFound = async (v: string, who: string) => expect(errorCode(await t.gql(rankingQuery, { v }, tokens[who]))).toBe("NOT_FOUND");
    await notFound(village.MB02!, "township");
    await notFound(village.PC03!, "village");
    await notFound(village.PC03!, "resident");
    await notFound("999999", "admin");
    expect(errorCode(await t.gql(rankingQuery, { v: village.PC01 }, tokens.dept))).toBe("FORBIDDEN");
    expect(errorCode(await t.gql(rankingQuery, { v: village.PC01 }))).toBe("UNAUTHENTICATED");
    // A public board: names and points, never phones.
    const type = await t.ok<{ __type: { fields: { name: string }[] } }>(`{ __type(name: "RankingRow") { fields { name } } }`, {}, tokens.resident);
    expect(type.__type.fields.map((f) => f.name).sort()).toEqual(["deducted", "earned", "headName", "householdId", "householdNumber", "rank"]);
  });
});
