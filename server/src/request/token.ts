import { createSecretKey, type KeyObject } from "node:crypto";
import { SignJWT, jwtVerify, errors as joseErrors } from "jose";

export interface TokenClaims {
  userId: number;
  /** The user's token version when it was issued; a newer version revokes it. */
  version: number;
}

const issuer = "cunwu";

export class TokenService {
  /** A KeyObject made once: given the secret's bytes, jose would import them again on every request. */
  private readonly key: KeyObject;

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
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer, algorithms: ["HS256"] });
      const userId = Number(payload.sub);
      const version = payload.ver;
      if (!Number.isInteger(userId) || typeof version !== "number") return "invalid";
      return { userId, version };
    } catch (error) {
      return error instanceof joseErrors.JWTExpired ? "expired" : "invalid";
    }
  }
}
