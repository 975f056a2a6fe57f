import type { households } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import { runsVillage } from "../auth/scope";
import { allowedActions, type Refusal } from "../auth/allowed-actions";
import { badInput, conflict, forbidden } from "../errors";

/**
 * What may be done to a household, one check per step: thrown by the step's
 * mutation (here, in points/ and in shop/) and listed by the household's
 * `allowedActions`. Each answers the refusal or null. Amounts (a balance too
 * small for a deduction or a sale) are the ledger's to refuse, not listed here.
 */

export const householdActions = ["UPDATE", "ARCHIVE", "AWARD", "DEDUCT", "REDEEM"] as const;
export type HouseholdAction = (typeof householdActions)[number];

type Household = Pick<typeof households.$inferSelect, "id" | "villageId" | "status">;

/** Its record is kept (updated, archived) by its own village committee and the district admin. */
export const keepCheck = (actor: Actor, household: Household): Refusal =>
  runsVillage(actor, household.villageId) ? null : forbidden("Only the village's own committee or the district admin keeps its households");

/** Archiving: once. */
export const archiveCheck = (actor: Actor, household: Household): Refusal =>
  keepCheck(actor, household) ??
  (household.status === "ARCHIVED" ? conflict("HOUSEHOLD_STATUS", "The household is already archived", { status: household.status }) : null);

/**
 * Awards and deductions: by whoever runs its village, to an ACTIVE household.
 * A household the caller named that cannot take them is a bad input on `field`.
 */
export function pointsMoveCheck(actor: Actor, household: Household, field = "householdId"): Refusal {
  if (!runsVillage(actor, household.villageId)) return forbidden("Only the village's own committee or the district admin does this");
  if (household.status !== "ACTIVE") return badInput({ [field]: "INVALID" }, `Household ${household.id} is ${household.status}`);
  return null;
}

/** Redeeming: by whoever runs its village's shop, for an ACTIVE household of a village with a shop. */
export function redeemCheck(actor: Actor, household: Household, village: { hasShop: boolean }): Refusal {
  if (!runsVillage(actor, household.villageId)) return forbidden("Only the village's own committee or the district admin runs its shop");
  if (household.status !== "ACTIVE") {
    return conflict("HOUSEHOLD_STATUS", `The household is ${household.status}; only active households redeem`, { status: household.status });
  }
  return village.hasShop ? null : conflict("NO_SHOP", "The household's village has no points supermarket");
}

/** What the caller may do with the household now (`village`: whether its village has a shop). */
export const allowedHouseholdActions = (actor: Actor, household: Household, village: { hasShop: boolean }): HouseholdAction[] =>
  allowedActions({
    UPDATE: () => keepCheck(actor, household),
    ARCHIVE: () => archiveCheck(actor, household),
    AWARD: () => pointsMoveCheck(actor, household),
    DEDUCT: () => pointsMoveCheck(actor, household),
    REDEEM: () => redeemCheck(actor, household, village),
  });
