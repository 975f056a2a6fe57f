import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@cunwu/server/common/dates";
import { eq } from "drizzle-orm";
import { users } from "@cunwu/schema";
import { postEntry } from "@cunwu/server/points/ledger";
import { startTestServer, type TestServer } from "../support/server";
import { checkActions, conflict, notAllowed, type Outcome } from "../support/allowed-actions";
import { districtToday, newKey } from "../support/ops/keys";
import { cancelRedemption, closeExchangeEvent, createExchangeEvent, createProduct, redeem, reopenExchangeEvent } from "../support/ops/shop";

// The allowedActions of exchange events and redemptions, for every status
// and demo user: each listed action goes through, each other one is refused
// with its code and reason.

let t: TestServer;
const tokens: Record<string, string> = {};
let homeVillage: string;
let residentHousehold: string;
let productId: string;

const db = () => t.server.connection.db;
const users6 = ["admin", "district", "township", "village", "dept", "resident"] as const;
/** Runners of the committee's village's shop; every other demo user is refused by role. */
const runners = new Set(["admin", "village"]);

beforeAll(async () => {
  t = await startTestServer();
  for (const name of users6) tokens[name] = await t.login(name);
  const [committee] = await db().select().from(users).where(eq(users.username, "village"));
  homeVillage = String(committee!.villageId);
  const [resident] = await db().select().from(users).where(eq(users.username, "resident"));
  residentHousehold = String(resident!.householdId);
  // Enough points for every sale below, on the resident's household (so the resident reads its redemptions).
  await db().transaction((tx) =>
    postEntry(tx, {
      householdId: Number(residentHousehold),
      kind: "AWARD",
      delta: 10_000,
      reason: "test",
      deedDate: "2026-01-01",
      recordedBy: committee!.id,
      idempotencyKey: `test:${newKey()}`,
    }),
  );
  productId = (await createProduct.ok(t, { villageId: homeVillage, name: "测试毛巾", unit: "条", price: 2, stock: 10_000 }, tokens.admin)).id;
});
afterAll(() => t?.close());

const forUser = <A extends string>(user: string, own: Record<A, Outcome>): Record<A, Outcome> =>
  runners.has(user) ? own : (Object.fromEntries(Object.keys(own).map((action) => [action, notAllowed])) as Record<A, Outcome>);

describe("ExchangeEvent.allowedActions", () => {
  type Action = "CLOSE" | "REOPEN" | "SELL";
  // UPCOMING: open, announced for a later day (it takes no sales before its day).
  const expected: Record<"OPEN" | "CLOSED" | "UPCOMING", Record<Action, Outcome>> = {
    OPEN: { CLOSE: "ok", REOPEN: conflict("EVENT_STATUS"), SELL: "ok" },
    CLOSED: { CLOSE: conflict("EVENT_STATUS"), REOPEN: "ok", SELL: conflict("EVENT_CLOSED") },
    UPCOMING: { CLOSE: "ok", REOPEN: conflict("EVENT_STATUS"), SELL: conflict("EVENT_NOT_STARTED") },
  };
  const make = async (status: "OPEN" | "CLOSED" | "UPCOMING") => {
    const date = status === "UPCOMING" ? addDays(districtToday(), 4) : "2026-03-01";
    const { id } = await createExchangeEvent.ok(t, { villageId: homeVillage, date, title: "测试兑换日" }, tokens.admin);
    if (status === "CLOSED") await closeExchangeEvent.ok(t, { id }, tokens.admin);
    return id;
  };
  const sell = (id: string, user: string) =>
    redeem(t, { householdId: residentHousehold, eventId: id, lines: [{ productId, quantity: 1 }] }, tokens[user]);
  const actions = { CLOSE: closeExchangeEvent, REOPEN: reopenExchangeEvent };

  it("says whether an event is still to come, by the district's day", async () => {
    const later = await make("UPCOMING");
    const held = await make("OPEN");
    const read = async (id: string) =>
      (await t.gql<{ exchangeEvent: { upcoming: boolean } }>(`query ($id: ID!) { exchangeEvent(id: $id) { upcoming } }`, { id }, tokens.village)).data!.exchangeEvent.upcoming;
    expect(await read(later)).toBe(true);
    expect(await read(held)).toBe(false);
  });

  for (const status of ["OPEN", "CLOSED", "UPCOMING"] as const) {
    it(`${status}, for every demo user`, async () => {
      for (const user of users6) {
        await checkActions<Action, string>({
          name: `${status} / ${user}`,
          make: () => make(status),
          read: (id) => t.gql(`query ($id: ID!) { exchangeEvent(id: $id) { allowedActions } }`, { id }, tokens[user]),
          listed: (data) => data.exchangeEvent.allowedActions,
          act: (action, id) => (action === "SELL" ? sell(id, user) : actions[action](t, { id }, tokens[user])),
          expected: forUser(user, expected[status]),
          unreadable: user === "dept" ? notAllowed : undefined,
        });
      }
    });
  }
});

describe("Redemption.allowedActions", () => {
  type Action = "CANCEL";
  const expected: Record<"COMPLETED" | "CANCELLED", Record<Action, Outcome>> = {
    COMPLETED: { CANCEL: "ok" },
    CANCELLED: { CANCEL: conflict("REDEMPTION_STATUS") },
  };
  const make = async (status: "COMPLETED" | "CANCELLED") => {
    const { id } = await redeem.ok(t, { householdId: residentHousehold, lines: [{ productId, quantity: 1 }] }, tokens.admin);
    if (status === "CANCELLED") await cancelRedemption.ok(t, { id, reason: "测试" }, tokens.admin);
    return id;
  };
  for (const status of ["COMPLETED", "CANCELLED"] as const) {
    it(`${status}, for every demo user (the resident's own household's)`, async () => {
      for (const user of users6) {
        await checkActions<Action, string>({
          name: `${status} / ${user}`,
          make: () => make(status),
          read: (id) => t.gql(`query ($id: ID!) { redemption(id: $id) { allowedActions } }`, { id }, tokens[user]),
          listed: (data) => data.redemption.allowedActions,
          act: (_action, id) => cancelRedemption(t, { id, reason: "测试" }, tokens[user]),
          expected: forUser(user, expected[status]),
          unreadable: user === "dept" ? notAllowed : undefined,
        });
      }
    });
  }
});
