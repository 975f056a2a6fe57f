import { getUser, type SessionUser } from "../providers/session";

/** The signed-in user (role and scope ids) as the login returned it. */
export const useSessionUser = (): SessionUser | null => getUser();
