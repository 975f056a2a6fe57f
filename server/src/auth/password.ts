import { hash, verify } from "@node-rs/argon2";
import type { Checks } from "../common/validate";

// argon2id with the library's defaults (19 MiB, 2 passes): OWASP's baseline.
export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when the username is unknown, so both paths take the same time. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hash("decoy-password-never-used");
  return decoyHash;
}

export const minPasswordLength = 8;
export const maxPasswordLength = 128;

/** Password rules in one place: long enough, not absurdly long (argon2 input). */
export function checkPassword(checks: Checks, field: string, password: string | null | undefined): string | undefined {
  if (password === undefined) return undefined;
  if (!password) checks.fail(field, "REQUIRED");
  else if (password.length < minPasswordLength) checks.fail(field, "TOO_SHORT");
  else if (password.length > maxPasswordLength) checks.fail(field, "TOO_LONG");
  return password ?? undefined;
}
