import { afterAll, beforeAll, describe, it } from "vitest";
import { and, asc, eq, lt } from "drizzle-orm";
import { pointRules, users, villages } from "@cunwu/schema";
import { postEntry } from "@cunwu/server/points/ledger";
import { startTestServer, type TestServer } from "../support/server";
import { badInput, checkActions, conflict, notAllowed, notFound, type Outcome, type Refused } from "../support/allowed-actions";
import { newKey } from "../support/ops/keys";
import { archiveHousehold, createHousehold, updateHousehold } from "../support/ops/households";
import { awardPoints, deductPoints } from "../support/ops/points";
import { createProduct, redeem } from "../support/ops/shop";

// A household's allowedActions, for every status and demo user: each listed
// action goes through, each other one is refused with its code and reason.

type Action = "UPDATE" | "ARCHIVE" | "AWARD" | "DEDUCT" | "REDEEM";
type Status = "ACTIVE" | "MOVED" | "ARCHIVED";

let t: TestServer;
const tokens: Record<string, string> = {};
let adminId: number;
let homeVillage: number;
let noShopVillage: number;
let residentHousehold: number;
let deductionRule: number;
let productId: string;
let seq = 0;

const db = () => t.server.connection.db;
/** Yesterday in UTC: a past day in the district's time zone too. */
const deedDate = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestServer();
  for (const name of ["admin", "district", "township", "village", "dept", "resident"]) tokens[name] = await t.login(name);
  const [admin] = await db().select().from(users).where(eq(users.username, "admin"));
  adminId = admin!.id;
  const [committee] = await db().select().from(users).where(eq(users.username, "village"));
  homeVillage = committee!.villageId!;
  const [resident] = await db().select().from(users).where(eq(users.username, "resident"));
  residentHousehold = resident!.householdId!;
  noShopVillage = (await db().select().from(villages).where(eq(villages.hasShop, false)).orderBy(asc(villages.id)))[0]!.id;
  const [rule] = await db()
    .select()
    .from(pointRules)
    .where(and(lt(pointRules.points, 0), eq(pointRules.active, true)))
    .orderBy(asc(pointRules.id));
  deductionRule = rule!.id;
  const product = await createProduct.ok(t, { villageId: homeVillage, name: "测试肥皂", unit: "块", price: 1, stock: 10_000 }, tokens.admin);
  productId = product.id;
});
afterAll(() => t?.close());

/** A new household in the status, with points to spend. */
async function makeHousehold(status: Status, villageId = homeVillage): Promise<string> {
  seq += 1;
  const { id } = await createHousehold.ok(t, { villageId, number: `AA-${seq}`, headName: "测试户", memberCount: 3 }, tokens.admin);
  await db().transaction((tx) =>
    postEntry(tx, { householdId: Number(id), kind: "AWARD", delta: 100, reason: "test", deedDate, recordedBy: adminId, idempotencyKey: `test:${newKey()}` }),
  );
  if (status === "MOVED") await updateHousehold.ok(t, { id, input: { status: "MOVED" } }, tokens.admin);
  if (status === "ARCHIVED") await archiveHousehold.ok(t, { id }, tokens.admin);
  return id;
}

function act(action: Action, id: string, token: string) {
  switch (action) {
    case "UPDATE":
      return updateHousehold(t, { id, input: { address: "新地址" } }, token);
    case "ARCHIVE":
      return archiveHousehold(t, { id }, token);
    case "AWARD":
      return awardPoints(t, { householdIds: [id], points: 1, reason: "测试", deedDate }, token);
    case "DEDUCT":
      return deductPoints(t, { ruleId: deductionRule, householdId: id, deedDate }, token);
    case "REDEEM":
      return redeem(t, { householdId: id, lines: [{ productId, quantity: 1 }] }, token);
  }
}

const all = (outcome: Outcome): Record<Action, Outcome> => ({ UPDATE: outcome, ARCHIVE: outcome, AWARD: outcome, DEDUCT: outcome, REDEEM: outcome });
/** What the household's keepers (the district admin, its village committee) may do in each status. */
const keeper: Record<Status, Record<Action, Outcome>> = {
  ACTIVE: all("ok"),
  MOVED: { UPDATE: "ok", ARCHIVE: "ok", AWARD: badInput, DEDUCT: badInput, REDEEM: conflict("HOUSEHOLD_STATUS") },
  ARCHIVED: { UPDATE: "ok", ARCHIVE: conflict("HOUSEHOLD_STATUS"), AWARD: badInput, DEDUCT: badInput, REDEEM: conflict("HOUSEHOLD_STATUS") },
};
/** Who cannot read another household: residents (NOT_FOUND), department staff (no household access). */
const unreadableBy: Record<string, Refused> = { resident: notFound, dept: notAllowed };

function check(user: string, make: () => Promise<string>, expected: Record<Action, Outcome>, name: string, own = false) {
  return checkActions<Action, string>({
    name: `${name} / ${user}`,
    make,
    read: (id) => t.gql(`query ($id: ID!) { household(id: $id) { allowedActions } }`, { id }, tokens[user]),
    listed: (data) => data.household.allowedActions,
    act: (action, id) => act(action, id, tokens[user]!),
    expected,
    unreadable: own ? undefined : unreadableBy[user],
  });
}

describe("Household.allowedActions", () => {
  for (const status of ["ACTIVE", "MOVED", "ARCHIVED"] as const) {
    it(`${status} household of the committee's village, for every demo user`, async () => {
      for (const user of ["admin", "village"]) await check(user, () => makeHousehold(status), keeper[status], status);
      for (const user of ["district", "township", "dept", "resident"]) await check(user, () => makeHousehold(status), all(notAllowed), status);
    });
  }

  it("the resident's own household: it reads it and may do nothing to it", async () => {
    await check("resident", async () => String(residentHousehold), all(notAllowed), "own", true);
  });

  it("a household of a village without a shop: no REDEEM; another village's committee does not find it", async () => {
    const make = () => makeHousehold("ACTIVE", noShopVillage);
    await check("admin", make, { ...all("ok"), REDEEM: conflict("NO_SHOP") }, "no shop");
    await checkActions<Action, string>({
      name: "no shop / village",
      make,
      read: (id) => t.gql(`query ($id: ID!) { household(id: $id) { allowedActions } }`, { id }, tokens.village),
      listed: (data) => data.household.allowedActions,
      act: (action, id) => act(action, id, tokens.village!),
      // Out of scope: as if it did not exist (an id the caller named in an input is a bad input).
      expected: { UPDATE: notFound, ARCHIVE: notFound, AWARD: badInput, DEDUCT: badInput, REDEEM: notFound },
      unreadable: notFound,
    });
  });
});
