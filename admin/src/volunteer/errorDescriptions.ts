import { GraphQLRequestError } from "../providers/graphqlClient";
import type { ErrorMessage } from "../providers/errorMessages";

// What to tell the user when an activity or the calendar refuses a change,
// more precisely than the general messages (errorMessages.ts) can: which
// household stands in the way, which day, which status. Anything else falls
// back to the general messages.

const text = (value: unknown): string | undefined =>
  typeof value === "string" || typeof value === "number" ? String(value) : undefined;

/** The households of a participant list, by the index the server's field errors name. */
export type RowNames = readonly string[];

export const describeVolunteerError = (error: unknown, rows: RowNames = []): ErrorMessage | null => {
  if (!(error instanceof GraphQLRequestError)) return null;
  const d = error.details;
  switch (error.code) {
    case "CONFLICT": {
      if (text(d.date) !== undefined) return { message: "app.volunteer.errors.AFTER_TODAY", args: { date: d.date } };
      if (Array.isArray(d.householdIds)) return { message: "app.volunteer.errors.NOT_ACTIVE_ANY_MORE" };
      if (text(d.ruleId) !== undefined) return { message: "app.volunteer.errors.RULE_INACTIVE" };
      // Confirming is the one refusal while PLANNED: nobody is recorded yet.
      if (d.status === "PLANNED") return { message: "app.volunteer.errors.NO_PARTICIPANTS" };
      if (d.status === "HELD" || d.status === "CANCELLED") {
        return { message: "app.volunteer.errors.STATUS", args: { status: `enums.ActivityStatus.${d.status}` } };
      }
      return null;
    }
    case "INSUFFICIENT_POINTS":
      if (text(d.householdNumber) !== undefined) {
        return {
          message: "app.volunteer.errors.POINTS_SPENT",
          args: { household: d.householdNumber, balance: d.balance ?? 0, needed: d.needed ?? "" },
        };
      }
      return null;
    case "BAD_USER_INPUT": {
      const fields = (d.fields ?? {}) as Record<string, string>;
      for (const [field, code] of Object.entries(fields)) {
        const match = /^participants\.(\d+)\.(householdId|people|hours)$/.exec(field);
        if (!match) continue;
        const household = rows[Number(match[1])] ?? `#${Number(match[1]) + 1}`;
        const what = match[2] === "householdId" ? (code === "INVALID" ? "NOT_ACTIVE" : "NOT_OF_VILLAGE") : match[2] === "people" ? "TOO_MANY_PEOPLE" : "HOURS";
        return { message: `app.volunteer.errors.${what}`, args: { household } };
      }
      if (fields.kind === "INVALID") return { message: "app.calendar.errors.KIND" };
      if (fields.date) return { message: "app.calendar.errors.DATE" };
      return null;
    }
    default:
      return null;
  }
};
