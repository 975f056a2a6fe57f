// Whole numbers as people type them (points, counts, days): one parser and one
// check for every such input, with the app's own words instead of the browser's.

/** A message for react-admin's ValidationError and translate(): a key and its arguments. */
export interface WholeNumberMessage {
  message: string;
  /** always present: react-admin's form-level resolver recognises { message, args } */
  args: Record<string, number>;
}

export interface WholeNumberRange {
  min?: number;
  max?: number;
}

// Spaces around are forgiven (a paste); full-width digits and signs come from a
// Chinese input method. Anything else (2.5, 1e3, 0x10, 1,000, 5 分) is not a whole number.
const WHOLE = /^[+-]?\d+$/;
const SPACES = /^[\s\u3000]+|[\s\u3000]+$/g;
const toHalfWidth = (text: string) =>
  text.replace(/[\uFF10-\uFF19\uFF0B\uFF0D]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** The whole number a text says, or null when it is not plainly one (blank included). */
export const parseWholeNumber = (text: string): number | null => {
  const plain = toHalfWidth(text.replace(SPACES, ""));
  if (!WHOLE.test(plain)) return null;
  const value = Number(plain);
  // -0 is 0; beyond 2^53 the digits typed are not the number kept.
  return Number.isSafeInteger(value) ? value + 0 : null;
};

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/**
 * What is wrong with a value (a number from a record, or the text typed), or
 * undefined when it is a whole number in range. Blank is for required() to say.
 */
export const checkWholeNumber = (value: unknown, { min, max }: WholeNumberRange = {}): WholeNumberMessage | undefined => {
  if (isBlank(value)) return undefined;
  const number = typeof value === "number" ? (Number.isSafeInteger(value) ? value : null) : parseWholeNumber(String(value));
  if (number === null) return { message: "app.validation.whole_number", args: {} };
  const low = min !== undefined && number < min;
  const high = max !== undefined && number > max;
  if (!low && !high) return undefined;
  if (min !== undefined && max !== undefined) return { message: "app.validation.whole_between", args: { min, max } };
  return low ? { message: "app.validation.whole_min", args: { min: min! } } : { message: "app.validation.whole_max", args: { max: max! } };
};

/** react-admin validator: validate={[required(), wholeNumber({ min: 1 })]}. */
export const wholeNumber =
  (range: WholeNumberRange = {}) =>
  (value: unknown) =>
    checkWholeNumber(value, range);

/** The form's value for a typed text: the number when it is one, else the text (so the validator can say why). */
export const parseWholeNumberInput = (text: string): number | string | null =>
  text.trim() === "" ? null : (parseWholeNumber(text) ?? text);
