import { expect } from "vitest";
import type { GraphQLResult } from "./server";

/**
 * The check behind every record's `allowedActions`: for one record state and
 * one caller, the listed actions are exactly the expected ones, each listed
 * action goes through (on a fresh record in that state), and each other one is
 * refused with its code and reason (on the record read, which it leaves as it
 * was).
 */

export interface Refused {
  code: string;
  reason: string;
}
export type Outcome = "ok" | Refused;

export const notAllowed: Refused = { code: "FORBIDDEN", reason: "NOT_ALLOWED" };
export const notFound: Refused = { code: "NOT_FOUND", reason: "NOT_FOUND" };
export const conflict = (reason: string): Refused => ({ code: "CONFLICT", reason });
export const badInput: Refused = { code: "BAD_USER_INPUT", reason: "INVALID_INPUT" };

export interface ActionCase<A extends string, R> {
  /** Names the case in failures, e.g. "ON_PUBLICITY / village". */
  name: string;
  /** A new record in the state. */
  make: () => Promise<R>;
  /** The record's allowedActions as the caller, or the refusal of the read when the caller cannot read it. */
  read: (record: R) => Promise<GraphQLResult>;
  /** Where the record's list is in the read's data. */
  listed: (data: Record<string, any>, record: R) => string[];
  /** Does the action as the caller. */
  act: (action: A, record: R) => Promise<GraphQLResult>;
  /** Every action's outcome for the caller. */
  expected: Record<A, Outcome>;
  /** Set when the caller cannot read the record at all: the read's refusal. */
  unreadable?: Refused;
}

const refusalOf = (result: GraphQLResult) => {
  const extensions = result.errors?.[0]?.extensions;
  return extensions ? { code: extensions.code, reason: extensions.reason } : undefined;
};

export async function checkActions<A extends string, R>(c: ActionCase<A, R>): Promise<void> {
  const actions = Object.keys(c.expected) as A[];
  const record = await c.make();
  const read = await c.read(record);
  if (c.unreadable) expect(refusalOf(read), `${c.name}: reading`).toEqual(c.unreadable);
  else {
    expect(read.errors, `${c.name}: reading`).toBeUndefined();
    const allowed = actions.filter((action) => c.expected[action] === "ok");
    expect([...c.listed(read.data!, record)].sort(), `${c.name}: allowedActions`).toEqual(allowed.sort());
  }
  for (const action of actions) {
    const outcome = c.expected[action];
    if (outcome === "ok") continue;
    expect(refusalOf(await c.act(action, record)), `${c.name}: ${action}`).toEqual(outcome);
  }
  for (const action of actions) {
    if (c.expected[action] !== "ok") continue;
    const result = await c.act(action, await c.make());
    expect(result.errors, `${c.name}: ${action}`).toBeUndefined();
  }
}
