import { createSecretKey, type KeyObject } from "node:crypto";
import { SignJWT, jwtVerify, errors as joseErrors } from "jose";

export interface TokenClaims {
  userId: number;
  /** The user's token version when it was issued; a newer version revokes it. */
  version: number;
}

const issuer = "cunwu";

/**
 * Tokens already verified, kept until they expire. jose checks the HMAC
 * through WebCrypto, whose per-call algorithm normalisation and key import
 * were a tenth of a by-id read's time; a repeat token is now a map lookup.
 * Revocation does not depend on this: the token's version is compared with
 * the user's on every request after it (auth/login-service.ts authenticate).
 */
const maxVerified = 10_000;

export class TokenService {
  /** A KeyObject made once: given the secret's bytes, jose would import them again on every request. */
  private readonly key: KeyObject;
  /** token → its claims and when it expires (ms); oldest first, bounded by `maxVerified`. */
  private readonly verified = new Map<string, { claims: TokenClaims; expiresAt: number }>();

  constructor(
    secret: string,
    private readonly ttlHours: number,
  ) {
    this.key = createSecretKey(Buffer.from(secret, "utf8"));
  }

  async issue(claims: TokenClaims): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Math.floor(Date.now() / 1000) * 1000 + this.ttlHours * 3_600_000);
    const token = await new SignJWT({ ver: claims.version })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(String(claims.userId))
      .setIssuer(issuer)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The claims of a valid token; "expired" or "invalid" otherwise. */
  async verify(token: string): Promise<TokenClaims | "expired" | "invalid"> {
    const known = this.verified.get(token);
    if (known) {
      // jose's own rule: expired once the clock reaches `exp`.
      if (Date.now() < known.expiresAt) return known.claims;
      this.verified.delete(token);
      return "expired";
    }
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer, algorithms: ["HS256"] });
      const userId = Number(payload.sub);
      const version = payload.ver;
      if (!Number.isInteger(userId) || typeof version !== "number") return "invalid";
      const claims = { userId, version };
      if (typeof payload.exp === "number") this.remember(token, claims, payload.exp * 1000);
      return claims;
    } catch (error) {
      return error instanceof joseErrors.JWTExpired ? "expired" : "invalid";
    }
  }

  private remember(token: string, claims: TokenClaims, expiresAt: number): void {
    if (this.verified.size >= maxVerified) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { claims, expiresAt });
  }
}
