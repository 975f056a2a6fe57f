import { checkWholeNumber, type WholeNumberMessage, type WholeNumberRange } from "./wholeNumber";

// Form-level validation returns field → translation key; the server checks again.

export type Values = Record<string, unknown>;
/** a translation key, or a key with its arguments (react-admin translates both) */
export type FormErrors = Record<string, string | WholeNumberMessage>;

const isBlank = (value: unknown) => value === undefined || value === null || value === "";

export const requireFields = (values: Values, fields: readonly string[]): FormErrors => {
  const errors: FormErrors = {};
  for (const field of fields) {
    if (isBlank(values[field])) errors[field] = "errors.fields.REQUIRED";
  }
  return errors;
};

export const requiredFields =
  (...fields: string[]) =>
  (values: Values): FormErrors =>
    requireFields(values, fields);

/** Adds the whole-number checks of a form-level validator (blank is left to requireFields). */
export const checkWholeNumbers = (values: Values, errors: FormErrors, ranges: Record<string, WholeNumberRange>): FormErrors => {
  for (const [field, range] of Object.entries(ranges)) {
    const problem = errors[field] ? undefined : checkWholeNumber(values[field], range);
    if (problem) errors[field] = problem;
  }
  return errors;
};
