import { badInput } from "../errors";

/** The PostgreSQL error under a driver's or drizzle's wrapper, if any. */
function pgErrorOf(error: unknown): { code?: string; constraint?: string } | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const candidate = current as { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };
    if (typeof candidate.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      const constraint = candidate.constraint ?? candidate.constraint_name;
      return { code: candidate.code, constraint: typeof constraint === "string" ? constraint : undefined };
    }
    current = candidate.cause;
  }
  return undefined;
}

/** The name of the unique constraint a statement broke, or undefined for any other error. */
export function uniqueViolation(error: unknown): string | undefined {
  const pg = pgErrorOf(error);
  return pg?.code === "23505" ? (pg.constraint ?? "") : undefined;
}

export function isSerializationFailure(error: unknown): boolean {
  const code = pgErrorOf(error)?.code;
  return code === "40001" || code === "40P01";
}

export { pgErrorOf };

/**
 * A unique violation turned into BAD_USER_INPUT on the field it is about
 * (`fields` maps constraint names to input fields); other errors unchanged.
 */
export function duplicateError(error: unknown, fields: Record<string, string>): unknown {
  const constraint = uniqueViolation(error);
  const field = constraint === undefined ? undefined : fields[constraint];
  return field ? badInput({ [field]: "DUPLICATE" }, `This ${field} is already taken`, "DUPLICATE_KEY") : error;
}
