import { ErrorReason, type TypedDocumentString } from "../gql/graphql";
import { getToken } from "./session";

// The closed set of codes the server puts in `errors[0].extensions.code`,
// plus two of the console's own: the server could not be reached (NETWORK),
// or answered with something else (UNKNOWN). Each has `errors.<CODE>` in i18n.
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "INSUFFICIENT_POINTS",
  "OUT_OF_STOCK",
  "NETWORK",
  "UNKNOWN",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Field errors in react-admin's shape: field → translation key; `root.serverError` is notified. */
export interface ValidationErrors {
  [field: string]: string | { serverError: string };
}

/**
 * A failed request. `message` is a translation key (`errors.<CODE>`), which
 * react-admin translates when it notifies; `body.errors` puts BAD_USER_INPUT
 * messages next to their fields (forms must save in pessimistic mode);
 * `reason` says why (the schema's closed ErrorReason) and `details` fill in
 * the case (the product out of stock, the balance and the points needed, the
 * current status): errorMessages.ts turns the two into a sentence.
 */
export class GraphQLRequestError extends Error {
  readonly code: ErrorCode;
  readonly body?: { errors: ValidationErrors };
  readonly details: Readonly<Record<string, unknown>>;
  readonly reason?: ErrorReason;
  /** The session token the request was sent with (null: none), where `execute` sent it. */
  sentWith?: string | null;

  constructor(code: ErrorCode, body?: { errors: ValidationErrors }, details: Record<string, unknown> = {}, reason?: ErrorReason) {
    super(`errors.${code}`);
    this.name = "GraphQLRequestError";
    this.code = code;
    this.body = body;
    this.details = details;
    this.reason = reason;
  }
}

interface GraphQLErrorEntry {
  message?: string;
  extensions?: { code?: unknown; fields?: unknown; [key: string]: unknown };
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorEntry[];
}

const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === "string" && (ERROR_CODES as readonly string[]).includes(value);

const isErrorReason = (value: unknown): value is ErrorReason => typeof value === "string" && (Object.values(ErrorReason) as string[]).includes(value);

// `{ phone: "INVALID" }` → `{ phone: "errors.fields.INVALID", root: {...} }`.
// A photo field's TOO_MANY is worded as photos (the reason says so), not "too many at once".
const toValidationErrors = (fields: unknown, reason: ErrorReason | undefined): ValidationErrors => {
  const errors: ValidationErrors = { root: { serverError: "errors.BAD_USER_INPUT" } };
  if (fields && typeof fields === "object") {
    for (const [name, code] of Object.entries(fields)) {
      const words = reason === "TOO_MANY_PHOTOS" && code === "TOO_MANY" ? "TOO_MANY_PHOTOS" : String(code);
      errors[name.replace(/^input\./, "")] = `errors.fields.${words}`;
    }
  }
  return errors;
};

export const toRequestError = (entry: GraphQLErrorEntry | undefined): GraphQLRequestError => {
  const { code, reason: given, fields, ...details } = entry?.extensions ?? {};
  const reason = isErrorReason(given) ? given : undefined;
  if (!isErrorCode(code)) return new GraphQLRequestError("UNKNOWN", undefined, {}, reason);
  if (code === "BAD_USER_INPUT") {
    return new GraphQLRequestError(code, { errors: toValidationErrors(fields, reason) }, { ...details, fields }, reason);
  }
  return new GraphQLRequestError(code, undefined, details, reason);
};

export const GRAPHQL_URL = "/graphql";

/**
 * Posts one operation, a document typed from the schema (src/documents/,
 * generated into src/gql/ by `pnpm codegen`); resolves with `data` or rejects
 * with a GraphQLRequestError.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    "apollo-require-preflight": "true",
  };
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: "POST",
      headers,
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new GraphQLRequestError("NETWORK");
  }

  const result = (await response.json().catch(() => null)) as GraphQLResponse<TResult> | null;
  if (result?.errors?.length) throw Object.assign(toRequestError(result.errors[0]), { sentWith: token });
  if (!response.ok || result?.data == null) throw new GraphQLRequestError("UNKNOWN");
  return result.data;
}
