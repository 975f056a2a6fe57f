// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { matterAssignments } from "@cunwu/schema";
import { todayIn } from "@cunwu/server/common/dates";
import { startTestServer, type TestServer } from "../support/server";
import { expectReason } from "../support/assert";
import { calendarFromApi, civicApi, civicWorld, fieldOf, openLead, plusDays, MATTER, type CivicWorld, type Matter } from "../support/civic";

// 联办 as 12345 runs it: each co-unit accepts and reports its own part,
// which alone makes it DONE; the lead may resolve without them, and what a
// co-unit left undone stays on the record and counts against it. And a
// unit's inbox: the board's filters on the caller's own part.

let t: TestServer;
let w: CivicWorld;
let api: ReturnType<typeof civicApi>;
const today = todayIn("Asia/Shanghai");
const tok = (name: string) => w.tokens[name]!;
const db = () => t.server.connection.db;

beforeAll(async () => {
  t = await startTestServer();
  w = await civicWorld(t);
  api = civicApi(t, w);
});
afterAll(() => t?.close());

const PARTS = `assignments { id role state departmentId dueDate resultNote reportedAt allowedActions } allowedActions myAssignment { id role state dueDate }`;
interface Part {
  id: string;
  role: string;
  state: string;
  departmentId: string | null;
  dueDate: string;
  resultNote: string | null;
  reportedAt: string | null;
  allowedActions: string[];
}
type Joint = Omit<Matter, "assignments"> & { assignments: Part[]; allowedActions: string[]; myAssignment: { id: string; role: string; state: string; dueDate: string } | null };

/** A JOINT matter: MZJ (the demo `dept`) leads, NYNCJ (`dept2`) and PC-NYFW (`tdept`) co-handle. */
async function joint(): Promise<Matter> {
  const m = await api.submit();
  return api.assign(m.id, { channel: "JOINT", leadDepartmentId: String(w.dept.MZJ), coDepartmentIds: [String(w.dept.NYNCJ), String(w.dept["PC-NYFW"])] });
}
const read = async (id: string, token = tok("admin")) =>
  (await t.ok<{ civicMatter: Joint }>(`query ($id: ID!) { civicMatter(id: $id) { ${MATTER} ${PARTS} } }`, { id }, token)).civicMatter;
const reportRaw = (assignmentId: string, note: string, token: string) =>
  t.gql(`mutation ($input: ReportPartInput!) { reportPart(input: $input) { ${MATTER} } }`, { input: { assignmentId, note } }, token);
const partOf = (m: { assignments: Part[] } | Matter, code: string) => (m.assignments as Part[]).find((a) => a.departmentId === String(w.dept[code]))!;

describe("a co-unit's part", () => {
  it("is reported by the co-unit once accepted, and only that makes it DONE; the lead's resolution names who reported", async () => {
    const m = await joint();
    const co = partOf(m, "NYNCJ");
    const never = partOf(m, "PC-NYFW");

    // Before accepting: no report, no progress, no extension; each refused, nothing written.
    let seen = await read(m.id, tok("dept2"));
    expect(seen.myAssignment).toMatchObject({ id: co.id, role: "CO_UNIT", state: "PENDING" });
    expect(partOf(seen, "NYNCJ").allowedActions).toEqual(["ACCEPT", "RETURN"]);
    expect(seen.allowedActions).toEqual([]);
    let before = await api.snapshot(m.id);
    expectReason(await reportRaw(co.id, "已完成", tok("dept2")), "CONFLICT", "ASSIGNMENT_STATE");
    expectReason(await api.progressRaw(m.id, "正在办", true, tok("dept2")), "CONFLICT", "ASSIGNMENT_STATE");
    expectReason(
      await api.requestExtensionRaw(m.id, { assignmentId: co.id, requestedDueDate: plusDays(co.dueDate, 5), reason: "需要时间" }, tok("dept2")),
      "CONFLICT",
      "ASSIGNMENT_STATE",
    );
    expect(await api.snapshot(m.id)).toEqual(before);

    await api.accept(co.id, tok("dept2"));
    seen = await read(m.id, tok("dept2"));
    expect(partOf(seen, "NYNCJ").allowedActions).toEqual(["REPORT", "RETURN", "REQUEST_EXTENSION"]);
    expect(seen.allowedActions).toEqual(["PROGRESS", "REQUEST_EXTENSION"]);
    // Another unit's part, and the lead's, are not reported by a co-unit; a report needs its note.
    before = await api.snapshot(m.id);
    expectReason(await reportRaw(never.id, "替人报送", tok("dept2")), "FORBIDDEN", "NOT_ALLOWED");
    expectReason(await reportRaw(co.id, "  ", tok("dept2")), "BAD_USER_INPUT", "INVALID_INPUT");
    expect(await api.snapshot(m.id)).toEqual(before);

    const reported = fieldOf(await reportRaw(co.id, "已协调施工队更换灯具", tok("dept2")), "reportPart");
    expect(reported.status).toBe("ASSIGNED");
    seen = await read(m.id);
    expect(partOf(seen, "NYNCJ")).toMatchObject({ state: "DONE", resultNote: "已协调施工队更换灯具", allowedActions: [] });
    expect(partOf(seen, "NYNCJ").reportedAt).not.toBeNull();
    expect(await api.lastEvent(m.id)).toMatchObject({ type: "PART_REPORTED", public: false, note: "已协调施工队更换灯具", actorId: w.userIds.dept2 });
    // Once: a second report is refused.
    expectReason(await reportRaw(co.id, "再报一次", tok("dept2")), "CONFLICT", "ASSIGNMENT_STATE");

    // The lead accepts and resolves without PC-NYFW, which never accepted.
    const lead = openLead(await api.get(m.id));
    await api.accept(lead.id, tok("dept"));
    expectReason(await reportRaw(lead.id, "牵头单位报送", tok("dept")), "FORBIDDEN", "NOT_ALLOWED");
    fieldOf(await api.resolveRaw(m.id, tok("dept"), "已更换路灯"), "resolveCivicMatter");
    seen = await read(m.id);
    expect(seen.assignments.map((a) => [a.role, a.state])).toEqual([
      ["LEAD_UNIT", "DONE"],
      ["CO_UNIT", "DONE"],
      ["CO_UNIT", "PENDING"],
    ]);
    expect(partOf(seen, "PC-NYFW").reportedAt).toBeNull();
    const resolved = await api.lastEvent(m.id);
    expect(resolved.type).toBe("RESOLVED");
    expect((resolved.data as { coUnits: unknown[] }).coUnits).toEqual([
      { assignmentId: Number(co.id), departmentId: w.dept.NYNCJ, state: "DONE", reported: true },
      { assignmentId: Number(never.id), departmentId: w.dept["PC-NYFW"], state: "PENDING", reported: false },
    ]);

    // A finished matter: nothing more is offered to the co-unit that never accepted, and each step is refused.
    const late = await read(m.id, tok("tdept"));
    expect(late.myAssignment).toMatchObject({ id: never.id, state: "PENDING" });
    expect(partOf(late, "PC-NYFW").allowedActions).toEqual([]);
    before = await api.snapshot(m.id);
    expectReason(await api.acceptRaw(never.id, tok("tdept")), "CONFLICT", "MATTER_STATUS");
    expectReason(await reportRaw(never.id, "补报", tok("tdept")), "CONFLICT", "MATTER_STATUS");
    expect(await api.snapshot(m.id)).toEqual(before);
  });

  it("left ACCEPTED (未报送) at the resolution stays so, and is worked again by the new date when the matter is reopened", async () => {
    const m = await joint();
    await api.accept(partOf(m, "NYNCJ").id, tok("dept2"));
    await api.accept(openLead(m).id, tok("dept"));
    fieldOf(await api.resolveRaw(m.id, tok("dept")), "resolveCivicMatter");
    let seen = await read(m.id);
    expect(seen.assignments.map((a) => a.state)).toEqual(["DONE", "ACCEPTED", "PENDING"]);
    expect((await api.lastEvent(m.id)).data).toMatchObject({ coUnits: [{ state: "ACCEPTED", reported: false }, { state: "PENDING", reported: false }] });
    expect(partOf(seen, "NYNCJ").allowedActions).toEqual([]);

    const reopened = fieldOf(await api.followUpRaw(m.id, { method: "PHONE", reached: true, resolved: "NO", satisfaction: "NOT" }), "recordFollowUp");
    expect(reopened.status).toBe("IN_PROGRESS");
    seen = await read(m.id, tok("dept2"));
    expect(seen.assignments.map((a) => a.state)).toEqual(["ACCEPTED", "ACCEPTED", "PENDING"]);
    expect(new Set(reopened.assignments.map((a) => a.dueDate))).toEqual(new Set([reopened.dueDate]));
    expect(partOf(seen, "NYNCJ").allowedActions).toContain("REPORT");
    fieldOf(await reportRaw(partOf(m, "NYNCJ").id, "返工部分已完成", tok("dept2")), "reportPart");
  });
});

describe("the figures", () => {
  const REPORT = `query { civicReport { departmentWorkload { departmentId open overdue partsUnreported } } }`;
  const workload = async () => {
    const rows = (await t.ok<{ civicReport: { departmentWorkload: { departmentId: string; open: number; overdue: number; partsUnreported: number }[] } }>(REPORT, {}, tok("district")))
      .civicReport.departmentWorkload;
    return (code: string) => rows.find((r) => r.departmentId === String(w.dept[code])) ?? { open: 0, overdue: 0, partsUnreported: 0 };
  };

  it("count a co-unit's part the matter was resolved without against that unit, and no more as open work", async () => {
    const before = await workload();
    const m = await joint();
    await api.accept(partOf(m, "NYNCJ").id, tok("dept2"));
    await api.accept(openLead(m).id, tok("dept"));
    const during = await workload();
    for (const code of ["MZJ", "NYNCJ", "PC-NYFW"]) expect(during(code).open, code).toBe(before(code).open + 1);
    fieldOf(await api.resolveRaw(m.id, tok("dept")), "resolveCivicMatter");
    const after = await workload();
    for (const code of ["MZJ", "NYNCJ", "PC-NYFW"]) expect(after(code).open, code).toBe(before(code).open);
    expect(after("MZJ").partsUnreported).toBe(before("MZJ").partsUnreported);
    // Never accepted (未签收) and accepted but never reported (未报送) both count.
    expect(after("NYNCJ").partsUnreported).toBe(before("NYNCJ").partsUnreported + 1);
    expect(after("PC-NYFW").partsUnreported).toBe(before("PC-NYFW").partsUnreported + 1);

    // A part reported, or handed back, does not.
    const n = await joint();
    await api.accept(partOf(n, "NYNCJ").id, tok("dept2"));
    fieldOf(await reportRaw(partOf(n, "NYNCJ").id, "已完成", tok("dept2")), "reportPart");
    fieldOf(await api.returnRaw(partOf(n, "PC-NYFW").id, tok("tdept")), "returnAssignment");
    await api.accept(openLead(n).id, tok("dept"));
    fieldOf(await api.resolveRaw(n.id, tok("dept")), "resolveCivicMatter");
    const last = await workload();
    expect(last("NYNCJ").partsUnreported).toBe(after("NYNCJ").partsUnreported);
    expect(last("PC-NYFW").partsUnreported).toBe(after("PC-NYFW").partsUnreported);
  });
});

describe("a unit's inbox: the board's filters on the caller's own part", () => {
  const LIST = `query ($f: CivicMatterFilter) { civicMatters(filter: $f, perPage: 100) { total items { id myAssignment { state dueDate } } } }`;
  const ids = async (filter: Record<string, unknown>, token: string) =>
    (await t.ok<{ civicMatters: { total: number; items: { id: string }[] } }>(LIST, { f: filter }, token)).civicMatters.items.map((m) => m.id);
  const setDue = (assignmentId: string, dueDate: string) =>
    db().update(matterAssignments).set({ dueDate }).where(eq(matterAssignments.id, Number(assignmentId)));
  const handled = ["ASSIGNED", "IN_PROGRESS"];

  it("待签收 and 办理中: the caller's own part by its state, not another unit's", async () => {
    const waiting = await joint();
    const taken = await joint();
    await api.accept(partOf(taken, "NYNCJ").id, tok("dept2"));
    const pending2 = await ids({ myAssignmentState: "PENDING", statuses: handled }, tok("dept2"));
    expect(pending2).toContain(waiting.id);
    expect(pending2).not.toContain(taken.id);
    expect(await ids({ myAssignmentState: "ACCEPTED", statuses: handled }, tok("dept2"))).toContain(taken.id);
    // The lead (MZJ) has not accepted either: both wait for it; its own state, not NYNCJ's.
    const pendingLead = await ids({ myAssignmentState: "PENDING", statuses: handled }, tok("dept"));
    expect(pendingLead).toEqual(expect.arrayContaining([waiting.id, taken.id]));
    expect(await ids({ myAssignmentState: "ACCEPTED", statuses: handled }, tok("dept"))).not.toContain(taken.id);
    // A unit the matter does not name finds nothing of it.
    expect(await ids({ myAssignmentState: "PENDING" }, tok("sup"))).not.toContain(waiting.id);
  });

  it("即将到期 (due within n working days, by the district calendar) and 已逾期: the caller's own open part's due date", async () => {
    const calendar = await calendarFromApi(t, tok("admin"), plusDays(today, -30), plusDays(today, 60));
    const inTwo = calendar.add(today, 2);
    const inThree = calendar.add(today, 3);
    const soon = await joint();
    const later = await joint();
    const late = await joint();
    const dueToday = await joint();
    await setDue(partOf(soon, "NYNCJ").id, inTwo);
    await setDue(partOf(later, "NYNCJ").id, inThree);
    await setDue(partOf(late, "NYNCJ").id, plusDays(today, -1));
    await setDue(partOf(dueToday, "NYNCJ").id, today);
    const within2 = await ids({ myDueWithinWorkingDays: 2 }, tok("dept2"));
    expect(within2).toEqual(expect.arrayContaining([soon.id, dueToday.id]));
    expect(within2).not.toContain(later.id);
    expect(within2).not.toContain(late.id);
    expect(await ids({ myDueWithinWorkingDays: 0 }, tok("dept2"))).toContain(dueToday.id);
    expect(await ids({ myDueWithinWorkingDays: 0 }, tok("dept2"))).not.toContain(soon.id);
    const overdue = await ids({ myOverdue: true }, tok("dept2"));
    expect(overdue).toContain(late.id);
    expect(overdue).not.toContain(soon.id);
    // The lead's part is not due yet: the matter is not overdue for MZJ.
    expect(await ids({ myOverdue: true }, tok("dept"))).not.toContain(late.id);
    // Reported: no longer the unit's work, whatever its date.
    await api.accept(partOf(late, "NYNCJ").id, tok("dept2"));
    fieldOf(await reportRaw(partOf(late, "NYNCJ").id, "已完成", tok("dept2")), "reportPart");
    expect(await ids({ myOverdue: true }, tok("dept2"))).not.toContain(late.id);
    // Out of range: refused with the field named.
    expectReason(await t.gql(LIST, { f: { myDueWithinWorkingDays: 21 } }, tok("dept2")), "BAD_USER_INPUT", "INVALID_INPUT");
  });

  it("督办待答复: an OPEN supervision of a matter whose lead part is the caller's", async () => {
    const m = await joint();
    await api.accept(openLead(m).id, tok("dept"));
    fieldOf(await api.superviseRaw(m.id, { level: "URGE", reason: "请尽快办理", responseDueDate: plusDays(today, 3) }), "superviseCivicMatter");
    expect(await ids({ supervisionAwaitingMyAnswer: true }, tok("dept"))).toContain(m.id);
    // The co-unit does not answer it.
    expect(await ids({ supervisionAwaitingMyAnswer: true }, tok("dept2"))).not.toContain(m.id);
    const supervision = (await t.ok<{ civicMatter: { supervisions: { id: string }[] } }>(`query ($id: ID!) { civicMatter(id: $id) { supervisions { id } } }`, { id: m.id }, tok("dept")))
      .civicMatter.supervisions[0]!;
    fieldOf(
      await t.gql(`mutation ($input: AnswerSupervisionInput!) { answerSupervision(input: $input) { id } }`, { input: { supervisionId: supervision.id, response: "已安排" } }, tok("dept")),
      "answerSupervision",
    );
    expect(await ids({ supervisionAwaitingMyAnswer: true }, tok("dept"))).not.toContain(m.id);
  });
});
