import { sql, type SQL } from "drizzle-orm";
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

/**
 * The same record as `audit`, as a statement to run inside a larger one (a
 * data-modifying WITH), for a record whose id that statement makes.
 */
export function auditStatement(by: { userId: number } | null, action: string, entity: string, entityId: SQL, detail?: Record<string, unknown>): SQL {
  return sql`insert into audit_log (actor_id, action, entity, entity_id, detail)
    values (${by?.userId ?? null}::int, ${action}::text, ${entity}::text, ${entityId}, ${detail ? JSON.stringify(detail) : null}::jsonb)`;
}
