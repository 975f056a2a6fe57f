import crypto from "node:crypto";
import { pgErrorOf } from "./db-errors";

/**
 * An unexpected error as the log may keep it: its kind, the database's
 * error code and constraint, and where it happened, but no message. A
 * database or drizzle message carries the SQL and the values people typed
 * (names, phones, complaints), which do not belong in a log.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const pg = pgErrorOf(error);
  // Stack frames only: the first line of a stack repeats the message.
  const frames = (error.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line)).slice(0, 12);
  return {
    type: error.name,
    ...(pg ? { sqlState: pg.code, constraint: pg.constraint } : { message: messageWithoutValues(error) }),
    stack: frames.join("\n"),
  };
}

/** Our own errors' messages say what broke; a driver's may quote values. */
function messageWithoutValues(error: Error): string {
  return /query|params|sql/i.test(error.message) ? "(message withheld: it may quote values)" : error.message;
}

/** A short id an HTTP 500 carries to the client and to the log line that explains it. */
export const newErrorId = () => crypto.randomBytes(6).toString("hex");
