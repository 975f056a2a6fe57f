import { useCanAccess, type RaRecord } from "react-admin";
import { useSessionUser } from "../common/session";
import type { Role } from "../common/enums";

/**
 * Teams and brands a user may change (the server checks again): the district
 * admin any; township staff any it sees (its township's and its villages'); a
 * village committee its own village's, not the township's it also sees.
 */
export const canKeepOwned = (
  user: { role: Role; villageId: string | null } | null | undefined,
  owner: { villageId: string | null },
): boolean => {
  if (!user) return false;
  if (user.role === "DISTRICT_ADMIN" || user.role === "TOWNSHIP_STAFF") return true;
  return user.role === "VILLAGE_COMMITTEE" && owner.villageId !== null && owner.villageId === user.villageId;
};

/** Activities a user may run: the district admin any, a committee its village's. */
export const canRunActivity = (
  user: { role: Role; villageId: string | null } | null | undefined,
  activity: { villageId: string },
): boolean => {
  if (!user) return false;
  return user.role === "DISTRICT_ADMIN" || (user.role === "VILLAGE_COMMITTEE" && user.villageId === activity.villageId);
};

/** A teams' or brands' list row opens its edit form only for those who keep that owner's records. */
export const useOwnedRowClick = (resource: "volunteerTeams" | "serviceBrands") => {
  const user = useSessionUser();
  const { canAccess: canEdit } = useCanAccess({ resource, action: "edit" });
  return (_id: unknown, _resource: string, record: RaRecord) =>
    canEdit && canKeepOwned(user, record as unknown as { villageId: string | null }) ? "edit" : false;
};
