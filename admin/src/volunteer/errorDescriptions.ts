import { GraphQLRequestError } from "../providers/graphqlClient";
import type { ErrorMessage } from "../providers/errorMessages";

// The field errors of an activity's participant list or a calendar day, in a
// sentence that names the household (by the row the server's field names
// point at) or what the day needs. Every other refusal is worded by its
// reason (errors.reasons.*, errorMessages.ts).

/** The households of a participant list, by the index the server's field errors name. */
export type RowNames = readonly string[];

export const describeVolunteerError = (error: unknown, rows: RowNames = []): ErrorMessage | null => {
  if (!(error instanceof GraphQLRequestError) || error.code !== "BAD_USER_INPUT") return null;
  const fields = (error.details.fields ?? {}) as Record<string, string>;
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
};
