// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { matterSupervisions, users } from "@cunwu/schema";
import { todayIn } from "@cunwu/server/common/dates";
import { actorFromUser } from "@cunwu/server/request/actor";
import { superviseMatter } from "@cunwu/server/civic/supervision-service";
import { startTestServer, type TestServer } from "../support/server";
import { expectReason } from "../support/assert";
import { civicApi, civicWorld, fieldOf, openLead, plusDays, MATTER, type CivicWorld, type Matter } from "../support/civic";

// 督办 with a life: OPEN until the handling unit answers it (once), ENDED,
// answer kept, when the matter is resolved, closed, rejected or merged; the
// matter's level shows only what is not ended. And a committee's own 直办:
// taking it in is accepting it.

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

const SUPERVISIONS = `supervisionLevel supervisions { id level status response answeredAt answeredBy answeredByName endedAt allowedActions }`;
interface Supervision {
  id: string;
  level: string;
  status: string;
  response: string | null;
  answeredAt: string | null;
  answeredBy: string | null;
  answeredByName: string | null;
  endedAt: string | null;
  allowedActions: string[];
}
type Supervised = Matter & { supervisionLevel: string | null; supervisions: Supervision[] };

const joint = () => ({ channel: "JOINT", leadDepartmentId: String(w.dept.MZJ), coDepartmentIds: [String(w.dept.NYNCJ)] });

/** A JOINT matter the demo department (MZJ) leads, accepted: in hand. */
async function inHand(): Promise<Matter> {
  const m = await api.submit();
  const assigned = await api.assign(m.id, joint(), tok("township"));
  return api.accept(openLead(assigned).id, tok("dept"));
}

const read = async (id: string, token = tok("admin")) =>
  (await t.ok<{ civicMatter: Supervised }>(`query ($id: ID!) { civicMatter(id: $id) { ${MATTER} ${SUPERVISIONS} } }`, { id }, token)).civicMatter;

const superviseNow = async (id: string, level = "URGE") =>
  fieldOf(await api.superviseRaw(id, { level, reason: `逾期未办结，${level}`, responseDueDate: plusDays(today, 3) }), "superviseCivicMatter");

const answerRaw = (supervisionId: string, response: string, token = tok("dept")) =>
  t.gql(`mutation ($input: AnswerSupervisionInput!) { answerSupervision(input: $input) { ${MATTER} ${SUPERVISIONS} } }`, { input: { supervisionId, response } }, token);

const rows = (matterId: string) => db().select().from(matterSupervisions).where(eq(matterSupervisions.matterId, Number(matterId))).orderBy(asc(matterSupervisions.id));

describe("a supervision's life", () => {
  it("is OPEN until the handling unit answers, ANSWERED (still counted in the level), and ENDED with its answer when the matter is resolved", async () => {
    const m = await inHand();
    await superviseNow(m.id);
    let seen = await read(m.id, tok("dept"));
    expect(seen.supervisionLevel).toBe("URGE");
    expect(seen.supervisions).toMatchObject([{ level: "URGE", status: "OPEN", response: null, allowedActions: ["ANSWER"] }]);
    // Staff above supervise; the co-unit is not the one asked.
    expect((await read(m.id, tok("district"))).supervisions[0]!.allowedActions).toEqual([]);
    expect((await read(m.id, tok("dept2"))).supervisions[0]!.allowedActions).toEqual([]);

    const answered = fieldOf<Supervised>(await answerRaw(seen.supervisions[0]!.id, "已安排专人现场处理，本周内办结"), "answerSupervision");
    expect(answered.supervisionLevel).toBe("URGE");
    expect(answered.supervisions[0]).toMatchObject({
      status: "ANSWERED",
      response: "已安排专人现场处理，本周内办结",
      answeredBy: String(w.userIds.dept),
      answeredByName: expect.any(String),
      endedAt: null,
      allowedActions: [],
    });
    expect(answered.supervisions[0]!.answeredAt).not.toBeNull();
    const event = await api.lastEvent(m.id);
    expect(event).toMatchObject({ type: "SUPERVISION_ANSWERED", public: false, note: "已安排专人现场处理，本周内办结", actorId: w.userIds.dept });

    await superviseNow(m.id, "WRITTEN");
    seen = await read(m.id);
    expect(seen.supervisionLevel).toBe("WRITTEN");
    expect(seen.supervisions.map((s) => s.status)).toEqual(["ANSWERED", "OPEN"]);

    fieldOf(await api.resolveRaw(m.id, tok("dept")), "resolveCivicMatter");
    seen = await read(m.id);
    expect(seen.supervisionLevel).toBeNull();
    expect(seen.supervisions.map((s) => s.status)).toEqual(["ENDED", "ENDED"]);
    expect(seen.supervisions[0]!.response).toBe("已安排专人现场处理，本周内办结");
    expect(seen.supervisions.every((s) => s.endedAt !== null && s.allowedActions.length === 0)).toBe(true);
    expect(((await api.lastEvent(m.id)).data as { endedSupervisions: number[] }).endedSupervisions).toHaveLength(2);

    // A rework starts with no supervision open: a new one may start at URGE again.
    fieldOf(await api.followUpRaw(m.id, { method: "PHONE", reached: true, resolved: "NO", satisfaction: "NOT" }), "recordFollowUp");
    expect((await superviseNow(m.id, "URGE")).supervisionLevel).toBe("URGE");
  });

  it("stays ended on closing, and ends when a returned matter is rejected or merged", async () => {
    const closed = await inHand();
    await superviseNow(closed.id);
    fieldOf(await api.resolveRaw(closed.id, tok("dept")), "resolveCivicMatter");
    fieldOf(await api.followUpRaw(closed.id, { method: "PHONE", reached: true, resolved: "YES", satisfaction: "SATISFIED" }), "recordFollowUp");
    let seen = await read(closed.id);
    expect(seen.status).toBe("CLOSED");
    expect(seen.supervisionLevel).toBeNull();
    expect(seen.supervisions.map((s) => s.status)).toEqual(["ENDED"]);

    const target = await api.submit();
    for (const end of ["reject", "merge"] as const) {
      const m = await inHand();
      await superviseNow(m.id, "ESCALATED");
      // The lead hands it back: back to triage, the supervision still open and shown.
      fieldOf(await api.returnRaw(openLead(m).id, tok("dept")), "returnAssignment");
      seen = await read(m.id);
      expect(seen.status).toBe("RECEIVED");
      expect(seen.supervisionLevel).toBe("ESCALATED");
      expect(seen.supervisions[0]!.status).toBe("OPEN");
      if (end === "reject") fieldOf(await api.rejectRaw(m.id), "rejectCivicMatter");
      else fieldOf(await api.mergeRaw(m.id, target.id), "mergeCivicMatter");
      seen = await read(m.id);
      expect(seen.status, end).toBe(end === "reject" ? "REJECTED" : "MERGED");
      expect(seen.supervisionLevel, end).toBeNull();
      expect(seen.supervisions.map((s) => s.status), end).toEqual(["ENDED"]);
      expect(((await api.lastEvent(m.id)).data as { endedSupervisions: number[] }).endedSupervisions, end).toEqual([Number(seen.supervisions[0]!.id)]);
    }
  });
});

describe("answering a supervision refuses, and changes nothing", () => {
  it.each([
    ["an empty answer", "BAD_USER_INPUT", "INVALID_INPUT", "dept", "  "],
    ["the co-unit (in scope, not the handling unit)", "FORBIDDEN", "NOT_ALLOWED", "dept2", "已知悉"],
    ["the township staff who supervise", "FORBIDDEN", "NOT_ALLOWED", "township", "已知悉"],
    ["a department with no part in it", "NOT_FOUND", "NOT_FOUND", "tdept", "已知悉"],
    ["the resident", "FORBIDDEN", "NOT_ALLOWED", "resident", "已知悉"],
  ])("from %s", async (_case, code, reason, who, response) => {
    const m = await inHand();
    const supervision = (await superviseNow(m.id)) as Supervised;
    const id = (await read(m.id)).supervisions[0]!.id;
    expect(supervision.supervisionLevel).toBe("URGE");
    const before = { matter: await api.snapshot(m.id), rows: await rows(m.id) };
    const result = await answerRaw(id, response, tok(who));
    expectReason(result, code, reason, who);
    if (code === "BAD_USER_INPUT") expect(result.errors![0]!.extensions!.fields).toEqual({ response: "REQUIRED" });
    expect({ matter: await api.snapshot(m.id), rows: await rows(m.id) }).toEqual(before);
  });

  it("twice (CONFLICT SUPERVISION_STATE), after the matter is resolved (CONFLICT MATTER_STATUS), or for no such supervision", async () => {
    const m = await inHand();
    await superviseNow(m.id);
    const id = (await read(m.id)).supervisions[0]!.id;
    fieldOf(await answerRaw(id, "已处理"), "answerSupervision");
    let before = { matter: await api.snapshot(m.id), rows: await rows(m.id) };
    expectReason(await answerRaw(id, "再答一次"), "CONFLICT", "SUPERVISION_STATE");
    expect({ matter: await api.snapshot(m.id), rows: await rows(m.id) }).toEqual(before);

    const n = await inHand();
    await superviseNow(n.id);
    const open = (await read(n.id)).supervisions[0]!.id;
    fieldOf(await api.resolveRaw(n.id, tok("dept")), "resolveCivicMatter");
    before = { matter: await api.snapshot(n.id), rows: await rows(n.id) };
    expectReason(await answerRaw(open, "迟到的答复"), "CONFLICT", "MATTER_STATUS");
    expect({ matter: await api.snapshot(n.id), rows: await rows(n.id) }).toEqual(before);

    expectReason(await answerRaw("999999", "已处理"), "NOT_FOUND", "NOT_FOUND");
  });
});

describe("a committee's own 直办", () => {
  it("is accepted by taking it on: in hand at once, no 签收, no 退回 to itself", async () => {
    const m = await api.submit({ source: "VILLAGE_MEETING", submitterName: "李大爷" }, tok("village"));
    const taken = await api.assign(m.id, { channel: "DIRECT" }, tok("village"));
    expect(taken.status).toBe("IN_PROGRESS");
    const lead = openLead(taken);
    expect(lead).toMatchObject({ role: "LEAD_UNIT", villageId: String(w.village.PC01), state: "ACCEPTED" });
    const seen = await t.ok<{ civicMatter: { allowedActions: string[]; assignments: { selfAssigned: boolean; allowedActions: string[] }[] } }>(
      `query ($id: ID!) { civicMatter(id: $id) { allowedActions assignments { selfAssigned allowedActions } } }`,
      { id: m.id },
      tok("village"),
    );
    expect(seen.civicMatter.assignments).toEqual([{ selfAssigned: true, allowedActions: ["REQUEST_EXTENSION"] }]);
    expect(seen.civicMatter.allowedActions).toEqual(expect.arrayContaining(["PROGRESS", "RESOLVE"]));
    // One act, one event: assigned and in hand.
    expect(await api.lastEvent(m.id)).toMatchObject({ type: "ASSIGNED", fromStatus: "RECEIVED", toStatus: "IN_PROGRESS" });

    const before = await api.snapshot(m.id);
    expectReason(await api.acceptRaw(lead.id, tok("village")), "CONFLICT", "MATTER_STATUS");
    expectReason(await api.returnRaw(lead.id, tok("village")), "FORBIDDEN", "NOT_ALLOWED");
    expect(await api.snapshot(m.id)).toEqual(before);
    // Staff above still move it elsewhere when the committee cannot handle it.
    expect((await api.changeChannelRaw(m.id, { ...joint(), reason: "本村无法办理" }, tok("township"))).errors).toBeUndefined();
  });

  it("is still 签收'd (and may be handed back) when staff above give it to the committee", async () => {
    const m = await api.submit();
    const assigned = await api.assign(m.id, { channel: "DIRECT" }, tok("township"));
    expect(assigned.status).toBe("ASSIGNED");
    const seen = await t.ok<{ civicMatter: { assignments: { selfAssigned: boolean; allowedActions: string[] }[] } }>(
      `query ($id: ID!) { civicMatter(id: $id) { assignments { selfAssigned allowedActions } } }`,
      { id: m.id },
      tok("village"),
    );
    expect(seen.civicMatter.assignments).toEqual([{ selfAssigned: false, allowedActions: ["ACCEPT", "RETURN"] }]);
  });
});

describe("overdue supervisions in the civic report", () => {
  const REPORT = `query ($f: CivicReportFilter) { civicReport(filter: $f) {
    supervisionsOverdue departmentWorkload { departmentId supervisionsOverdue } } }`;
  const report = async () => {
    const r = (await t.ok<{ civicReport: { supervisionsOverdue: number; departmentWorkload: { departmentId: string; supervisionsOverdue: number }[] } }>(REPORT, { f: {} }, tok("district"))).civicReport;
    const unit = (code: string) => r.departmentWorkload.find((d) => d.departmentId === String(w.dept[code]))?.supervisionsOverdue ?? 0;
    return { total: r.supervisionsOverdue, MZJ: unit("MZJ"), NYNCJ: unit("NYNCJ") };
  };

  it("counts an unanswered supervision past its response date against the handling unit, until it is answered", async () => {
    const m = await inHand();
    const before = await report();
    // Supervised three days ago with an answer due that day (the service, at that time).
    const [staff] = await db().select().from(users).where(eq(users.username, "district"));
    const then = new Date(Date.now() - 3 * 86_400_000);
    const thenDay = todayIn("Asia/Shanghai", then);
    await superviseMatter(db(), actorFromUser(staff!), "Asia/Shanghai", m.id, { level: "URGE", reason: "逾期未办结，催办", responseDueDate: thenDay }, then);
    // One due later is not overdue yet.
    await superviseNow(m.id);
    const overdue = await report();
    expect(overdue.total - before.total).toBe(1);
    expect(overdue.MZJ - before.MZJ).toBe(1);
    // The co-unit was not the one asked.
    expect(overdue.NYNCJ - before.NYNCJ).toBe(0);

    const late = (await read(m.id)).supervisions[0]!;
    fieldOf(await answerRaw(late.id, "已答复：正在办理"), "answerSupervision");
    const answered = await report();
    expect(answered.total).toBe(before.total);
    expect(answered.MZJ).toBe(before.MZJ);
  });
});
