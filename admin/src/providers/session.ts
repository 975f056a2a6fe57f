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
