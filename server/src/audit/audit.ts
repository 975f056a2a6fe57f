import { auditLog } from "@cunwu/schema";
import type { DbOrTx } from "../db/database";

/**
 * Records a change in the same transaction as the change itself, so the log
 * never claims what did not happen nor misses what did. Never pass secrets.
 */
export async function audit(
  tx: DbOrTx,
  by: { userId: number } | null,
  action: string,
  entity: string,
  entityId: string | number | null,
  detail?: Record<string, unknown>,
): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: by?.userId ?? null,
    action,
    entity,
    entityId: entityId === null ? null : String(entityId),
    detail: detail ?? null,
  });
}
