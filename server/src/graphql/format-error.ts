import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { AppError, errorCodes, errorReasons, timeBudgetExceeded, type ErrorCode, type ErrorReason } from "../errors";
import type { Logger } from "../logger";
import { loggableError, newErrorId } from "../common/log-safe-error";
import { isStatementTimeout } from "./time-budget";

const codes = new Set<string>(errorCodes);

/** Apollo's own codes for a request it could not take, all bad input to the client. */
const requestErrorCodes = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/** `Variable "$input" got invalid value … at "input.memberCount"` → { memberCount: "INVALID" } */
function fieldsOfCoercionError(message: string): Record<string, string> | undefined {
  const missing = /Field "([^"]+)" of required type "[^"]+" was not provided/.exec(message)?.[1];
  if (missing) return { [missing]: "REQUIRED" };
  const at = /at "([^"]+)"/.exec(message)?.[1];
  const variable = /Variable "\$([^"]+)"/.exec(message)?.[1];
  const path = at ?? variable;
  if (!path) return undefined;
  const field = path.includes(".") ? path.slice(path.indexOf(".") + 1) : path;
  return { [field]: /of required type|was not provided/.test(message) ? "REQUIRED" : "INVALID" };
}

/** graphql-armor's and graphql-js's words for a document over a limit (they set no reason of their own). */
const overLimit = /limit of \d+ exceeded|more tha[nt] \d+ tokens/i;

/** The reason of a request refused before it ran: ours where we set one, else from what was refused. */
function requestReason(formatted: GraphQLFormattedError, fields: Record<string, string> | undefined): ErrorReason {
  const given = formatted.extensions?.reason;
  if (typeof given === "string" && given in errorReasons) return given as ErrorReason;
  if (overLimit.test(formatted.message)) return "REQUEST_TOO_LARGE";
  return fields ? "INVALID_INPUT" : "INVALID_QUERY";
}

const reasonOfCode: Partial<Record<string, ErrorReason>> = {
  UNAUTHENTICATED: "NOT_LOGGED_IN",
  FORBIDDEN: "NOT_ALLOWED",
  NOT_FOUND: "NOT_FOUND",
  INSUFFICIENT_POINTS: "INSUFFICIENT_POINTS",
  OUT_OF_STOCK: "OUT_OF_STOCK",
};

/**
 * Every error a client sees has one of DESIGN.md's codes and one of
 * errors.ts's reasons. Our own errors keep
 * their message and extensions; anything unexpected is logged and shown as a
 * bare INTERNAL_SERVER_ERROR, never a database message or a stack.
 */
export function createFormatError(logger: Logger, budgetMs = 15_000) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let original = unwrapResolverError(error);
    if (isStatementTimeout(original)) original = timeBudgetExceeded(budgetMs);
    if (original instanceof AppError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { ...original.extensions, code: original.code, reason: original.reason },
      };
    }
    const code = formatted.extensions?.code;
    // Apollo's BAD_USER_INPUT (a variable of the wrong type) is one of our codes
    // too, but goes below, where it gets the offending field.
    if (typeof code === "string" && codes.has(code as ErrorCode) && !requestErrorCodes.has(code) && !formatted.path) {
      const given = formatted.extensions?.reason;
      const reason = typeof given === "string" && given in errorReasons ? given : (reasonOfCode[code] ?? "INVALID_QUERY");
      return { message: formatted.message, locations: formatted.locations, extensions: { code, reason } };
    }
    if (typeof code === "string" && requestErrorCodes.has(code)) {
      const given = formatted.extensions?.fields as Record<string, string> | undefined;
      const fields = given ?? fieldsOfCoercionError(formatted.message);
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code: "BAD_USER_INPUT", reason: requestReason(formatted, fields), ...(fields ? { fields } : {}) },
      };
    }
    // The client gets an id to quote; the log line with that id says what broke.
    const errorId = newErrorId();
    logger.error({ errorId, error: loggableError(original), path: formatted.path }, "unexpected error");
    return { message: `Internal server error (${errorId})`, path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR", reason: "INTERNAL_ERROR", errorId } };
  };
}
