import sharp from "sharp";

/** Longest side of the stored photo and of its thumbnail, in pixels. */
export const fullSide = 2048;
export const thumbSide = 480;

/** What the server accepts, recognised by sharp from the bytes (never the name or declared type). */
const acceptedFormats = new Set(["jpeg", "png", "webp"]);

export interface EncodedImage {
  data: Buffer;
  width: number;
  height: number;
}

export interface ProcessedImage {
  contentType: "image/jpeg";
  full: EncodedImage;
  thumb: EncodedImage;
}

/** The bytes are not a JPEG, PNG or WebP that sharp can decode. */
export class UnsupportedImage extends Error {}

// A decoded 15 MB JPEG can be ~100 megapixels: refuse more than that (a "pixel bomb").
const limitInputPixels = 120_000_000;

// libvips' operation cache keeps recent images for reuse an upload never
// has, and each of its threads holds buffers: off, and one thread per
// re-encode (the two slots keep two cores busy). Measured on PostgreSQL
// ~50 MB lower idle and at the peak; on PGlite within its noise.
sharp.cache(false);
sharp.concurrency(1);

/**
 * Re-encodes at a time in the whole process. A 12-megapixel photo decodes to
 * ~36 MB and libvips keeps per-thread buffers: ten at once took the server's
 * RSS past 850 MB, while two keep a 2-core machine busy as well (measured,
 * docs/design-notes.md "Photos" → Benchmark). Further uploads wait their turn.
 */
export const imageSlots = 2;
let busy = 0;
const waiting: (() => void)[] = [];

async function inSlot<T>(work: () => Promise<T>): Promise<T> {
  if (busy >= imageSlots) await new Promise<void>((resolve) => waiting.push(resolve));
  else busy++;
  try {
    return await work();
  } finally {
    // The slot passes straight to the next in line (busy unchanged), or frees.
    const next = waiting.shift();
    if (next) next();
    else busy--;
  }
}

/**
 * Decodes an upload and writes it again as JPEG: orientation applied
 * (rotate() reads EXIF), every metadata block dropped (sharp keeps none unless
 * withMetadata is asked: no EXIF, GPS, camera serials, ICC or XMP), the
 * longest side at most 2048 px and a thumbnail at most 480 px, never enlarged.
 * Transparency (PNG, WebP) is laid on white, as JPEG has none.
 */
export function processImage(input: Buffer): Promise<ProcessedImage> {
  return inSlot(() => encodeBoth(input));
}

async function encodeBoth(input: Buffer): Promise<ProcessedImage> {
  let format: string | undefined;
  try {
    format = (await sharp(input, { limitInputPixels }).metadata()).format;
  } catch {
    throw new UnsupportedImage("not an image the server can read");
  }
  if (!format || !acceptedFormats.has(format)) throw new UnsupportedImage(`${format ?? "unknown"} is not accepted`);
  let full: EncodedImage;
  try {
    const { data, info } = await sharp(input, { limitInputPixels, failOn: "error" })
      .rotate()
      .resize({ width: fullSide, height: fullSide, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    full = { data, width: info.width, height: info.height };
  } catch {
    // Recognised by its header but broken further in (a truncated file).
    throw new UnsupportedImage(`the ${format} image could not be decoded`);
  }
  // The thumbnail from the full variant (already upright, flat, ≤ 2048 px):
  // the original, up to 120 megapixels, is decoded once, not twice.
  const { data, info } = await sharp(full.data)
    .resize({ width: thumbSide, height: thumbSide, fit: "inside", withoutEnlargement: true })
    .jpeg({ quality: 75, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });
  return { contentType: "image/jpeg", full, thumb: { data, width: info.width, height: info.height } };
}
