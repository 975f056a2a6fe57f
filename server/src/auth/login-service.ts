import { and, count, desc, eq, gt, lt, min, sql } from "drizzle-orm";
import { loginAttempts, users } from "@cunwu/schema";
import type { Db } from "../db/database";
import { audit } from "../audit/audit";
import { badInput, unauthenticated } from "../errors";
import { Checks } from "../common/validate";
import { checkPassword, maxPasswordLength } from "../users/user-service";
import { actorOf, type Actor } from "./actor";
import { decoyPasswordHash, hashPassword, verifyPassword } from "./password";
import type { TokenService } from "./token";

export interface LoginLimits {
  /** Failures per username before it is locked for the window. */
  maxFailures: number;
  windowMinutes: number;
}

/** One address may fail this many times more than one username (a shared village office PC). */
const addressFactor = 4;

type UserRow = typeof users.$inferSelect;

export interface Session {
  token: string;
  expiresAt: Date;
  user: UserRow;
}

async function issue(tokens: TokenService, user: UserRow): Promise<Session> {
  const { token, expiresAt } = await tokens.issue({ userId: user.id, version: user.tokenVersion });
  return { token, expiresAt, user };
}

/**
 * Seconds until a key may try again, or 0. Failures count since the key's
 * last success and within the window, so a correct login clears them.
 */
async function lockedFor(db: Db, key: "username" | "address", value: string, limit: number, windowMinutes: number) {
  const column = loginAttempts[key];
  const since = new Date(Date.now() - windowMinutes * 60_000);
  // A username's own success clears its failures; an address's do not clear
  // on anyone's success, or one valid account could shield guessing at others.
  const [lastSuccess] =
    key === "username"
      ? await db
          .select({ at: loginAttempts.at })
          .from(loginAttempts)
          .where(and(eq(column, value), eq(loginAttempts.succeeded, true), gt(loginAttempts.at, since)))
          .orderBy(desc(loginAttempts.at))
          .limit(1)
      : [];
  const from = lastSuccess && lastSuccess.at > since ? lastSuccess.at : since;
  const [failures] = await db
    .select({ n: count(), oldest: min(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(column, value), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, from)));
  if (!failures || failures.n < limit || !failures.oldest) return 0;
  return Math.max(1, Math.ceil((failures.oldest.getTime() + windowMinutes * 60_000 - Date.now()) / 1000));
}

/** Too many recent failures for this username or address: UNAUTHENTICATED, reason RATE_LIMITED. */
async function assertNotLocked(db: Db, limits: LoginLimits, username: string, address: string): Promise<void> {
  const retryAfter = Math.max(
    await lockedFor(db, "username", username, limits.maxFailures, limits.windowMinutes),
    await lockedFor(db, "address", address, limits.maxFailures * addressFactor, limits.windowMinutes),
  );
  if (retryAfter > 0) {
    throw unauthenticated(`Too many failed logins; try again in ${Math.ceil(retryAfter / 60)} minutes`, {
      reason: "RATE_LIMITED",
      retryAfterSeconds: retryAfter,
    });
  }
}

export async function login(
  db: Db,
  tokens: TokenService,
  limits: LoginLimits,
  input: { username: string; password: string; address: string },
): Promise<Session> {
  const checks = new Checks();
  const username = checks.requiredText("username", input.username, { max: 64 })?.toLowerCase();
  if (!input.password) checks.fail("password", "REQUIRED");
  // No password is this long; refusing it spares argon2 a megabyte.
  else if (input.password.length > maxPasswordLength) checks.fail("password", "TOO_LONG");
  checks.throwIfAny();
  await assertNotLocked(db, limits, username!, input.address);

  const [user] = await db.select().from(users).where(eq(users.username, username!));
  // Unknown users cost the same hash as known ones, so timing tells nothing.
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  const succeeded = Boolean(user && valid && user.active);
  await db.insert(loginAttempts).values({ username: username!, address: input.address, succeeded });
  if (!succeeded || !user) {
    throw unauthenticated("Wrong username or password", { reason: "BAD_CREDENTIALS" });
  }
  const [updated] = await db
    .update(users)
    .set({ lastLoginAt: new Date() })
    .where(eq(users.id, user.id))
    .returning();
  // Attempts older than a day only weigh on the table.
  await db.delete(loginAttempts).where(and(eq(loginAttempts.username, username!), lt(loginAttempts.at, sql`now() - interval '1 day'`)));
  return issue(tokens, updated!);
}

/**
 * Changes the actor's own password. Every other session ends (the token
 * version moves on); the caller gets a fresh token to stay logged in.
 */
export async function changePassword(
  db: Db,
  tokens: TokenService,
  limits: LoginLimits,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; address: string },
): Promise<Session> {
  const checks = new Checks();
  if (!input.currentPassword) checks.fail("currentPassword", "REQUIRED");
  checkPassword(checks, "newPassword", input.newPassword);
  checks.throwIfAny();
  if (input.newPassword === input.currentPassword) throw badInput({ newPassword: "INVALID" }, "The new password must differ from the current one");
  // A wrong current password is a failed login: a stolen token must not
  // allow unlimited guessing.
  await assertNotLocked(db, limits, actor.username, input.address);
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await db.insert(loginAttempts).values({ username: actor.username, address: input.address, succeeded: false });
    throw badInput({ currentPassword: "INVALID" }, "The current password is wrong");
  }
  const passwordHash = await hashPassword(input.newPassword);
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, tokenVersion: sql`${users.tokenVersion} + 1`, updatedAt: new Date() })
      .where(and(eq(users.id, user.id), eq(users.tokenVersion, user.tokenVersion)))
      .returning();
    if (!row) throw unauthenticated("Your session changed meanwhile; please log in again");
    await audit(tx, actor, "change-password", "user", user.id);
    return row;
  });
  return issue(tokens, updated);
}

/** The actor a bearer token stands for, or why it stands for none. */
export async function authenticate(
  db: Db,
  tokens: TokenService,
  token: string,
): Promise<{ actor: Actor } | { failure: "expired" | "invalid" }> {
  const claims = await tokens.verify(token);
  if (claims === "expired" || claims === "invalid") return { failure: claims };
  const [user] = await db.select().from(users).where(eq(users.id, claims.userId));
  // A deactivated user, or a token from before a password change, no longer counts.
  if (!user || !user.active || user.tokenVersion !== claims.version) return { failure: "invalid" };
  return { actor: actorOf(user) };
}
