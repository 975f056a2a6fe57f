import { randomInt } from "node:crypto";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { users, villages } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db } from "../db/database";
import { audit } from "../audit/audit";
import { hashPassword } from "../auth/password";
import { forgetActor } from "../auth/actor-cache";
import { badInput, conflict, notFound } from "../errors";
import { uniqueViolation } from "../common/db-errors";
import { parseId } from "../common/validate";
import { getUser } from "./user-service";

// Accounts the admin hands out on paper: a password reset, and a village's
// committee account. Each carries a temporary password, returned once and
// stored only as its hash; the user must choose a new one at the next login.

/** No 0/o, 1/l/i: read aloud or copied from paper without doubt. */
const alphabet = "23456789abcdefghjkmnpqrstuvwxyz";

/** Three groups of four (e.g. "k7pm-3xqa-h9tw"): 14 characters, about 59 bits. */
export function temporaryPassword(): string {
  const group = () => Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join("");
  return [group(), group(), group()].join("-");
}

/**
 * Sets a temporary password for another user: their sessions end, and until
 * they choose a new password they may only call `me` and `changePassword`.
 */
export async function resetPassword(db: Db, actor: Actor, rawId: string) {
  const id = parseId(rawId, "User", "userId");
  // The admin's own password is changed with changePassword, knowing the current one.
  if (id === actor.userId) throw badInput({ userId: "INVALID" }, "Change your own password with changePassword");
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const user = await db.transaction(async (tx) => {
    await getUser(tx, id);
    const [row] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, tokenVersion: sql`${users.tokenVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    await audit(tx, actor, "reset-password", "user", id);
    return row!;
  });
  forgetActor(db, id);
  return { user, temporaryPassword: password };
}

/** At most this many villages at once: each account costs a password hash (tens of ms). */
export const maxVillagesAtOnce = 100;

/** A village's committee account's username: "vc-" and the village code in lower case (at most 32 characters). */
export const committeeUsername = (villageCode: string) => `vc-${villageCode.toLowerCase()}`.slice(0, 32);

export type CommitteeAccountOutcome = "CREATED" | "HAS_COMMITTEE" | "USERNAME_TAKEN";

/**
 * One VILLAGE_COMMITTEE account for each village given that has no committee
 * account yet (active or not: a deactivated one is reactivated, not replaced).
 * All or nothing, in the order given; villages skipped say why.
 */
export async function createVillageCommitteeAccounts(db: Db, actor: Actor, rawIds: readonly string[]) {
  if (rawIds.length === 0) throw badInput({ villageIds: "REQUIRED" }, "Choose at least one village");
  if (rawIds.length > maxVillagesAtOnce) throw badInput({ villageIds: "TOO_MANY" }, `At most ${maxVillagesAtOnce} villages at once`);
  const ids = [...new Set(rawIds.map((raw) => parseId(raw, "Village", "villageIds")))];
  const rows = await db.select().from(villages).where(inArray(villages.id, ids));
  const missing = ids.find((id) => !rows.some((row) => row.id === id));
  if (missing !== undefined) throw notFound("Village", missing);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const planned = ids.map((id) => {
    const village = byId.get(id)!;
    return { village, username: committeeUsername(village.code), password: temporaryPassword() };
  });
  // Hashed before the transaction: argon2 is slow and the transaction holds locks.
  const hashes = await Promise.all(planned.map((p) => hashPassword(p.password)));
  try {
    return await db.transaction(async (tx) => {
      // Both facts from one statement, so one snapshot: read apart, another
      // admin's account committed between them read as USERNAME_TAKEN where
      // it is the village's committee (HAS_COMMITTEE).
      const committeeOf = and(eq(users.role, "VILLAGE_COMMITTEE"), inArray(users.villageId, ids));
      const existing = await tx
        .select({ username: users.username, villageId: users.villageId, isCommittee: sql<boolean>`${committeeOf}` })
        .from(users)
        .where(or(committeeOf, inArray(users.username, planned.map((p) => p.username))));
      const withCommittee = new Set(existing.filter((row) => row.isCommittee).map((row) => row.villageId));
      const taken = new Set(existing.map((row) => row.username));
      const results = [];
      for (const [index, p] of planned.entries()) {
        const outcome: CommitteeAccountOutcome = withCommittee.has(p.village.id) ? "HAS_COMMITTEE" : taken.has(p.username) ? "USERNAME_TAKEN" : "CREATED";
        if (outcome !== "CREATED") {
          results.push({ village: p.village, outcome, username: p.username, user: null, temporaryPassword: null });
          continue;
        }
        const [user] = await tx
          .insert(users)
          .values({
            username: p.username,
            displayName: `${p.village.name}村民委员会`,
            passwordHash: hashes[index]!,
            role: "VILLAGE_COMMITTEE",
            villageId: p.village.id,
            mustChangePassword: true,
          })
          .returning();
        await audit(tx, actor, "create", "user", user!.id, { username: p.username, role: "VILLAGE_COMMITTEE", villageId: p.village.id, bulk: true });
        results.push({ village: p.village, outcome, username: p.username, user: user!, temporaryPassword: p.password });
      }
      return results;
    });
  } catch (error) {
    // Another admin created the same account meanwhile: nothing was made; a retry skips it.
    if (uniqueViolation(error) === "users_username_uq") throw conflict("CHANGED_MEANWHILE", "An account was created meanwhile; try again");
    throw error;
  }
}
