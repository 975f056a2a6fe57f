// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notify } from "@cunwu/server/notifications/notify";
import { usersOfUnits, residentsOf } from "@cunwu/server/notifications/recipients";
import { startTestServer, type TestServer } from "../support/server";
import { expectBadInput } from "../support/assert";
import { civicWorld, type CivicWorld } from "../support/civic";
import { notificationApi, sorted } from "../support/notifications";

// One notification model for every role: only its recipient lists, counts
// or marks it; made once per recipient and dedupe key.

let t: TestServer;
let w: CivicWorld;
let n: ReturnType<typeof notificationApi>;
const db = () => t.server.connection.db;
const tok = (name: string) => w.tokens[name]!;

beforeAll(async () => {
  t = await startTestServer();
  w = await civicWorld(t);
  n = notificationApi(t);
});
afterAll(() => t?.close());

const note = (key: string, title = "测试通知") => ({ kind: "ASSIGNMENT_ARRIVED" as const, title, body: `${title}的内容`, link: "/civicMatters/1/show", dedupeKey: key });

describe("recipients", () => {
  it("are a unit's active users: department staff, the committee, township staff, a named official; a household's residents", async () => {
    expect(await usersOfUnits(db(), [{ departmentId: w.dept.MZJ }])).toEqual([w.userIds.dept]);
    expect(sorted(await usersOfUnits(db(), [{ villageId: w.village.PC01 }, { townshipId: w.township.MB }]))).toEqual(sorted([w.userIds.village, w.userIds.mbtown]));
    expect(await usersOfUnits(db(), [{ officialUserId: w.userIds.township }])).toEqual([w.userIds.township]);
    expect(sorted(await residentsOf(db(), w.household.pc01a))).toEqual([w.userIds.resident]);
  });
});

describe("a user's notifications", () => {
  it("are listed newest first, counted while unread, and made once per recipient and key", async () => {
    const made = await db().transaction((tx) => notify(tx, [w.userIds.dept!, w.userIds.dept!, w.userIds.dept2!], note("scope:1", "第一条")));
    expect(made).toBe(2);
    await db().transaction((tx) => notify(tx, [w.userIds.dept!], note("scope:2", "第二条")));
    // The same key again makes nothing new.
    expect(await db().transaction((tx) => notify(tx, [w.userIds.dept!], note("scope:1", "第一条")))).toBe(0);

    const inbox = await n.inbox(tok("dept"));
    expect(inbox.total).toBe(2);
    expect(inbox.items.map((i) => i.title)).toEqual(["第二条", "第一条"]);
    expect(inbox.items[0]).toMatchObject({ kind: "ASSIGNMENT_ARRIVED", body: "第二条的内容", link: "/civicMatters/1/show", readAt: null });
    expect(await n.unread(tok("dept"))).toBe(2);
    expect((await n.inbox(tok("dept"), { perPage: 1, page: 2 })).items.map((i) => i.title)).toEqual(["第一条"]);
  });

  it("are seen only by their recipient: another user neither lists, counts nor marks them", async () => {
    const [mine] = (await n.inbox(tok("dept"))).items;
    for (const other of ["admin", "district", "village", "resident"]) {
      expect((await n.inbox(tok(other))).items.map((i) => i.id)).not.toContain(mine!.id);
      expect(await n.markRead(tok(other), [mine!.id])).toBe(0);
    }
    expect(await n.unread(tok("dept"))).toBe(2);
    // The admin marking all of its own leaves the department's unread.
    await n.markRead(tok("admin"));
    expect(await n.unread(tok("dept"))).toBe(2);
  });

  it("are marked read by id, or all at once, counting only those that became read", async () => {
    const inbox = await n.inbox(tok("dept"));
    expect(await n.markRead(tok("dept"), [inbox.items[0]!.id, "2147483647", "9999999999"])).toBe(1);
    expect(await n.markRead(tok("dept"), [inbox.items[0]!.id])).toBe(0);
    expect(await n.unread(tok("dept"))).toBe(1);
    expect((await n.inbox(tok("dept"), { unreadOnly: true })).items.map((i) => i.title)).toEqual(["第一条"]);
    expect(await n.markRead(tok("dept"), [])).toBe(0);
    expect(await n.markRead(tok("dept"))).toBe(1);
    expect(await n.unread(tok("dept"))).toBe(0);
    expect((await n.inbox(tok("dept"))).items.every((i) => i.readAt !== null)).toBe(true);
    // The other department's copy of the first is still unread.
    expect(await n.unread(tok("dept2"))).toBe(1);
  });

  it("refuses a malformed id and a page out of range, and asks for a login", async () => {
    expectBadInput(await t.gql(`mutation { markNotificationsRead(ids: ["abc"]) }`, {}, tok("dept")));
    expectBadInput(await t.gql(`{ notifications(perPage: 500) { total } }`, {}, tok("dept")));
    expect((await t.gql(`{ unreadNotificationCount }`)).errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
  });
});
