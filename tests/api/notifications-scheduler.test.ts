// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger, loadConfig } from "@cunwu/server";
import { todayIn } from "@cunwu/server/common/dates";
import { dueAssignmentsJob } from "@cunwu/server/scheduler/due-assignments-job";
import { followUpDueJob } from "@cunwu/server/scheduler/follow-up-due-job";
import { publicityEndsJob } from "@cunwu/server/scheduler/publicity-ends-job";
import { startScheduler, type Job } from "@cunwu/server/scheduler/scheduler";
import { startTestServer, type TestServer } from "../support/server";
import { civicApi, civicWorld, fieldOf, openLead, plusDays, type CivicWorld, type Matter } from "../support/civic";
import { notificationApi, sorted } from "../support/notifications";
import { awardPoints } from "../support/ops/points";

// The scheduler's jobs: notifications due by time, each made once, also
// when two runs (two server processes) go at the same moment.

let t: TestServer;
let w: CivicWorld;
let api: ReturnType<typeof civicApi>;
let n: ReturnType<typeof notificationApi>;
const timezone = "Asia/Shanghai";
const today = todayIn(timezone);
const tok = (name: string) => w.tokens[name]!;
const uid = (name: string) => w.userIds[name]!;
const logger = createLogger("silent");
/** Noon in the district on `day`. */
const noonOf = (day: string) => new Date(`${day}T04:00:00Z`);
const run = (job: Job, day: string) => job.run({ db: t.server.connection.db, timezone, now: noonOf(day), logger });
/** Two runs of a job at once, as two server processes would. */
const twice = (job: Job, day: string) => Promise.all([run(job, day), run(job, day)]);

beforeAll(async () => {
  t = await startTestServer();
  w = await civicWorld(t);
  api = civicApi(t, w);
  n = notificationApi(t);
});
afterAll(() => t?.close());

const joint = () => ({ channel: "JOINT", leadDepartmentId: String(w.dept.MZJ), coDepartmentIds: [String(w.dept.NYNCJ)] });

describe("due and overdue assignments", () => {
  let m: Matter;

  it("tell the unit and the assigner once when an assignment is due within 2 working days, also from two runs at once", async () => {
    m = await api.assign((await api.submit({ title: "桥栏松动" })).id, joint(), tok("township"));
    const lead = openLead(m);
    // Three working days ahead: not yet.
    await run(dueAssignmentsJob, today);
    expect(await n.recipientsOf(`due-soon:${lead.id}:${lead.dueDate}`)).toEqual([]);

    const outcomes = await twice(dueAssignmentsJob, lead.dueDate);
    expect(await n.recipientsOf(`due-soon:${lead.id}:${lead.dueDate}`)).toEqual(sorted([uid("dept"), uid("township")]));
    const co = m.assignments.find((a) => a.role === "CO_UNIT")!;
    expect(await n.recipientsOf(`due-soon:${co.id}:${co.dueDate}`)).toEqual(sorted([uid("dept2"), uid("township")]));
    // Each made once: what one run made, the other did not (or it was skipped).
    const made = outcomes.map((o) => (o === "skipped" ? 0 : (o.dueSoon ?? 0))).reduce((a, b) => a + b, 0);
    expect(made).toBe(4);
    await run(dueAssignmentsJob, lead.dueDate);
    expect(await n.recipientsOf(`due-soon:${lead.id}:${lead.dueDate}`)).toHaveLength(2);
    const [seen] = (await n.inbox(tok("dept"))).items;
    expect(seen).toMatchObject({ kind: "ASSIGNMENT_DUE_SOON", title: "交办事项即将到期", link: `/civicMatters/${m.id}/show` });
  });

  it("tell them once more when it is overdue, and never of a resolved matter", async () => {
    const lead = openLead(m);
    const after = plusDays(lead.dueDate, 1);
    await twice(dueAssignmentsJob, after);
    await run(dueAssignmentsJob, plusDays(after, 1));
    expect(await n.recipientsOf(`overdue:${lead.id}:${lead.dueDate}`)).toEqual(sorted([uid("dept"), uid("township")]));
    expect((await n.rowsOf("ASSIGNMENT_OVERDUE")).filter((r) => r.userId === uid("dept"))).toHaveLength(1);

    const done = await api.assign((await api.submit({ title: "已经修好" })).id, joint(), tok("township"));
    await api.accept(openLead(done).id, tok("dept"));
    fieldOf(await api.resolveRaw(done.id, tok("dept")), "resolveCivicMatter");
    await run(dueAssignmentsJob, plusDays(openLead(done).dueDate, 3));
    expect(await n.recipientsOf(`overdue:${openLead(done).id}:${openLead(done).dueDate}`)).toEqual([]);
  });
});

describe("follow-up due", () => {
  it("tells the township's staff once, 2 working days after the resolution", async () => {
    const m = await api.submit({ title: "垃圾清运" });
    await api.assign(m.id, { channel: "DIRECT" }, tok("village"));
    fieldOf(await api.resolveRaw(m.id, tok("village")), "resolveCivicMatter");
    const key = `follow-up:${m.id}:0`;
    await run(followUpDueJob, today);
    expect(await n.recipientsOf(key)).toEqual([]);
    await twice(followUpDueJob, plusDays(today, 7));
    await run(followUpDueJob, plusDays(today, 8));
    expect(await n.recipientsOf(key)).toEqual([uid("township")]);
    const [seen] = (await n.inbox(tok("township"), { unreadOnly: true })).items;
    expect(seen).toMatchObject({ kind: "FOLLOW_UP_DUE", title: "事项待回访" });
  });
});

describe("公示 ends tomorrow", () => {
  it("tells the village's committee once per batch", async () => {
    // 石门村 (PC01): 3 days of publicity.
    const award = await awardPoints.ok(t, { householdIds: [w.household.pc01a!], points: 4, reason: "美丽庭院" }, tok("village"));
    const endsOn = award.batch!.publicityEndsOn!;
    const key = `publicity-ends:${award.batch!.id}`;
    await run(publicityEndsJob, plusDays(endsOn, -2));
    expect(await n.recipientsOf(key)).toEqual([]);
    await twice(publicityEndsJob, plusDays(endsOn, -1));
    await run(publicityEndsJob, endsOn);
    expect(await n.recipientsOf(key)).toEqual([uid("village")]);
    const [seen] = (await n.inbox(tok("village"), { unreadOnly: true })).items;
    expect(seen).toMatchObject({ kind: "PUBLICITY_ENDS", link: `/awardBatches/${award.batch!.id}/show` });
    expect(seen!.body).toContain(endsOn);
  });
});

describe("the scheduler", () => {
  it("runs its jobs at once and then every interval, keeps going past a failing job, and stops", async () => {
    const runs: string[] = [];
    const failing: Job = { key: "fails", run: async () => { runs.push("fails"); throw new Error("boom"); } };
    const counting: Job = { key: "counts", run: async () => { runs.push("counts"); return { n: 0 }; } };
    const scheduler = startScheduler({ db: t.server.connection.db, timezone, intervalMs: 20, logger, jobs: [failing, counting] });
    await new Promise((resolve) => setTimeout(resolve, 120));
    await scheduler.stop();
    const stoppedAt = runs.length;
    expect(runs.slice(0, 4)).toEqual(["fails", "counts", "fails", "counts"]);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(runs.length).toBe(stoppedAt);
  });

  it("is a setting: 0 turns it off, 5 to 86400 seconds between runs, anything else refuses to start", () => {
    expect(loadConfig({}).schedulerSeconds).toBe(60);
    expect(loadConfig({ CUNWU_SCHEDULER_SECONDS: "0" }).schedulerSeconds).toBe(0);
    expect(() => loadConfig({ CUNWU_SCHEDULER_SECONDS: "2" })).toThrow(/CUNWU_SCHEDULER_SECONDS/);
    expect(() => loadConfig({ CUNWU_SCHEDULER_SECONDS: "soon" })).toThrow(/CUNWU_SCHEDULER_SECONDS/);
  });
});
