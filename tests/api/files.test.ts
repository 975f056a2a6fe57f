import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FileUrlSigner } from "@cunwu/server/files/signed-url";
import { startTestServer, testSecret, type TestServer } from "../support/server";

// Photos as a phone sends them: POST /files with multipart form data and the
// session's token, then short-lived signed links an <img> loads. The server
// keeps only what it re-encoded itself: no EXIF, no GPS, upright, bounded.

let t: TestServer;
let resident: string;
let village: string;

beforeAll(async () => {
  t = await startTestServer();
  [resident, village] = await Promise.all([t.login("resident"), t.login("village")]);
});
afterAll(() => t?.close());

interface Uploaded {
  id: string;
  contentType: string;
  width: number;
  height: number;
  bytes: number;
}
interface HttpError {
  errors: { message: string; extensions: { code: string; reason: string; [key: string]: unknown } }[];
}

const upload = (server: TestServer, token: string | undefined, body: Blob, name = "photo.jpg", field = "file") => {
  const form = new FormData();
  form.append(field, body, name);
  return fetch(`${server.url}/files`, { method: "POST", body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
};
/** Node's Buffer as a Blob part (its type allows a SharedArrayBuffer, which Blob does not take). */
const blob = (bytes: Buffer | Uint8Array, type?: string) => new Blob([new Uint8Array(bytes)], type ? { type } : {});
const uploadOk = async (token: string, image: Buffer, name = "photo.jpg") => {
  const response = await upload(t, token, blob(image), name);
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as Uploaded;
};

/** A noisy picture, so its JPEG is photo-sized rather than a few hundred bytes of one colour. */
const photo = (width: number, height: number) =>
  sharp(Buffer.from(Array.from({ length: width * height * 3 }, (_, i) => (i * 7919 + (i >> 5) * 31) % 256)), { raw: { width, height, channels: 3 } });

/** A phone photo lying on its side (EXIF orientation 6) with its camera and location in EXIF. */
const phoneJpeg = () =>
  sharp({ create: { width: 400, height: 200, channels: 3, background: "#c04030" } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: "SecretCam", Model: "SN-123456" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "30/1 15/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "120/1 10/1 0/1" },
    })
    .toBuffer();

/** Signed links for a file, made like the server makes them (its secret, 300 s). */
const signer = new FileUrlSigner(testSecret, 300);
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${t.url}${path}`, { headers });

describe("POST /files", () => {
  it("keeps a phone's JPEG upright and without any EXIF: no GPS, no camera, no orientation tag", async () => {
    const input = await phoneJpeg();
    const before = await sharp(input).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif?.includes("SecretCam")).toBe(true);

    const file = await uploadOk(resident, input);
    // Turned upright: the 400×200 picture stood on its side is 200 wide, 400 high.
    expect(file).toMatchObject({ contentType: "image/jpeg", width: 200, height: 400 });
    expect(file.id).toMatch(/^\d+$/);

    const response = await get(signer.url(Number(file.id), "full"));
    expect(response.status).toBe(200);
    const stored = Buffer.from(await response.arrayBuffer());
    expect(stored.length).toBe(file.bytes);
    const after = await sharp(stored).metadata();
    expect(after).toMatchObject({ format: "jpeg", width: 200, height: 400 });
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(stored.includes("SecretCam")).toBe(false);
    expect(stored.includes("SN-123456")).toBe(false);
  });

  it("shrinks a 3000×1000 PNG to 2048 wide and makes a thumbnail of at most 480 px; a small one is never enlarged", async () => {
    const file = await uploadOk(resident, await photo(3000, 1000).png().toBuffer(), "wide.png");
    expect(file).toMatchObject({ contentType: "image/jpeg", width: 2048, height: 683 });
    const thumb = await get(signer.url(Number(file.id), "thumb"));
    expect(thumb.headers.get("content-type")).toBe("image/jpeg");
    const meta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: "jpeg", width: 480, height: 160 });

    const small = await uploadOk(resident, await photo(300, 200).webp().toBuffer(), "small.webp");
    expect(small).toMatchObject({ width: 300, height: 200 });
    const smallThumb = await sharp(Buffer.from(await (await get(signer.url(Number(small.id), "thumb"))).arrayBuffer())).metadata();
    expect(smallThumb).toMatchObject({ width: 300, height: 200 });
  });

  it("judges by content: a text file named .jpg, a GIF and a cut-off JPEG are 415 with a clear reason", async () => {
    const truncated = (await photo(600, 400).jpeg().toBuffer()).subarray(0, 400);
    const gif = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#000" } }).gif().toBuffer();
    for (const [body, name] of [
      [Buffer.from("这不是照片, just text pretending to be a JPEG\n".repeat(50)), "fake.jpg"],
      [gif, "anim.gif"],
      [truncated, "cut.jpg"],
    ] as const) {
      const response = await upload(t, resident, blob(body, "image/jpeg"), name);
      expect(response.status, name).toBe(415);
      const error = ((await response.json()) as HttpError).errors[0]!;
      expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "UNSUPPORTED_IMAGE" });
      expect(error.message).toMatch(/JPEG, PNG and WebP/);
    }
  });

  it("takes ten photos sent at once, a broken one among them 415 without holding the others back", async () => {
    // The server re-encodes a few at a time (files/image.ts); the rest wait their turn, none is refused.
    const good = await photo(1200, 900).jpeg().toBuffer();
    const cut = (await photo(600, 400).jpeg().toBuffer()).subarray(0, 400);
    const bodies = Array.from({ length: 10 }, (_, i) => (i === 3 || i === 7 ? cut : good));
    const responses = await Promise.all(bodies.map((body) => upload(t, village, blob(body, "image/jpeg"))));
    expect(responses.map((r) => r.status)).toEqual(bodies.map((body) => (body === cut ? 415 : 201)));
    const kept = (await Promise.all(responses.filter((r) => r.status === 201).map((r) => r.json()))) as Uploaded[];
    expect(new Set(kept.map((file) => file.id)).size).toBe(8);
    for (const file of kept) expect(file).toMatchObject({ contentType: "image/jpeg", width: 1200, height: 900 });
    const thumb = await sharp(Buffer.from(await (await get(signer.url(Number(kept[7]!.id), "thumb"))).arrayBuffer())).metadata();
    expect(thumb).toMatchObject({ format: "jpeg", width: 480, height: 360 });
  });

  it("refuses a 16 MB body with 413 at once, whether its length is declared or streamed", async () => {
    const big = new Uint8Array(16 * 1024 * 1024);
    const started = Date.now();
    const declared = await upload(t, resident, blob(big), "huge.jpg");
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as HttpError).errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "REQUEST_TOO_LARGE" });

    // No Content-Length: the parser stops at the 15 MB limit.
    const boundary = "----cunwu-test-boundary";
    const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(head);
      },
      pull(controller) {
        if (sent >= 40 * 1024 * 1024) return controller.close();
        sent += 1024 * 1024;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    const streamed = await fetch(`${t.url}/files`, {
      method: "POST",
      body: stream,
      duplex: "half",
      headers: { authorization: `Bearer ${resident}`, "content-type": `multipart/form-data; boundary=${boundary}` },
    } as RequestInit);
    expect(streamed.status).toBe(413);
    // It stopped reading near the limit, not at the 40 MB the client had to send.
    expect(sent).toBeLessThanOrEqual(32 * 1024 * 1024);
    expect(Date.now() - started).toBeLessThan(10_000);
    // The server goes on answering.
    expect((await upload(t, resident, blob(await phoneJpeg()))).status).toBe(201);
  });

  it("needs a valid token (401) and a `file` field (400)", async () => {
    const image = blob(await phoneJpeg());
    const anonymous = await upload(t, undefined, image);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as HttpError).errors[0]!.extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "NOT_LOGGED_IN" });
    const forged = await upload(t, `${resident.slice(0, -4)}AAAA`, image);
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as HttpError).errors[0]!.extensions.reason).toBe("INVALID_TOKEN");

    const wrongField = await upload(t, resident, image, "photo.jpg", "picture");
    expect(wrongField.status).toBe(400);
    expect(((await wrongField.json()) as HttpError).errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { file: "REQUIRED" } });
    const notMultipart = await fetch(`${t.url}/files`, { method: "POST", body: "{}", headers: { authorization: `Bearer ${resident}`, "content-type": "application/json" } });
    expect(notMultipart.status).toBe(400);
  });

  it("limits uploads per user in ten minutes (429 with Retry-After); another user is not held back", async () => {
    const limited = await startTestServer({ env: { CUNWU_UPLOADS_PER_10_MIN: "2" } });
    try {
      const [me, other] = await Promise.all([limited.login("resident"), limited.login("village")]);
      const image = blob(await phoneJpeg());
      expect((await upload(limited, me, image)).status).toBe(201);
      expect((await upload(limited, me, image)).status).toBe(201);
      const third = await upload(limited, me, image);
      expect(third.status).toBe(429);
      const retry = Number(third.headers.get("retry-after"));
      expect(retry).toBeGreaterThan(500);
      expect(retry).toBeLessThanOrEqual(600);
      expect(((await third.json()) as HttpError).errors[0]!.extensions).toMatchObject({ reason: "TOO_MANY_UPLOADS", retryAfterSeconds: retry });
      expect((await upload(limited, other, image)).status).toBe(201);
    } finally {
      await limited.close();
    }
  });
});

describe("GET /files/:id", () => {
  it("serves a signed link with its type, private caching for the seconds left, and an ETag", async () => {
    const file = await uploadOk(village, await photo(800, 600).jpeg().toBuffer());
    const url = signer.url(Number(file.id), "full");
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    const maxAge = Number(/^private, max-age=(\d+)$/.exec(response.headers.get("cache-control") ?? "")?.[1]);
    expect(maxAge).toBeGreaterThan(250);
    expect(maxAge).toBeLessThanOrEqual(360);
    const etag = response.headers.get("etag")!;
    expect(etag).toBeTruthy();
    expect((await get(url, { "if-none-match": etag })).status).toBe(304);
  });

  it("refuses a tampered signature, another variant or file under the same signature, and an expired link (403)", async () => {
    const file = await uploadOk(resident, await phoneJpeg());
    const id = Number(file.id);
    const good = new URL(signer.url(id, "thumb"), t.url);
    const sig = good.searchParams.get("sig")!;
    const exp = good.searchParams.get("exp")!;
    const tampered = [
      `/files/${id}?v=thumb&exp=${exp}&sig=${sig.slice(0, -2)}${sig.endsWith("AA") ? "BB" : "AA"}`,
      `/files/${id}?v=full&exp=${exp}&sig=${sig}`,
      `/files/${id - 1}?v=thumb&exp=${exp}&sig=${sig}`,
      `/files/${id}?v=thumb&exp=${Number(exp) + 3600}&sig=${sig}`,
      `/files/${id}?v=thumb&exp=${exp}`,
      `/files/${id}`,
      // Signed by this server's key, but its minutes are over.
      signer.url(id, "thumb", Date.now() - 3_600_000),
      // Right shape, another server's key.
      new FileUrlSigner("another-secret-of-at-least-32-characters", 300).url(id, "thumb"),
    ];
    expect((await get(good.pathname + good.search)).status).toBe(200);
    for (const path of tampered) {
      const response = await get(path);
      expect(response.status, path).toBe(403);
      expect(((await response.json()) as HttpError).errors[0]!.extensions, path).toMatchObject({ code: "FORBIDDEN", reason: "FILE_LINK_INVALID" });
    }
  });
});
