/**
 * The closed set of error codes clients see (DESIGN.md) and, below them, the
 * closed set of reasons: every error carries `extensions.code` and
 * `extensions.reason`, so a client says what went wrong from the reason, never
 * from which detail keys are present. Services throw AppError; one formatter
 * (graphql/format-error.ts) turns it into a GraphQL error and hides
 * everything else. The schema publishes the reasons as `enum ErrorReason`.
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

/** Every reason, with what it means; the schema's enum documents each value with these words. */
export const errorReasons = {
  // UNAUTHENTICATED
  NOT_LOGGED_IN: "The operation needs a logged-in user.",
  BAD_CREDENTIALS: "The username or the password is wrong.",
  TOKEN_EXPIRED: "The session has expired; log in again.",
  INVALID_TOKEN: "The session is not valid any more (signed out, password or role changed); log in again.",
  RATE_LIMITED: "Too many failed logins or wrong codes; `retryAfterSeconds` says how long to wait.",
  LOGIN_CODE_INVALID: "The text-message login code is wrong, expired, used or out of tries (one reason for all: nothing to enumerate); ask for a new one.",
  // FORBIDDEN
  NOT_ALLOWED: "The caller's role or area does not allow this operation or this record.",
  FILE_LINK_INVALID: "The file link's signature is wrong or it has expired; read the record again for a fresh link.",
  PASSWORD_CHANGE_REQUIRED: "The password was reset by an admin; only `me` and `changePassword` are served until the user chooses a new one.",
  // NOT_FOUND
  NOT_FOUND: "No such record, or it is outside the caller's area; `entity` and `id` name it.",
  // BAD_USER_INPUT
  INVALID_INPUT: "Some input fields are not valid; `fields` maps each to what is wrong.",
  DUPLICATE_KEY: "A value that must be unique is already taken; `fields` names the field.",
  ACTIVATION_CODE_INVALID: "No such activation code; check the slip (`fields.code` is INVALID).",
  IDEMPOTENCY_KEY_REUSED: "The idempotencyKey was already used for a different request.",
  INVALID_QUERY: "The request is not a GraphQL request the schema accepts (not JSON, not parsable, or not valid against the schema).",
  REQUEST_TOO_LARGE: "The request is over a limit (body size, depth, aliases, tokens, root fields, directives or cost).",
  UNSUPPORTED_IMAGE: "The upload is not a JPEG, PNG or WebP image the server can read (judged by its content, not its name); a phone's HEIC photo must be sent as JPEG.",
  TOO_MANY_PHOTOS: "A record would carry more photos than it may (`fields` names the field, TOO_MANY); `most` is how many it may carry, `count` how many it would have.",
  TOO_MANY_UPLOADS: "The user sent too many files in the last ten minutes; `retryAfterSeconds` says how long to wait.",
  TIME_BUDGET: "The request ran past its time budget; ask for less at once.",
  // CONFLICT: the record's state does not allow the step
  ACTIVATION_CODE_USED: "The activation code was already used to open an account; ask the village committee for a new one.",
  ACTIVATION_CODE_EXPIRED: "The activation code is past its 30 days, or was replaced by a newer code; ask the village committee for a new one.",
  CHANGED_MEANWHILE: "The record changed while the step ran; reload and try again.",
  HOUSEHOLD_STATUS: "The household's status does not allow this (archived, or not active).",
  NO_SHOP: "The household's village has no points supermarket.",
  EVENT_CLOSED: "The exchange event is not open.",
  EVENT_NOT_STARTED: "The exchange event is dated later; sales under it start on its day (`date` says which).",
  EVENT_STATUS: "The exchange event is already in that status.",
  REDEMPTION_STATUS: "The redemption was already cancelled.",
  ENTRY_NOT_REVERSIBLE: "This kind of ledger entry is not reversed (a redemption is undone by cancelling it).",
  ALREADY_REVERSED: "The ledger entry was already reversed.",
  BATCH_STATUS: "The award batch's status does not allow this step.",
  PUBLICITY_RUNNING: "The award batch is still on publicity; `publicityEndsOn` says until when.",
  LINE_REMOVED: "The award line was already removed.",
  NO_LINES_LEFT: "Every line of the award batch was removed; withdraw the batch instead.",
  ALREADY_OBJECTED: "The caller has already objected to this award line.",
  RULE_INACTIVE: "The point rule is no longer active.",
  ACTIVITY_STATUS: "The activity's status does not allow this step; `status` says which it is.",
  ACTIVITY_NOT_DUE: "The activity is dated after today.",
  NO_PARTICIPATION: "No participation is recorded for the activity.",
  PARTICIPANT_INACTIVE: "A participant is not active any more; record participation again.",
  MATTER_STATUS: "The civic matter's status does not allow this step; `status` says which it is.",
  ASSIGNMENT_STATE: "The assignment's state does not allow this step; `state` says which it is.",
  DUE_DATE_PASSED: "The assignment's due date has passed.",
  EXTENSION_PENDING: "An extension request is already waiting for a decision.",
  EXTENSION_STATE: "The extension request was already decided.",
  SUPERVISION_STATE: "The supervision (督办) was already answered or has ended; `state` says which.",
  // INSUFFICIENT_POINTS, OUT_OF_STOCK
  INSUFFICIENT_POINTS: "The household's balance is too small; `balance` and `needed` say by how much.",
  OUT_OF_STOCK: "A product has too little stock; `productId`, `available` and `requested` say which.",
  // SERVICE_UNAVAILABLE (HTTP 503)
  STARTING: "The server is still starting (seeding the demo district on its first start); try again in a minute.",
  // INTERNAL_SERVER_ERROR
  INTERNAL_ERROR: "Something broke on the server; `errorId` names the log line.",
} as const satisfies Record<string, string>;
export type ErrorReason = keyof typeof errorReasons;

/** Offending input fields and what is wrong with each. */
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: ErrorReason,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

type Unauthenticated = "NOT_LOGGED_IN" | "BAD_CREDENTIALS" | "TOKEN_EXPIRED" | "INVALID_TOKEN" | "RATE_LIMITED" | "LOGIN_CODE_INVALID";

export const unauthenticated = (message = "Please log in", reason: Unauthenticated = "NOT_LOGGED_IN", extra?: Record<string, unknown>) =>
  new AppError("UNAUTHENTICATED", reason, message, extra);
export const forbidden = (message = "You may not do this") => new AppError("FORBIDDEN", "NOT_ALLOWED", message);
export const passwordChangeRequired = () =>
  new AppError("FORBIDDEN", "PASSWORD_CHANGE_REQUIRED", "Your password was reset; choose a new one first");
export const notFound = (entity: string, id: string | number) =>
  new AppError("NOT_FOUND", "NOT_FOUND", `${entity} ${id} was not found`, { entity, id: String(id) });
/** The request's wall-clock budget ran out (CUNWU_REQUEST_BUDGET_MS, graphql/time-budget.ts). */
export const timeBudgetExceeded = (budgetMs: number) =>
  new AppError("BAD_USER_INPUT", "TIME_BUDGET", `The request ran past its time budget of ${budgetMs / 1000} s; ask for less at once`);
/** A step the record's current state does not allow: the reason says which state. */
export const conflict = (reason: ErrorReason, message: string, extra?: Record<string, unknown>) =>
  new AppError("CONFLICT", reason, message, extra);
export const badInput = (fields: FieldErrors, message = "Some fields are not valid", reason: ErrorReason = "INVALID_INPUT") =>
  new AppError("BAD_USER_INPUT", reason, message, { fields });
