import crypto from "node:crypto";
import type { FileVariant } from "./storage";

export interface FileLink {
  fileId: number;
  variant: FileVariant;
  /** Unix seconds. */
  expires: number;
}

/**
 * Short-lived links to a file: an HMAC-SHA256 over id, variant and expiry,
 * with a key derived from the server secret (like one-time-codes.ts), so
 * whoever may read a record gets a link an <img> can load without a token,
 * and a link copied elsewhere stops working within minutes.
 */
export class FileUrlSigner {
  private readonly key: Buffer;

  constructor(
    secret: string,
    /** How long a link is valid (CUNWU_FILE_URL_SECONDS). */
    readonly seconds: number,
  ) {
    this.key = crypto.createHmac("sha256", secret).update("cunwu file urls").digest();
  }

  private signature(link: FileLink): string {
    return crypto.createHmac("sha256", this.key).update(`${link.fileId}:${link.variant}:${link.expires}`).digest("base64url");
  }

  /**
   * The path of a link valid for `seconds` from now, the expiry rounded up to
   * a whole minute so the same image keeps one URL for a while (browser cache).
   */
  url(fileId: number, variant: FileVariant, now = Date.now()): string {
    const expires = Math.ceil((now / 1000 + this.seconds) / 60) * 60;
    const sig = this.signature({ fileId, variant, expires });
    return `/files/${fileId}?v=${variant}&exp=${expires}&sig=${sig}`;
  }

  /** Whether a link's signature is right and it has not expired. */
  verify(link: FileLink, sig: string, now = Date.now()): boolean {
    if (link.expires * 1000 <= now) return false;
    const expected = Buffer.from(this.signature(link));
    const given = Buffer.from(sig);
    return given.length === expected.length && crypto.timingSafeEqual(given, expected);
  }
}
