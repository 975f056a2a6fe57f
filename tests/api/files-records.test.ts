import { count, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activityAttachments, activityParticipants, fileBlobs, files, productAttachments, products } from "@cunwu/schema";
import { abandonedUploadsJob } from "@cunwu/server/scheduler/abandoned-uploads-job";
import { databaseStorage } from "@cunwu/server/files/storage";
import { createLogger } from "@cunwu/server/logger";
import { startTestServer, type TestServer } from "../support/server";
import { errorCode, expectError } from "../support/assert";
import { newUserToken } from "../support/ops/users";
import { districtToday, newKey } from "../support/ops/keys";
import { ATTACHMENTS, attachedCount, expectServed, idsOf, startPhotoServer, upload, uploads, type Attachment } from "../support/photos";

// Photos of volunteer activities (added with the participants, at most 9 in
// all) and of shop products (one shown; a new one replaces it and the old
// stays), seen by exactly who sees the record; and the limits the server
// tells the console.

let t: TestServer;
const tokens: Record<string, string> = {};
const hh: Record<string, string> = {};
const villageIds: Record<string, number> = {};

beforeAll(async () => {
  t = await startPhotoServer(["admin", "village", "resident", "township", "district"], { tokens, villageIds, hh });
  tokens.pc02 = await newUserToken(t, tokens.admin!, { username: "pc02-photos", password: "photos-password-2", role: "RESIDENT", householdId: hh["PC02-001"]! });
});
afterAll(() => t?.close());

const db = () => t.server.connection.db;
type Photographed = { id: string; attachments: Attachment[] };

describe("photos of an activity", () => {
  const record = (activityId: string, attachmentIds: string[] | undefined, token = tokens.village!) =>
    t.gql<{ recordParticipation: Photographed }>(
      `mutation ($id: ID!, $p: [ParticipantInput!]!, $a: [ID!]) { recordParticipation(activityId: $id, participants: $p, attachmentIds: $a) { id ${ATTACHMENTS} } }`,
      { id: activityId, p: [{ householdId: hh["PC01-002"], people: 1, hours: 2 }], a: attachmentIds },
      token,
    );
  const read = (id: string, token: string) => t.gql<{ activity: Photographed }>(`query ($id: ID!) { activity(id: $id) { id ${ATTACHMENTS} } }`, { id }, token);

  it("are added with the participants, in order, up to 9 in all, and seen by whoever sees the activity", async () => {
    const created = await t.ok<{ createActivity: { id: string } }>(
      `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
      { input: { title: `河道清理 ${newKey().slice(0, 6)}`, villageId: String(villageIds.PC01), date: districtToday(), category: "ENVIRONMENT", pointsPerParticipant: 5 } },
      tokens.village,
    );
    const id = created.createActivity.id;
    const first = await uploads(t, tokens.village!, 4);
    const answer = await record(id, first);
    expect(answer.errors).toBeUndefined();
    expect(idsOf(answer.data!.recordParticipation.attachments)).toEqual(first);
    const more = await uploads(t, tokens.village!, 6);
    // 4 + 6 is more than 9: refused whole, the participants and photos as they were.
    const participantsBefore = await db().select().from(activityParticipants).where(eq(activityParticipants.activityId, Number(id)));
    const tooMany = await t.gql(
      `mutation ($id: ID!, $p: [ParticipantInput!]!, $a: [ID!]) { recordParticipation(activityId: $id, participants: $p, attachmentIds: $a) { id } }`,
      { id, p: [{ householdId: hh["PC01-003"], people: 1, hours: 1 }], a: more },
      tokens.village,
    );
    expectError(tooMany, "BAD_USER_INPUT", { attachmentIds: "TOO_MANY" });
    expect(await db().select().from(activityParticipants).where(eq(activityParticipants.activityId, Number(id)))).toEqual(participantsBefore);
    expect(await attachedCount(t, more)).toBe(0);
    // Another user's upload, one named twice, one already taken: refused, nothing added.
    const others = await upload(t, tokens.admin!);
    expectError(await record(id, [more[0]!, others]), "BAD_USER_INPUT", { attachmentIds: "NOT_FOUND" });
    expectError(await record(id, [more[0]!, more[0]!]), "BAD_USER_INPUT", { attachmentIds: "DUPLICATE" });
    expectError(await record(id, [first[0]!]), "BAD_USER_INPUT", { attachmentIds: "ALREADY_ATTACHED" });
    expect(await attachedCount(t, [...more, others])).toBe(0);
    expect((await db().select({ n: count() }).from(activityAttachments).where(eq(activityAttachments.activityId, Number(id))))[0]!.n).toBe(4);

    // Five more make 9; recording again without photos keeps them.
    expect((await record(id, more.slice(0, 5))).errors).toBeUndefined();
    expect((await record(id, undefined)).errors).toBeUndefined();
    for (const who of ["village", "resident", "township", "district", "admin"]) {
      const seen = await read(id, tokens[who]!);
      expect(seen.errors, who).toBeUndefined();
      expect(idsOf(seen.data!.activity.attachments), who).toEqual([...first, ...more.slice(0, 5)]);
    }
    await expectServed(t, (await read(id, tokens.resident!)).data!.activity.attachments[8]!);
    expectError(await read(id, tokens.pc02!), "NOT_FOUND");
    const tenth = await record(id, [more[5]!]);
    expectError(tenth, "BAD_USER_INPUT", { attachmentIds: "TOO_MANY" });
    // The console words it with both numbers (errors.reasons.TOO_MANY_PHOTOS).
    expect(tenth.errors![0]!.extensions).toMatchObject({ reason: "TOO_MANY_PHOTOS", most: 9, count: 10 });
  });
});

describe("a product's photo", () => {
  const PRODUCT = `id name active ${ATTACHMENTS}`;
  const create = (input: Record<string, unknown>) =>
    t.gql<{ createProduct: Photographed }>(
      `mutation ($input: CreateProductInput!) { createProduct(input: $input) { ${PRODUCT} } }`,
      { input: { villageId: String(villageIds.PC01), unit: "袋", price: 30, stock: 5, name: `大米 ${newKey().slice(0, 6)}`, ...input } },
      tokens.village,
    );
  const update = (id: string, input: Record<string, unknown>) =>
    t.gql<{ updateProduct: Photographed }>(`mutation ($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { ${PRODUCT} } }`, { id, input }, tokens.village);
  const read = (id: string, token: string) => t.gql<{ product: Photographed }>(`query ($id: ID!) { product(id: $id) { ${PRODUCT} } }`, { id }, token);
  const productCount = async () => (await db().select({ n: count() }).from(products))[0]!.n;

  it("is one; a new one replaces it while the old stays kept, and the village's residents see it in the catalogue", async () => {
    const [old, replacement, spare] = await uploads(t, tokens.village!, 3);
    const before = await productCount();
    expectError(await create({ attachmentIds: [old, replacement] }), "BAD_USER_INPUT", { attachmentIds: "TOO_MANY" });
    expectError(await create({ attachmentIds: [await upload(t, tokens.admin!)] }), "BAD_USER_INPUT", { attachmentIds: "NOT_FOUND" });
    expect(await productCount()).toBe(before);
    expect(await attachedCount(t, [old!, replacement!])).toBe(0);

    const made = await create({ attachmentIds: [old] });
    expect(made.errors).toBeUndefined();
    const id = made.data!.createProduct.id;
    expect(idsOf(made.data!.createProduct.attachments)).toEqual([old]);
    // Left out or [] keeps it; two are refused and change nothing.
    expect(idsOf((await update(id, { price: 31 })).data!.updateProduct.attachments)).toEqual([old]);
    expect(idsOf((await update(id, { attachmentIds: [] })).data!.updateProduct.attachments)).toEqual([old]);
    expectError(await update(id, { price: 40, attachmentIds: [replacement, spare] }), "BAD_USER_INPUT", { attachmentIds: "TOO_MANY" });
    expectError(await update(id, { attachmentIds: [old] }), "BAD_USER_INPUT", { attachmentIds: "ALREADY_ATTACHED" });
    const replaced = await update(id, { attachmentIds: [replacement] });
    expect(idsOf(replaced.data!.updateProduct.attachments)).toEqual([replacement]);

    // The village's residents see the shown photo in their catalogue; another village's do not get the product.
    const catalogue = await t.gql<{ products: { items: Photographed[] } }>(`{ products(perPage: 100) { items { ${PRODUCT} } } }`, {}, tokens.resident);
    expect(idsOf(catalogue.data!.products.items.find((p) => p.id === id)!.attachments)).toEqual([replacement]);
    await expectServed(t, (await read(id, tokens.resident!)).data!.product.attachments[0]!);
    for (const who of ["township", "district", "admin"]) expect(idsOf((await read(id, tokens[who]!)).data!.product.attachments), who).toEqual([replacement]);
    expectError(await read(id, tokens.pc02!), "NOT_FOUND");

    // The old photo stays: attached, in the product's history, and the sweep of abandoned uploads leaves it.
    const history = await db().select().from(productAttachments).where(eq(productAttachments.productId, Number(id)));
    expect(history.map((row) => String(row.fileId))).toEqual([old, replacement]);
    await db().update(files).set({ createdAt: new Date(Date.now() - 48 * 3_600_000) }).where(inArray(files.id, [Number(old), Number(spare)]));
    await abandonedUploadsJob(databaseStorage).run({ db: db(), timezone: "Asia/Shanghai", now: new Date(), logger: createLogger("silent") });
    const left = await db().select({ id: files.id }).from(files).where(inArray(files.id, [Number(old), Number(spare)]));
    expect(left.map((row) => String(row.id))).toEqual([old]);
    expect(await db().select({ fileId: fileBlobs.fileId }).from(fileBlobs).where(eq(fileBlobs.fileId, Number(old)))).toHaveLength(2);
    // The database itself refuses to drop a photo from the history.
    await expect(db().execute(sql`delete from product_attachments where product_id = ${Number(id)}`)).rejects.toThrow();
    // Staff who do not run the shop cannot set a photo.
    expect(errorCode(await t.gql(`mutation ($id: ID!) { updateProduct(id: $id, input: { attachmentIds: [] }) { id } }`, { id }, tokens.township))).toBe("FORBIDDEN");
  });
});

describe("photoLimits", () => {
  it("tells any signed-in user what the server takes; not anonymous callers", async () => {
    for (const who of ["resident", "village", "admin"]) {
      const limits = await t.ok<{ photoLimits: unknown }>(`{ photoLimits { perRecord perProduct maxUploadBytes } }`, {}, tokens[who]);
      expect(limits.photoLimits, who).toEqual({ perRecord: 9, perProduct: 1, maxUploadBytes: 15 * 1024 * 1024 });
    }
    expect(errorCode(await t.gql(`{ photoLimits { perRecord } }`))).toBe("UNAUTHENTICATED");
  });

  it("follows CUNWU_UPLOAD_MAX_MB", async () => {
    const small = await startTestServer({ env: { CUNWU_UPLOAD_MAX_MB: "4" } });
    try {
      const limits = await small.ok<{ photoLimits: { maxUploadBytes: number } }>(`{ photoLimits { maxUploadBytes } }`, {}, await small.login("resident"));
      expect(limits.photoLimits.maxUploadBytes).toBe(4 * 1024 * 1024);
    } finally {
      await small.close();
    }
  });
});
