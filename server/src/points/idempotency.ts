import crypto from "node:crypto";
import { eq, sql, type SQL } from "drizzle-orm";
import { idempotencyKeys } from "@cunwu/schema";
import type { Tx } from "../db/database";
import { badInput, conflict } from "../errors";

/** Sorted-key JSON, so the same request always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export const requestHash = (operation: string, request: unknown) =>
  crypto.createHash("sha256").update(`${operation}\n${canonical(request)}`).digest("hex");

export function checkKey(key: string): string {
  const trimmed = key.trim();
  if (trimmed.length < 8 || trimmed.length > 100 || !/^[\x21-\x7e]+$/.test(trimmed)) {
    throw badInput({ idempotencyKey: "INVALID" }, "idempotencyKey must be 8 to 100 visible ASCII characters (a UUID is ideal)");
  }
  return trimmed;
}

export type Claim = { fresh: true } | { fresh: false; resultRef: string };

/**
 * Claims an idempotency key inside the caller's transaction. The unique key
 * decides, not a read-then-write: a concurrent claim of the same key waits on
 * the index until the first transaction ends, then sees its row. The same key
 * with a different request is CONFLICT.
 */
export async function claimKey(
  tx: Tx,
  claim: { key: string; operation: string; request: unknown; userId: number },
): Promise<Claim> {
  const hash = requestHash(claim.operation, claim.request);
  const inserted = await tx
    .insert(idempotencyKeys)
    .values({ key: claim.key, operation: claim.operation, requestHash: hash, userId: claim.userId })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length > 0) return { fresh: true };
  const [existing] = await tx.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, claim.key));
  // A key is its first user's: anyone else replaying it would get that user's
  // result without any scope check.
  if (!existing || existing.userId !== claim.userId || existing.requestHash !== hash || existing.resultRef === null) {
    throw conflict("IDEMPOTENCY_KEY_REUSED", "This idempotencyKey was already used for a different request", { idempotencyKey: claim.key });
  }
  return { fresh: false, resultRef: existing.resultRef };
}

/** Records what the first request produced, so a retry returns the same. */
export async function saveResult(tx: Tx, key: string, resultRef: string): Promise<void> {
  await tx.update(idempotencyKeys).set({ resultRef }).where(eq(idempotencyKeys.key, key));
}

/** `saveResult` as a statement to run inside a larger one, with a result that statement makes. */
export const saveResultStatement = (key: string, resultRef: SQL): SQL => sql`update idempotency_keys set result_ref = ${resultRef} where key = ${key}`;
