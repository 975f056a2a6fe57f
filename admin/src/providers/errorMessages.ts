import type { ErrorReason } from "../gql/graphql";
import { GraphQLRequestError } from "./graphqlClient";

/** A translation key and its arguments, for notify() or translate(). */
export interface ErrorMessage {
  message: string;
  args?: Record<string, unknown>;
}

/** Words a screen says for a reason in its own context, instead of the common ones. */
export type ReasonWords = Partial<Record<ErrorReason, string>>;

type Details = Readonly<Record<string, unknown>>;
type Args = Record<string, unknown>;

const value = (v: unknown): string | number | undefined => (typeof v === "string" || typeof v === "number" ? v : undefined);

/** The arguments if every one is there: words with a hole read worse than the code's plain words. */
const complete = (args: Args): Args | undefined => (Object.values(args).every((v) => v !== undefined) ? args : undefined);

/** A status (or state, kind) in the enum's own label; the caller translates `enums.*` values. */
const label =
  (enumName: string, key = "status") =>
  (d: Details): Args | undefined => {
    const v = value(d[key]);
    return complete({ [key]: v === undefined ? undefined : `enums.${enumName}.${v}` });
  };

/**
 * The placeholders of each reason's words (errors.reasons.<REASON>), from the
 * error's details; reasons not named here have words without placeholders.
 */
const placeholders: Partial<Record<ErrorReason, (d: Details) => Args | undefined>> = {
  RATE_LIMITED: (d) => {
    const seconds = value(d.retryAfterSeconds);
    return complete({ minutes: typeof seconds === "number" ? Math.max(1, Math.ceil(seconds / 60)) : undefined });
  },
  INSUFFICIENT_POINTS: (d) => {
    const args = complete({ balance: value(d.balance), needed: value(d.needed) });
    // Which household, where the server names it (taking an activity's points back).
    return args && { ...args, household: value(d.householdNumber) ?? "" };
  },
  TOO_MANY_PHOTOS: (d) => complete({ most: value(d.most), count: value(d.count) }),
  OUT_OF_STOCK: (d) => complete({ product: value(d.productName), available: value(d.available) ?? 0, requested: value(d.requested) }),
  ALREADY_REVERSED: (d) => complete({ entry: value(d.reversedBy) }),
  PUBLICITY_RUNNING: (d) => complete({ date: value(d.publicityEndsOn) }),
  ENTRY_NOT_REVERSIBLE: label("EntryKind", "kind"),
  HOUSEHOLD_STATUS: label("HouseholdStatus"),
  EVENT_CLOSED: label("ExchangeEventStatus"),
  EVENT_STATUS: label("ExchangeEventStatus"),
  REDEMPTION_STATUS: label("RedemptionStatus"),
  BATCH_STATUS: label("AwardBatchStatus"),
  ACTIVITY_STATUS: label("ActivityStatus"),
  ACTIVITY_NOT_DUE: (d) => complete({ date: value(d.date) }),
  MATTER_STATUS: label("CivicStatus"),
  ASSIGNMENT_STATE: label("AssignmentState", "state"),
  SUPERVISION_STATE: label("SupervisionStatus", "state"),
  DUE_DATE_PASSED: (d) => complete({ date: value(d.dueDate) }),
  INTERNAL_ERROR: (d) => complete({ errorId: value(d.errorId) }),
};

/**
 * What to tell the user about a failed request: the words of the server's
 * reason (extensions.reason), filled with its details (which product is short
 * and by how much, the balance against the points needed, the status in the
 * way). Without a reason, or a detail its words need, the code's words.
 */
export const describeError = (error: unknown, own: ReasonWords = {}): ErrorMessage => {
  if (!(error instanceof GraphQLRequestError)) {
    const message = error instanceof Error && error.message.startsWith("errors.") ? error.message : "errors.UNKNOWN";
    return { message };
  }
  const reason = error.reason;
  if (!reason) return { message: error.message };
  const fill = placeholders[reason];
  const args = fill ? fill(error.details) : {};
  if (!args) return { message: error.message };
  const message = own[reason] ?? `errors.reasons.${reason}`;
  return Object.keys(args).length ? { message, args } : { message };
};
