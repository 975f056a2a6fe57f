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

// One photo at a time per upload; libvips' own threads do the rest. A decoded
// 15 MB JPEG can be ~100 megapixels: refuse more than that (a "pixel bomb").
const limitInputPixels = 120_000_000;

/**
 * Decodes an upload and writes it again as JPEG: orientation applied
 * (rotate() reads EXIF), every metadata block dropped (sharp keeps none unless
 * withMetadata is asked: no EXIF, GPS, camera serials, ICC or XMP), the
 * longest side at most 2048 px and a thumbnail at most 480 px, never enlarged.
 * Transparency (PNG, WebP) is laid on white, as JPEG has none.
 */
export async function processImage(input: Buffer): Promise<ProcessedImage> {
  let format: string | undefined;
  try {
    format = (await sharp(input, { limitInputPixels }).metadata()).format;
  } catch {
    throw new UnsupportedImage("not an image the server can read");
  }
  if (!format || !acceptedFormats.has(format)) throw new UnsupportedImage(`${format ?? "unknown"} is not accepted`);
  const encode = async (side: number): Promise<EncodedImage> => {
    const { data, info } = await sharp(input, { limitInputPixels, failOn: "error" })
      .rotate()
      .resize({ width: side, height: side, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: side === thumbSide ? 75 : 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  };
  try {
    const [full, thumb] = await Promise.all([encode(fullSide), encode(thumbSide)]);
    return { contentType: "image/jpeg", full, thumb };
  } catch {
    // Recognised by its header but broken further in (a truncated file).
    throw new UnsupportedImage(`the ${format} image could not be decoded`);
  }
}
