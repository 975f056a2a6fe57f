import { GraphQLRequestError } from "../providers/graphqlClient";

// The civic workflow's refusals: their words come from the server's reason
// (errors.reasons.* via useErrorText); what stays here is the civic fields'
// own sentences for a BAD_USER_INPUT, and telling a refusal because the
// matter moved on meanwhile.

/** A refusal because the matter's (or assignment's) state moved on: the page shows it as it is now. */
export const isStateRefusal = (error: unknown): boolean => error instanceof GraphQLRequestError && error.code === "CONFLICT";

/** The civic field errors with their own sentence; others keep the common one (errors.fields.<CODE>). */
const fieldMessages: Record<string, readonly string[]> = {
  coDepartmentIds: ["INVALID"],
  supervisingDepartmentId: ["INVALID"],
  responsibleVillageId: ["INVALID"],
  requestedDueDate: ["OUT_OF_RANGE"],
  responseDueDate: ["OUT_OF_RANGE"],
  level: ["INVALID"],
  intoId: ["INVALID"],
  submitterName: ["REQUIRED"],
};

/**
 * The field errors of a BAD_USER_INPUT refusal, field → translation key,
 * ready for a react-admin form (onSubmit's return); null for other errors.
 */
export const civicFieldErrors = (error: unknown): Record<string, string> | null => {
  if (!(error instanceof GraphQLRequestError) || error.code !== "BAD_USER_INPUT") return null;
  const fields = error.details.fields;
  if (!fields || typeof fields !== "object") return null;
  const errors: Record<string, string> = {};
  for (const [raw, code] of Object.entries(fields as Record<string, unknown>)) {
    const field = raw.replace(/^input\./, "");
    errors[field] = fieldMessages[field]?.includes(String(code)) ? `app.civic.errors.fields.${field}.${String(code)}` : `errors.fields.${String(code)}`;
  }
  return errors;
};
