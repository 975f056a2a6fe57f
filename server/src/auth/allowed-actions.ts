import type { AppError } from "../errors";

/**
 * What the caller may do with a record, from the same checks its mutations
 * throw: each action's check answers the refusal, or null when it would go
 * through. A record's `allowedActions` field lists the actions without one.
 */
export type Refusal = AppError | null;

export function allowedActions<A extends string>(checks: Record<A, () => Refusal>): A[] {
  return (Object.keys(checks) as A[]).filter((action) => checks[action]() === null);
}

/** What a mutation does with its step's check: throws the refusal, if any. */
export function throwIfRefused(refusal: Refusal): void {
  if (refusal) throw refusal;
}
