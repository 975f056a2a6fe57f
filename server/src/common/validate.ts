import { AppError, badInput, type FieldErrors } from "../errors";

/**
 * Collects field errors for one input and throws them together, so a form
 * shows every problem at once. Codes are the console's: REQUIRED, TOO_SHORT,
 * TOO_LONG, OUT_OF_RANGE, INVALID, INVALID_PHONE, DUPLICATE, NOT_FOUND, ...
 */
export class Checks {
  readonly errors: FieldErrors = {};

  fail(field: string, code: string): void {
    this.errors[field] ??= code;
  }

  /** Trimmed text; REQUIRED when `required` and blank. Undefined stays undefined (not given). */
  text(field: string, value: string | null | undefined, opts: { max: number; min?: number; required?: boolean }) {
    if (value === undefined) {
      if (opts.required) this.fail(field, "REQUIRED");
      return undefined;
    }
    const trimmed = value?.trim() ?? "";
    if (trimmed === "") {
      if (opts.required) this.fail(field, "REQUIRED");
      return null;
    }
    if (opts.min !== undefined && [...trimmed].length < opts.min) this.fail(field, "TOO_SHORT");
    if ([...trimmed].length > opts.max) this.fail(field, "TOO_LONG");
    return trimmed;
  }

  /** Text that must have a value when given: undefined is "not given", null or blank is REQUIRED. */
  requiredText(field: string, value: string | null | undefined, opts: { max: number; min?: number }) {
    if (value === undefined) return undefined;
    return this.text(field, value, { ...opts, required: true }) ?? undefined;
  }

  int(field: string, value: number | null | undefined, min: number, max: number, required = false) {
    if (value === undefined || value === null) {
      if (required || value === null) this.fail(field, "REQUIRED");
      return undefined;
    }
    if (!Number.isInteger(value) || value < min || value > max) this.fail(field, "OUT_OF_RANGE");
    return value;
  }

  /** Code-like text: letters, digits, dash and underscore. */
  code(field: string, value: string | null | undefined) {
    const text = this.requiredText(field, value, { max: 32 });
    if (text && !/^[A-Za-z0-9_-]+$/.test(text)) this.fail(field, "INVALID");
    return text;
  }

  /** A mainland mobile (11 digits starting 1) or a landline with area code. */
  phone(field: string, value: string | null | undefined) {
    const text = this.text(field, value, { max: 20 });
    if (text && !/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/.test(text)) this.fail(field, "INVALID_PHONE");
    return text;
  }

  /** A value that may be left out but not cleared. */
  notNull<T>(field: string, value: T | null | undefined): T | undefined {
    if (value === null) this.fail(field, "REQUIRED");
    return value ?? undefined;
  }

  /** Throws BAD_USER_INPUT with every field error collected so far. */
  throwIfAny(): void {
    if (Object.keys(this.errors).length > 0) throw badInput(this.errors);
  }
}

/** Parses a GraphQL ID argument; an id that is not a positive integer cannot exist. */
/** Parses optional ID arguments of a filter. */
export function parseIds(values: readonly string[] | null | undefined, entity: string, field = "ids"): number[] | undefined {
  return values ? values.map((value) => parseId(value, entity, field)) : undefined;
}

/** Ids are PostgreSQL integers: none is above this. */
export const maxId = 2_147_483_647;

/**
 * A malformed id is BAD_USER_INPUT; a well-formed one beyond any id the
 * database can hold is NOT_FOUND (naming the field), decided here, before a
 * query could fail on it.
 */
export function parseId(value: string | number, entity: string, field = "id"): number {
  const id = typeof value === "number" ? value : Number(value);
  if (!Number.isSafeInteger(id) || id <= 0 || (typeof value === "string" && !/^\d+$/.test(value))) {
    if (typeof value === "string" && /^\d+$/.test(value) && !/^0+$/.test(value)) throw idNotFound(entity, value, field);
    throw badInput({ [field]: "INVALID" }, `${entity} id "${value}" is not valid`);
  }
  if (id > maxId) throw idNotFound(entity, value, field);
  return id;
}

const idNotFound = (entity: string, value: string | number, field: string) =>
  new AppError("NOT_FOUND", "NOT_FOUND", `${entity} ${value} was not found`, { entity, id: String(value), fields: { [field]: "NOT_FOUND" } });
