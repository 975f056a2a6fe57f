const PHONE = /^\+?[\d\- ]{5,20}$/;
/** as the server returns it to those who may not see it, e.g. 138****5678 */
const MASKED_PHONE = /^\d*\*+\d*$/;

/** Input validator for a household's phone (blank is allowed). */
export const validPhone = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" && !PHONE.test(value) && !MASKED_PHONE.test(value)
    ? "errors.fields.INVALID_PHONE"
    : undefined;
