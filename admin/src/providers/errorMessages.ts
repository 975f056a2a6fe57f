import { GraphQLRequestError } from "./graphqlClient";

/** A translation key and its arguments, for notify() or translate(). */
export interface ErrorMessage {
  message: string;
  args?: Record<string, unknown>;
}

// Statuses a CONFLICT may name, and the enum whose labels say them.
const statusEnums: Record<string, string> = {
  ON_PUBLICITY: "AwardBatchStatus",
  POSTED: "AwardBatchStatus",
  WITHDRAWN: "AwardBatchStatus",
  DRAFT: "AwardBatchStatus",
  COMPLETED: "RedemptionStatus",
  CANCELLED: "RedemptionStatus",
  OPEN: "ExchangeEventStatus",
  CLOSED: "ExchangeEventStatus",
  ACTIVE: "HouseholdStatus",
  MOVED: "HouseholdStatus",
  ARCHIVED: "HouseholdStatus",
  PLANNED: "ActivityStatus",
  HELD: "ActivityStatus",
};

const text = (value: unknown): string | undefined =>
  typeof value === "string" || typeof value === "number" ? String(value) : undefined;

/**
 * What to tell the user about a failed request, as precisely as the server's
 * details allow: which product is short and by how much, how many points the
 * household has against what it needs, which status stands in the way.
 */
export const describeError = (error: unknown): ErrorMessage => {
  if (!(error instanceof GraphQLRequestError)) {
    const message = error instanceof Error && error.message.startsWith("errors.") ? error.message : "errors.UNKNOWN";
    return { message };
  }
  const d = error.details;
  switch (error.code) {
    case "INSUFFICIENT_POINTS":
      if (text(d.balance) !== undefined && text(d.needed) !== undefined) {
        return { message: "errors.details.INSUFFICIENT_POINTS", args: { balance: d.balance, needed: d.needed } };
      }
      break;
    case "OUT_OF_STOCK":
      if (text(d.productName) !== undefined) {
        return {
          message: "errors.details.OUT_OF_STOCK",
          args: { product: d.productName, available: d.available ?? 0, requested: d.requested ?? "" },
        };
      }
      break;
    case "CONFLICT": {
      if (text(d.reversedBy) !== undefined) return { message: "errors.details.ALREADY_REVERSED", args: { entry: d.reversedBy } };
      if (text(d.publicityEndsOn) !== undefined) {
        return { message: "errors.details.ON_PUBLICITY_UNTIL", args: { date: d.publicityEndsOn } };
      }
      if (d.kind === "REDEMPTION") return { message: "errors.details.REVERSE_REDEMPTION" };
      if (text(d.kind) !== undefined) return { message: "errors.details.NOT_REVERSIBLE", args: { kind: `enums.EntryKind.${String(d.kind)}` } };
      const status = text(d.status);
      if (status !== undefined && statusEnums[status]) {
        return { message: "errors.details.CONFLICT_STATUS", args: { status: `enums.${statusEnums[status]}.${status}` } };
      }
      break;
    }
    default:
      break;
  }
  return { message: error.message };
};
