import sharp from "sharp";
import { count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { civicMatters, fileBlobs, files } from "@cunwu/schema";
import { abandonedUploadsJob } from "@cunwu/server/scheduler/abandoned-uploads-job";
import { databaseStorage } from "@cunwu/server/files/storage";
import { createLogger } from "@cunwu/server/logger";
import { FileUrlSigner } from "@cunwu/server/files/signed-url";
import { startTestServer, testSecret, type TestServer } from "../support/server";
import { civicWorld, type CivicWorld } from "../support/civic";
import { expectError } from "../support/assert";
import { ATTACHMENTS, upload as uploadPhoto, type Attachment } from "../support/photos";

// A resident's photos go in with the matter they show, and are read back by
// exactly who may read the matter; an upload is attached once, by its owner.

let t: TestServer;
let w: CivicWorld;

beforeAll(async () => {
  t = await startTestServer();
  w = await civicWorld(t);
});
afterAll(() => t?.close());

const upload = (token: string, color?: string) => uploadPhoto(t, token, color);
const submit = (input: Record<string, unknown>, token = w.tokens.resident!) =>
  t.gql<{ submitCivicMatter: { id: string; attachments: Attachment[] } }>(
    `mutation ($input: SubmitCivicMatterInput!) { submitCivicMatter(input: $input) { id ${ATTACHMENTS} } }`,
    { input: { categoryId: String(w.category.HYG), title: "桥栏杆断了", content: "村口小桥的栏杆断了两根", ...input } },
    token,
  );
const readMatter = (id: string, token: string) =>
  t.gql<{ civicMatter: { id: string; attachments: Attachment[] } }>(`query ($id: ID!) { civicMatter(id: $id) { id ${ATTACHMENTS} } }`, { id }, token);
const matterCount = async () => (await t.server.connection.db.select({ n: count() }).from(civicMatters))[0]!.n;

describe("photos on a civic matter", () => {
  it("come in with the matter, in the order given, and are read by the submitter and the staff who see the matter", async () => {
    const [first, second] = [await upload(w.tokens.resident!, "#c03030"), await upload(w.tokens.resident!, "#30c030")];
    const result = await submit({ attachmentIds: [second, first] });
    expect(result.errors).toBeUndefined();
    const matter = result.data!.submitCivicMatter;
    expect(matter.attachments.map((a) => a.id)).toEqual([second, first]);
    expect(matter.attachments[0]).toMatchObject({ contentType: "image/jpeg", width: 640, height: 480, createdBy: String(w.userIds.resident) });

    for (const who of ["resident", "village", "township", "admin"]) {
      const read = await readMatter(matter.id, w.tokens[who]!);
      expect(read.errors, who).toBeUndefined();
      const attachments = read.data!.civicMatter.attachments;
      expect(attachments.map((a) => a.id), who).toEqual([second, first]);
      // The links load without a token, as an <img> does.
      const full = await fetch(`${t.url}${attachments[0]!.url}`);
      expect(full.status, who).toBe(200);
      expect((await sharp(Buffer.from(await full.arrayBuffer())).metadata()).width).toBe(640);
      const thumb = await fetch(`${t.url}${attachments[0]!.thumbnailUrl}`);
      expect((await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).width).toBe(480);
    }
    // Another household's resident, and one of another township, do not get the matter at all.
    for (const who of ["resident2", "mbresident"]) expectError(await readMatter(matter.id, w.tokens[who]!), "NOT_FOUND");

    // History: the database refuses to delete a photo a record holds.
    await expect(t.server.connection.db.delete(files).where(eq(files.id, Number(first)))).rejects.toThrow();
  });

  it("refuses someone else's upload, one already attached, a named twice, and more than 9, changing nothing", async () => {
    const others = await upload(w.tokens.village!);
    const mine = await upload(w.tokens.resident!);
    const before = await matterCount();

    expectError(await submit({ attachmentIds: [mine, others] }), "BAD_USER_INPUT", { attachmentIds: "NOT_FOUND" });
    expectError(await submit({ attachmentIds: ["999999"] }), "BAD_USER_INPUT", { attachmentIds: "NOT_FOUND" });
    expectError(await submit({ attachmentIds: [mine, mine] }), "BAD_USER_INPUT", { attachmentIds: "DUPLICATE" });
    expectError(await submit({ attachmentIds: ["x1"] }), "BAD_USER_INPUT", { attachmentIds: "INVALID" });
    const ten = await Promise.all(Array.from({ length: 10 }, () => upload(w.tokens.resident!)));
    expectError(await submit({ attachmentIds: ten }), "BAD_USER_INPUT", { attachmentIds: "TOO_MANY" });
    expect(await matterCount()).toBe(before);

    // Nothing was claimed by the refusals: mine is still free, and 9 are allowed.
    const nine = await submit({ attachmentIds: [mine, ...ten.slice(0, 8)] });
    expect(nine.errors).toBeUndefined();
    expect(nine.data!.submitCivicMatter.attachments).toHaveLength(9);
    // Once attached, never again: not to another matter, not by staff either.
    expectError(await submit({ attachmentIds: [mine] }), "BAD_USER_INPUT", { attachmentIds: "ALREADY_ATTACHED" });
    expectError(await submit({ attachmentIds: [ten[0]!], source: "WALK_IN", householdId: String(w.household.pc01a) }, w.tokens.village!), "BAD_USER_INPUT", {
      attachmentIds: "NOT_FOUND",
    });
    expect(await matterCount()).toBe(before + 1);
    // A matter without photos has an empty list.
    const plain = await submit({});
    expect(plain.data!.submitCivicMatter.attachments).toEqual([]);
  });

  it("an upload no record took within 24 hours is removed by the scheduler, bytes and all; attached and recent ones stay", async () => {
    const db = t.server.connection.db;
    const [abandoned, recent, attached] = [await upload(w.tokens.resident!), await upload(w.tokens.resident!), await upload(w.tokens.resident!)];
    const matter = (await submit({ attachmentIds: [attached] })).data!.submitCivicMatter;
    const ago = (hours: number) => new Date(Date.now() - hours * 3_600_000);
    await db.update(files).set({ createdAt: ago(25) }).where(inArray(files.id, [Number(abandoned), Number(attached)]));
    await db.update(files).set({ createdAt: ago(23) }).where(eq(files.id, Number(recent)));
    const linkBefore = (await readMatter(matter.id, w.tokens.resident!)).data!.civicMatter.attachments[0]!;

    const job = abandonedUploadsJob(databaseStorage);
    const outcome = await job.run({ db, timezone: "Asia/Shanghai", now: new Date(), logger: createLogger("silent") });
    expect(outcome).toMatchObject({ abandonedUploadsRemoved: 1 });
    const left = (await db.select({ id: files.id }).from(files).where(inArray(files.id, [abandoned, recent, attached].map(Number)))).map((r) => String(r.id));
    expect(left.sort()).toEqual([recent, attached].sort());
    expect(await db.select().from(fileBlobs).where(eq(fileBlobs.fileId, Number(abandoned)))).toEqual([]);
    // Its links, signed while it existed, now find nothing; the attached photo still loads.
    expect((await fetch(`${t.url}${new FileUrlSigner(testSecret, 300).url(Number(abandoned), "full")}`)).status).toBe(404);
    expect((await fetch(`${t.url}${linkBefore.url}`)).status).toBe(200);
    // Attaching the removed one now: NOT_FOUND, as for any id that is not the caller's.
    expectError(await submit({ attachmentIds: [abandoned] }), "BAD_USER_INPUT", { attachmentIds: "NOT_FOUND" });
    expect(await job.run({ db, timezone: "Asia/Shanghai", now: new Date(), logger: createLogger("silent") })).toMatchObject({ abandonedUploadsRemoved: 0 });
  });
});
