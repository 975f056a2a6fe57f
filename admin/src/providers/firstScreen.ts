import { clearSession, hasLiveSession } from "./session";

/**
 * The first screen without a live session is the login form, reached in one
 * navigation before the app renders, and the screen that was asked for (a
 * bookmark, a link) comes back after the login.
 *
 * react-admin would find out by rendering: its check fails, it logs out and
 * redirects, and with react-router 7 that redirect re-ran its logout on
 * every render, 800–2,000 navigations and 10–20 s of white page before the
 * form showed.
 */

const RETURN_KEY = "cunwu.returnTo";
const loginRoute = "/login";
/** Pages for residents without a session: the activation from a slip, the login by a text-message code. */
export const PUBLIC_ROUTES = ["/activate", "/login-by-phone"];

const isPublic = (route: string) => PUBLIC_ROUTES.includes(route.split("?")[0]!);

/** The route in the URL's hash ("#/households?x" → "/households?x"), "/" when none. */
export const hashRoute = (hash: string): string => (hash.startsWith("#/") ? hash.slice(1) : "/");

/** The route the console shows now ("/" outside a browser). */
export const currentRoute = (): string => (typeof window === "undefined" ? "/" : hashRoute(window.location.hash));

/** Where to go after the login: the route remembered when the session was found missing, once. */
export function takeReturnTo(): string | undefined {
  const route = sessionStorage.getItem(RETURN_KEY) ?? undefined;
  sessionStorage.removeItem(RETURN_KEY);
  return route;
}

/** Remembers a route to come back to after the login (the dashboard needs no remembering). */
export function rememberReturnTo(route: string): void {
  const path = route.split("?")[0]!;
  if (path === loginRoute || path === "/" || isPublic(path)) sessionStorage.removeItem(RETURN_KEY);
  else sessionStorage.setItem(RETURN_KEY, route);
}

/**
 * Before the app renders: without a live session, go to the login form now,
 * remembering the route asked for; the public pages open as they are.
 */
export function startAtLoginWithoutSession(): void {
  if (hasLiveSession()) return;
  clearSession();
  const route = currentRoute();
  if (route.split("?")[0] === loginRoute || isPublic(route)) return;
  rememberReturnTo(route);
  window.history.replaceState(null, "", `${window.location.pathname}${window.location.search}#${loginRoute}`);
}
