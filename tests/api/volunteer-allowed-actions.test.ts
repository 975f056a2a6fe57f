// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, ne } from "drizzle-orm";
import { households, users, villages } from "@cunwu/schema";
import { addDays, todayIn } from "@cunwu/server/common/dates";
import { startTestServer, type GraphQLResult, type TestServer } from "../support/server";
import { expectOk, expectReason } from "../support/assert";
import { statementsOf } from "../support/statements";

// Activity.allowedActions, VolunteerTeam.allowedActions and
// ServiceBrand.allowedActions, for every state and role a real user reaches:
// each action offered succeeds, each other one is refused with the code and
// reason its mutation gives. The offered sets are written out here, so the
// table is also the record of who may do what when.

type Who = "admin" | "district" | "township" | "village" | "dept" | "resident";
const everyone: Who[] = ["admin", "district", "township", "village", "dept", "resident"];
const tokens = {} as Record<Who, string>;
let t: TestServer;
let villageId: string;
let townshipId: string;
/** Active households of the committee's village: one takes part, one is moved out and back. */
let taker: string;
let mover: string;
let ruleId: string;
const today = todayIn("Asia/Shanghai");

const db = () => t.server.connection.db;
const key = () => crypto.randomUUID();

beforeAll(async () => {
  t = await startTestServer();
  for (const who of everyone) tokens[who] = await t.login(who);
  const [committee] = await db().select().from(users).where(eq(users.username, "village"));
  villageId = String(committee!.villageId);
  const [village] = await db().select().from(villages).where(eq(villages.id, committee!.villageId!));
  townshipId = String(village!.townshipId);
  const [, a, b] = await db()
    .select({ id: households.id })
    .from(households)
    .where(and(eq(households.villageId, committee!.villageId!), eq(households.status, "ACTIVE")))
    .orderBy(asc(households.number));
  taker = String(a!.id);
  mover = String(b!.id);
  const rule = await t.ok<{ createPointRule: { id: string } }>(
    `mutation ($input: CreatePointRuleInput!) { createPointRule(input: $input) { id } }`,
    { input: { villageId, category: "VOLUNTEERING", name: "护河巡查", points: 3 } },
    tokens.village,
  );
  ruleId = rule.createPointRule.id;
});
afterAll(() => t?.close());


// ---------------------------------------------------------------- activities

type Action = "UPDATE" | "RECORD_PARTICIPATION" | "CONFIRM" | "CANCEL";
const actions: Action[] = ["UPDATE", "RECORD_PARTICIPATION", "CONFIRM", "CANCEL"];

const committee = (query: string, variables: Record<string, unknown>) => t.ok(query, variables, tokens.village);
const setRuleActive = (active: boolean) =>
  committee(`mutation ($id: ID!, $active: Boolean!) { updatePointRule(id: $id, input: { active: $active }) { id } }`, { id: ruleId, active });
const setStatus = (householdId: string, status: "ACTIVE" | "MOVED") =>
  committee(`mutation ($id: ID!, $status: HouseholdStatus!) { updateHousehold(id: $id, input: { status: $status }) { id } }`, { id: householdId, status });

async function create(date: string, points: { pointsPerParticipant?: number; ruleId?: string } = { pointsPerParticipant: 5 }) {
  const input = { title: `河道清理 ${key().slice(0, 6)}`, villageId, date, category: "ENVIRONMENT", ...points };
  const created = await committee(`mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }`, { input });
  return created.createActivity.id as string;
}
const recordAs = (token: string, id: string, householdIds: string[]) =>
  t.gql(`mutation ($id: ID!, $p: [ParticipantInput!]!) { recordParticipation(activityId: $id, participants: $p) { id } }`, {
    id,
    p: householdIds.map((householdId) => ({ householdId, people: 1, hours: 2 })),
  }, token);

/** The activity states a user meets, each made afresh by the village committee. */
const states: Record<string, () => Promise<string>> = {
  "planned, dated after today": async () => {
    const id = await create(addDays(today, 3));
    expectOk(await recordAs(tokens.village, id, [taker]), "record");
    return id;
  },
  "planned, nobody recorded": () => create(addDays(today, -1)),
  "planned, ready to confirm": async () => {
    const id = await create(addDays(today, -1));
    expectOk(await recordAs(tokens.village, id, [taker]), "record");
    return id;
  },
  "planned, a participant moved out": async () => {
    const id = await create(addDays(today, -1));
    await setStatus(mover, "ACTIVE");
    expectOk(await recordAs(tokens.village, id, [taker, mover]), "record");
    await setStatus(mover, "MOVED");
    return id;
  },
  "planned, its rule deactivated": async () => {
    await setRuleActive(true);
    const id = await create(addDays(today, -1), { ruleId });
    expectOk(await recordAs(tokens.village, id, [taker]), "record");
    await setRuleActive(false);
    return id;
  },
  held: async () => {
    const id = await states["planned, ready to confirm"]!();
    expectOk(await confirmAs(tokens.village, id), "confirm");
    return id;
  },
  cancelled: async () => {
    const id = await create(addDays(today, -1));
    expectOk(await cancelAs(tokens.village, id), "cancel");
    return id;
  },
};

const confirmAs = (token: string, id: string) =>
  t.gql(`mutation ($id: ID!, $k: String!) { confirmActivity(id: $id, idempotencyKey: $k) { id status } }`, { id, k: key() }, token);
const cancelAs = (token: string, id: string) =>
  t.gql(`mutation ($id: ID!, $k: String!) { cancelActivity(id: $id, reason: "下雨", idempotencyKey: $k) { id status } }`, { id, k: key() }, token);

const perform: Record<Action, (token: string, id: string) => Promise<GraphQLResult>> = {
  UPDATE: (token, id) => t.gql(`mutation ($id: ID!) { updateActivity(id: $id, input: { place: "河堤" }) { id } }`, { id }, token),
  RECORD_PARTICIPATION: (token, id) => recordAs(token, id, [taker]),
  CONFIRM: confirmAs,
  CANCEL: cancelAs,
};

const runners: Who[] = ["admin", "village"];
const conflictOf = (reason: string) => ({ code: "CONFLICT", reason });
const statusConflict = conflictOf("ACTIVITY_STATUS");

/** Per state: what its runners are offered, and why each other step is refused them. */
const table: Record<string, { offered: Action[]; refused: Partial<Record<Action, { code: string; reason: string } | "UNCHANGED">> }> = {
  "planned, dated after today": { offered: ["UPDATE", "RECORD_PARTICIPATION", "CANCEL"], refused: { CONFIRM: conflictOf("ACTIVITY_NOT_DUE") } },
  "planned, nobody recorded": { offered: ["UPDATE", "RECORD_PARTICIPATION", "CANCEL"], refused: { CONFIRM: conflictOf("NO_PARTICIPATION") } },
  "planned, ready to confirm": { offered: ["UPDATE", "RECORD_PARTICIPATION", "CONFIRM", "CANCEL"], refused: {} },
  "planned, a participant moved out": { offered: ["UPDATE", "RECORD_PARTICIPATION", "CANCEL"], refused: { CONFIRM: conflictOf("PARTICIPANT_INACTIVE") } },
  "planned, its rule deactivated": { offered: ["UPDATE", "RECORD_PARTICIPATION", "CANCEL"], refused: { CONFIRM: conflictOf("RULE_INACTIVE") } },
  // Confirming a HELD activity again answers it unchanged (the idempotent retry the design promises); it is not a step to offer.
  held: { offered: ["CANCEL"], refused: { UPDATE: statusConflict, RECORD_PARTICIPATION: statusConflict, CONFIRM: "UNCHANGED" } },
  cancelled: { offered: [], refused: { UPDATE: statusConflict, RECORD_PARTICIPATION: statusConflict, CONFIRM: statusConflict, CANCEL: statusConflict } },
};

const allowedOf = (token: string, id: string) => t.gql(`query ($id: ID!) { activity(id: $id) { status allowedActions } }`, { id }, token);

describe("Activity.allowedActions", () => {
  for (const [state, expected] of Object.entries(table)) {
    it(`${state}: runners get exactly the steps that succeed`, async () => {
      for (const who of runners) {
        const id = await states[state]!();
        const read = await allowedOf(tokens[who], id);
        expectOk(read, `${who} reads`);
        expect(read.data!.activity.allowedActions, `${who}, ${state}`).toEqual(expected.offered);
        for (const action of actions.filter((a) => !expected.offered.includes(a))) {
          const refusal = expected.refused[action]!;
          const result = await perform[action](tokens[who], id);
          if (refusal === "UNCHANGED") {
            expectOk(result, `${who} ${action} again`);
            expect((await allowedOf(tokens[who], id)).data!.activity.status).toBe("HELD");
          } else expectReason(result, refusal.code, refusal.reason, `${who} ${action} when ${state}`);
        }
        // Each offered step on an activity of its own, so one does not change the state for the next.
        for (const action of expected.offered) {
          expectOk(await perform[action](tokens[who], await states[state]!()), `${who} ${action} when ${state}`);
        }
      }
    });

    it(`${state}: everyone else is offered nothing and refused every step`, async () => {
      const id = await states[state]!();
      for (const who of everyone.filter((w) => !runners.includes(w))) {
        const read = await allowedOf(tokens[who], id);
        // Department staff do not read activities at all.
        if (who === "dept") expectReason(read, "FORBIDDEN", "NOT_ALLOWED", "dept reads");
        else expect(read.data!.activity.allowedActions, who).toEqual([]);
        for (const action of actions) expectReason(await perform[action](tokens[who], id), "FORBIDDEN", "NOT_ALLOWED", `${who} ${action}`);
      }
    });
  }

  it("a page of activities answers allowedActions in a constant number of statements", async () => {
    const yesterday = addDays(today, -1);
    const listed = await t.ok(`query ($f: ActivityFilter) { activities(filter: $f, perPage: 200) { items { id ruleId } } }`, {
      f: { status: "PLANNED", to: yesterday },
    }, tokens.admin);
    const items = listed.activities.items as { id: string; ruleId: string | null }[];
    // Two rows that take every path (a rule and points of its own) against all of them.
    const few = [items.find((a) => a.ruleId !== null)!.id, items.find((a) => a.ruleId === null)!.id];
    const all = items.map((a) => a.id);
    expect(all.length).toBeGreaterThan(10);
    const count = async (ids: string[]) => {
      const { result, statements } = await statementsOf(t, () =>
        t.ok(`query ($ids: [ID!]) { activities(filter: { ids: $ids }, perPage: 200) { items { allowedActions } } }`, { ids }, tokens.admin),
      );
      expect(result.activities.items).toHaveLength(ids.length);
      return statements;
    };
    expect(await count(all)).toBe(await count(few));
  });
});

// ---------------------------------------------------------------- teams and brands

type Owner = "township" | "village" | "otherVillage";

describe("VolunteerTeam.allowedActions and ServiceBrand.allowedActions", () => {
  /** Who is offered UPDATE on a record of each owner; null: the record is not visible to them. */
  const keeps: Record<Who, Record<Owner, boolean | null>> = {
    admin: { township: true, village: true, otherVillage: true },
    district: { township: false, village: false, otherVillage: false },
    township: { township: true, village: true, otherVillage: true },
    village: { township: false, village: true, otherVillage: null },
    resident: { township: false, village: false, otherVillage: null },
    dept: { township: null, village: null, otherVillage: null },
  };

  for (const kind of ["team", "brand"] as const) {
    const type = kind === "team" ? "VolunteerTeam" : "ServiceBrand";
    const read = kind === "team" ? "volunteerTeam" : "serviceBrand";
    it(`${type}: UPDATE is offered exactly to those whose update succeeds`, async () => {
      const [other] = await db()
        .select({ id: villages.id })
        .from(villages)
        .where(and(eq(villages.townshipId, Number(townshipId)), ne(villages.id, Number(villageId))))
        .orderBy(asc(villages.code))
        .limit(1);
      const owners: Record<Owner, Record<string, string>> = { township: { townshipId }, village: { villageId }, otherVillage: { villageId: String(other!.id) } };
      const ids = {} as Record<Owner, string>;
      for (const [owner, scope] of Object.entries(owners) as [Owner, Record<string, string>][]) {
        const input = { name: `${owner}${kind}${key().slice(0, 6)}`, ...scope, ...(kind === "team" ? { kind: "OTHER" } : {}) };
        const created = await t.ok(`mutation ($input: Create${type}Input!) { create${type}(input: $input) { id } }`, { input }, tokens.admin);
        ids[owner] = created[`create${type}`].id;
      }
      for (const who of everyone) {
        for (const owner of Object.keys(owners) as Owner[]) {
          const expected = keeps[who][owner];
          const what = `${who} on a ${owner} ${kind}`;
          const got = await t.gql(`query ($id: ID!) { ${read}(id: $id) { allowedActions } }`, { id: ids[owner] }, tokens[who]);
          const update = await t.gql(`mutation ($id: ID!) { update${type}(id: $id, input: { active: true }) { id } }`, { id: ids[owner] }, tokens[who]);
          if (expected === null) {
            if (who === "dept") expectReason(got, "FORBIDDEN", "NOT_ALLOWED", what);
            else expectReason(got, "NOT_FOUND", "NOT_FOUND", what);
            expectReason(update, who === "dept" || who === "resident" ? "FORBIDDEN" : "NOT_FOUND", who === "dept" || who === "resident" ? "NOT_ALLOWED" : "NOT_FOUND", what);
            continue;
          }
          expect(got.data?.[read]?.allowedActions, what).toEqual(expected ? ["UPDATE"] : []);
          if (expected) expectOk(update, what);
          else expectReason(update, "FORBIDDEN", "NOT_ALLOWED", what);
        }
      }
    });
  }
});
