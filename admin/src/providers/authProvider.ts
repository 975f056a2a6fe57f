import type { AuthProvider } from "react-admin";
import { LoginDocument } from "../documents/households";
import { i18nProvider } from "../i18n";
import { execute, GraphQLRequestError } from "./graphqlClient";
import { describeError } from "./errorMessages";
import { canRoleAccess } from "./access";
import { clearSession, getToken, getUser, hasLiveSession, saveSession } from "./session";
import { currentRoute, rememberReturnTo, takeReturnTo } from "./firstScreen";

const codeOf = (error: unknown): string | undefined =>
  error instanceof GraphQLRequestError ? error.code : undefined;

// A lost session makes every check in flight fail at once: checkError for
// each query, checkAuth for each guarded component, each of which would
// move to the login form again (up to nine moves in a row were seen). The
// first makes the move; the others within a few seconds stay quiet. Later
// checks (a screen opened by hand from the form) move as ever.
const burstMs = 5_000;
let sentToLoginAt = Number.NEGATIVE_INFINITY;
const quietly = { logoutUser: false, redirectTo: false, message: false };
/** True for the first failure of a burst, which then makes the one move. */
const firstOfBurst = () => {
  if (Date.now() - sentToLoginAt < burstMs) return false;
  sentToLoginAt = Date.now();
  return true;
};

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    try {
      const { login } = await execute(LoginDocument, { username, password });
      saveSession(login);
      sentToLoginAt = Number.NEGATIVE_INFINITY;
      // Back to the screen asked for before the login, if any (else react-admin's own choice).
      const returnTo = takeReturnTo();
      return returnTo ? { redirectTo: returnTo } : undefined;
    } catch (error) {
      // Wrong credentials: react-admin's own message rather than "please sign in".
      const code = codeOf(error);
      // Too many failures: say so, or the user keeps typing the right password.
      // The login form notifies without arguments, so it gets the sentence with the wait in it.
      if (error instanceof GraphQLRequestError && error.reason === "RATE_LIMITED") {
        const { message, args } = describeError(error);
        throw new Error(i18nProvider.translate(message, args));
      }
      if (code === "UNAUTHENTICATED" || code === "BAD_USER_INPUT") {
        throw new Error("ra.auth.sign_in_error");
      }
      throw error;
    }
  },

  async logout() {
    clearSession();
  },

  async checkAuth() {
    if (hasLiveSession()) return;
    if (!firstOfBurst()) throw quietly;
    throw new Error("ra.auth.auth_check_error");
  },

  // UNAUTHENTICATED: the token expired or was revoked, so sign in again.
  // FORBIDDEN (and anything else): stay; the page shows the error.
  // Every query in flight fails the same way: only the first one (the
  // session still stored) leads to the login form; the rest stay quiet
  // rather than navigating to it again. A query sent before the latest
  // login, answered after it, speaks of a session already replaced: it
  // must not end the new one.
  async checkError(error: unknown) {
    if (codeOf(error) === "UNAUTHENTICATED") {
      const sentWith = error instanceof GraphQLRequestError ? error.sentWith : undefined;
      if (sentWith !== undefined && sentWith !== getToken()) throw quietly;
      if (!getToken() || !firstOfBurst()) throw quietly;
      clearSession();
      rememberReturnTo(currentRoute());
      throw error;
    }
  },

  async getIdentity() {
    const user = getUser();
    if (!user) throw new Error("ra.auth.auth_check_error");
    return { ...user, fullName: user.displayName };
  },

  async getPermissions() {
    return getUser()?.role;
  },

  async canAccess({ resource, action }) {
    return canRoleAccess(getUser()?.role, resource, action);
  },
};
