import { lazy, type ComponentType } from "react";

/**
 * A screen loaded when first shown, not with the console: the login page and
 * the layout come first, each resource's screens in their own chunk.
 * react-admin's layout shows its loader (a Suspense boundary) meanwhile.
 */
export const lazyView = <M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) =>
  lazy(async () => ({ default: (await load())[name] as ComponentType }));
