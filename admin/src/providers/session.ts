import type { LoginMutation } from "../gql/graphql";

/** The token and the signed-in user as returned by the `login` mutation (documents/households.ts). */
export type Session = LoginMutation["login"];
export type SessionUser = Session["user"];

const TOKEN_KEY = "cunwu.token";
const USER_KEY = "cunwu.user";

export const getToken = (): string | null => localStorage.getItem(TOKEN_KEY);

export const getUser = (): SessionUser | null => {
  const raw = localStorage.getItem(USER_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as SessionUser;
  } catch {
    return null;
  }
};

export const saveSession = ({ token, user }: Session): void => {
  localStorage.setItem(TOKEN_KEY, token);
  localStorage.setItem(USER_KEY, JSON.stringify(user));
};

export const clearSession = (): void => {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(USER_KEY);
};

/** When the token stops being accepted (its `exp` claim, ms since 1970); null when it cannot be read. */
export function tokenExpiry(token: string): number | null {
  try {
    const payload = token.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/");
    const exp = (JSON.parse(atob(payload)) as { exp?: unknown }).exp;
    return typeof exp === "number" ? exp * 1000 : null;
  } catch {
    return null;
  }
}

/**
 * A stored session the server may still accept: a token, its user, and not
 * past the token's expiry (a login lasts hours, so the morning after it has
 * ended). A token whose expiry cannot be read is left to the server to judge.
 */
export function hasLiveSession(now = Date.now()): boolean {
  const token = getToken();
  if (!token || !getUser()) return false;
  const expiry = tokenExpiry(token);
  return expiry === null || expiry > now;
}
