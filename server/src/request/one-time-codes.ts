import crypto from "node:crypto";

/**
 * Keyed hashes of the one-time codes (activation slips, text-message login
 * codes). HMAC-SHA256 with a key derived from the server secret, not a plain
 * SHA-256: the codes are short enough (a 6-digit login code, a 12-character
 * slip with its prefix known) that a copy of the database alone would give
 * them up to brute force; without the secret it gives nothing. Not argon2:
 * a code is found by its hash (an indexed equality), which a salted hash
 * cannot do, and each code is random and short-lived.
 */
export class CodeHasher {
  private readonly key: Buffer;

  constructor(secret: string) {
    // Its own key, so the token-signing key signs nothing else.
    this.key = crypto.createHmac("sha256", secret).update("cunwu one-time codes").digest();
  }

  /** Hex HMAC of `purpose:code`: an activation code never matches a login code's hash. */
  hash(purpose: "activation" | "login", code: string): string {
    return crypto.createHmac("sha256", this.key).update(`${purpose}:${code}`).digest("hex");
  }
}
