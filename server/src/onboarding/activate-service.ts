import { and, eq, like, or } from "drizzle-orm";
import { activationCodes, households, users, villages } from "@cunwu/schema";
import type { Db, Tx } from "../db/database";
import type { LoginLimits } from "../config";
import type { TokenService } from "../request/token";
import type { CodeHasher } from "../request/one-time-codes";
import { audit } from "../audit/audit";
import { AppError, badInput, conflict } from "../errors";
import { Checks } from "../common/validate";
import { uniqueViolation } from "../common/db-errors";
import { checkPassword, hashPassword } from "../auth/password";
import { attemptSucceeded, claimAttempt } from "../auth/login-limits";
import { issue, type Session } from "../auth/login-service";
import { mobileNumber, normaliseCode, prefixLength } from "./activation-code";

const invalidCode = () => new AppError("BAD_USER_INPUT", "ACTIVATION_CODE_INVALID", "No such activation code; check the slip", { fields: { code: "INVALID" } });
export const phoneTaken = () => badInput({ phone: "TAKEN" }, "This phone number already belongs to an account", "DUPLICATE_KEY");

type CodeRow = typeof activationCodes.$inferSelect;

/** A found code that cannot open an account any more, with its own reason. */
function refuseSpent(code: CodeRow, now: Date): void {
  if (code.usedAt) throw conflict("ACTIVATION_CODE_USED", "This activation code was already used; ask the village committee for a new one");
  if (code.replacedAt) throw conflict("ACTIVATION_CODE_EXPIRED", "This activation code was replaced by a newer one; use the newest slip");
  if (code.expiresAt <= now) throw conflict("ACTIVATION_CODE_EXPIRED", "This activation code has expired; ask the village committee for a new one");
}

/**
 * "<village code>-<household number>" in lower case, as a username may be
 * written (a-z, 0-9, dot, dash, underscore); a number that already starts
 * with the village code (the demo's "PC01-001") is not prefixed twice.
 */
export function householdUsername(villageCode: string, number: string): string {
  const name = number.toLowerCase().startsWith(villageCode.toLowerCase()) ? number : `${villageCode}-${number}`;
  return name.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").slice(0, 28);
}

/** The base name, or the first of "-2", "-3"… not taken. */
async function freeUsername(tx: Tx, base: string): Promise<string> {
  const taken = new Set(
    (await tx.select({ username: users.username }).from(users).where(or(eq(users.username, base), like(users.username, `${base}-%`)))).map((r) => r.username),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Opens a resident account with a slip's code and logs in. Guesses are
 * rate-limited as logins are (auth/login-limits.ts), in their own buckets:
 * per address, per code prefix, and per pair. The code row is locked while
 * the user is made, so two activations of one code make exactly one user.
 */
export async function activateResident(
  db: Db,
  tokens: TokenService,
  codes: CodeHasher,
  limits: LoginLimits,
  input: { code: string; password: string; phone?: string | null; address: string },
): Promise<Session> {
  const checks = new Checks();
  if (!input.code?.trim()) checks.fail("code", "REQUIRED");
  checkPassword(checks, "password", input.password);
  const phone = input.phone?.trim() ? mobileNumber(input.phone) : null;
  if (input.phone?.trim() && !phone) checks.fail("phone", "INVALID_PHONE");
  checks.throwIfAny();
  const code = normaliseCode(input.code);
  // Not in the code's form: it cannot match, so no guess is spent on it.
  if (!code) throw invalidCode();
  const attempt = await claimAttempt(db, limits, `activation:${code.slice(0, prefixLength)}`, `activation:${input.address}`);
  const [found] = await db.select().from(activationCodes).where(eq(activationCodes.codeHash, codes.hash("activation", code)));
  if (!found) throw invalidCode();
  refuseSpent(found, new Date());
  const passwordHash = await hashPassword(input.password);
  for (let round = 1; ; round++) {
    try {
      const user = await db.transaction((tx) => openAccount(tx, found.id, passwordHash, phone));
      await attemptSucceeded(db, attempt);
      return issue(tokens, user);
    } catch (error) {
      const constraint = uniqueViolation(error);
      if (phone && (constraint === "users_username_uq" || constraint === "users_phone_uq")) throw phoneTaken();
      // Two family members took the same suffix at once: the loser takes the next.
      if (constraint === "users_username_uq" && round < 3) continue;
      throw error;
    }
  }
}

async function openAccount(tx: Tx, codeId: number, passwordHash: string, phone: string | null) {
  // Locked: a second activation of this code waits here, then finds it used.
  const [code] = await tx.select().from(activationCodes).where(eq(activationCodes.id, codeId)).for("update");
  const now = new Date();
  refuseSpent(code!, now);
  const [household] = await tx
    .select({ id: households.id, number: households.number, headName: households.headName, status: households.status, villageCode: villages.code })
    .from(households)
    .innerJoin(villages, eq(villages.id, households.villageId))
    .where(eq(households.id, code!.householdId));
  if (household!.status !== "ACTIVE") throw conflict("HOUSEHOLD_STATUS", "The household is not active any more; ask the village committee");
  if (phone) {
    const [holder] = await tx
      .select({ id: users.id })
      .from(users)
      .where(or(eq(users.username, phone), and(eq(users.phone, phone), eq(users.active, true))))
      .limit(1);
    if (holder) throw phoneTaken();
  }
  const username = phone ?? (await freeUsername(tx, householdUsername(household!.villageCode, household!.number)));
  const [user] = await tx
    .insert(users)
    .values({ username, passwordHash, displayName: household!.headName, role: "RESIDENT", householdId: household!.id, phone, lastLoginAt: now })
    .returning();
  await tx.update(activationCodes).set({ usedAt: now, usedBy: user!.id }).where(eq(activationCodes.id, codeId));
  await audit(tx, { userId: user!.id }, "activate-resident", "user", user!.id, { householdId: household!.id, activationId: codeId, byPhone: phone !== null });
  return user!;
}
