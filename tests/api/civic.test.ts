// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { auditLog, civicCategories, civicCodeCounters, civicMatters, matterAssignments } from "@cunwu/schema";
import { todayIn } from "@cunwu/server/common/dates";
import { errorCode, startTestServer, type GraphQLResult, type TestServer } from "../support/server";
import { expectError } from "../support/assert";
import {
  calendarFromApi,
  civicApi,
  civicWorld,
  fieldOf,
  openLead,
  plusDays,
  type CivicWorld,
  type Matter,
} from "../support/civic";

// The civic matter's life through the API: intake, the four channels and
// their rules, every allowed transition and every refused one, working-day
// deadlines, overdue, extensions, supervision and concurrent changes.

let t: TestServer;
let w: CivicWorld;
let api: ReturnType<typeof civicApi>;
const today = todayIn("Asia/Shanghai");
const db = () => t.server.connection.db;
const tok = (name: string) => w.tokens[name]!;

beforeAll(async () => {
  t = await startTestServer();
  w = await civicWorld(t);
  api = civicApi(t, w);
});
afterAll(() => t?.close());

const data = fieldOf;

/** A DIRECT matter of the resident's village, taken to a status through the API. */
async function matterIn(status: "RECEIVED" | "ASSIGNED" | "IN_PROGRESS" | "RESOLVED" | "CLOSED" | "REJECTED" | "MERGED" | "RETURNED", intoId?: string) {
  const m = await api.submit();
  if (status === "RECEIVED") return m;
  if (status === "REJECTED") return data(await api.rejectRaw(m.id), "rejectCivicMatter");
  if (status === "MERGED") return data(await api.mergeRaw(m.id, intoId!), "mergeCivicMatter");
  let cur = await api.assign(m.id);
  if (status === "ASSIGNED") return cur;
  if (status === "RETURNED") return data(await api.returnRaw(openLead(cur).id, tok("village")), "returnAssignment");
  cur = await api.accept(openLead(cur).id, tok("village"));
  if (status === "IN_PROGRESS") return cur;
  cur = data(await api.resolveRaw(m.id, tok("village")), "resolveCivicMatter");
  if (status === "RESOLVED") return cur;
  return data(await api.followUpRaw(m.id, { method: "PHONE", reached: true, resolved: "YES", satisfaction: "SATISFIED" }), "recordFollowUp");
}

/** A refusal with this code (and field errors); returns the error, for its details. */
async function expectRefused(result: GraphQLResult, code: string, fields?: Record<string, string>) {
  expect(result.errors, JSON.stringify(result.data)).toBeDefined();
  expectError(result, code, fields);
  return result.errors![0]!;
}

describe("intake", () => {
  it("takes a resident's matter in with a fresh code, status RECEIVED and its first event", async () => {
    const m = await api.submit({ submitterPhone: "13812345678" });
    expect(m.code).toMatch(new RegExp(`^MS-${today.slice(0, 4)}-\\d{5}$`));
    expect(m).toMatchObject({
      status: "RECEIVED",
      channel: null,
      villageId: String(w.village.PC01),
      townshipId: String(w.township.PC),
      submitterHouseholdId: String(w.household.pc01a),
      source: "ONLINE",
      urgency: "NORMAL",
      anonymous: false,
      overdue: false,
      overdueWorkingDays: null,
      submitterPhone: "13812345678",
    });
    const events = await api.events(m.id);
    expect(events.map((e) => [e.type, e.fromStatus, e.toStatus, e.public])).toEqual([["SUBMITTED", null, "RECEIVED", true]]);
    const audits = await db().select().from(auditLog).where(and(eq(auditLog.entity, "civic-matter"), eq(auditLog.entityId, m.id)));
    expect(audits.map((a) => a.action)).toEqual(["submit"]);
  });

  it("hands out consecutive codes, never reused, also under concurrent submissions", async () => {
    const a = await api.submit();
    await api.rejectRaw(a.id);
    const b = await api.submit();
    const seq = (code: string) => Number(code.slice(-5));
    expect(seq(b.code)).toBe(seq(a.code) + 1);
    const many = await Promise.all(Array.from({ length: 8 }, () => api.submit()));
    const numbers = many.map((m) => seq(m.code)).sort((x, y) => x - y);
    expect(new Set(numbers).size).toBe(8);
    expect(numbers[0]).toBe(seq(b.code) + 1);
    expect(numbers[7]).toBe(seq(b.code) + 8);
    const [counter] = await db().select().from(civicCodeCounters).where(eq(civicCodeCounters.year, Number(today.slice(0, 4))));
    expect(counter!.last).toBe(seq(b.code) + 8);
  });

  it("lets the committee take matters in for a household, a named person or anonymously", async () => {
    const forHousehold = await api.submit({ householdId: String(w.household.pc01b), source: "VILLAGE_MEETING" }, tok("village"));
    expect(forHousehold).toMatchObject({ submitterHouseholdId: String(w.household.pc01b), villageId: String(w.village.PC01), source: "VILLAGE_MEETING" });
    const named = await api.submit({ submitterName: "王德明", submitterPhone: "13900001111", source: "DOOR_TO_DOOR", urgency: "URGENT" }, tok("village"));
    expect(named).toMatchObject({ submitterName: "王德明", submitterPhone: "13900001111", submitterHouseholdId: null, villageId: String(w.village.PC01) });
    const anonymous = await api.submit({ anonymous: true, source: "WALK_IN" }, tok("village"));
    expect(anonymous).toMatchObject({ anonymous: true, submitterName: null, submitterPhone: null, submitterHouseholdId: null });
  });

  it("refuses intake that breaks the rules, writing nothing", async () => {
    const submit = (input: Record<string, unknown>, token: string) =>
      t.gql(`mutation ($input: SubmitCivicMatterInput!) { submitCivicMatter(input: $input) { id } }`, {
        input: { categoryId: String(w.category.HYG), title: "标题", content: "内容", ...input },
      }, token);
    const [before] = await db().select({ n: sql<number>`count(*)`.mapWith(Number) }).from(civicMatters);
    await expectRefused(await submit({ anonymous: true, submitterName: "王", source: "PHONE" }, tok("village")), "BAD_USER_INPUT", { submitterName: "INVALID" });
    await expectRefused(await submit({ source: "PHONE" }, tok("village")), "BAD_USER_INPUT", { submitterName: "REQUIRED" });
    await expectRefused(await submit({ submitterName: "王" }, tok("village")), "BAD_USER_INPUT", { source: "REQUIRED" });
    await expectRefused(await submit({ householdId: String(w.household.pc02a), source: "PHONE" }, tok("village")), "BAD_USER_INPUT", { householdId: "NOT_FOUND" });
    await expectRefused(await submit({ villageId: String(w.village.PC02), submitterName: "王", source: "PHONE" }, tok("village")), "FORBIDDEN");
    await expectRefused(await submit({ villageId: String(w.village.MB01), submitterName: "王", source: "PHONE" }, tok("township")), "FORBIDDEN");
    await expectRefused(await submit({ villageId: String(w.village.PC02), submitterName: "王", source: "PHONE" }, tok("dept")), "FORBIDDEN");
    await expectRefused(await submit({ householdId: String(w.household.pc01b) }, tok("resident")), "FORBIDDEN");
    await expectRefused(await submit({ anonymous: true }, tok("resident")), "BAD_USER_INPUT", { anonymous: "INVALID" });
    await expectRefused(await submit({ submitterName: "王", source: "PHONE" }, tok("district")), "BAD_USER_INPUT", { villageId: "REQUIRED" });
    await expectRefused(await submit({ title: " ", content: "" }, tok("resident")), "BAD_USER_INPUT", { title: "REQUIRED", content: "REQUIRED" });
    const [inactive] = await db().insert(civicCategories).values({ code: "OLD", name: "旧类别", defaultChannel: "DIRECT", deadlineDays: 5, active: false }).returning();
    await expectRefused(await submit({ categoryId: String(inactive!.id) }, tok("resident")), "BAD_USER_INPUT", { categoryId: "INVALID" });
    const [after] = await db().select({ n: sql<number>`count(*)`.mapWith(Number) }).from(civicMatters);
    expect(after!.n).toBe(before!.n);
    // Township and district staff take matters in within their area.
    const byTownship = await api.submit({ villageId: String(w.village.PC02), submitterName: "李", source: "PHONE" }, tok("township"));
    expect(byTownship.townshipId).toBe(String(w.township.PC));
    const byDistrict = await api.submit({ villageId: String(w.village.MB01), anonymous: true, source: "PHONE" }, tok("district"));
    expect(byDistrict.townshipId).toBe(String(w.township.MB));
  });

  it("manages categories: admin only, codes unique, deadline 1 to 365", async () => {
    const create = (input: Record<string, unknown>, token = tok("admin")) =>
      t.gql(`mutation ($input: CreateCivicCategoryInput!) { createCivicCategory(input: $input) { id code deadlineDays active } }`, { input }, token);
    await expectRefused(await create({ code: "X1", name: "X", defaultChannel: "LEAD", deadlineDays: 5 }, tok("district")), "FORBIDDEN");
    await expectRefused(await create({ code: "HYG", name: "X", defaultChannel: "LEAD", deadlineDays: 5 }), "BAD_USER_INPUT", { code: "DUPLICATE" });
    await expectRefused(await create({ code: "X2", name: "X", defaultChannel: "LEAD", deadlineDays: 0 }), "BAD_USER_INPUT", { deadlineDays: "OUT_OF_RANGE" });
    await expectRefused(await create({ code: "X3", name: "X", defaultChannel: "LEAD", deadlineDays: 366 }), "BAD_USER_INPUT", { deadlineDays: "OUT_OF_RANGE" });
    const created = data<{ id: string }>(await create({ code: "X4", name: "其他", defaultChannel: "LEAD", deadlineDays: 365 }), "createCivicCategory");
    const updated = await t.ok<{ updateCivicCategory: { active: boolean; deadlineDays: number } }>(
      `mutation ($id: ID!) { updateCivicCategory(id: $id, input: { active: false, deadlineDays: 7 }) { active deadlineDays } }`,
      { id: created.id },
      tok("admin"),
    );
    expect(updated.updateCivicCategory).toEqual({ active: false, deadlineDays: 7 });
    const list = await t.ok<{ civicCategories: { total: number; items: { code: string }[] } }>(
      `{ civicCategories(filter: { active: true }, sort: [{ field: "code" }]) { total items { code } } }`,
      {},
      tok("resident"),
    );
    expect(list.civicCategories.items.map((c) => c.code)).toEqual(["HYG", "ROAD"]);
  });
});

describe("channels", () => {
  it("refuses a wrong combination with BAD_USER_INPUT naming what is missing, writing nothing", async () => {
    const m = await api.submit();
    const before = await api.snapshot(m.id);
    const d = w.dept;
    const cases: [Record<string, unknown>, Record<string, string>, string][] = [
      [{ channel: "LEAD" }, { leadOfficialUserId: "REQUIRED" }, "leadOfficialUserId"],
      [{ channel: "JOINT", leadDepartmentId: String(d.MZJ) }, { coDepartmentIds: "REQUIRED" }, "coDepartmentIds"],
      [{ channel: "JOINT", coDepartmentIds: [String(d.MZJ)] }, { leadDepartmentId: "REQUIRED" }, "leadDepartmentId"],
      [{ channel: "JOINT", leadDepartmentId: String(d.MZJ), coDepartmentIds: [String(d.MZJ)] }, { coDepartmentIds: "INVALID" }, "co-department"],
      [{ channel: "JOINT", leadDepartmentId: String(d.MZJ), coDepartmentIds: [String(d.NYNCJ), String(d.NYNCJ)] }, { coDepartmentIds: "INVALID" }, "twice"],
      [{ channel: "SUPERVISED", responsibleDepartmentId: String(d.MZJ) }, { supervisingDepartmentId: "REQUIRED" }, "supervisingDepartmentId"],
      [{ channel: "SUPERVISED", supervisingDepartmentId: String(d.QWDCS) }, { responsibleDepartmentId: "REQUIRED" }, "responsibleDepartmentId or responsibleVillageId"],
      [
        { channel: "SUPERVISED", supervisingDepartmentId: String(d.QWDCS), responsibleDepartmentId: String(d.MZJ), responsibleVillageId: String(w.village.PC01) },
        { responsibleVillageId: "INVALID" },
        "one responsible unit",
      ],
      [{ channel: "DIRECT", leadDepartmentId: String(d.MZJ) }, { leadDepartmentId: "INVALID" }, "DIRECT takes no leadDepartmentId"],
      [{ channel: "LEAD", leadOfficialUserId: String(w.userIds.dept), coDepartmentIds: [String(d.NYNCJ)] }, { coDepartmentIds: "INVALID" }, "LEAD takes no coDepartmentIds"],
      // Checked against the database: the official's role, the office's kind, the village.
      [{ channel: "LEAD", leadOfficialUserId: String(w.userIds.village) }, { leadOfficialUserId: "INVALID" }, "lead official"],
      [{ channel: "LEAD", leadOfficialUserId: "999999" }, { leadOfficialUserId: "NOT_FOUND" }, "not found"],
      [{ channel: "SUPERVISED", supervisingDepartmentId: String(d.MZJ), responsibleDepartmentId: String(d.NYNCJ) }, { supervisingDepartmentId: "INVALID" }, "not a supervision office"],
      [{ channel: "JOINT", leadDepartmentId: String(d.QWDCS), coDepartmentIds: [String(d.NYNCJ)] }, { leadDepartmentId: "INVALID" }, "supervises"],
      [{ channel: "SUPERVISED", supervisingDepartmentId: String(d.QWDCS), responsibleVillageId: String(w.village.PC02) }, { responsibleVillageId: "INVALID" }, "own village"],
    ];
    for (const [input, fields, message] of cases) {
      const error = await expectRefused(await api.assignRaw(m.id, input), "BAD_USER_INPUT", fields);
      expect(error.message).toContain(message);
    }
    expect(await api.snapshot(m.id)).toEqual(before);
  });

  it("makes each channel's assignments, all due on the same working day", async () => {
    const d = w.dept;
    const direct = await api.assign((await api.submit()).id, { channel: "DIRECT" });
    expect(direct.assignments.map((a) => [a.role, a.state, a.villageId])).toEqual([["LEAD_UNIT", "PENDING", String(w.village.PC01)]]);
    const lead = await api.assign((await api.submit()).id, { channel: "LEAD", leadOfficialUserId: String(w.userIds.dept) });
    expect(lead.assignments.map((a) => [a.role, a.officialUserId, a.departmentId])).toEqual([["LEAD_OFFICIAL", String(w.userIds.dept), String(d.MZJ)]]);
    const joint = await api.assign((await api.submit()).id, {
      channel: "JOINT",
      leadDepartmentId: String(d.MZJ),
      coDepartmentIds: [String(d.NYNCJ), String(d["PC-NYFW"])],
    });
    expect(joint.assignments.map((a) => [a.role, a.departmentId])).toEqual([
      ["LEAD_UNIT", String(d.MZJ)],
      ["CO_UNIT", String(d.NYNCJ)],
      ["CO_UNIT", String(d["PC-NYFW"])],
    ]);
    const supervised = await api.assign((await api.submit()).id, {
      channel: "SUPERVISED",
      supervisingDepartmentId: String(d.QWDCS),
      responsibleVillageId: String(w.village.PC01),
    });
    expect(supervised.assignments.map((a) => [a.role, a.departmentId, a.villageId])).toEqual([
      ["SUPERVISOR", String(d.QWDCS), null],
      ["LEAD_UNIT", null, String(w.village.PC01)],
    ]);
    for (const m of [direct, lead, joint, supervised]) {
      expect(m.status).toBe("ASSIGNED");
      expect(new Set(m.assignments.map((a) => a.dueDate))).toEqual(new Set([m.dueDate]));
      const event = await api.lastEvent(m.id);
      expect(event).toMatchObject({ type: "ASSIGNED", fromStatus: "RECEIVED", toStatus: "ASSIGNED", public: true });
      expect((event.data as { channel: string }).channel).toBe(m.channel);
    }
  });

  it("lets a village committee assign only DIRECT for its own village, township staff only in their township", async () => {
    const m = await api.submit();
    await expectRefused(await api.assignRaw(m.id, { channel: "LEAD", leadOfficialUserId: String(w.userIds.dept) }, tok("village")), "FORBIDDEN");
    await expectRefused(await api.assignRaw(m.id, { channel: "DIRECT" }, tok("village2")), "NOT_FOUND");
    await expectRefused(await api.assignRaw(m.id, { channel: "DIRECT" }, tok("mbtown")), "NOT_FOUND");
    await expectRefused(await api.assignRaw(m.id, { channel: "DIRECT" }, tok("dept")), "FORBIDDEN");
    await expectRefused(await api.assignRaw(m.id, { channel: "DIRECT" }, tok("resident")), "FORBIDDEN");
    // The committee gives it to itself: accepted by that act (tests/api/civic-supervision.test.ts).
    expect((await api.assign(m.id, { channel: "DIRECT" }, tok("village"))).status).toBe("IN_PROGRESS");
    const n = await api.submit();
    const joint = await api.assign(n.id, { channel: "JOINT", leadDepartmentId: String(w.dept.MZJ), coDepartmentIds: [String(w.dept.NYNCJ)] }, tok("township"));
    expect(joint.channel).toBe("JOINT");
  });
});

describe("allowed transitions", () => {
  it("RECEIVED → REJECTED with a reason, and RECEIVED → MERGED into a standing matter", async () => {
    const m = await api.submit();
    await expectRefused(await api.rejectRaw(m.id, tok("village"), " "), "BAD_USER_INPUT", { reason: "REQUIRED" });
    const rejected = data(await api.rejectRaw(m.id, tok("village")), "rejectCivicMatter");
    expect(rejected).toMatchObject({ status: "REJECTED", closeReason: "不属于受理范围" });
    expect(await api.lastEvent(m.id)).toMatchObject({ type: "REJECTED", fromStatus: "RECEIVED", toStatus: "REJECTED", note: "不属于受理范围" });

    const target = await api.submit();
    const dup = await api.submit();
    await expectRefused(await api.mergeRaw(dup.id, dup.id), "BAD_USER_INPUT", { intoId: "INVALID" });
    await expectRefused(await api.mergeRaw(dup.id, m.id), "BAD_USER_INPUT", { intoId: "INVALID" });
    const merged = data(await api.mergeRaw(dup.id, target.id, tok("village")), "mergeCivicMatter");
    expect(merged).toMatchObject({ status: "MERGED", duplicateOfId: target.id });
    expect(await api.lastEvent(dup.id)).toMatchObject({ type: "MERGED", fromStatus: "RECEIVED", toStatus: "MERGED" });
    const other = await api.submit();
    await expectRefused(await api.mergeRaw(other.id, dup.id), "BAD_USER_INPUT", { intoId: "INVALID" });
    // A committee triages only its own village's matters.
    await expectRefused(await api.rejectRaw(other.id, tok("village2")), "NOT_FOUND");
  });

  it("DIRECT: accept, resolve, a follow-up that reached nobody, rework, resolve again, the resident's rating closes it", async () => {
    let m = await api.assign((await api.submit()).id);
    const lead = openLead(m);
    await expectRefused(await api.acceptRaw(lead.id, tok("village2")), "NOT_FOUND");
    await expectRefused(await api.acceptRaw(lead.id, tok("township")), "FORBIDDEN");
    m = await api.accept(lead.id, tok("village"));
    expect(m.status).toBe("IN_PROGRESS");
    expect(await api.lastEvent(m.id)).toMatchObject({ type: "ACCEPTED", fromStatus: "ASSIGNED", toStatus: "IN_PROGRESS" });

    m = data(await api.resolveRaw(m.id, tok("village"), "路灯已更换"), "resolveCivicMatter");
    expect(m).toMatchObject({ status: "RESOLVED", resolution: "路灯已更换" });
    expect(m.assignments.map((a) => a.state)).toEqual(["DONE"]);

    m = data(await api.followUpRaw(m.id, { method: "PHONE", reached: false, comment: "电话无人接听" }), "recordFollowUp");
    expect(m.status).toBe("RESOLVED");
    expect(await api.lastEvent(m.id)).toMatchObject({ type: "FOLLOW_UP", fromStatus: null, toStatus: null });
    await expectRefused(await api.followUpRaw(m.id, { method: "PHONE", reached: true }), "BAD_USER_INPUT", { resolved: "REQUIRED", satisfaction: "REQUIRED" });
    await expectRefused(await api.followUpRaw(m.id, { method: "PHONE", reached: false, satisfaction: "NOT" }), "BAD_USER_INPUT", { satisfaction: "INVALID" });

    m = data(await api.followUpRaw(m.id, { method: "VISIT", reached: true, resolved: "NO", satisfaction: "NOT", comment: "又坏了" }), "recordFollowUp");
    expect(m).toMatchObject({ status: "IN_PROGRESS", reworkCount: 1, resolution: null });
    expect(m.assignments.map((a) => a.state)).toEqual(["ACCEPTED"]);
    expect(m.assignments[0]!.dueDate).toBe(m.dueDate);
    expect(await api.lastEvent(m.id)).toMatchObject({ type: "REOPENED", fromStatus: "RESOLVED", toStatus: "IN_PROGRESS" });

    m = data(await api.resolveRaw(m.id, tok("village"), "整条线路更换"), "resolveCivicMatter");
    await expectRefused(await api.rateRaw(m.id, { satisfaction: "SATISFIED", resolved: "YES" }, tok("resident2")), "NOT_FOUND");
    m = data(await api.rateRaw(m.id, { satisfaction: "BASICALLY", resolved: "YES", comment: "还行" }), "rateCivicMatter");
    expect(m).toMatchObject({ status: "CLOSED", reworkCount: 1 });
    const events = await api.events(m.id);
    expect(events.map((e) => e.type)).toEqual(["SUBMITTED", "ASSIGNED", "ACCEPTED", "RESOLVED", "FOLLOW_UP", "REOPENED", "RESOLVED", "CLOSED"]);
    const follow = await t.ok<{ civicMatter: { followUps: { method: string; reached: boolean; satisfaction: string | null }[] } }>(
      `query ($id: ID!) { civicMatter(id: $id) { followUps { method reached satisfaction } } }`,
      { id: m.id },
      tok("resident"),
    );
    expect(follow.civicMatter.followUps).toEqual([
      { method: "PHONE", reached: false, satisfaction: null },
      { method: "VISIT", reached: true, satisfaction: "NOT" },
      { method: "ONLINE", reached: true, satisfaction: "BASICALLY" },
    ]);
  });

  it("a resident's NOT satisfied rating reopens the matter", async () => {
    const m = await matterIn("RESOLVED");
    const rated = data(await api.rateRaw(m.id, { satisfaction: "NOT", resolved: "PARTLY" }), "rateCivicMatter");
    expect(rated).toMatchObject({ status: "IN_PROGRESS", reworkCount: 1 });
  });

  it("JOINT: co-units accept without moving the status, the lead's acceptance moves it; a co-unit's return is its own", async () => {
    let m = await api.assign((await api.submit()).id, { channel: "JOINT", leadDepartmentId: String(w.dept.MZJ), coDepartmentIds: [String(w.dept.NYNCJ), String(w.dept["PC-NYFW"])] });
    const [lead, co1, co2] = m.assignments;
    await expectRefused(await api.acceptRaw(lead!.id, tok("dept2")), "FORBIDDEN");
    m = await api.accept(co1!.id, tok("dept2"));
    expect(m.status).toBe("ASSIGNED");
    expect(await api.lastEvent(m.id)).toMatchObject({ type: "ACCEPTED", fromStatus: null, toStatus: null });
    m = await api.accept(lead!.id, tok("dept"));
    expect(m.status).toBe("IN_PROGRESS");
    m = data(await api.returnRaw(co2!.id, tok("tdept"), "非本乡职责"), "returnAssignment");
    expect(m.status).toBe("IN_PROGRESS");
    expect(m.assignments.map((a) => a.state)).toEqual(["ACCEPTED", "ACCEPTED", "RETURNED"]);
    expect(await api.lastEvent(m.id)).toMatchObject({ type: "RETURNED", fromStatus: null, toStatus: null, public: false });
    // A co-unit does not resolve; the lead department does.
    await expectRefused(await api.resolveRaw(m.id, tok("dept2")), "FORBIDDEN");
    m = data(await api.resolveRaw(m.id, tok("dept")), "resolveCivicMatter");
    expect(m.status).toBe("RESOLVED");
    // The co-unit never reported its part: it stays ACCEPTED (未报送); only its own report makes it DONE (civic-joint.test.ts).
    expect(m.assignments.map((a) => a.state)).toEqual(["DONE", "ACCEPTED", "RETURNED"]);
  });

  it("the lead's return sends the matter back to RECEIVED from ASSIGNED or IN_PROGRESS, for re-assignment", async () => {
    let m = await api.assign((await api.submit()).id, { channel: "JOINT", leadDepartmentId: String(w.dept.MZJ), coDepartmentIds: [String(w.dept.NYNCJ)] });
    await api.accept(m.assignments[1]!.id, tok("dept2"));
    m = data(await api.returnRaw(m.assignments[0]!.id, tok("dept"), "应由农业部门牵头"), "returnAssignment");
    expect(m).toMatchObject({ status: "RECEIVED", channel: null, dueDate: null });
    expect(m.assignments.map((a) => a.state)).toEqual(["RETURNED", "RETURNED"]);
    const event = await api.lastEvent(m.id);
    expect(event).toMatchObject({ type: "RETURNED", fromStatus: "ASSIGNED", toStatus: "RECEIVED", note: "应由农业部门牵头", public: false });
    expect((event.data as { channel: string }).channel).toBe("JOINT");
    // Re-assigned, accepted, returned again from IN_PROGRESS.
    m = await api.assign(m.id, { channel: "LEAD", leadOfficialUserId: String(w.userIds.township) });
    m = await api.accept(openLead(m).id, tok("township"));
    expect(m.status).toBe("IN_PROGRESS");
    m = data(await api.returnRaw(openLead(m).id, tok("township")), "returnAssignment");
    expect(m).toMatchObject({ status: "RECEIVED", channel: null });
    expect(m.assignments.map((a) => a.state)).toEqual(["RETURNED", "RETURNED", "RETURNED"]);
  });

  it("LEAD: the named official accepts and resolves; staff above may resolve too", async () => {
    let m = await api.assign((await api.submit()).id, { channel: "LEAD", leadOfficialUserId: String(w.userIds.township) });
    m = await api.accept(openLead(m).id, tok("township"));
    m = data(await api.resolveRaw(m.id, tok("township")), "resolveCivicMatter");
    expect(m.status).toBe("RESOLVED");
    let n = await api.assign((await api.submit()).id, { channel: "LEAD", leadOfficialUserId: String(w.userIds.dept) });
    n = await api.accept(openLead(n).id, tok("dept"));
    await expectRefused(await api.resolveRaw(n.id, tok("dept2")), "NOT_FOUND");
    n = data(await api.resolveRaw(n.id, tok("district")), "resolveCivicMatter");
    expect(n.status).toBe("RESOLVED");
  });

  it("SUPERVISED: the office accepts its own part, the responsible unit's acceptance moves the matter", async () => {
    let m = await api.assign((await api.submit()).id, { channel: "SUPERVISED", supervisingDepartmentId: String(w.dept.QWDCS), responsibleDepartmentId: String(w.dept.NYNCJ) });
    m = await api.accept(m.assignments[0]!.id, tok("sup"));
    expect(m.status).toBe("ASSIGNED");
    m = await api.accept(m.assignments[1]!.id, tok("dept2"));
    expect(m.status).toBe("IN_PROGRESS");
    const progressed = data(await api.progressRaw(m.id, "督查室跟进", false, tok("sup")), "postProgress");
    expect(progressed.status).toBe("IN_PROGRESS");
  });

  it("changeChannel from ASSIGNED and from IN_PROGRESS: old assignments end RETURNED ('channel changed'), new ones PENDING", async () => {
    let m = await api.assign((await api.submit()).id);
    const changed = data(
      await api.changeChannelRaw(m.id, { channel: "SUPERVISED", supervisingDepartmentId: String(w.dept.QWDCS), responsibleDepartmentId: String(w.dept.MZJ), reason: "久拖未决" }),
      "changeChannel",
    );
    expect(changed).toMatchObject({ status: "ASSIGNED", channel: "SUPERVISED" });
    expect(changed.assignments.map((a) => [a.role, a.state])).toEqual([
      ["LEAD_UNIT", "RETURNED"],
      ["SUPERVISOR", "PENDING"],
      ["LEAD_UNIT", "PENDING"],
    ]);
    const [old] = await db().select().from(matterAssignments).where(eq(matterAssignments.id, Number(changed.assignments[0]!.id)));
    expect(old!.returnReason).toBe("channel changed");
    expect(await api.lastEvent(m.id)).toMatchObject({ type: "CHANNEL_CHANGED", fromStatus: "ASSIGNED", toStatus: "ASSIGNED", note: "久拖未决" });
    await expectRefused(await api.changeChannelRaw(m.id, { channel: "DIRECT", reason: " " }), "BAD_USER_INPUT", { reason: "REQUIRED" });

    m = await matterIn("IN_PROGRESS");
    await expectRefused(await api.changeChannelRaw(m.id, { channel: "LEAD", leadOfficialUserId: String(w.userIds.dept), reason: "x" }, tok("village")), "FORBIDDEN");
    const fromProgress = data(await api.changeChannelRaw(m.id, { channel: "LEAD", leadOfficialUserId: String(w.userIds.dept), reason: "升级领办" }), "changeChannel");
    expect(fromProgress).toMatchObject({ status: "ASSIGNED", channel: "LEAD" });
    expect(await api.lastEvent(m.id)).toMatchObject({ type: "CHANNEL_CHANGED", fromStatus: "IN_PROGRESS", toStatus: "ASSIGNED" });
    const data2 = (await api.lastEvent(m.id)).data as { fromChannel: string; toChannel: string };
    expect(data2).toMatchObject({ fromChannel: "DIRECT", toChannel: "LEAD" });
  });
});

describe("refused transitions", () => {
  type Status = "RECEIVED" | "ASSIGNED" | "IN_PROGRESS" | "RESOLVED" | "CLOSED" | "REJECTED" | "MERGED" | "RETURNED";
  const fixtures = {} as Record<Status, Matter>;
  let target: Matter;

  beforeAll(async () => {
    target = await api.submit();
    for (const status of ["RECEIVED", "RETURNED", "ASSIGNED", "IN_PROGRESS", "RESOLVED", "CLOSED", "REJECTED", "MERGED"] as Status[]) {
      fixtures[status] = await matterIn(status, target.id);
    }
    for (const status of Object.keys(fixtures) as Status[]) {
      expect(fixtures[status].status).toBe(status === "RETURNED" ? "RECEIVED" : status);
    }
  });

  const lastAssignment = (m: Matter) => m.assignments[m.assignments.length - 1]!.id;
  const ops: { name: string; allowed: string[]; needsAssignment?: boolean; run: (m: Matter) => Promise<GraphQLResult> }[] = [
    { name: "reject", allowed: ["RECEIVED"], run: (m) => api.rejectRaw(m.id) },
    { name: "merge", allowed: ["RECEIVED"], run: (m) => api.mergeRaw(m.id, target.id) },
    { name: "assign", allowed: ["RECEIVED"], run: (m) => api.assignRaw(m.id, { channel: "DIRECT" }) },
    { name: "changeChannel", allowed: ["ASSIGNED", "IN_PROGRESS"], run: (m) => api.changeChannelRaw(m.id, { channel: "DIRECT", reason: "改为直办" }) },
    { name: "accept", allowed: ["ASSIGNED"], needsAssignment: true, run: (m) => api.acceptRaw(lastAssignment(m), tok("village")) },
    { name: "return", allowed: ["ASSIGNED", "IN_PROGRESS"], needsAssignment: true, run: (m) => api.returnRaw(lastAssignment(m), tok("village")) },
    { name: "resolve", allowed: ["IN_PROGRESS"], run: (m) => api.resolveRaw(m.id) },
    { name: "followUp", allowed: ["RESOLVED"], run: (m) => api.followUpRaw(m.id, { method: "PHONE", reached: true, resolved: "YES", satisfaction: "SATISFIED" }) },
    { name: "rate", allowed: ["RESOLVED"], run: (m) => api.rateRaw(m.id, { satisfaction: "NOT", resolved: "NO" }) },
    { name: "postProgress", allowed: ["ASSIGNED", "IN_PROGRESS"], run: (m) => api.progressRaw(m.id, "进展", true) },
    { name: "supervise", allowed: ["ASSIGNED", "IN_PROGRESS"], run: (m) => api.superviseRaw(m.id, { level: "URGE", reason: "催办", responseDueDate: plusDays(today, 3) }) },
    {
      name: "requestExtension",
      allowed: ["ASSIGNED", "IN_PROGRESS"],
      run: (m) => api.requestExtensionRaw(m.id, { requestedDueDate: plusDays(today, 60), reason: "需要时间" }, tok("village")),
    },
  ];

  for (const op of ops) {
    it(`${op.name} from any status but ${op.allowed.join(", ")} is CONFLICT naming the status, writing nothing`, async () => {
      let tried = 0;
      for (const [label, fixture] of Object.entries(fixtures)) {
        const status = label === "RETURNED" ? "RECEIVED" : label;
        if (op.allowed.includes(status)) continue;
        if (op.needsAssignment && fixture.assignments.length === 0) continue;
        const before = await api.snapshot(fixture.id);
        const result = await op.run(fixture);
        const error = await expectRefused(result, "CONFLICT");
        expect(error.extensions.status, `${op.name} on ${label}`).toBe(status);
        expect(error.message).toContain(status);
        expect(await api.snapshot(fixture.id), `${op.name} on ${label}`).toEqual(before);
        tried++;
      }
      expect(tried).toBeGreaterThan(0);
    });
  }

  it("accepting an assignment twice, or deciding an extension twice, is CONFLICT too", async () => {
    const m = await matterIn("IN_PROGRESS");
    const joint = await api.assign((await api.submit()).id, { channel: "JOINT", leadDepartmentId: String(w.dept.MZJ), coDepartmentIds: [String(w.dept.NYNCJ)] });
    await api.accept(joint.assignments[1]!.id, tok("dept2"));
    const before = await api.snapshot(joint.id);
    const error = await expectRefused(await api.acceptRaw(joint.assignments[1]!.id, tok("dept2")), "CONFLICT");
    expect(error.extensions).toMatchObject({ status: "ASSIGNED", state: "ACCEPTED" });
    expect(await api.snapshot(joint.id)).toEqual(before);

    const requested = data<Matter & { extensions: { id: string }[] }>(
      await api.requestExtensionRaw(m.id, { requestedDueDate: plusDays(m.dueDate!, 5), reason: "材料未齐" }, tok("village")),
      "requestExtension",
    );
    await api.decideExtensionRaw(requested.extensions[0]!.id, false);
    const again = await api.snapshot(m.id);
    await expectRefused(await api.decideExtensionRaw(requested.extensions[0]!.id, true), "CONFLICT");
    expect(await api.snapshot(m.id)).toEqual(again);
  });
});

describe("deadlines on the working-day calendar", () => {
  /** The first days after today that are weekdays (resp. the first Saturday). */
  const weekdaysAfter = (from: string, n: number) => {
    const days: string[] = [];
    for (let day = plusDays(from, 1); days.length < n; day = plusDays(day, 1)) {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      if (weekday !== 0 && weekday !== 6) days.push(day);
    }
    return days;
  };
  const saturdayAfter = (from: string) => {
    let day = plusDays(from, 1);
    while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 6) day = plusDays(day, 1);
    return day;
  };
  const setDay = (date: string, kind: string, name: string, token = tok("admin")) =>
    t.gql(`mutation ($d: LocalDate!, $k: CalendarDayKind!, $n: String!) { setCalendarDay(date: $d, kind: $k, name: $n) { date kind name } }`, { d: date, k: kind, n: name }, token);

  it("counts working days from the day of assignment, skipping weekends and holidays, and WORKDAY weekends count", async () => {
    const [h1, h2] = weekdaysAfter(today, 2);
    expect(data(await setDay(h1!, "HOLIDAY", "测试假日一"), "setCalendarDay")).toEqual({ date: h1, kind: "HOLIDAY", name: "测试假日一" });
    data(await setDay(h2!, "HOLIDAY", "测试假日二"), "setCalendarDay");
    const calendar = await calendarFromApi(t, tok("resident"), today, plusDays(today, 60));

    // HYG: 3 working days. The first two weekdays are holidays, so it is the fifth weekday after today.
    const hyg = await api.assign((await api.submit()).id);
    expect(hyg.dueDate).toBe(calendar.add(today, 3));
    expect(hyg.dueDate).toBe(weekdaysAfter(today, 5)[4]);

    // CRITICAL halves ROAD's 5 days to 2 (rounded down, at least 1).
    const critical = await api.assign((await api.submit({ categoryId: String(w.category.ROAD), urgency: "CRITICAL" })).id);
    expect(critical.dueDate).toBe(calendar.add(today, 2));
    expect(critical.dueDate).toBe(weekdaysAfter(today, 4)[3]);

    // A working Saturday (调休) counts; 8 working days surely reach past it.
    const [long] = await db().insert(civicCategories).values({ code: "LONG", name: "八天", defaultChannel: "DIRECT", deadlineDays: 8 }).returning();
    const saturday = saturdayAfter(today);
    const withoutWorkday = (await calendarFromApi(t, tok("resident"), today, plusDays(today, 60))).add(today, 8);
    data(await setDay(saturday, "WORKDAY", "调休上班"), "setCalendarDay");
    const withWorkday = (await calendarFromApi(t, tok("resident"), today, plusDays(today, 60))).add(today, 8);
    expect(withWorkday < withoutWorkday).toBe(true);
    const lng = await api.assign((await api.submit({ categoryId: String(long!.id) })).id);
    expect(lng.dueDate).toBe(withWorkday);
  });

  it("keeps the calendar to the district admin, HOLIDAY on weekdays and WORKDAY on weekends", async () => {
    const saturday = saturdayAfter(plusDays(today, 100));
    const monday = plusDays(saturday, 2);
    await expectRefused(await setDay(saturday, "HOLIDAY", "周六"), "BAD_USER_INPUT", { kind: "INVALID" });
    await expectRefused(await setDay(monday, "WORKDAY", "周一"), "BAD_USER_INPUT", { kind: "INVALID" });
    await expectRefused(await setDay(monday, "HOLIDAY", " "), "BAD_USER_INPUT", { name: "REQUIRED" });
    await expectRefused(await setDay(monday, "HOLIDAY", "假日", tok("district")), "FORBIDDEN");
    data(await setDay(monday, "HOLIDAY", "假日"), "setCalendarDay");
    data(await setDay(monday, "HOLIDAY", "改名"), "setCalendarDay");
    const listed = await t.ok<{ calendarDays: { date: string; name: string }[] }>(
      `query ($f: LocalDate!) { calendarDays(from: $f, to: $f) { date name } }`,
      { f: monday },
      tok("dept"),
    );
    expect(listed.calendarDays).toEqual([{ date: monday, name: "改名" }]);
    const remove = (token = tok("admin")) => t.gql(`mutation ($d: LocalDate!) { removeCalendarDay(date: $d) }`, { d: monday }, token);
    await expectRefused(await remove(tok("township")), "FORBIDDEN");
    expect(data<boolean>(await remove(), "removeCalendarDay")).toBe(true);
    await expectRefused(await remove(), "NOT_FOUND");
    await expectRefused(
      await t.gql(`{ calendarDays(from: "2026-12-31", to: "2026-01-01") { date } }`, {}, tok("admin")),
      "BAD_USER_INPUT",
      { to: "OUT_OF_RANGE" },
    );
  });
});

describe("overdue", () => {
  async function setDue(m: Matter, due: string) {
    await db().update(civicMatters).set({ dueDate: due }).where(eq(civicMatters.id, Number(m.id)));
    await db().update(matterAssignments).set({ dueDate: due }).where(eq(matterAssignments.matterId, Number(m.id)));
  }

  it("is computed from the due date and today, never stored", async () => {
    const columns = await db().execute(sql`select column_name from information_schema.columns where table_name = 'civic_matters'`);
    const names = (Array.isArray(columns) ? columns : (columns as { rows: { column_name: string }[] }).rows).map((c: { column_name: string }) => c.column_name);
    expect(names.some((n: string) => n.includes("overdue"))).toBe(false);

    const m = await matterIn("IN_PROGRESS");
    const due = plusDays(today, -12);
    await setDue(m, due);
    const calendar = await calendarFromApi(t, tok("admin"), due, today);
    const overdue = await api.get(m.id);
    expect(overdue).toMatchObject({ overdue: true, overdueWorkingDays: calendar.between(due, today) });
    expect(overdue.overdueWorkingDays).toBeGreaterThanOrEqual(5);

    const list = async (filter: Record<string, unknown>) =>
      (await t.ok<{ civicMatters: { items: { id: string }[] } }>(`query ($f: CivicMatterFilter) { civicMatters(filter: $f, perPage: 200) { items { id } } }`, { f: filter }, tok("admin"))).civicMatters.items.map((i) => i.id);
    expect(await list({ overdue: true })).toContain(m.id);
    expect(await list({ overdue: false })).not.toContain(m.id);
    expect(await list({ dueBefore: plusDays(today, -12) })).toContain(m.id);
    expect(await list({ dueBefore: plusDays(today, -13) })).not.toContain(m.id);

    const dueToday = await matterIn("ASSIGNED");
    await setDue(dueToday, today);
    expect(await api.get(dueToday.id)).toMatchObject({ overdue: false, overdueWorkingDays: null });

    const resolved = data(await api.resolveRaw(m.id), "resolveCivicMatter");
    expect(resolved).toMatchObject({ overdue: false, overdueWorkingDays: null });
  });
});

describe("extensions", () => {
  it("an extension requested and approved before the due date moves the assignment's and the matter's due date", async () => {
    const m = await matterIn("IN_PROGRESS");
    const requestedDueDate = plusDays(m.dueDate!, 10);
    await expectRefused(await api.requestExtensionRaw(m.id, { requestedDueDate: m.dueDate, reason: "x" }, tok("village")), "BAD_USER_INPUT", {
      requestedDueDate: "OUT_OF_RANGE",
    });
    await expectRefused(await api.requestExtensionRaw(m.id, { requestedDueDate, reason: "x" }, tok("township")), "FORBIDDEN");
    const requested = data<Matter & { extensions: { id: string; state: string }[] }>(
      await api.requestExtensionRaw(m.id, { requestedDueDate, reason: "等待施工队" }, tok("village")),
      "requestExtension",
    );
    expect(requested.extensions).toEqual([{ id: expect.any(String), state: "PENDING" }]);
    expect(await api.lastEvent(m.id)).toMatchObject({ type: "EXTENSION_REQUESTED", public: false });
    // One waits at a time.
    const before = await api.snapshot(m.id);
    await expectRefused(await api.requestExtensionRaw(m.id, { requestedDueDate: plusDays(requestedDueDate, 1), reason: "再延" }, tok("village")), "CONFLICT");
    expect(await api.snapshot(m.id)).toEqual(before);
    await expectRefused(await api.decideExtensionRaw(requested.extensions[0]!.id, true, tok("village")), "FORBIDDEN");
    await expectRefused(await api.decideExtensionRaw(requested.extensions[0]!.id, true, tok("mbtown")), "NOT_FOUND");

    const approved = data(await api.decideExtensionRaw(requested.extensions[0]!.id, true, tok("township")), "decideExtension");
    expect(approved.dueDate).toBe(requestedDueDate);
    expect(openLead(approved).dueDate).toBe(requestedDueDate);
    expect(await api.lastEvent(m.id)).toMatchObject({ type: "EXTENSION_APPROVED", public: true });
  });

  it("is refused after the due date: neither requested nor approved once it has passed", async () => {
    const m = await matterIn("IN_PROGRESS");
    const yesterday = plusDays(today, -1);
    await db().update(civicMatters).set({ dueDate: yesterday }).where(eq(civicMatters.id, Number(m.id)));
    await db().update(matterAssignments).set({ dueDate: yesterday }).where(eq(matterAssignments.matterId, Number(m.id)));
    const before = await api.snapshot(m.id);
    const error = await expectRefused(await api.requestExtensionRaw(m.id, { requestedDueDate: plusDays(today, 5), reason: "来不及" }, tok("village")), "CONFLICT");
    expect(error.extensions).toMatchObject({ status: "IN_PROGRESS", dueDate: yesterday });
    expect(await api.snapshot(m.id)).toEqual(before);

    // Requested on the due date itself, then the day passes before a decision.
    await db().update(civicMatters).set({ dueDate: today }).where(eq(civicMatters.id, Number(m.id)));
    await db().update(matterAssignments).set({ dueDate: today }).where(eq(matterAssignments.matterId, Number(m.id)));
    const requested = data<Matter & { extensions: { id: string }[] }>(
      await api.requestExtensionRaw(m.id, { requestedDueDate: plusDays(today, 5), reason: "当天申请" }, tok("village")),
      "requestExtension",
    );
    await db().update(civicMatters).set({ dueDate: yesterday }).where(eq(civicMatters.id, Number(m.id)));
    await db().update(matterAssignments).set({ dueDate: yesterday }).where(eq(matterAssignments.matterId, Number(m.id)));
    const pending = await api.snapshot(m.id);
    await expectRefused(await api.decideExtensionRaw(requested.extensions[0]!.id, true), "CONFLICT");
    expect(await api.snapshot(m.id)).toEqual(pending);
    const refused = data(await api.decideExtensionRaw(requested.extensions[0]!.id, false), "decideExtension");
    expect(refused.dueDate).toBe(yesterday);
    expect(await api.lastEvent(m.id)).toMatchObject({ type: "EXTENSION_REFUSED", public: false });
  });
});

describe("supervision", () => {
  it("urges, writes, escalates, never down, by township or district staff, recorded with who, why and when to answer", async () => {
    const m = await matterIn("ASSIGNED");
    const supervise = (level: string, token = tok("district"), responseDueDate = plusDays(today, 3)) =>
      api.superviseRaw(m.id, { level, reason: `${level} 理由`, responseDueDate }, token);
    await expectRefused(await supervise("URGE", tok("village")), "FORBIDDEN");
    await expectRefused(await supervise("URGE", tok("mbtown")), "NOT_FOUND");
    await expectRefused(await supervise("URGE", tok("district"), plusDays(today, -1)), "BAD_USER_INPUT", { responseDueDate: "OUT_OF_RANGE" });
    expect(data(await supervise("URGE", tok("township")), "superviseCivicMatter").supervisionLevel).toBe("URGE");
    expect(data(await supervise("URGE"), "superviseCivicMatter").supervisionLevel).toBe("URGE");
    expect(data(await supervise("ESCALATED"), "superviseCivicMatter").supervisionLevel).toBe("ESCALATED");
    const before = await api.snapshot(m.id);
    await expectRefused(await supervise("WRITTEN"), "BAD_USER_INPUT", { level: "INVALID" });
    expect(await api.snapshot(m.id)).toEqual(before);
    const read = await t.ok<{ civicMatter: { supervisions: { level: string; reason: string; responseDue: string; createdBy: string }[] } }>(
      `query ($id: ID!) { civicMatter(id: $id) { supervisions { level reason responseDue createdBy } } }`,
      { id: m.id },
      tok("village"),
    );
    expect(read.civicMatter.supervisions.map((s) => [s.level, s.createdBy])).toEqual([
      ["URGE", String(w.userIds.township)],
      ["URGE", String(w.userIds.district)],
      ["ESCALATED", String(w.userIds.district)],
    ]);
    expect(read.civicMatter.supervisions[2]).toMatchObject({ reason: "ESCALATED 理由", responseDue: plusDays(today, 3) });
  });
});

describe("concurrency", () => {
  it("two staff acting on one matter at once: one succeeds, the other is CONFLICT, no event lost", async () => {
    for (let round = 0; round < 3; round++) {
      const m = await api.submit();
      const results = await Promise.all([api.rejectRaw(m.id, tok("district")), api.assignRaw(m.id, { channel: "DIRECT" }, tok("township"))]);
      const codes = results.map((r) => (r.errors ? errorCode(r) : "OK")).sort();
      expect(codes).toEqual(["CONFLICT", "OK"]);
      const events = await api.events(m.id);
      expect(events.map((e) => e.type)).toHaveLength(2);
      const [row] = await db().select().from(civicMatters).where(eq(civicMatters.id, Number(m.id)));
      expect(row!.status).toBe(events[1]!.toStatus);
      expect(row!.version).toBe(2);
    }
    const resolved = await matterIn("RESOLVED");
    const both = await Promise.all([
      api.followUpRaw(resolved.id, { method: "PHONE", reached: true, resolved: "YES", satisfaction: "SATISFIED" }, tok("village")),
      api.followUpRaw(resolved.id, { method: "VISIT", reached: true, resolved: "NO", satisfaction: "NOT" }, tok("township")),
    ]);
    expect(both.map((r) => (r.errors ? errorCode(r) : "OK")).sort()).toEqual(["CONFLICT", "OK"]);
    const snapshot = await api.snapshot(resolved.id);
    expect(snapshot.followUps).toBe(1);
  });
});
