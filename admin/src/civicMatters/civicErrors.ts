import { useTranslate } from "react-admin";
import { GraphQLRequestError } from "../providers/graphqlClient";
import { useErrorText } from "../common/useErrorText";
import { isCivicStatus } from "./civicEnums";

// The civic workflow's refusals in words: CONFLICT names the matter's status
// (whose CLOSED is 已归档, not a shop event's 已关闭), a passed due date, a
// waiting extension request or an assignment's state; field errors get the
// sentence that says what the field needs.

/** A translation key (and its arguments) for a civic refusal, or null for the common wording. */
export const describeCivicError = (error: unknown): { message: string; args?: Record<string, string> } | null => {
  if (!(error instanceof GraphQLRequestError) || error.code !== "CONFLICT") return null;
  const d = error.details;
  if (typeof d.dueDate === "string") return { message: "app.civic.errors.due_passed", args: { date: d.dueDate } };
  if (d.extensionId !== undefined) return { message: "app.civic.errors.pending_extension" };
  if (typeof d.state === "string") return { message: "app.civic.errors.assignment_state", args: { state: `enums.AssignmentState.${d.state}` } };
  if (isCivicStatus(d.status)) return { message: "app.civic.errors.status_conflict", args: { status: `enums.CivicStatus.${d.status}` } };
  return null;
};

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

/** One sentence for a failed civic action, in the user's language. */
export const useCivicErrorText = () => {
  const translate = useTranslate();
  const common = useErrorText();
  return (error: unknown): string => {
    const civic = describeCivicError(error);
    if (!civic) return common(error);
    const args = Object.fromEntries(
      Object.entries(civic.args ?? {}).map(([k, v]) => [k, v.startsWith("enums.") ? translate(v) : v]),
    );
    return translate(civic.message, args);
  };
};
