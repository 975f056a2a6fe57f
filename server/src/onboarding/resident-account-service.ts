import { and, asc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { activationCodes, households, users } from "@cunwu/schema";
import type { Db } from "../db/database";
import type { Actor } from "../request/actor";
import { audit } from "../audit/audit";
import { householdScope, seesFullPhone } from "../auth/scope";
import { forgetActor } from "../auth/actor-cache";
import { notFound } from "../errors";
import { parseId } from "../common/validate";
import { uniqueViolation } from "../common/db-errors";
import { maskPhone } from "../common/phone";
import { phoneTaken } from "./activate-service";
import type { ResidentAccount } from "./onboarding-types";

type UserRow = typeof users.$inferSelect;

/** A resident's login as the caller may see it: the phone masked unless the caller sees the household's whole phone. */
export function accountView(actor: Actor, household: { id: number; villageId: number }, user: UserRow): ResidentAccount {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    phone: user.phone === null || seesFullPhone(actor, household) ? user.phone : maskPhone(user.phone),
    active: user.active,
    lastLoginAt: user.lastLoginAt,
    createdAt: user.createdAt,
    householdId: household.id,
  };
}

/** The resident logins of these households, oldest first (one statement for a page of households). */
export const residentAccountsOf = (db: Db, householdIds: number[]) =>
  db
    .select()
    .from(users)
    .where(and(inArray(users.householdId, householdIds), eq(users.role, "RESIDENT")))
    .orderBy(asc(users.id));

/** When each household's outstanding activation code expires (households without one are absent). */
export const openActivationsOf = (db: Db, householdIds: number[]) =>
  db
    .select({ householdId: activationCodes.householdId, expiresAt: activationCodes.expiresAt })
    .from(activationCodes)
    .where(
      and(
        inArray(activationCodes.householdId, householdIds),
        isNull(activationCodes.usedAt),
        isNull(activationCodes.replacedAt),
        gt(activationCodes.expiresAt, sql`now()`),
      ),
    );

/**
 * Disables or re-enables one family member's login, for staff whose area
 * holds the household (NOT_FOUND otherwise). Disabling ends the user's
 * sessions at once (the token version moves on, as a password change does).
 */
export async function setResidentAccountActive(db: Db, actor: Actor, rawId: string, active: boolean): Promise<ResidentAccount> {
  const id = parseId(rawId, "User");
  try {
    const { user, household } = await db.transaction(async (tx) => {
      const [found] = await tx
        .select({ user: users, household: { id: households.id, villageId: households.villageId } })
        .from(users)
        .innerJoin(households, eq(households.id, users.householdId))
        .where(and(eq(users.id, id), eq(users.role, "RESIDENT"), householdScope(actor)));
      if (!found) throw notFound("User", rawId);
      if (found.user.active === active) return found;
      const [updated] = await tx
        .update(users)
        .set({ active, updatedAt: new Date(), ...(active ? {} : { tokenVersion: sql`${users.tokenVersion} + 1` }) })
        .where(eq(users.id, id))
        .returning();
      await audit(tx, actor, active ? "enable-resident" : "disable-resident", "user", id, { householdId: found.household.id });
      return { user: updated!, household: found.household };
    });
    forgetActor(db, id);
    return accountView(actor, household, user);
  } catch (error) {
    // Re-enabled while another active account has taken the phone meanwhile.
    if (uniqueViolation(error) === "users_phone_uq") throw phoneTaken();
    throw error;
  }
}
