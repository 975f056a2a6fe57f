// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import sharp from "sharp";
import { count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { files, matterEventAttachments } from "@cunwu/schema";
import { eventAttachments } from "@cunwu/server/files/attach-service";
import { startTestServer, type TestServer } from "../support/server";
import { civicApi, civicWorld, MATTER, openLead, type CivicWorld, type Matter } from "../support/civic";
import { expectError } from "../support/assert";

// Photos of the workflow's later steps sit on the step's event: the
// department's progress (public or internal), the co-unit's report, the
// resolution and the follow-up. Residents see a public event's photos and
// never an internal one's; staff see both; a refused step attaches nothing.

let t: TestServer;
let w: CivicWorld;
let api: ReturnType<typeof civicApi>;
const tok = (name: string) => w.tokens[name]!;
const db = () => t.server.connection.db;

beforeAll(async () => {
  t = await startTestServer();
  w = await civicWorld(t);
  api = civicApi(t, w);
});
afterAll(() => t?.close());

const upload = async (token: string, color = "#3070c0") => {
  const image = await sharp({ create: { width: 800, height: 600, channels: 3, background: color } }).jpeg().toBuffer();
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(image)]), "photo.jpg");
  const response = await fetch(`${t.url}/files`, { method: "POST", body: form, headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
};

interface Event {
  id: string;
  type: string;
  public: boolean;
  note: string | null;
  attachments: { id: string; url: string; thumbnailUrl: string; width: number; createdBy: string }[];
}
const TIMELINE = `timeline { id type public note attachments { id url thumbnailUrl width createdBy } }`;
const timeline = async (id: string, token: string) =>
  (await t.ok<{ civicMatter: { timeline: Event[] } }>(`query ($id: ID!) { civicMatter(id: $id) { id ${TIMELINE} } }`, { id }, token)).civicMatter.timeline;
const photosOf = (events: Event[], note: string) => events.find((e) => e.note === note)?.attachments.map((a) => a.id);

const progress = (id: string, input: Record<string, unknown>, token: string) =>
  t.gql(`mutation ($id: ID!, $input: ProgressInput!) { postProgress(id: $id, input: $input) { ${MATTER} } }`, { id, input }, token);
const resolve = (id: string, input: Record<string, unknown>, token: string) =>
  t.gql(`mutation ($id: ID!, $input: ResolveCivicMatterInput!) { resolveCivicMatter(id: $id, input: $input) { ${MATTER} } }`, { id, input }, token);
const report = (input: Record<string, unknown>, token: string) =>
  t.gql(`mutation ($input: ReportPartInput!) { reportPart(input: $input) { ${MATTER} } }`, { input }, token);
const followUp = (id: string, input: Record<string, unknown>, token = tok("village")) =>
  t.gql(`mutation ($id: ID!, $input: FollowUpInput!) { recordFollowUp(id: $id, input: $input) { ${MATTER} } }`, { id, input }, token);

/** A JOINT matter in progress: MZJ (`dept`) leads, NYNCJ (`dept2`) co-handles; both accepted. */
async function jointInProgress(): Promise<Matter> {
  const m = await api.submit();
  const assigned = await api.assign(m.id, { channel: "JOINT", leadDepartmentId: String(w.dept.MZJ), coDepartmentIds: [String(w.dept.NYNCJ)] });
  await api.accept(partOf(assigned, "NYNCJ").id, tok("dept2"));
  return api.accept(openLead(assigned).id, tok("dept"));
}
const partOf = (m: Matter, code: string) => m.assignments.find((a) => a.departmentId === String(w.dept[code]))!;
const attachedCount = async (ids: string[]) =>
  (await db().select({ n: count() }).from(matterEventAttachments).where(inArray(matterEventAttachments.fileId, ids.map(Number))))[0]!.n;
const claimed = async (ids: string[]) =>
  (await db().select({ id: files.id, attachedAt: files.attachedAt }).from(files).where(inArray(files.id, ids.map(Number)))).filter((f) => f.attachedAt !== null).length;

describe("photos on the workflow's steps", () => {
  it("follow their event: residents get a public step's photos and never an internal one's, staff get both", async () => {
    const m = await jointInProgress();
    const [shown1, shown2, inside, part, fixed, visit] = await Promise.all([
      upload(tok("dept"), "#c03030"),
      upload(tok("dept"), "#30c030"),
      upload(tok("dept"), "#3030c0"),
      upload(tok("dept2")),
      upload(tok("dept")),
      upload(tok("village")),
    ]);
    expect((await progress(m.id, { note: "已进场施工", public: true, attachmentIds: [shown2, shown1] }, tok("dept"))).errors).toBeUndefined();
    expect((await progress(m.id, { note: "内部:施工队报价偏高", public: false, attachmentIds: [inside] }, tok("dept"))).errors).toBeUndefined();
    expect((await report({ assignmentId: partOf(m, "NYNCJ").id, note: "已协调更换灯具", attachmentIds: [part] }, tok("dept2"))).errors).toBeUndefined();

    // Staff of every level that sees the matter get both progress notes and the co-unit's report, with their photos in order.
    for (const who of ["dept", "dept2", "admin", "township", "village"]) {
      const events = await timeline(m.id, tok(who));
      expect(photosOf(events, "已进场施工"), who).toEqual([shown2, shown1]);
      expect(photosOf(events, "内部:施工队报价偏高"), who).toEqual([inside]);
      expect(photosOf(events, "已协调更换灯具"), who).toEqual([part]);
    }
    // The resident: the public note's photos, which load; nothing of the internal note or the co-unit's report.
    const seen = await timeline(m.id, tok("resident"));
    expect(photosOf(seen, "已进场施工")).toEqual([shown2, shown1]);
    expect(seen.some((e) => !e.public)).toBe(false);
    expect(seen.flatMap((e) => e.attachments.map((a) => a.id))).toEqual([shown2, shown1]);
    const photo = seen.find((e) => e.note === "已进场施工")!.attachments[0]!;
    expect(photo).toMatchObject({ width: 800, createdBy: String(w.userIds.dept) });
    expect((await fetch(`${t.url}${photo.url}`)).status).toBe(200);
    expect((await fetch(`${t.url}${photo.thumbnailUrl}`)).status).toBe(200);
    // Another household's resident does not get the matter at all.
    expectError(await t.gql(`query ($id: ID!) { civicMatter(id: $id) { ${TIMELINE} } }`, { id: m.id }, tok("resident2")), "NOT_FOUND");
    // And the photos' own query repeats the rule: asked for a resident, an internal event has none.
    const events = await api.events(m.id);
    const internal = events.filter((e) => !e.public).map((e) => e.id);
    expect((await eventAttachments(db(), internal, true)).length).toBe(0);
    expect((await eventAttachments(db(), internal, false)).map((a) => String(a.id)).sort()).toEqual([inside, part].sort());

    // The resolution's photos and the follow-up's are public: the resident sees them.
    expect((await resolve(m.id, { resolution: "路灯已修复", attachmentIds: [fixed] }, tok("dept"))).errors).toBeUndefined();
    const closed = await followUp(m.id, { method: "VISIT", reached: true, resolved: "YES", satisfaction: "SATISFIED", comment: "上门看过,灯亮了", attachmentIds: [visit] });
    expect(closed.errors).toBeUndefined();
    const after = await timeline(m.id, tok("resident"));
    expect(photosOf(after, "路灯已修复")).toEqual([fixed]);
    expect(photosOf(after, "上门看过,灯亮了")).toEqual([visit]);
    expect(after.find((e) => e.note === "上门看过,灯亮了")!.type).toBe("CLOSED");
    // The events' data name their photos, as the submission's does.
    const resolved = (await api.events(m.id)).find((e) => e.type === "RESOLVED")!;
    expect(resolved.data).toMatchObject({ attachmentIds: [Number(fixed)] });
    // Steps without photos have an empty list.
    expect(after.find((e) => e.type === "SUBMITTED")!.attachments).toEqual([]);
    // History: the database refuses to remove an event's photo, or the photo itself.
    await expect(db().delete(matterEventAttachments).where(eq(matterEventAttachments.fileId, Number(inside)))).rejects.toThrow();
    await expect(db().delete(files).where(eq(files.id, Number(fixed)))).rejects.toThrow();
    expect(await attachedCount([shown1, shown2, inside, part, fixed, visit])).toBe(6);
  });

  it("refuses someone else's upload, one already attached and more than 9, rolling the step back", async () => {
    const m = await jointInProgress();
    const [others, mine, taken] = [await upload(tok("resident")), await upload(tok("dept")), await upload(tok("dept"))];
    expect((await progress(m.id, { note: "第一次", public: true, attachmentIds: [taken] }, tok("dept"))).errors).toBeUndefined();
    const ten = await Promise.all(Array.from({ length: 10 }, () => upload(tok("dept"))));
    const before = await api.snapshot(m.id);

    for (const isPublic of [true, false]) {
      expectError(await progress(m.id, { note: "再次", public: isPublic, attachmentIds: [mine, others] }, tok("dept")), "BAD_USER_INPUT", { attachmentIds: "NOT_FOUND" });
      expectError(await progress(m.id, { note: "再次", public: isPublic, attachmentIds: [mine, taken] }, tok("dept")), "BAD_USER_INPUT", {
        attachmentIds: "ALREADY_ATTACHED",
      });
      expectError(await progress(m.id, { note: "再次", public: isPublic, attachmentIds: ten }, tok("dept")), "BAD_USER_INPUT", { attachmentIds: "TOO_MANY" });
    }
    expectError(await resolve(m.id, { resolution: "已修复", attachmentIds: [others] }, tok("dept")), "BAD_USER_INPUT", { attachmentIds: "NOT_FOUND" });
    expectError(await resolve(m.id, { resolution: "已修复", attachmentIds: [mine, taken] }, tok("dept")), "BAD_USER_INPUT", { attachmentIds: "ALREADY_ATTACHED" });
    expectError(await resolve(m.id, { resolution: "已修复", attachmentIds: ten }, tok("dept")), "BAD_USER_INPUT", { attachmentIds: "TOO_MANY" });
    // The co-unit may not attach the lead's upload, nor one already taken.
    expectError(await report({ assignmentId: partOf(m, "NYNCJ").id, note: "已完成", attachmentIds: [mine] }, tok("dept2")), "BAD_USER_INPUT", {
      attachmentIds: "NOT_FOUND",
    });
    // Nothing changed: no event, no assignment ended, no status, no audit; the free uploads are still free.
    expect(await api.snapshot(m.id)).toEqual(before);
    expect(await claimed([mine, others, ...ten])).toBe(0);
    expect(await attachedCount([mine, others, ...ten])).toBe(0);

    // A follow-up's refusal leaves the matter RESOLVED.
    expect((await resolve(m.id, { resolution: "已修复", attachmentIds: [mine, ...ten.slice(0, 8)] }, tok("dept"))).errors).toBeUndefined();
    expect(await attachedCount([mine, ...ten.slice(0, 8)])).toBe(9);
    const resolved = await api.snapshot(m.id);
    const visit = { method: "PHONE", reached: true, resolved: "YES", satisfaction: "SATISFIED" };
    expectError(await followUp(m.id, { ...visit, attachmentIds: [ten[9]!] }), "BAD_USER_INPUT", { attachmentIds: "NOT_FOUND" });
    expectError(await followUp(m.id, { ...visit, attachmentIds: [mine] }), "BAD_USER_INPUT", { attachmentIds: "NOT_FOUND" });
    expect(await api.snapshot(m.id)).toEqual(resolved);
  });
});
