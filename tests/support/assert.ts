import { expect } from "vitest";
import type { GraphQLResult } from "./server";

// The assertions every API test makes about an answer.

/** The first error's code, for asserting error paths. */
export const errorCode = (result: GraphQLResult) => result.errors?.[0]?.extensions.code;

/** The first error's reason (`extensions.reason`, one of the schema's ErrorReason). */
export const reasonOf = (result: GraphQLResult) => result.errors?.[0]?.extensions.reason;

/** The first error's extensions: its code, reason and the details it names (`status`, `available` …). */
export const detailsOf = (result: GraphQLResult): Record<string, unknown> => result.errors?.[0]?.extensions ?? {};

/** The first error's field errors (`{ name: "REQUIRED" }`). */
export const fieldsOf = (result: GraphQLResult) => result.errors?.[0]?.extensions.fields;

/** "OK" for an answer without errors, else its code: for tallying racing calls. */
export const outcomeOf = (result: GraphQLResult) => (result.errors ? String(errorCode(result)) : "OK");

/** How many answers ended each way: `{ OK: 12, INSUFFICIENT_POINTS: 18 }`. */
export function tally(results: GraphQLResult[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const result of results) counts[outcomeOf(result)] = (counts[outcomeOf(result)] ?? 0) + 1;
  return counts;
}

/** A refusal with this code and, when given, exactly these field errors. */
export function expectError(result: GraphQLResult, code: string, fields?: Record<string, string>) {
  expect(errorCode(result), JSON.stringify(result.errors)).toBe(code);
  if (fields) expect(fieldsOf(result)).toEqual(fields);
}

/** A refusal with this code and this reason; `what` names the case in a failure. */
export function expectReason(result: GraphQLResult, code: string, reason: string, what?: string) {
  const answer = JSON.stringify(result.errors ?? result.data);
  expect(result.errors?.[0]?.extensions ?? {}, what ? `${what}: ${answer}` : answer).toMatchObject({ code, reason });
}

/** A refusal that also returns no data at all (nothing half-done leaks out). */
export function expectRefused(result: GraphQLResult, code: string, fields?: Record<string, string>) {
  expectError(result, code, fields);
  expect(result.data ?? null).toBeNull();
}

/** Refused as bad input (BAD_USER_INPUT, no data), with exactly these field errors when given. */
export const expectBadInput = (result: GraphQLResult, fields?: Record<string, string>) => expectRefused(result, "BAD_USER_INPUT", fields);

/** An answer without errors; returns its data. */
export function expectOk<T>(result: GraphQLResult<T>, what?: string): T {
  const errors = JSON.stringify(result.errors);
  expect(result.errors, what ? `${what}: ${errors}` : errors).toBeUndefined();
  return result.data!;
}

export { rowsOf } from "@cunwu/server/db/rows";
