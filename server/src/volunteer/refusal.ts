import type { AppError } from "../errors";

/** What a step's check returns: why the step is refused, or null when it may be taken. */
export type Refusal = AppError | null;

/** Throws the refusal a check returned, if any. */
export function throwIfRefused(refusal: Refusal): void {
  if (refusal) throw refusal;
}
