// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq, inArray, sql } from "drizzle-orm";
import {
  calendarDays,
  civicCategories,
  civicMatters,
  followUps,
  matterAssignments,
  matterEvents,
  matterExtensions,
  matterSupervisions,
  users,
} from "@cunwu/schema";
import { todayIn } from "@cunwu/server/common/dates";
import { addWorkingDays, loadCalendar, workingDaysBetween, WorkingCalendar } from "@cunwu/server/civic/calendar";
import { isAssigneeOf } from "@cunwu/server/civic/civic-scope";
import { actorFromUser } from "@cunwu/server/request/actor";
import { civicReport } from "@cunwu/server/reports/civic-report-service";
import { errorCode, startTestServer, type TestServer } from "../support/server";
import { statementsOf } from "../support/statements";
import { calendarFromApi, civicApi, civicWorld, fieldOf, openLead, plusDays, type CivicWorld, type Matter } from "../support/civic";

// Who sees what of the civic service (every role, by id, in lists, nested,
// in reports); the report's figures on a hand-built set whose rates are
// known; the working-day functions on fixed dates; and the consistency of the
// demo year's civic history as the demo seed wrote it.

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

const ok = fieldOf;

describe("working days on fixed dates", () => {
  // 2030: Tue 1 – Fri 4 October are holidays; Sun 29 September and Sat 12 October are working days (调休).
  beforeAll(async () => {
    await db()
      .insert(calendarDays)
      .values([
        ...["2030-10-01", "2030-10-02", "2030-10-03", "2030-10-04"].map((date) => ({ date, kind: "HOLIDAY" as const, name: "国庆节" })),
        { date: "2030-09-29", kind: "WORKDAY" as const, name: "调休上班" },
        { date: "2030-10-12", kind: "WORKDAY" as const, name: "调休上班" },
      ]);
  });

  it("addWorkingDays gives the n-th working day after the start day", async () => {
    const d = db();
    expect(await addWorkingDays(d, "2030-09-27", 1)).toBe("2030-09-29"); // Fri → the working Sunday
    expect(await addWorkingDays(d, "2030-09-27", 2)).toBe("2030-09-30");
    expect(await addWorkingDays(d, "2030-09-27", 3)).toBe("2030-10-07"); // over the holidays and the weekend
    expect(await addWorkingDays(d, "2030-10-02", 1)).toBe("2030-10-07"); // from a holiday
    expect(await addWorkingDays(d, "2030-10-11", 1)).toBe("2030-10-12"); // the working Saturday
    expect(await addWorkingDays(d, "2030-10-12", 1)).toBe("2030-10-14"); // Sunday is not
    expect(await addWorkingDays(d, "2030-10-05", 5)).toBe("2030-10-11");
  });

  it("workingDaysBetween counts (a, b], the inverse of addWorkingDays", async () => {
    const d = db();
    expect(await workingDaysBetween(d, "2030-09-27", "2030-10-07")).toBe(3);
    expect(await workingDaysBetween(d, "2030-10-07", "2030-09-27")).toBe(-3);
    expect(await workingDaysBetween(d, "2030-10-01", "2030-10-06")).toBe(0);
    expect(await workingDaysBetween(d, "2030-10-07", "2030-10-07")).toBe(0);
    expect(await workingDaysBetween(d, "2030-10-07", "2030-10-14")).toBe(6);
    for (const n of [1, 2, 5, 17, 60, 250, 365]) {
      const due = await addWorkingDays(d, "2030-09-20", n);
      expect(await workingDaysBetween(d, "2030-09-20", due)).toBe(n);
    }
  });

  it("WorkingCalendar answers from one read of the range", async () => {
    const calendar = await loadCalendar(db(), "2030-09-01", "2030-10-31");
    expect(calendar.isWorkingDay("2030-10-01")).toBe(false);
    expect(calendar.isWorkingDay("2030-09-29")).toBe(true);
    expect(calendar.isWorkingDay("2030-10-13")).toBe(false);
    expect(calendar.addWorkingDays("2030-09-27", 3)).toBe("2030-10-07");
    expect(calendar.addWorkingDays("2030-10-30", 5)).toBeUndefined(); // beyond the loaded range
    const plain = new WorkingCalendar(new Map(), "2031-01-01", "2031-12-31");
    expect(plain.addWorkingDays("2031-01-03", 1)).toBe("2031-01-06"); // Fri → Mon
    expect(plain.workingDaysBetween("2031-01-03", "2031-01-10")).toBe(5);
  });
});

describe("who sees what", () => {
  const m: Record<string, Matter> = {};

  beforeAll(async () => {
    // The resident's own matter, handled DIRECT, with a public and an internal note.
    m.own = await api.submit({ submitterPhone: "13812345678" });
    const assigned = await api.assign(m.own.id);
    await api.accept(openLead(assigned).id, tok("village"));
    ok(await api.progressRaw(m.own.id, "已联系电工，明天到场", true, tok("village")), "postProgress");
    ok(await api.progressRaw(m.own.id, "内部：电工费用待村委会审议", false, tok("village")), "postProgress");
    ok(await api.superviseRaw(m.own.id, { level: "URGE", reason: "请加快", responseDueDate: plusDays(today, 2) }, tok("township")), "superviseCivicMatter");
    // Another household of the same village.
    m.neighbour = await api.submit({}, tok("resident2"));
    // PC02, taken in by township staff for a named person, handled JOINT by MZJ with NYNCJ.
    m.pc02 = await api.submit({ villageId: String(w.village.PC02), submitterName: "李桂兰", submitterPhone: "13900002222", source: "PHONE" }, tok("township"));
    await api.assign(m.pc02.id, { channel: "JOINT", leadDepartmentId: String(w.dept.MZJ), coDepartmentIds: [String(w.dept.NYNCJ)] });
    // MB01, led by the PC township staff member as LEAD official.
    m.mbLed = await api.submit({ villageId: String(w.village.MB01), anonymous: true, source: "WALK_IN" }, tok("district"));
    await api.assign(m.mbLed.id, { channel: "LEAD", leadOfficialUserId: String(w.userIds.township) });
    // MB01, DIRECT.
    m.mbDirect = await api.submit({}, tok("mbresident"));
    await api.assign(m.mbDirect.id);
    // PC01, SUPERVISED by the office with NYNCJ responsible.
    m.supervised = await api.submit({ householdId: String(w.household.pc01b), source: "DOOR_TO_DOOR" }, tok("village"));
    await api.assign(m.supervised.id, { channel: "SUPERVISED", supervisingDepartmentId: String(w.dept.QWDCS), responsibleDepartmentId: String(w.dept.NYNCJ) });
  });

  const sees: Record<string, string[]> = {
    admin: ["own", "neighbour", "pc02", "mbLed", "mbDirect", "supervised"],
    district: ["own", "neighbour", "pc02", "mbLed", "mbDirect", "supervised"],
    township: ["own", "neighbour", "pc02", "mbLed", "supervised"],
    mbtown: ["mbLed", "mbDirect"],
    village: ["own", "neighbour", "supervised"],
    village2: ["pc02"],
    dept: ["pc02"],
    dept2: ["pc02", "supervised"],
    sup: ["supervised"],
    tdept: [],
    resident: ["own"],
    resident2: ["neighbour", "supervised"],
    mbresident: ["mbDirect"],
  };

  it("lists and reads by id exactly the matters of each role's scope; others are NOT_FOUND", async () => {
    const ours = new Set(Object.values(m).map((x) => x.id));
    for (const [user, names] of Object.entries(sees)) {
      const list = await t.ok<{ civicMatters: { total: number; items: { id: string }[] } }>(
        `{ civicMatters(perPage: 200) { total items { id } } }`,
        {},
        tok(user),
      );
      const seen = list.civicMatters.items.map((i) => i.id).filter((id) => ours.has(id));
      expect(seen.sort(), user).toEqual(names.map((n) => m[n]!.id).sort());
      for (const [name, matter] of Object.entries(m)) {
        const result = await t.gql(`query ($id: ID!) { civicMatter(id: $id) { id timeline { type } assignments { id } } }`, { id: matter.id }, tok(user));
        if (names.includes(name)) expect(result.errors, `${user} reads ${name}`).toBeUndefined();
        else expect(errorCode(result), `${user} reads ${name}`).toBe("NOT_FOUND");
      }
    }
  });

  it("shows residents only the public timeline, never internal notes, supervisions or extensions", async () => {
    const q = `query ($id: ID!) { civicMatter(id: $id) { timeline { type note public } } }`;
    const resident = await t.ok<{ civicMatter: { timeline: { type: string; note: string | null; public: boolean }[] } }>(q, { id: m.own!.id }, tok("resident"));
    expect(resident.civicMatter.timeline.every((e) => e.public)).toBe(true);
    expect(resident.civicMatter.timeline.map((e) => e.note)).toContain("已联系电工，明天到场");
    expect(resident.civicMatter.timeline.map((e) => e.note)).not.toContain("内部：电工费用待村委会审议");
    expect(resident.civicMatter.timeline.map((e) => e.type)).not.toContain("SUPERVISED");
    const committee = await t.ok<{ civicMatter: { timeline: { type: string; note: string | null }[] } }>(q, { id: m.own!.id }, tok("village"));
    expect(committee.civicMatter.timeline.map((e) => e.note)).toContain("内部：电工费用待村委会审议");
    expect(committee.civicMatter.timeline.map((e) => e.type)).toContain("SUPERVISED");
    for (const field of ["supervisionLevel", "supervisions { level }", "extensions { id }", "assignments { returnReason }"]) {
      const result = await t.gql(`query ($id: ID!) { civicMatter(id: $id) { id ${field} } }`, { id: m.own!.id }, tok("resident"));
      expect(errorCode(result), field).toBe("FORBIDDEN");
    }
    // In lists too: the resident's page carries only public events.
    const page = await t.ok<{ civicMatters: { items: { timeline: { public: boolean }[] }[] } }>(`{ civicMatters { items { timeline { public } } } }`, {}, tok("resident"));
    expect(page.civicMatters.items.flatMap((i) => i.timeline).every((e) => e.public)).toBe(true);
  });

  it("masks the submitter's phone but for the village's committee, the district admin and the submitter", async () => {
    const phone = async (id: string, user: string) =>
      (await t.ok<{ civicMatter: { submitterPhone: string } }>(`query ($id: ID!) { civicMatter(id: $id) { submitterPhone } }`, { id }, tok(user))).civicMatter.submitterPhone;
    expect(await phone(m.own!.id, "resident")).toBe("13812345678");
    expect(await phone(m.own!.id, "village")).toBe("13812345678");
    expect(await phone(m.own!.id, "admin")).toBe("13812345678");
    expect(await phone(m.own!.id, "district")).toBe("138****5678");
    expect(await phone(m.own!.id, "township")).toBe("138****5678");
    expect(await phone(m.pc02!.id, "village2")).toBe("13900002222");
    expect(await phone(m.pc02!.id, "township")).toBe("139****2222");
    expect(await phone(m.pc02!.id, "dept")).toBe("139****2222");
  });

  it("lets only those in scope act: others get NOT_FOUND (out of scope) or FORBIDDEN (in scope, not theirs)", async () => {
    const pc02 = await api.get(m.pc02!.id);
    const lead = pc02.assignments[0]!;
    expect(errorCode(await api.rejectRaw(m.own!.id, tok("mbtown")))).toBe("NOT_FOUND");
    expect(errorCode(await api.acceptRaw(lead.id, tok("dept2")))).toBe("FORBIDDEN");
    expect(errorCode(await api.acceptRaw(lead.id, tok("sup")))).toBe("NOT_FOUND");
    expect(errorCode(await api.progressRaw(m.pc02!.id, "x", true, tok("village")))).toBe("NOT_FOUND");
    expect(errorCode(await api.progressRaw(m.pc02!.id, "x", true, tok("tdept")))).toBe("NOT_FOUND");
    // A co-unit posts progress once it has accepted its part.
    const coUnit = pc02.assignments.find((a) => a.departmentId === String(w.dept.NYNCJ))!;
    expect(errorCode(await api.progressRaw(m.pc02!.id, "协办进展", true, tok("dept2")))).toBe("CONFLICT");
    await api.accept(coUnit.id, tok("dept2"));
    expect(errorCode(await api.progressRaw(m.pc02!.id, "协办进展", true, tok("dept2")))).toBeUndefined();
    expect(errorCode(await api.progressRaw(m.own!.id, "x", true, tok("resident")))).toBe("FORBIDDEN");
    expect(errorCode(await api.rateRaw(m.own!.id, { satisfaction: "SATISFIED", resolved: "YES" }, tok("village")))).toBe("FORBIDDEN");
    // The lead official of another township's matter acts on it, but does not triage in that township.
    const led = await api.get(m.mbLed!.id);
    expect((await api.accept(openLead(led).id, tok("township"))).status).toBe("IN_PROGRESS");
    expect(errorCode(await api.superviseRaw(m.mbLed!.id, { level: "URGE", reason: "x", responseDueDate: today }, tok("township")))).toBe("FORBIDDEN");
    // A department keeps seeing a matter it returned.
    await api.returnRaw(lead.id, tok("dept"), "应由农业部门牵头");
    expect((await api.get(m.pc02!.id, tok("dept"))).status).toBe("RECEIVED");
  });

  it("filters by assignee department and official", async () => {
    const ids = async (filter: Record<string, unknown>) =>
      (await t.ok<{ civicMatters: { items: { id: string }[] } }>(`query ($f: CivicMatterFilter) { civicMatters(filter: $f, perPage: 200) { items { id } } }`, { f: filter }, tok("admin"))).civicMatters.items
        .map((i) => i.id)
        .sort();
    expect(await ids({ departmentId: String(w.dept.NYNCJ) })).toEqual([m.supervised!.id].sort());
    expect(await ids({ officialUserId: String(w.userIds.township) })).toEqual([m.mbLed!.id]);
    expect(await ids({ q: m.mbDirect!.code })).toEqual([m.mbDirect!.id]);
    expect(await ids({ villageId: String(w.village.MB01), channel: "DIRECT" })).toEqual([m.mbDirect!.id]);
  });

  it("reports within scope: township staff their township, a committee its village, a department its matters; residents FORBIDDEN", async () => {
    const report = (filter: Record<string, unknown>, user: string) =>
      t.gql(`query ($f: CivicReportFilter) { civicReport(filter: $f) { received townshipId villageId } }`, { f: filter }, tok(user));
    expect(errorCode(await report({ townshipId: String(w.township.MB) }, "township"))).toBe("FORBIDDEN");
    expect(errorCode(await report({ villageId: String(w.village.MB01) }, "township"))).toBe("FORBIDDEN");
    expect(errorCode(await report({ villageId: String(w.village.PC02) }, "village"))).toBe("FORBIDDEN");
    expect(errorCode(await report({}, "resident"))).toBe("FORBIDDEN");
    const own = ok<{ received: number; townshipId: string }>(await report({}, "township"), "civicReport");
    expect(own.townshipId).toBe(String(w.township.PC));
    const [pcCount] = await db().select({ n: sql<number>`count(*)`.mapWith(Number) }).from(civicMatters).where(eq(civicMatters.townshipId, w.township.PC!));
    expect(own.received).toBe(pcCount!.n);
    const village = ok<{ received: number; villageId: string }>(await report({}, "village"), "civicReport");
    expect(village.villageId).toBe(String(w.village.PC01));
    const [pc01Count] = await db().select({ n: sql<number>`count(*)`.mapWith(Number) }).from(civicMatters).where(eq(civicMatters.villageId, w.village.PC01!));
    expect(village.received).toBe(pc01Count!.n);
    // A department counts exactly the matters on its board, wherever they are.
    for (const dept of ["dept", "dept2", "sup", "tdept"]) {
      const board = await t.ok<{ civicMatters: { total: number } }>(`{ civicMatters { total } }`, {}, tok(dept));
      const figures = ok<{ received: number; townshipId: string | null }>(await report({}, dept), "civicReport");
      expect(figures.received, dept).toBe(board.civicMatters.total);
      expect(figures.townshipId).toBeNull();
    }
    expect(ok<{ received: number }>(await report({}, "dept2"), "civicReport").received).toBe(2);
    expect(ok<{ received: number }>(await report({ villageId: String(w.village.PC01) }, "dept2"), "civicReport").received).toBe(1);
  });
});

describe("civicReport on a hand-built set", () => {
  let category: number;
  const built: Record<string, Matter> = {};
  const receivedDaysAgo = (m: Matter, days: number) =>
    db().update(civicMatters).set({ receivedAt: sql`now() - make_interval(days => ${days})` }).where(eq(civicMatters.id, Number(m.id)));

  beforeAll(async () => {
    const created = await t.ok<{ createCivicCategory: { id: string } }>(
      `mutation { createCivicCategory(input: { code: "RPT", name: "报表", defaultChannel: DIRECT, deadlineDays: 5 }) { id } }`,
      {},
      tok("admin"),
    );
    category = Number(created.createCivicCategory.id);
    const submit = () => api.submit({ categoryId: String(category) });
    const follow = (id: string, satisfaction: string | null) =>
      api.followUpRaw(id, satisfaction ? { method: "PHONE", reached: true, resolved: satisfaction === "NOT" ? "NO" : "YES", satisfaction } : { method: "PHONE", reached: false });
    const direct = async () => {
      const x = await api.assign((await submit()).id);
      return api.accept(openLead(x).id, tok("village"));
    };

    // A rejected, B merged into C, C waiting.
    built.A = ok(await api.rejectRaw((await submit()).id), "rejectCivicMatter");
    built.C = await submit();
    built.B = ok(await api.mergeRaw((await submit()).id, built.C.id), "mergeCivicMatter");
    // D: DIRECT, on time, satisfied → CLOSED.
    built.D = await direct();
    ok(await api.resolveRaw(built.D.id, tok("village")), "resolveCivicMatter");
    built.D = ok(await follow(built.D.id, "SATISFIED"), "recordFollowUp");
    // E: DIRECT, resolved after its due date, basically satisfied → CLOSED.
    built.E = await direct();
    await db().update(civicMatters).set({ dueDate: plusDays(today, -1) }).where(eq(civicMatters.id, Number(built.E.id)));
    ok(await api.resolveRaw(built.E.id, tok("village")), "resolveCivicMatter");
    built.E = ok(await follow(built.E.id, "BASICALLY"), "recordFollowUp");
    // F: LEAD, not satisfied → reworked → resolved again, then a follow-up that reached nobody: RESOLVED.
    let f = await api.assign((await submit()).id, { channel: "LEAD", leadOfficialUserId: String(w.userIds.township) });
    f = await api.accept(openLead(f).id, tok("township"));
    ok(await api.resolveRaw(f.id, tok("township")), "resolveCivicMatter");
    ok(await follow(f.id, "NOT"), "recordFollowUp");
    ok(await api.resolveRaw(f.id, tok("township")), "resolveCivicMatter");
    built.F = ok(await follow(f.id, null), "recordFollowUp");
    // G: JOINT, lead accepted, escalated, 10 days past due.
    let g = await api.assign((await submit()).id, { channel: "JOINT", leadDepartmentId: String(w.dept.MZJ), coDepartmentIds: [String(w.dept.NYNCJ)] });
    g = await api.accept(g.assignments[0]!.id, tok("dept"));
    ok(await api.superviseRaw(g.id, { level: "ESCALATED", reason: "群众反映强烈", responseDueDate: today }), "superviseCivicMatter");
    built.G = g;
    // H: SUPERVISED, never accepted, 40 days past due.
    built.H = await api.assign((await submit()).id, { channel: "SUPERVISED", supervisingDepartmentId: String(w.dept.QWDCS), responsibleDepartmentId: String(w.dept.NYNCJ) });
    // I: DIRECT with an approved extension, resolved after the original due date but before the extended one.
    let i = await direct();
    await db().update(civicMatters).set({ dueDate: today }).where(eq(civicMatters.id, Number(i.id)));
    await db().update(matterAssignments).set({ dueDate: today }).where(eq(matterAssignments.matterId, Number(i.id)));
    i = ok(await api.requestExtensionRaw(i.id, { requestedDueDate: plusDays(today, 5), reason: "等材料" }, tok("village")), "requestExtension");
    const [extension] = await db().select().from(matterExtensions).where(eq(matterExtensions.matterId, Number(i.id)));
    ok(await api.decideExtensionRaw(String(extension!.id), true), "decideExtension");
    built.I = ok(await api.resolveRaw(i.id, tok("village")), "resolveCivicMatter");
    // Resolved three days after the original due date (今天 + 3), within the extension.
    await db().update(civicMatters).set({ resolvedAt: sql`resolved_at + interval '3 days'` }).where(eq(civicMatters.id, Number(i.id)));
    // K: LEAD on the dept user, waiting for acceptance.
    built.K = await api.assign((await submit()).id, { channel: "LEAD", leadOfficialUserId: String(w.userIds.dept) });

    // Past due: G by 10 calendar days, H by 40.
    for (const [key, days] of [["G", 10], ["H", 40]] as const) {
      const due = plusDays(today, -days);
      await db().update(civicMatters).set({ dueDate: due }).where(eq(civicMatters.id, Number(built[key]!.id)));
      await db()
        .update(matterAssignments)
        .set({ dueDate: due })
        .where(sql`${matterAssignments.matterId} = ${Number(built[key]!.id)} and ${matterAssignments.state} in ('PENDING', 'ACCEPTED')`);
    }
    // Received earlier: D 10 days ago, E 20, F 6, I 3 (the others today).
    for (const [key, days] of [["D", 10], ["E", 20], ["F", 6], ["I", 3]] as const) await receivedDaysAgo(built[key]!, days);
  });

  const REPORT = `received byChannel { channel count } byStatus { status count }
    resolutionRate { numerator denominator rate } onTimeRate { numerator denominator rate } followUpRate { numerator denominator rate }
    satisfactionRate { numerator denominator rate } reworkRate { numerator denominator rate } escalationRate { numerator denominator rate }
    medianDaysToResolve { channel resolved medianWorkingDays } overdue overdueBuckets { label minDays maxDays count }
    officialWorkload { userId name open overdue } departmentWorkload { departmentId name open overdue }`;
  const report = async (filter: Record<string, unknown> = {}, user = "district") =>
    ok<Record<string, any>>(
      await t.gql(`query ($f: CivicReportFilter) { civicReport(filter: $f) { ${REPORT} } }`, { f: { categoryId: String(category), ...filter } }, tok(user)),
      "civicReport",
    );
  const r = (numerator: number, denominator: number) => ({ numerator, denominator, rate: denominator ? numerator / denominator : 0 });

  it("counts, rates with their numerators and denominators, medians, overdue ages and workloads", async () => {
    const got = await report();
    expect(got.received).toBe(10);
    expect(got.byChannel).toEqual([
      { channel: "DIRECT", count: 3 },
      { channel: "LEAD", count: 2 },
      { channel: "JOINT", count: 1 },
      { channel: "SUPERVISED", count: 1 },
      { channel: null, count: 3 },
    ]);
    expect(Object.fromEntries(got.byStatus.map((s: { status: string; count: number }) => [s.status, s.count]))).toEqual({
      RECEIVED: 1,
      ASSIGNED: 2,
      IN_PROGRESS: 1,
      RESOLVED: 2,
      CLOSED: 2,
      REJECTED: 1,
      MERGED: 1,
    });
    expect(got.resolutionRate).toEqual(r(4, 8)); // D E F I / (10 − A − B)
    expect(got.onTimeRate).toEqual(r(3, 4)); // D F I (I thanks to its extension) / D E F I
    expect(got.followUpRate).toEqual(r(3, 4)); // D E F / D E F I
    expect(got.satisfactionRate).toEqual(r(2, 3)); // latest reached: D satisfied, E basically, F not
    expect(got.reworkRate).toEqual(r(1, 4)); // F / resolved at least once
    expect(got.escalationRate).toEqual(r(1, 7)); // G / D E F G H I K

    const calendar = await calendarFromApi(t, tok("admin"), plusDays(today, -60), today);
    const wd = (daysAgo: number) => calendar.between(plusDays(today, -daysAgo), today);
    const direct = [wd(10), wd(20), wd(3)].sort((a, b) => a - b);
    expect(got.medianDaysToResolve).toEqual([
      { channel: "DIRECT", resolved: 3, medianWorkingDays: direct[1] },
      { channel: "LEAD", resolved: 1, medianWorkingDays: wd(6) },
      { channel: "JOINT", resolved: 0, medianWorkingDays: null },
      { channel: "SUPERVISED", resolved: 0, medianWorkingDays: null },
    ]);

    expect(got.overdue).toBe(2);
    const bucket = (age: number) => (age <= 5 ? "1-5" : age <= 10 ? "6-10" : age <= 20 ? "11-20" : ">20");
    const expected: Record<string, number> = { "1-5": 0, "6-10": 0, "11-20": 0, ">20": 0 };
    expected[bucket(wd(10))]! += 1;
    expected[bucket(wd(40))]! += 1;
    expect(Object.fromEntries(got.overdueBuckets.map((b: { label: string; count: number }) => [b.label, b.count]))).toEqual(expected);
    expect(got.overdueBuckets.map((b: { minDays: number; maxDays: number | null }) => [b.minDays, b.maxDays])).toEqual([
      [1, 5],
      [6, 10],
      [11, 20],
      [21, null],
    ]);

    expect(got.officialWorkload).toEqual([{ userId: String(w.userIds.dept), name: expect.any(String), open: 1, overdue: 0 }]);
    expect(got.departmentWorkload.map((d: { departmentId: string; open: number; overdue: number }) => [d.departmentId, d.open, d.overdue])).toEqual([
      [String(w.dept.MZJ), 2, 1], // G's lead (overdue), K's official's department
      [String(w.dept.NYNCJ), 2, 2], // G's co-unit, H's responsible unit
      [String(w.dept.QWDCS), 1, 1], // H's supervisor
    ]);
    const [events] = await db().select({ n: sql<number>`count(*)`.mapWith(Number) }).from(matterEvents);
    expect(events!.n).toBeGreaterThan(0);
  });

  it("counts a first resolution dated after tomorrow (a clock far ahead) as resolved tomorrow in the medians", async () => {
    // F, the one LEAD matter resolved, was received 6 days ago.
    const f = Number(built.F!.id);
    const [kept] = await db().select({ at: civicMatters.firstResolvedAt }).from(civicMatters).where(eq(civicMatters.id, f));
    await db().update(civicMatters).set({ firstResolvedAt: sql`now() + interval '40 days'` }).where(eq(civicMatters.id, f));
    try {
      const calendar = await calendarFromApi(t, tok("admin"), plusDays(today, -60), plusDays(today, 1));
      const lead = (await report({ channel: "LEAD" })).medianDaysToResolve.find((m: { channel: string }) => m.channel === "LEAD");
      expect(lead).toEqual({ channel: "LEAD", resolved: 1, medianWorkingDays: calendar.between(plusDays(today, -6), plusDays(today, 1)) });
    } finally {
      await db().update(civicMatters).set({ firstResolvedAt: kept!.at }).where(eq(civicMatters.id, f));
    }
  });

  it("filters by period, channel, village and township", async () => {
    expect((await report({ from: plusDays(today, -5) })).received).toBe(7); // without D (10), E (20), F (6)
    expect((await report({ from: plusDays(today, -20), to: plusDays(today, -10) })).received).toBe(2);
    const direct = await report({ channel: "DIRECT" });
    expect(direct.received).toBe(3);
    expect(direct.resolutionRate).toEqual(r(3, 3));
    expect(direct.onTimeRate).toEqual(r(2, 3));
    expect((await report({ villageId: String(w.village.PC02) })).received).toBe(0);
    expect((await report({ townshipId: String(w.township.PC) })).received).toBe(10);
    expect((await report({}, "village")).received).toBe(10);
    const empty = await report({ townshipId: String(w.township.MB) });
    expect(empty.received).toBe(0);
    expect(empty.resolutionRate).toEqual({ numerator: 0, denominator: 0, rate: 0 });
    expect(errorCode(await t.gql(`{ civicReport(filter: { from: "2026-02-01", to: "2026-01-01" }) { received } }`, {}, tok("admin")))).toBe("BAD_USER_INPUT");
  });

  it("loads a page's nested fields in a constant number of statements, whatever its size", async () => {
    const page = async (perPage: number) => {
      const { result, statements } = await statementsOf(t, () =>
        t.ok<{ civicMatters: { items: { category: { code: string }; timeline: { type: string; actorName: string }[]; overdue: boolean }[] } }>(
          `query ($c: ID!, $n: Int) { civicMatters(filter: { categoryId: $c }, sort: [{ field: "dueDate" }], perPage: $n) { total items {
          id overdue overdueWorkingDays category { code } village { name } township { name }
          timeline { type actorName } assignments { id department { name } village { name } } supervisions { level } extensions { state } followUps { satisfaction } } } }`,
          { c: String(category), n: perPage },
          tok("admin"),
        ),
      );
      return { items: result.civicMatters.items, statements };
    };
    const one = await page(1);
    const all = await page(50);
    expect(one.items[0]!.overdue).toBe(true);
    expect(all.items).toHaveLength(10);
    for (const item of all.items) {
      expect(item.category.code).toBe("RPT");
      expect(item.timeline[0]!.type).toBe("SUBMITTED");
      expect(item.timeline[0]!.actorName).toEqual(expect.any(String));
    }
    expect(one.statements).toBeGreaterThanOrEqual(10);
    expect(all.statements).toBe(one.statements);
  });
});

describe("the demo year's civic history (the demo-year fixture, seeded as `pnpm start` seeds it)", () => {
  let year: TestServer;
  beforeAll(async () => {
    year = await startTestServer({ fixture: "demo-year" });
  });
  afterAll(() => year?.close());
  const db = () => year.server.connection.db;

  it("holds about a year of matters over every channel and outcome, each timeline replaying to its status", async () => {
    // Every unit's own user took its steps (the services allow only the assignee).
    expect(await year.login("dept-zjj")).toBeTruthy();
    const matters = await db().select().from(civicMatters).orderBy(asc(civicMatters.id));
    expect(matters.length).toBeGreaterThanOrEqual(300);
    const ids = matters.map((x) => x.id);
    const events = await db().select().from(matterEvents).where(inArray(matterEvents.matterId, ids)).orderBy(asc(matterEvents.id));
    const assignments = await db().select().from(matterAssignments).where(inArray(matterAssignments.matterId, ids));
    const follow = await db().select().from(followUps).where(inArray(followUps.matterId, ids));
    const supervisions = await db().select().from(matterSupervisions).where(inArray(matterSupervisions.matterId, ids));
    const extensions = await db().select().from(matterExtensions).where(inArray(matterExtensions.matterId, ids));
    const codes = new Set(matters.map((x) => x.code));
    expect(codes.size).toBe(matters.length);

    const allowed: Record<string, string[]> = {
      SUBMITTED: ["null>RECEIVED"],
      REJECTED: ["RECEIVED>REJECTED"],
      MERGED: ["RECEIVED>MERGED"],
      // A committee that assigns DIRECT to itself has accepted it by that act.
      ASSIGNED: ["RECEIVED>ASSIGNED", "RECEIVED>IN_PROGRESS"],
      ACCEPTED: ["ASSIGNED>IN_PROGRESS", "null>null"],
      RETURNED: ["ASSIGNED>RECEIVED", "IN_PROGRESS>RECEIVED", "null>null"],
      CHANNEL_CHANGED: ["ASSIGNED>ASSIGNED", "IN_PROGRESS>ASSIGNED"],
      RESOLVED: ["IN_PROGRESS>RESOLVED"],
      CLOSED: ["RESOLVED>CLOSED"],
      REOPENED: ["RESOLVED>IN_PROGRESS"],
    };
    const now = Date.now();
    for (const matter of matters) {
      const timeline = events.filter((e) => e.matterId === matter.id);
      let status: string | null = null;
      let previousAt = 0;
      for (const e of timeline) {
        const move = `${e.fromStatus}>${e.toStatus}`;
        if (allowed[e.type]) expect(allowed[e.type], `${matter.code} ${e.type} ${move}`).toContain(move);
        else expect(move, `${matter.code} ${e.type}`).toBe("null>null");
        if (e.toStatus) {
          expect(e.fromStatus, `${matter.code} ${e.type}`).toBe(status);
          status = e.toStatus;
        }
        if (["PROGRESS", "SUPERVISED", "EXTENSION_REQUESTED", "EXTENSION_APPROVED", "EXTENSION_REFUSED"].includes(e.type)) {
          expect(["ASSIGNED", "IN_PROGRESS"], `${matter.code} ${e.type} while ${status}`).toContain(status);
        }
        if (e.type === "FOLLOW_UP") expect(status).toBe("RESOLVED");
        expect(e.at.getTime()).toBeGreaterThanOrEqual(previousAt);
        expect(e.at.getTime()).toBeLessThanOrEqual(now);
        previousAt = e.at.getTime();
      }
      expect(status, matter.code).toBe(matter.status);
      expect(matter.version, matter.code).toBe(timeline.length);
      const own = assignments.filter((a) => a.matterId === matter.id);
      const open = own.filter((a) => a.state === "PENDING" || a.state === "ACCEPTED");
      if (matter.status === "ASSIGNED" || matter.status === "IN_PROGRESS") {
        const lead = open.filter((a) => a.role === "LEAD_UNIT" || a.role === "LEAD_OFFICIAL");
        expect(lead, matter.code).toHaveLength(1);
        expect(matter.dueDate).toBe(lead[0]!.dueDate);
        expect(matter.channel).not.toBeNull();
      } else {
        // Only a co-unit's part the lead resolved without stays open (未签收 / 未报送), and only on a resolved matter.
        expect(open.filter((a) => a.role !== "CO_UNIT"), matter.code).toHaveLength(0);
        if (open.length) expect(["RESOLVED", "CLOSED"], matter.code).toContain(matter.status);
      }
      if (matter.status === "RECEIVED") expect(matter.channel).toBeNull();
      expect(supervisions.filter((s) => s.matterId === matter.id)).toHaveLength(timeline.filter((e) => e.type === "SUPERVISED").length);
      expect(follow.filter((f) => f.matterId === matter.id)).toHaveLength(timeline.filter((e) => ["FOLLOW_UP", "CLOSED", "REOPENED"].includes(e.type)).length);
      expect(matter.reworkCount).toBe(timeline.filter((e) => e.type === "REOPENED").length);
      if (matter.status === "MERGED") expect(matter.duplicateOfId).not.toBeNull();
      if (matter.status === "RESOLVED" || matter.status === "CLOSED") expect(matter.resolvedAt).not.toBeNull();
      // The services wrote the story's times, not the time of seeding.
      const last = (type: string) => timeline.filter((e) => e.type === type).at(-1)?.at.getTime() ?? null;
      if (matter.resolvedAt) expect(matter.resolvedAt.getTime(), matter.code).toBe(last("RESOLVED"));
      if (matter.status === "CLOSED") expect(matter.closedAt?.getTime(), matter.code).toBe(last("CLOSED"));
      expect(matter.updatedAt.getTime(), matter.code).toBe(timeline.at(-1)!.at.getTime());
      const times = (rows: { matterId: number; at: Date }[]) => rows.filter((r) => r.matterId === matter.id).map((r) => r.at.getTime()).sort((a, b) => a - b);
      const eventTimes = (type: string) => timeline.filter((e) => e.type === type).map((e) => e.at.getTime()).sort((a, b) => a - b);
      expect(times(supervisions.map((x) => ({ matterId: x.matterId, at: x.createdAt }))), matter.code).toEqual(eventTimes("SUPERVISED"));
      expect(times(extensions.map((x) => ({ matterId: x.matterId, at: x.requestedAt }))), matter.code).toEqual(eventTimes("EXTENSION_REQUESTED"));
    }
    // An assignee's steps are its own: the unit's staff, the village's committee or the named official, never staff above.
    const people = new Map((await db().select().from(users)).map((u) => [u.id, actorFromUser(u)]));
    for (const e of events) {
      const own = assignments.filter((a) => a.matterId === e.matterId && isAssigneeOf(people.get(e.actorId!)!, a));
      if (e.type === "ACCEPTED" || e.type === "RETURNED" || e.type === "PART_REPORTED") {
        expect(own.map((a) => a.id), `${e.type} ${e.id}`).toContain((e.data as { assignment: { id: number } }).assignment.id);
      }
      if (["PROGRESS", "RESOLVED", "EXTENSION_REQUESTED"].includes(e.type)) expect(own.length, `${e.type} ${e.id}`).toBeGreaterThan(0);
    }
    // Every pending extension belongs to an open assignment; approved ones set its due date.
    for (const x of extensions) {
      const a = assignments.find((y) => y.id === x.assignmentId)!;
      if (x.state === "PENDING") expect(["PENDING", "ACCEPTED"]).toContain(a.state);
    }

    const statuses = new Set(matters.map((x) => x.status));
    for (const s of ["RECEIVED", "ASSIGNED", "IN_PROGRESS", "RESOLVED", "CLOSED", "REJECTED", "MERGED"]) expect(statuses, s).toContain(s);
    expect(new Set(matters.map((x) => x.channel))).toEqual(new Set(["DIRECT", "LEAD", "JOINT", "SUPERVISED", null]));
    expect(matters.some((x) => x.reworkCount > 0)).toBe(true);
    expect(supervisions.some((s) => s.level === "ESCALATED")).toBe(true);
    expect(extensions.some((x) => x.state === "APPROVED")).toBe(true);
    expect(events.some((e) => e.type === "CHANNEL_CHANGED")).toBe(true);
    // 联办: co-units report their parts; in the matters that ran late some never did (未报送), still open on the finished matter.
    expect(events.some((e) => e.type === "PART_REPORTED")).toBe(true);
    const finished = new Set(matters.filter((x) => x.status === "RESOLVED" || x.status === "CLOSED").map((x) => x.id));
    expect(assignments.some((a) => a.role === "CO_UNIT" && a.state === "ACCEPTED" && finished.has(a.matterId))).toBe(true);
    expect(events.some((e) => e.type === "RETURNED")).toBe(true);
    const holidays = await db().select().from(calendarDays).where(eq(calendarDays.name, "春节"));
    expect(holidays.length).toBeGreaterThan(3);
    const categories = await db().select().from(civicCategories);
    expect(categories.length).toBeGreaterThanOrEqual(8);

    // The report over the whole district reads real-looking figures (asked of the service: the long
    // seed above outlasts the HTTP connection's keep-alive, and the transport is tested elsewhere).
    const district = [...people.values()].find((p) => p.username === "district")!;
    const whole = { civicReport: await civicReport(db(), district, "Asia/Shanghai", { from: plusDays(today, -365) }) };
    expect(whole.civicReport.received).toBeGreaterThanOrEqual(300);
    expect(whole.civicReport.overdue).toBeGreaterThan(0);
    expect(whole.civicReport.resolutionRate.rate).toBeGreaterThan(0.5);
    expect(whole.civicReport.satisfactionRate.rate).toBeGreaterThan(0.6);
    expect(whole.civicReport.onTimeRate.rate).toBeGreaterThan(0.4);
    for (const median of whole.civicReport.medianDaysToResolve) expect(median.medianWorkingDays).toBeGreaterThan(0);
  });
});
