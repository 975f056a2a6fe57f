// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { households, users } from "@cunwu/schema";
import { actorFromUser } from "@cunwu/server/request/actor";
import { postAwardBatch } from "@cunwu/server/points/publicity-service";
import { todayIn } from "@cunwu/server/common/dates";
import { startTestServer, type TestServer } from "../support/server";
import { civicApi, civicWorld, fieldOf, openLead, plusDays, type CivicWorld, type Matter } from "../support/civic";
import { notificationApi } from "../support/notifications";
import { awardPoints, objectToAward } from "../support/ops/points";
import { createProduct, redeem } from "../support/ops/shop";

// Each event notifies exactly the users named, in the event's transaction;
// a resident's notification says only what the public timeline says.

let t: TestServer;
let w: CivicWorld;
let api: ReturnType<typeof civicApi>;
let n: ReturnType<typeof notificationApi>;
const today = todayIn("Asia/Shanghai");
const tok = (name: string) => w.tokens[name]!;
const uid = (name: string) => w.userIds[name]!;

beforeAll(async () => {
  t = await startTestServer();
  w = await civicWorld(t);
  api = civicApi(t, w);
  n = notificationApi(t);
});
afterAll(() => t?.close());

const joint = () => ({ channel: "JOINT", leadDepartmentId: String(w.dept.MZJ), coDepartmentIds: [String(w.dept.NYNCJ)] });
const byKey = async (key: string) => n.recipientsOf(key);

describe("civic events", () => {
  let m: Matter;

  it("an assignment reaches each assigned unit's users, and nobody else", async () => {
    m = await api.submit({ title: "水渠堵塞" });
    m = await api.assign(m.id, joint(), tok("township"));
    const [lead, co] = [openLead(m), m.assignments.find((a) => a.role === "CO_UNIT")!];
    expect(await byKey(`assigned:${lead.id}`)).toEqual([uid("dept")]);
    expect(await byKey(`assigned:${co.id}`)).toEqual([uid("dept2")]);
    const [arrived] = (await n.inbox(tok("dept"))).items;
    expect(arrived).toMatchObject({ kind: "ASSIGNMENT_ARRIVED", title: "新交办事项待签收", link: `/civicMatters/${m.id}/show` });
    expect(arrived!.body).toContain(`${m.code}「水渠堵塞」`);
    expect((await n.inbox(tok("resident"))).total).toBe(0);
  });

  it("a 督办 reaches the handling (lead) unit only", async () => {
    m = await api.accept(openLead(m).id, tok("dept"));
    fieldOf(await api.superviseRaw(m.id, { level: "URGE", reason: "群众反映强烈", responseDueDate: plusDays(today, 3) }), "superviseCivicMatter");
    const rows = await n.rowsOf("SUPERVISED");
    expect(rows.map((r) => r.userId)).toEqual([uid("dept")]);
    expect(rows[0]).toMatchObject({ title: "事项被催办", link: `/civicMatters/${m.id}/show` });
    expect(rows[0]!.body).toContain("群众反映强烈");
  });

  it("a returned assignment reaches the assigner", async () => {
    const co = m.assignments.find((a) => a.role === "CO_UNIT")!;
    fieldOf(await api.returnRaw(co.id, tok("dept2"), "不属于本局职责"), "returnAssignment");
    expect(await byKey(`returned:${co.id}`)).toEqual([uid("township")]);
    const [returned] = (await n.inbox(tok("township"), { unreadOnly: true })).items;
    expect(returned).toMatchObject({ kind: "ASSIGNMENT_RETURNED", title: "交办事项被退回" });
    expect(returned!.body).toContain("不属于本局职责");
  });

  it("an extension decided reaches the unit that asked", async () => {
    const asked = fieldOf<Matter & { extensions: { id: string }[] }>(
      await api.requestExtensionRaw(m.id, { requestedDueDate: plusDays(m.dueDate!, 5), reason: "需协调资金" }, tok("dept")),
      "requestExtension",
    );
    fieldOf(await api.decideExtensionRaw(asked.extensions.at(-1)!.id, true), "decideExtension");
    const rows = await n.rowsOf("EXTENSION_DECIDED");
    expect(rows.map((r) => r.userId)).toEqual([uid("dept")]);
    expect(rows[0]).toMatchObject({ title: "延期申请已同意" });
    expect(rows[0]!.body).toContain(plusDays(m.dueDate!, 5));
  });

  it("a resolved matter reaches the submitting household's residents with public words only, and texts its phone", async () => {
    fieldOf(await api.progressRaw(m.id, "内部：资金由民政局垫付", false, tok("dept")), "postProgress");
    fieldOf(await api.resolveRaw(m.id, tok("dept"), "已疏通水渠"), "resolveCivicMatter");
    const rows = await n.rowsOf("MATTER_RESOLVED");
    expect(rows.map((r) => r.userId)).toEqual([uid("resident")]);
    const [resolved] = (await n.inbox(tok("resident"))).items;
    expect(resolved).toMatchObject({ kind: "MATTER_RESOLVED", title: "已办结，请评价", link: `/civicMatters/${m.id}/show` });
    // Nothing internal: no supervision, no department, no internal note, no code of staff's.
    for (const word of ["督办", "催办", "民政局", "内部", "垫付", "延期", "退回"]) expect(resolved!.body).not.toContain(word);
    expect((await n.inbox(tok("resident2"))).total).toBe(0);

    const [household] = await t.server.connection.db.select().from(households).where(eq(households.id, w.household.pc01a!));
    const deliveries = await n.deliveries();
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ kind: "MATTER_RESOLVED", channel: "SMS", status: "PENDING", phone: household!.phone, notificationId: rows[0]!.id });
    expect(deliveries[0]!.text).toContain("水渠堵塞");
  });

  it("texts the number given with the matter, and nothing to a household that opted out (the console notification still comes)", async () => {
    const given = await api.submit({ title: "电话反映", submitterPhone: "13812345678", householdId: String(w.household.pc01b), source: "PHONE" }, tok("village"));
    await api.assign(given.id, { channel: "DIRECT" }, tok("village"));
    fieldOf(await api.resolveRaw(given.id, tok("village")), "resolveCivicMatter");
    expect((await n.deliveries()).at(-1)).toMatchObject({ phone: "13812345678" });
    expect((await n.inbox(tok("resident2"))).items[0]).toMatchObject({ title: "已办结，请评价" });

    const optedOut = await t.ok<{ updateHousehold: { smsOptOut: boolean } }>(
      `mutation ($id: ID!) { updateHousehold(id: $id, input: { smsOptOut: true }) { smsOptOut } }`,
      { id: w.household.pc01a },
      tok("village"),
    );
    expect(optedOut.updateHousehold.smsOptOut).toBe(true);
    const before = (await n.deliveries()).length;
    const quiet = await api.submit({ title: "不要短信" });
    await api.assign(quiet.id, { channel: "DIRECT" }, tok("village"));
    fieldOf(await api.resolveRaw(quiet.id, tok("village")), "resolveCivicMatter");
    expect(await n.deliveries()).toHaveLength(before);
    expect((await n.inbox(tok("resident"))).items[0]).toMatchObject({ title: "已办结，请评价", body: expect.stringContaining("不要短信") });
  });
});

describe("points events", () => {
  it("an objection to a 公示 reaches the village's committee", async () => {
    // 石门村 (PC01) posts awards on 3 days of publicity.
    const award = await awardPoints.ok(t, { householdIds: [w.household.pc01b!], points: 5, reason: "清理河道" }, tok("village"));
    const line = award.batch!.lines[0]!;
    const objection = await objectToAward.ok(t, { lineId: line.id, reason: "他没去" }, tok("resident"));
    expect(await byKey(`objection:${objection.id}`)).toEqual([uid("village")]);
    const [seen] = (await n.inbox(tok("village"), { unreadOnly: true })).items;
    expect(seen).toMatchObject({ kind: "AWARD_OBJECTION", title: "公示收到异议", link: `/awardBatches/${award.batch!.id}/show` });
    // The objector's name does not travel with it.
    expect(seen!.body).not.toContain("resident");

    // Posted after its publicity where the village notifies points: the household hears of it then, not before.
    expect(await n.unread(tok("resident2"))).toBe(1);
    await t.ok(`mutation ($id: ID!) { updateVillage(id: $id, input: { notifyPoints: true }) { id } }`, { id: w.village.PC01 }, tok("admin"));
    const [committee] = await t.server.connection.db.select().from(users).where(eq(users.id, uid("village")));
    await postAwardBatch(t.server.connection.db, actorFromUser(committee!), "Asia/Shanghai", award.batch!.id, new Date(`${plusDays(award.batch!.publicityEndsOn!, 1)}T04:00:00Z`));
    const [posted] = (await n.inbox(tok("resident2"))).items;
    expect(posted).toMatchObject({ kind: "POINTS_RECORDED", title: "积分到账 +5", link: "/my/points" });
    expect(posted!.body).toMatch(/^清理河道，\+5分，余额\d+分。$/);
  });

  it("an award recorded reaches the household's residents only where the village notifies points", async () => {
    // 白鹤村 (PC03) posts at once; a resident of one of its households.
    const [pc03] = await t.ok<{ villages: { items: { id: string }[] } }>(`{ villages(filter: { q: "PC03" }) { items { id } } }`, {}, tok("admin")).then((d) => d.villages.items);
    const [home] = (await t.server.connection.db.select().from(households).where(eq(households.villageId, Number(pc03!.id)))).slice(0, 1);
    const resident = await t.ok<{ createUser: { id: string } }>(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { username: "pc03resident", password: "civic-password-123", displayName: "白鹤村民", role: "RESIDENT", householdId: String(home!.id) } },
      tok("admin"),
    );
    const token = await t.login("pc03resident", "civic-password-123");
    await awardPoints.ok(t, { householdIds: [home!.id], points: 2, reason: "门前三包" }, tok("admin"));
    expect(await n.unread(token)).toBe(0);

    const turned = await t.ok<{ updateVillage: { notifyPoints: boolean } }>(
      `mutation ($id: ID!) { updateVillage(id: $id, input: { notifyPoints: true }) { notifyPoints } }`,
      { id: pc03!.id },
      tok("admin"),
    );
    expect(turned.updateVillage.notifyPoints).toBe(true);
    const award = await awardPoints.ok(t, { householdIds: [home!.id], points: 3, reason: "孝老爱亲" }, tok("admin"));
    // Only this household's resident (resident2's notice is of the 公示 posted above).
    const ofOthers = (rows: { userId: number }[]) => rows.filter((r) => r.userId !== uid("resident2")).map((r) => r.userId);
    expect(ofOthers(await n.rowsOf("POINTS_RECORDED"))).toEqual([Number(resident.createUser.id)]);
    const [seen] = (await n.inbox(token)).items;
    expect(seen).toMatchObject({ title: "积分到账 +3", body: `孝老爱亲，+3分，余额${award.entries[0]!.balanceAfter}分。`, link: "/my/points" });

    // A redemption in its shop too, in the passbook's words.
    const soap = await createProduct.ok(t, { villageId: pc03!.id, name: "香皂", unit: "块", price: 2, stock: 10 }, tok("admin"));
    await redeem.ok(t, { householdId: home!.id, lines: [{ productId: soap.id, quantity: 2 }] }, tok("admin"));
    const [spent] = (await n.inbox(token)).items;
    expect(spent).toMatchObject({ kind: "POINTS_RECORDED", title: "积分兑换 -4", body: `兑换：香皂×2，-4分，余额${award.entries[0]!.balanceAfter - 4}分。` });
    expect(await n.unread(token)).toBe(2);
    // Nobody else hears of it.
    expect(ofOthers(await n.rowsOf("POINTS_RECORDED"))).toEqual([Number(resident.createUser.id), Number(resident.createUser.id)]);
  });
});
