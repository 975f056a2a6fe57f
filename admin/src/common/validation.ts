// Form-level validation returns field → translation key; the server checks again.

export type Values = Record<string, unknown>;
export type FormErrors = Record<string, string>;

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
