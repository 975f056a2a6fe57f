// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { civicCategories, civicMatters, followUps, users } from "@cunwu/schema";
import { addDays, todayIn } from "@cunwu/server/common/dates";
import { startTestServer, type TestServer } from "../support/server";
import { errorCode, expectError, fieldsOf } from "../support/assert";
import { newKey } from "../support/ops/keys";
import { archiveHousehold, createHousehold, updateHousehold } from "../support/ops/households";
import { awardPoints } from "../support/ops/points";
import { cancelRedemption, createExchangeEvent, createProduct, redeem as redeemOp } from "../support/ops/shop";
import { createUser, type CreateUserInput } from "../support/ops/users";

// districtReport over a small district built by hand through the API (and,
// for civic matters, whose module is not part of this suite, straight into
// their tables), whose every figure is known: per township, for the whole
// district, for an empty year and by who may ask.

let t: TestServer;
const tokens: Record<string, string> = {};
type Key = "A" | "B" | "A1" | "A2" | "B1" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "h7" | "dept" | "P" | "Q";
type LinkKey = "teamA" | "teamA1" | "teamA1x" | "teamB1" | "brandA" | "brandA1" | "brandB" | "brandIdle";
/** Ids of what the test creates, filled in as it goes. */
const ids = {} as Record<Key | LinkKey, string>;
const today = todayIn("Asia/Shanghai");
const year = Number(today.slice(0, 4));
const jan1 = `${year}-01-01`;
const notBefore = (day: string) => (day < jan1 ? jan1 : day);
/** Days of the report's year, up to today. */
const dA = today;
const dB = notBefore(addDays(today, -35));
const dE = notBefore(addDays(today, -10));
const month = (day: string) => Number(day.slice(5, 7));

/** Twelve months from (month, value) pairs, summed. */
function months(...pairs: [number, number][]): number[] {
  const out = Array.from({ length: 12 }, () => 0);
  for (const [m, v] of pairs) out[m - 1]! += v;
  return out;
}
/** Twelve months of distinct counts from (month, key) pairs. */
function distinctMonths(...pairs: [number, string][]): number[] {
  const sets = Array.from({ length: 12 }, () => new Set<string>());
  for (const [m, key] of pairs) sets[m - 1]!.add(key);
  return sets.map((s) => s.size);
}
const zeros = () => Array.from({ length: 12 }, () => 0);

const COUNT = `value monthly definition`;
const TALLY = `value definition`;
const RATE = `numerator denominator rate monthlyNumerator monthlyDenominator monthlyRate definition`;
const REPORT = `query ($y: Int!, $t: ID, $v: ID) { districtReport(year: $y, townshipId: $t, villageId: $v) {
  year townshipId townshipName villageId villageName from to timezone asOf
  shop { villages { ${TALLY} } villagesWithShop { ${TALLY} } shopCoverage { numerator denominator rate definition }
    exchangeEvents { ${COUNT} } pointsRedeemed { ${COUNT} } pointsRefunded { ${COUNT} } netRedeemed { ${COUNT} } redeemingHouseholds { ${COUNT} } redeemingPeople { ${COUNT} } }
  volunteer { activitiesHeld { ${COUNT} } participations { ${COUNT} } brandsActive { ${COUNT} } teams { ${TALLY} } teamMembers { ${TALLY} } }
  civic { received { ${COUNT} }
    byChannel { direct { ${COUNT} } lead { ${COUNT} } joint { ${COUNT} } supervised { ${COUNT} } unassigned { ${COUNT} } }
    resolutionRate { ${RATE} } satisfactionRate { ${RATE} } }
  households { active { ${TALLY} } general { ${TALLY} } lifted { ${TALLY} } monitored { ${TALLY} } }
} }`;

type Json = Record<string, any>;

/** The report without its definitions (each checked to be there), for comparing figures. */
function figures(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(figures);
  if (value && typeof value === "object") {
    const out: Json = {};
    for (const [key, v] of Object.entries(value)) {
      if (key === "definition") {
        expect(typeof v).toBe("string");
        expect((v as string).length).toBeGreaterThan(10);
        continue;
      }
      out[key] = figures(v);
    }
    return out;
  }
  return value;
}

async function report(yearAsked: number, townshipId: string | null = null, token = tokens.admin, villageId: string | null = null) {
  const data = await t.ok<{ districtReport: Json }>(REPORT, { y: yearAsked, t: townshipId, v: villageId }, token);
  return data.districtReport;
}

const count = (value: number, monthly = zeros()) => ({ value, monthly });
const tally = (value: number) => ({ value });
const rate = (numerator: number, denominator: number, monthlyNumerator = zeros(), monthlyDenominator = zeros()) => ({
  numerator,
  denominator,
  rate: denominator === 0 ? 0 : numerator / denominator,
  monthlyNumerator,
  monthlyDenominator,
  monthlyRate: monthlyNumerator.map((n, i) => (monthlyDenominator[i] === 0 ? 0 : n / monthlyDenominator[i]!)),
});

/** Flows all zero; stocks as given. */
function emptyYear(stocks: { villages: number; withShop: number; teams: number; members: number; active: number; general: number; lifted: number; monitored: number }) {
  return {
    shop: {
      villages: tally(stocks.villages),
      villagesWithShop: tally(stocks.withShop),
      shopCoverage: { numerator: stocks.withShop, denominator: stocks.villages, rate: stocks.villages ? stocks.withShop / stocks.villages : 0 },
      exchangeEvents: count(0),
      pointsRedeemed: count(0),
      pointsRefunded: count(0),
      netRedeemed: count(0),
      redeemingHouseholds: count(0),
      redeemingPeople: count(0),
    },
    volunteer: { activitiesHeld: count(0), participations: count(0), brandsActive: count(0), teams: tally(stocks.teams), teamMembers: tally(stocks.members) },
    civic: {
      received: count(0),
      byChannel: { direct: count(0), lead: count(0), joint: count(0), supervised: count(0), unassigned: count(0) },
      resolutionRate: rate(0, 0),
      satisfactionRate: rate(0, 0),
    },
    households: { active: tally(stocks.active), general: tally(stocks.general), lifted: tally(stocks.lifted), monitored: tally(stocks.monitored) },
  };
}
const withoutHeader = (r: Json) => {
  const { shop, volunteer, civic, households } = figures(r) as Json;
  return { shop, volunteer, civic, households };
};

beforeAll(async () => {
  t = await startTestServer({ fixture: "empty", env: { CUNWU_ADMIN_USERNAME: "boss", CUNWU_ADMIN_PASSWORD: "boss-password-2026" } });
  tokens.admin = await t.login("boss", "boss-password-2026");
});
afterAll(() => t?.close());

describe("districtReport", () => {
  it("gives zeros, never errors, for an empty district", async () => {
    const r = await report(year);
    expect(r).toMatchObject({ year, townshipId: null, townshipName: null, from: jan1, to: `${year}-12-31`, timezone: "Asia/Shanghai", asOf: today });
    expect(withoutHeader(r)).toEqual(emptyYear({ villages: 0, withShop: 0, teams: 0, members: 0, active: 0, general: 0, lifted: 0, monitored: 0 }));
  });

  it("states the known figures of a small hand-built district, per township and for the whole district", async () => {
    const admin = tokens.admin!;
    const ok = async (query: string, variables: Json) => {
      const data = await t.ok(query, variables, admin);
      return Object.values(data)[0] as Json;
    };
    const township = (code: string, name: string) => ok(`mutation ($i: CreateTownshipInput!) { createTownship(input: $i) { id } }`, { i: { code, name } });
    const village = (townshipId: string, code: string, name: string, hasShop: boolean) =>
      ok(`mutation ($i: CreateVillageInput!) { createVillage(input: $i) { id } }`, { i: { townshipId, code, name, hasShop } });
    const household = (villageId: string, number: string, memberCount: number, category: string) =>
      createHousehold.ok(t, { villageId, number, headName: `户主${number}`, memberCount, category }, admin);

    ids.A = (await township("TA", "甲乡")).id;
    ids.B = (await township("TB", "乙乡")).id;
    ids.A1 = (await village(ids.A, "TA01", "甲一村", true)).id;
    ids.A2 = (await village(ids.A, "TA02", "甲二村", false)).id;
    ids.B1 = (await village(ids.B, "TB01", "乙一村", true)).id;
    ids.h1 = (await household(ids.A1, "001", 3, "GENERAL")).id;
    ids.h2 = (await household(ids.A1, "002", 4, "LIFTED")).id;
    ids.h3 = (await household(ids.A1, "003", 2, "MONITORED")).id;
    ids.h4 = (await household(ids.A1, "004", 5, "GENERAL")).id;
    ids.h5 = (await household(ids.A2, "001", 1, "GENERAL")).id;
    ids.h6 = (await household(ids.B1, "001", 6, "LIFTED")).id;
    ids.h7 = (await household(ids.B1, "002", 2, "GENERAL")).id;
    await updateHousehold.ok(t, { id: ids.h4, input: { status: "MOVED" } }, admin);
    await archiveHousehold.ok(t, { id: ids.h7 }, admin);

    // Users of every role, for the scope checks below.
    ids.dept = (await ok(`mutation { createDepartment(input: { code: "MZJ", name: "区民政局", kind: DISTRICT }) { id } }`, {})).id;
    const user = (username: string, input: Omit<CreateUserInput, "username" | "password">) =>
      createUser.ok(t, { username, password: `${username}-password`, ...input }, admin);
    await user("dstaff", { role: "DISTRICT_STAFF" });
    await user("astaff", { role: "TOWNSHIP_STAFF", townshipId: ids.A });
    await user("a1committee", { role: "VILLAGE_COMMITTEE", villageId: ids.A1 });
    await user("a1resident", { role: "RESIDENT", householdId: ids.h1 });
    await user("deptstaff", { role: "DEPARTMENT_STAFF", departmentId: ids.dept });
    for (const name of ["dstaff", "astaff", "a1committee", "a1resident", "deptstaff"]) tokens[name] = await t.login(name, `${name}-password`);

    // --- the points supermarket: points, products, events, redemptions (one cancelled) ---
    await awardPoints.ok(t, { householdIds: [ids.h1, ids.h2, ids.h3], points: 100, reason: "启动积分", deedDate: today }, admin);
    await awardPoints.ok(t, { householdIds: [ids.h6], points: 100, reason: "启动积分", deedDate: today }, admin);
    const product = (villageId: string, name: string, price: number) => createProduct.ok(t, { villageId, name, unit: "袋", price, stock: 100 }, admin);
    ids.P = (await product(ids.A1, "洗衣粉", 2)).id;
    ids.Q = (await product(ids.B1, "食用油", 3)).id;
    const event = (villageId: string, date: string) => createExchangeEvent.ok(t, { villageId, date, title: `兑换日 ${date}` }, admin);
    await event(ids.A1, dE);
    await event(ids.A1, `${year - 1}-12-31`); // last year
    await event(ids.A1, addDays(today, 1)); // not held yet
    await event(ids.B1, dA);
    const redeem = async (householdId: string, productId: string, quantity: number) =>
      (await redeemOp.ok(t, { householdId, lines: [{ productId, quantity }] }, admin)).id;
    await redeem(ids.h1, ids.P, 5); // 10
    await redeem(ids.h1, ids.P, 1); // 2
    const refunded = await redeem(ids.h2, ids.P, 10); // 20, cancelled
    await redeem(ids.h2, ids.P, 3); // 6
    const onlyRefunded = await redeem(ids.h3, ids.P, 1); // 2, cancelled: h3 did not redeem
    await redeem(ids.h6, ids.Q, 2); // 6
    for (const id of [refunded, onlyRefunded]) await cancelRedemption.ok(t, { id, reason: "退回" }, admin);

    // --- the volunteer service ---
    const team = (name: string, owner: Json, memberCount: number) =>
      ok(`mutation ($i: CreateVolunteerTeamInput!) { createVolunteerTeam(input: $i) { id } }`, { i: { name, kind: "OTHER", memberCount, ...owner } });
    ids.teamA = (await team("甲乡志愿队", { townshipId: ids.A }, 10)).id;
    ids.teamA1 = (await team("甲一村志愿队", { villageId: ids.A1 }, 5)).id;
    ids.teamA1x = (await team("甲一村旧队", { villageId: ids.A1 }, 7)).id;
    ids.teamB1 = (await team("乙一村志愿队", { villageId: ids.B1 }, 8)).id;
    await ok(`mutation ($id: ID!) { updateVolunteerTeam(id: $id, input: { active: false }) { id } }`, { id: ids.teamA1x });
    const brand = (name: string, owner: Json) => ok(`mutation ($i: CreateServiceBrandInput!) { createServiceBrand(input: $i) { id } }`, { i: { name, ...owner } });
    ids.brandA = (await brand("甲乡敬老行", { townshipId: ids.A })).id;
    ids.brandA1 = (await brand("甲一村夜校", { villageId: ids.A1 })).id;
    ids.brandB = (await brand("乙乡托管", { townshipId: ids.B })).id;
    ids.brandIdle = (await brand("甲乡未开展", { townshipId: ids.A })).id;
    const activity = async (villageId: string, date: string, brandId: string | null, participants: [string, number][], fate: "PLANNED" | "HELD" | "CANCELLED_AFTER") => {
      const id = (
        await ok(`mutation ($i: CreateActivityInput!) { createActivity(input: $i) { id } }`, {
          i: { title: `活动 ${date}`, villageId, date, category: "OTHER", brandId, pointsPerParticipant: 5 },
        })
      ).id as string;
      await ok(`mutation ($id: ID!, $p: [ParticipantInput!]!) { recordParticipation(activityId: $id, participants: $p) { id } }`, {
        id,
        p: participants.map(([householdId, people]) => ({ householdId, people, hours: 2 })),
      });
      if (fate !== "PLANNED") await ok(`mutation ($id: ID!, $k: String!) { confirmActivity(id: $id, idempotencyKey: $k) { id } }`, { id, k: newKey() });
      if (fate === "CANCELLED_AFTER") await ok(`mutation ($id: ID!) { cancelActivity(id: $id, reason: "取消") { id } }`, { id });
    };
    await activity(ids.A1, dA, ids.brandA, [[ids.h1, 2], [ids.h2, 3]], "HELD");
    await activity(ids.A1, dB, ids.brandA1, [[ids.h1, 1]], "HELD");
    await activity(ids.A2, dB, ids.brandA, [[ids.h5, 1]], "HELD");
    await activity(ids.A1, dA, null, [[ids.h2, 4]], "PLANNED");
    await activity(ids.B1, dA, ids.brandB, [[ids.h6, 6]], "CANCELLED_AFTER");
    await activity(ids.B1, dB, null, [[ids.h6, 2]], "HELD");

    // --- civic matters, straight into their tables (received_at in the district's time zone) ---
    const db = t.server.connection.db;
    const [boss] = await db.select({ id: users.id }).from(users).where(eq(users.username, "boss"));
    const [category] = await db.insert(civicCategories).values({ code: "ROAD", name: "道路", defaultChannel: "DIRECT", deadlineDays: 10 }).returning();
    type Channel = "DIRECT" | "LEAD" | "JOINT" | "SUPERVISED" | null;
    type Status = "RECEIVED" | "ASSIGNED" | "IN_PROGRESS" | "RESOLVED" | "CLOSED" | "REJECTED" | "MERGED";
    type Follow = [reached: boolean, satisfaction: "SATISFIED" | "BASICALLY" | "NOT" | null, daysAfter: number];
    let n = 0;
    const matter = async (villageId: string, townshipId: string, receivedAt: string, channel: Channel, status: Status, follows: Follow[] = []) => {
      const received = new Date(receivedAt);
      const [row] = await db
        .insert(civicMatters)
        .values({
          code: `MS-TEST-${++n}`,
          title: `事项 ${n}`,
          content: "路灯不亮",
          categoryId: category!.id,
          villageId: Number(villageId),
          townshipId: Number(townshipId),
          source: "WALK_IN",
          channel,
          status,
          receivedAt: received,
        })
        .returning();
      for (const [reached, satisfaction, daysAfter] of follows) {
        await db.insert(followUps).values({
          matterId: row!.id,
          method: "PHONE",
          reached,
          resolved: reached ? "YES" : null,
          satisfaction: reached ? satisfaction : null,
          createdBy: boss!.id,
          createdAt: new Date(received.getTime() + daysAfter * 86_400_000),
        });
      }
    };
    // Just after midnight on 1 January in the district (still the old year in UTC): this year, January.
    await matter(ids.A1, ids.A, `${year}-01-01T00:30:00+08:00`, "DIRECT", "CLOSED", [[true, "SATISFIED", 1], [false, null, 2]]);
    // Just after midnight on 1 January next year (still this year in UTC): not this year.
    await matter(ids.A1, ids.A, `${year + 1}-01-01T01:00:00+08:00`, "LEAD", "RESOLVED", [[true, "SATISFIED", 1]]);
    await matter(ids.A2, ids.A, `${dB}T10:00:00+08:00`, "JOINT", "IN_PROGRESS");
    await matter(ids.A1, ids.A, `${dA}T00:05:00+08:00`, null, "REJECTED");
    await matter(ids.A1, ids.A, `${dB}T11:00:00+08:00`, "SUPERVISED", "RESOLVED", [[true, "NOT", 1], [true, "BASICALLY", 3]]);
    await matter(ids.A1, ids.A, `${dA}T00:06:00+08:00`, "DIRECT", "MERGED");
    await matter(ids.A1, ids.A, `${dA}T00:07:00+08:00`, "DIRECT", "RESOLVED", [[true, "BASICALLY", 0], [true, "NOT", 0.01]]);
    await matter(ids.B1, ids.B, `${dB}T09:00:00+08:00`, "LEAD", "CLOSED", [[true, "SATISFIED", 2]]);

    // --- township 甲乡 ---
    const a = await report(year, ids.A);
    expect(a).toMatchObject({ year, townshipId: ids.A, townshipName: "甲乡" });
    const mA = month(dA);
    const mB = month(dB);
    expect(withoutHeader(a)).toEqual({
      shop: {
        villages: tally(2),
        villagesWithShop: tally(1),
        shopCoverage: { numerator: 1, denominator: 2, rate: 0.5 },
        exchangeEvents: count(1, months([month(dE), 1])),
        // Redemption entries of the year: 10 + 2 + 20 + 6 + 2; the two cancelled ones refunded on their own day.
        pointsRedeemed: count(40, months([mA, 40])),
        pointsRefunded: count(22, months([mA, 22])),
        netRedeemed: count(18, months([mA, 18])),
        redeemingHouseholds: count(2, months([mA, 2])),
        redeemingPeople: count(7, months([mA, 7])),
      },
      volunteer: {
        activitiesHeld: count(3, months([mA, 1], [mB, 2])),
        participations: count(7, months([mA, 5], [mB, 2])),
        brandsActive: count(2, distinctMonths([mA, "A"], [mB, "A1"], [mB, "A"])),
        teams: tally(2),
        teamMembers: tally(15),
      },
      civic: {
        received: count(6, months([1, 1], [mB, 2], [mA, 3])),
        byChannel: {
          direct: count(3, months([1, 1], [mA, 2])),
          lead: count(0),
          joint: count(1, months([mB, 1])),
          supervised: count(1, months([mB, 1])),
          unassigned: count(1, months([mA, 1])),
        },
        // (RESOLVED + CLOSED) / (received − REJECTED − MERGED) = 3 / 4.
        resolutionRate: rate(3, 4, months([1, 1], [mB, 1], [mA, 1]), months([1, 1], [mB, 2], [mA, 1])),
        // Latest reached follow-up per matter: SATISFIED, BASICALLY, NOT = 2 / 3.
        satisfactionRate: rate(2, 3, months([1, 1], [mB, 1]), months([1, 1], [mB, 1], [mA, 1])),
      },
      households: { active: tally(4), general: tally(2), lifted: tally(1), monitored: tally(1) },
    });

    // --- township 乙乡 ---
    const b = await report(year, ids.B);
    expect(withoutHeader(b)).toEqual({
      shop: {
        villages: tally(1),
        villagesWithShop: tally(1),
        shopCoverage: { numerator: 1, denominator: 1, rate: 1 },
        exchangeEvents: count(1, months([mA, 1])),
        pointsRedeemed: count(6, months([mA, 6])),
        pointsRefunded: count(0),
        netRedeemed: count(6, months([mA, 6])),
        redeemingHouseholds: count(1, months([mA, 1])),
        redeemingPeople: count(6, months([mA, 6])),
      },
      volunteer: {
        activitiesHeld: count(1, months([mB, 1])),
        participations: count(2, months([mB, 2])),
        brandsActive: count(0),
        teams: tally(1),
        teamMembers: tally(8),
      },
      civic: {
        received: count(1, months([mB, 1])),
        byChannel: { direct: count(0), lead: count(1, months([mB, 1])), joint: count(0), supervised: count(0), unassigned: count(0) },
        resolutionRate: rate(1, 1, months([mB, 1]), months([mB, 1])),
        satisfactionRate: rate(1, 1, months([mB, 1]), months([mB, 1])),
      },
      households: { active: tally(1), general: tally(0), lifted: tally(1), monitored: tally(0) },
    });

    // --- the whole district: the two townships together (distinct counts stay distinct) ---
    const all = await report(year);
    expect(all).toMatchObject({ townshipId: null, townshipName: null });
    expect(withoutHeader(all)).toEqual({
      shop: {
        villages: tally(3),
        villagesWithShop: tally(2),
        shopCoverage: { numerator: 2, denominator: 3, rate: 2 / 3 },
        exchangeEvents: count(2, months([month(dE), 1], [mA, 1])),
        pointsRedeemed: count(46, months([mA, 46])),
        pointsRefunded: count(22, months([mA, 22])),
        netRedeemed: count(24, months([mA, 24])),
        redeemingHouseholds: count(3, months([mA, 3])),
        redeemingPeople: count(13, months([mA, 13])),
      },
      volunteer: {
        activitiesHeld: count(4, months([mA, 1], [mB, 3])),
        participations: count(9, months([mA, 5], [mB, 4])),
        brandsActive: count(2, distinctMonths([mA, "A"], [mB, "A1"], [mB, "A"])),
        teams: tally(3),
        teamMembers: tally(23),
      },
      civic: {
        received: count(7, months([1, 1], [mB, 3], [mA, 3])),
        byChannel: {
          direct: count(3, months([1, 1], [mA, 2])),
          lead: count(1, months([mB, 1])),
          joint: count(1, months([mB, 1])),
          supervised: count(1, months([mB, 1])),
          unassigned: count(1, months([mA, 1])),
        },
        resolutionRate: rate(4, 5, months([1, 1], [mB, 2], [mA, 1]), months([1, 1], [mB, 3], [mA, 1])),
        satisfactionRate: rate(3, 4, months([1, 1], [mB, 2]), months([1, 1], [mB, 2], [mA, 1])),
      },
      households: { active: tally(5), general: tally(2), lifted: tally(2), monitored: tally(1) },
    });
    // Definitions say what is counted.
    expect(all.shop.pointsRedeemed.definition).toMatch(/REDEMPTION entries/);
    expect(all.shop.netRedeemed.definition).toMatch(/pointsRedeemed − pointsRefunded/);
    expect(all.volunteer.participations.definition).toMatch(/Person-times/);
    expect(all.civic.resolutionRate.definition).toMatch(/REJECTED and MERGED/);
  });

  it("reports on one village, for district roles and the village's township staff", async () => {
    const a1 = await report(year, null, tokens.admin, ids.A1);
    expect(a1).toMatchObject({ townshipId: ids.A, townshipName: "甲乡", villageId: ids.A1, villageName: "甲一村" });
    const mA = month(dA);
    const mB = month(dB);
    const { shop, volunteer, civic, households } = withoutHeader(a1) as Json;
    expect(shop).toEqual({
      villages: tally(1),
      villagesWithShop: tally(1),
      shopCoverage: { numerator: 1, denominator: 1, rate: 1 },
      exchangeEvents: count(1, months([month(dE), 1])),
      pointsRedeemed: count(40, months([mA, 40])),
      pointsRefunded: count(22, months([mA, 22])),
      netRedeemed: count(18, months([mA, 18])),
      redeemingHouseholds: count(2, months([mA, 2])),
      redeemingPeople: count(7, months([mA, 7])),
    });
    expect(volunteer).toEqual({
      activitiesHeld: count(2, months([mA, 1], [mB, 1])),
      participations: count(6, months([mA, 5], [mB, 1])),
      brandsActive: count(2, distinctMonths([mA, "A"], [mB, "A1"])),
      teams: tally(1),
      teamMembers: tally(5),
    });
    // 甲一村's matters: all of 甲乡's but the JOINT one in 甲二村.
    expect(civic.received).toEqual(count(5, months([1, 1], [mB, 1], [mA, 3])));
    expect(civic.byChannel.joint).toEqual(count(0));
    expect(households).toEqual({ active: tally(3), general: tally(1), lifted: tally(1), monitored: tally(1) });
    expect(a1.shop.villages.definition).toMatch(/in the village/);
    // Township staff: a village of their own township, not another's; a village outside the named township is bad input.
    expect(withoutHeader(await report(year, null, tokens.astaff, ids.A1))).toEqual(withoutHeader(a1));
    expect(errorCode(await t.gql(REPORT, { y: year, v: ids.B1 }, tokens.astaff))).toBe("FORBIDDEN");
    const outside = await t.gql(REPORT, { y: year, t: ids.A, v: ids.B1 }, tokens.admin);
    expect(fieldsOf(outside)).toEqual({ villageId: "INVALID" });
  });

  it("gives zeros for the flows of a year without records, and the stocks as they stand", async () => {
    const stocks = { villages: 3, withShop: 2, teams: 3, members: 23, active: 5, general: 2, lifted: 2, monitored: 1 };
    expect(withoutHeader(await report(year - 3))).toEqual(emptyYear(stocks));
    // Next year: only the matter received just after its first midnight.
    const next = withoutHeader(await report(year + 1)) as Json;
    expect(next.civic.received).toEqual(count(1, months([1, 1])));
    expect(next.shop.exchangeEvents.value).toBe(0);
    const emptyTownship = withoutHeader(await report(year - 3, ids.B));
    expect(emptyTownship).toEqual(emptyYear({ villages: 1, withShop: 1, teams: 1, members: 8, active: 1, general: 0, lifted: 1, monitored: 0 }));
  });

  it("is for district roles anywhere and township staff in their own township only", async () => {
    expect((await report(year, null, tokens.dstaff)).shop.villages.value).toBe(3);
    expect((await report(year, ids.B, tokens.dstaff)).townshipId).toBe(ids.B);
    // Township staff: their township by default and by name; another is FORBIDDEN.
    const own = await report(year, null, tokens.astaff);
    expect(own).toMatchObject({ townshipId: ids.A, townshipName: "甲乡" });
    expect(withoutHeader(own)).toEqual(withoutHeader(await report(year, ids.A)));
    expect((await report(year, ids.A, tokens.astaff)).townshipId).toBe(ids.A);
    expect(errorCode(await t.gql(REPORT, { y: year, t: ids.B }, tokens.astaff))).toBe("FORBIDDEN");
    expect(errorCode(await t.gql(REPORT, { y: year, t: "999999" }, tokens.astaff))).toBe("FORBIDDEN");
    for (const who of ["a1committee", "a1resident", "deptstaff"]) {
      expect(errorCode(await t.gql(REPORT, { y: year, t: null }, tokens[who])), who).toBe("FORBIDDEN");
      expect(errorCode(await t.gql(REPORT, { y: year, t: ids.A }, tokens[who])), who).toBe("FORBIDDEN");
    }
    expect(errorCode(await t.gql(REPORT, { y: year }))).toBe("UNAUTHENTICATED");
    // Bad input: an unknown township, a year out of range.
    const unknown = await t.gql(REPORT, { y: year, t: "999999" }, tokens.admin);
    expectError(unknown, "BAD_USER_INPUT", { townshipId: "NOT_FOUND" });
    const early = await t.gql(REPORT, { y: 1999 }, tokens.admin);
    expect(fieldsOf(early)).toEqual({ year: "OUT_OF_RANGE" });
  });
});
