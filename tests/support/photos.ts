import sharp from "sharp";
import { count, inArray, isNotNull, and } from "drizzle-orm";
import { expect } from "vitest";
import { files, households, villages } from "@cunwu/schema";
import { startTestServer, type TestServer } from "./server";

// Photos in API tests: an upload as a phone sends it, the Attachment fields
// every record reads back, and whether files are taken.

/** Uploads are counted per user in ten minutes; tests that send many raise the limit. */
export const manyUploads = { CUNWU_UPLOADS_PER_10_MIN: "1000" };

/** What a photo test looks things up by: tokens by username, village ids by code, household ids by number. */
export interface PhotoWorld {
  tokens: Record<string, string>;
  villageIds: Record<string, number>;
  hh: Record<string, string>;
}

/** A demo server that takes many uploads, with `world` filled: the named demo users signed in, every village and household. */
export async function startPhotoServer(usernames: readonly string[], world: PhotoWorld): Promise<TestServer> {
  const t = await startTestServer({ env: manyUploads });
  const db = t.server.connection.db;
  for (const name of usernames) world.tokens[name] = await t.login(name);
  for (const v of await db.select().from(villages)) world.villageIds[v.code] = v.id;
  for (const h of await db.select({ id: households.id, number: households.number }).from(households)) world.hh[h.number] = String(h.id);
  return t;
}

export const ATTACHMENTS = `attachments { id url thumbnailUrl contentType width height bytes createdAt createdBy }`;

export interface Attachment {
  id: string;
  url: string;
  thumbnailUrl: string;
  contentType: string;
  width: number;
  height: number;
  bytes: number;
  createdAt: string;
  createdBy: string;
}

/** One upload through POST /files; its id. */
export async function upload(t: TestServer, token: string, color = "#3070c0"): Promise<string> {
  const image = await sharp({ create: { width: 640, height: 480, channels: 3, background: color } }).jpeg().toBuffer();
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(image)]), "photo.jpg");
  const response = await fetch(`${t.url}/files`, { method: "POST", body: form, headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

export const uploads = async (t: TestServer, token: string, n: number) => {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push(await upload(t, token));
  return ids;
};

/** How many of these files are attached to a record. */
export async function attachedCount(t: TestServer, ids: readonly string[]): Promise<number> {
  const [row] = await t.server.connection.db
    .select({ n: count() })
    .from(files)
    .where(and(inArray(files.id, ids.map(Number)), isNotNull(files.attachedAt)));
  return row!.n;
}

/** A signed link loads without a token, as a JPEG of the given width. */
export async function expectServed(t: TestServer, attachment: Attachment) {
  const response = await fetch(`${t.url}${attachment.url}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/jpeg");
  const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
  expect(meta.format).toBe("jpeg");
  expect(meta.width).toBe(attachment.width);
}

export const idsOf = (attachments: readonly Attachment[]) => attachments.map((a) => a.id);
