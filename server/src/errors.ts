/**
 * The closed set of error codes clients see (DESIGN.md). Services throw
 * AppError; one formatter (graphql/format-error.ts) turns it into a GraphQL
 * error and hides everything else.
 */
export const errorCodes = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "INSUFFICIENT_POINTS",
  "OUT_OF_STOCK",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** Offending input fields and what is wrong with each. */
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const unauthenticated = (message = "Please log in", extra?: Record<string, unknown>) =>
  new AppError("UNAUTHENTICATED", message, extra);
export const forbidden = (message = "You may not do this") => new AppError("FORBIDDEN", message);
export const notFound = (entity: string, id: string | number) =>
  new AppError("NOT_FOUND", `${entity} ${id} was not found`, { entity, id: String(id) });
export const conflict = (message: string, extra?: Record<string, unknown>) => new AppError("CONFLICT", message, extra);
export const badInput = (fields: FieldErrors, message = "Some fields are not valid") =>
  new AppError("BAD_USER_INPUT", message, { fields });
