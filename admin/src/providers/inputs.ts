// Pure helpers that shape react-admin params into the server's inputs.

type Values = Record<string, unknown>;

const isBlank = (value: unknown): boolean => value === undefined || value === null || value === "";

/** Keeps the filter keys the server knows, without blank values. */
export const toFilter = (filter: Values | undefined, allowed: readonly string[]): Values => {
  const result: Values = {};
  for (const key of allowed) {
    const value = filter?.[key];
    if (!isBlank(value)) result[key] = value;
  }
  return result;
};

/** Keeps the allowed input fields that are present in `data`. */
export const pickInput = (data: Values, allowed: readonly string[]): Values => {
  const result: Values = {};
  for (const key of allowed) {
    if (data[key] !== undefined) result[key] = data[key] === "" ? null : data[key];
  }
  return result;
};

// undefined, null and "" are all "no value".
const same = (a: unknown, b: unknown): boolean =>
  JSON.stringify(isBlank(a) ? null : a) === JSON.stringify(isBlank(b) ? null : b);

/**
 * The allowed input fields whose value differs from the record as loaded. A
 * masked phone (138****5678) left untouched is therefore never sent back.
 */
export const changedInput = (
  data: Values,
  previous: Values | undefined,
  allowed: readonly string[],
): Values => {
  const input = pickInput(data, allowed);
  if (!previous) return input;
  for (const key of Object.keys(input)) {
    if (same(input[key], previous[key])) delete input[key];
  }
  return input;
};
