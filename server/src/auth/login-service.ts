import { and, eq, lt, sql } from "drizzle-orm";
import { loginAttempts, users } from "@cunwu/schema";
import type { Db } from "../db/database";
import { audit } from "../audit/audit";
import { badInput, unauthenticated } from "../errors";
import { Checks } from "../common/validate";
import { actorFromUser, type Actor } from "../request/actor";
import { checkPassword, decoyPasswordHash, hashPassword, maxPasswordLength, verifyPassword } from "./password";
import { attemptSucceeded, claimAttempt } from "./login-limits";
import type { LoginLimits } from "../config";
import type { TokenService } from "../request/token";
import { cachedActor, forgetActor, rememberActor } from "./actor-cache";

/** What a request needs of its user: the actor's fields and whether the token still counts (no password hash). */
const actorColumns = {
  id: users.id,
  username: users.username,
  role: users.role,
  townshipId: users.townshipId,
  villageId: users.villageId,
  departmentId: users.departmentId,
  householdId: users.householdId,
  active: users.active,
  tokenVersion: users.tokenVersion,
  mustChangePassword: users.mustChangePassword,
};


type UserRow = typeof users.$inferSelect;

export interface Session {
  token: string;
  expiresAt: Date;
  user: UserRow;
}

/** A session for a user who just proved who they are (a password, an activation code, a text-message code). */
export async function issue(tokens: TokenService, user: UserRow): Promise<Session> {
  const { token, expiresAt } = await tokens.issue({ userId: user.id, version: user.tokenVersion });
  return { token, expiresAt, user };
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
  const attempt = await claimAttempt(db, limits, username!, input.address);

  const [user] = await db.select().from(users).where(eq(users.username, username!));
  // Unknown users cost the same hash as known ones, so timing tells nothing.
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!user || !valid || !user.active) {
    throw unauthenticated("Wrong username or password", "BAD_CREDENTIALS");
  }
  await attemptSucceeded(db, attempt);
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
  const attempt = await claimAttempt(db, limits, actor.username, input.address);
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw badInput({ currentPassword: "INVALID" }, "The current password is wrong");
  }
  await attemptSucceeded(db, attempt);
  const passwordHash = await hashPassword(input.newPassword);
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, tokenVersion: sql`${users.tokenVersion} + 1`, updatedAt: new Date() })
      .where(and(eq(users.id, user.id), eq(users.tokenVersion, user.tokenVersion)))
      .returning();
    if (!row) throw unauthenticated("Your session changed meanwhile; please log in again");
    await audit(tx, actor, "change-password", "user", user.id);
    return row;
  });
  forgetActor(db, user.id);
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
  const cached = cachedActor(db, claims.userId, claims.version);
  if (cached) return { actor: cached };
  const [user] = await db.select(actorColumns).from(users).where(eq(users.id, claims.userId));
  // A deactivated user, or a token from before a password change, no longer counts.
  if (!user || !user.active || user.tokenVersion !== claims.version) return { failure: "invalid" };
  const actor = actorFromUser(user);
  rememberActor(db, actor, user.tokenVersion);
  return { actor };
}
