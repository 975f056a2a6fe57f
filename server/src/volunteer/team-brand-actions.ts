import type { Actor } from "../request/actor";
import { forbidden } from "../errors";
import { mayKeepOwned, type Owner } from "./volunteer-scope";
import type { Refusal } from "../auth/allowed-actions";

/**
 * What may be done to a team or a brand: changing it (which includes
 * retiring it with `active: false`) is for whoever keeps its owner's records
 * (volunteer-scope.ts `mayKeepOwned`). The update mutations throw what
 * `keepRefusal` returns, and `allowedActions` offers UPDATE when it returns
 * nothing: one rule, used twice.
 */

export const VolunteerTeamAction = { UPDATE: "UPDATE" } as const;
export type VolunteerTeamAction = keyof typeof VolunteerTeamAction;
export const volunteerTeamActionDescriptions: Record<VolunteerTeamAction, string> = {
  UPDATE: "updateVolunteerTeam: change it, or retire it (active: false)",
};

export const ServiceBrandAction = { UPDATE: "UPDATE" } as const;
export type ServiceBrandAction = keyof typeof ServiceBrandAction;
export const serviceBrandActionDescriptions: Record<ServiceBrandAction, string> = {
  UPDATE: "updateServiceBrand: change it, or retire it (active: false)",
};

/** Creating one for an owner, and changing one, are the owner's keepers'. */
export function keepRefusal(actor: Actor, owner: Owner, what: "team" | "brand"): Refusal {
  return mayKeepOwned(actor, owner) ? null : forbidden(`You may not keep this ${what}`);
}

/** A row's owner, with the township of its village (read by the caller's means: a statement, or a loader). */
export async function ownerOf(
  row: { townshipId: number | null; villageId: number | null },
  townshipOfVillage: (villageId: number) => Promise<number | null | undefined>,
): Promise<Owner> {
  if (row.villageId === null) return { townshipId: row.townshipId, villageId: null, villageTownshipId: null };
  return { townshipId: row.townshipId, villageId: row.villageId, villageTownshipId: (await townshipOfVillage(row.villageId)) ?? null };
}

/** UPDATE when the caller keeps the owner's records; the same for teams and brands. */
export const allowedOwnedActions = (actor: Actor, owner: Owner, what: "team" | "brand"): "UPDATE"[] =>
  keepRefusal(actor, owner, what) === null ? ["UPDATE"] : [];
