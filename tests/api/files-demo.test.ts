import { count, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { civicMatterAttachments, files, matterEventAttachments } from "@cunwu/schema";
import { startTestServer, type TestServer } from "../support/server";
import { ATTACHMENTS, expectServed, type Attachment } from "../support/photos";

// The demo year carries a few drawn photos (seed/demo-photos.ts), kept and
// attached through the upload path, so the screens show what they look like.

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ fixture: "demo-year" });
});
afterAll(() => t?.close());

describe("the demo year's photos", () => {
  it("are files attached to matters and their resolution, the 公示 batch's lines and the demo shop's products, served as JPEG", async () => {
    const db = t.server.connection.db;
    const [all] = await db.select({ n: count() }).from(files);
    const [loose] = await db.select({ n: count() }).from(files).where(isNull(files.attachedAt));
    expect(all!.n).toBeGreaterThanOrEqual(10);
    expect(loose!.n).toBe(0);

    const admin = await t.login("admin");
    const [matterLink] = await db.select().from(civicMatterAttachments).limit(1);
    const matter = await t.ok<{ civicMatter: { attachments: Attachment[]; timeline: { attachments: Attachment[] }[] } }>(
      `query ($id: ID!) { civicMatter(id: $id) { ${ATTACHMENTS} timeline { ${ATTACHMENTS} } } }`,
      { id: String(matterLink!.matterId) },
      admin,
    );
    expect(matter.civicMatter.attachments).toHaveLength(1);
    await expectServed(t, matter.civicMatter.attachments[0]!);
    const [eventPhotos] = await db.select({ n: count() }).from(matterEventAttachments);
    expect(eventPhotos!.n).toBeGreaterThan(0);

    // The demo committee's village: its batch on publicity and its catalogue, as a resident of it sees them.
    const resident = await t.login("resident");
    const batches = await t.ok<{ awardBatches: { items: { lines: { attachments: Attachment[] }[] }[] } }>(
      `{ awardBatches(filter: { status: ON_PUBLICITY }, perPage: 5) { items { lines { ${ATTACHMENTS} } } } }`,
      {},
      resident,
    );
    const linePhotos = batches.awardBatches.items.flatMap((b) => b.lines.flatMap((l) => l.attachments));
    expect(linePhotos.length).toBe(3);
    await expectServed(t, linePhotos[0]!);
    const catalogue = await t.ok<{ products: { items: { name: string; attachments: Attachment[] }[] } }>(
      `{ products(perPage: 100) { items { name ${ATTACHMENTS} } } }`,
      {},
      resident,
    );
    const shown = catalogue.products.items.filter((p) => p.attachments.length === 1);
    expect(shown.map((p) => p.name)).toEqual(expect.arrayContaining(["大米（10斤）", "食用油（5升）"]));
    await expectServed(t, shown[0]!.attachments[0]!);
    const thumb = await fetch(`${t.url}${shown[0]!.attachments[0]!.thumbnailUrl}`);
    expect(thumb.headers.get("content-type")).toBe("image/jpeg");
  });
});
