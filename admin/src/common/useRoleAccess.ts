import { canRoleAccess, type AccessName } from "../providers/access";
import { useSessionUser } from "./session";

/**
 * Whether the signed-in role has this screen or action (providers/access.ts),
 * answered at once from the session.
 *
 * Not react-admin's useCanAccess: that is a query, and a Show, List or Edit
 * shows its loader while a query for its own resource and action is pending.
 * The household page's buttons asked { households, show } inside the
 * household's Show: the Show hid them before they mounted to fetch, and both
 * waited for ever (加载中 on every household page, even after a reload).
 */
export const useRoleAccess = (resource: AccessName, action: string): boolean =>
  canRoleAccess(useSessionUser()?.role, resource, action);
