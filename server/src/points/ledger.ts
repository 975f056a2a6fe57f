import { eq, sql } from "drizzle-orm";
import { households, pointEntries } from "@cunwu/schema";
import type { Tx } from "../db/database";
import { AppError, conflict } from "../errors";
import { columnsOf, rowOf, rowsOf } from "../db/rows";

export type EntryKind = (typeof pointEntries.$inferSelect)["kind"];
export type PointEntryRow = typeof pointEntries.$inferSelect;

export interface NewEntry {
  householdId: number;
  kind: EntryKind;
  /** Signed: positive adds points, negative takes them. */
  delta: number;
  /** A DEDUCTION's points in full, when the balance could give only `delta` of them. */
  requestedDelta?: number | null;
  reason: string;
  deedDate: string;
  recordedBy: number;
  idempotencyKey: string;
  ruleId?: number | null;
  batchId?: number | null;
  activityId?: number | null;
  redemptionId?: number | null;
  reversesEntryId?: number | null;
  /** When it was recorded (default now): the demo seed writes a past year. */
  recordedAt?: Date;
}

export const insufficientPoints = (householdId: number, balance: number | undefined, needed: number) =>
  new AppError("INSUFFICIENT_POINTS", "INSUFFICIENT_POINTS", `The household has ${balance ?? "too few"} points; this needs ${needed}`, {
    householdId: String(householdId),
    balance,
    needed,
  });


/**
 * The one way a balance changes: one statement that moves the cached balance
 * by a conditional UPDATE, only if it stays >= 0 (the row lock orders
 * concurrent entries of one household), and inserts the entry with the
 * balance after it, in the caller's transaction. The balance is never read
 * into TypeScript and written back; nothing is inserted when the household
 * did not move, and the reason is then read under the row's lock.
 */
export async function postEntry(tx: Tx, entry: NewEntry): Promise<PointEntryRow> {
  const conditions = [sql`id = ${entry.householdId}`];
  if (entry.delta < 0) conditions.push(sql`balance >= ${-entry.delta}`);
  // Archived households take no new points; refunds and reversals still settle.
  if (entry.kind === "AWARD" || entry.kind === "DEDUCTION") conditions.push(sql`status <> 'ARCHIVED'`);
  const now = new Date().toISOString();
  const post = async () =>
    rowsOf<Record<string, unknown>>(
      await tx.execute(sql`
        with moved as (
          update households set balance = balance + ${entry.delta}::int, updated_at = ${now}::timestamptz
          where ${sql.join(conditions, sql` and `)}
          returning village_id, balance
        )
        insert into point_entries (household_id, village_id, kind, delta, requested_delta, balance_after, rule_id, batch_id, activity_id,
          redemption_id, reverses_entry_id, reason, deed_date, recorded_by, recorded_at, idempotency_key)
        select ${entry.householdId}::int, village_id, ${entry.kind}::entry_kind, ${entry.delta}::int,
          ${entry.requestedDelta ?? null}::int, balance,
          ${entry.ruleId ?? null}::int, ${entry.batchId ?? null}::int, ${entry.activityId ?? null}::int,
          ${entry.redemptionId ?? null}::int, ${entry.reversesEntryId ?? null}::bigint, ${entry.reason}::text,
          ${entry.deedDate}::date, ${entry.recordedBy}::int, ${(entry.recordedAt ?? new Date()).toISOString()}::timestamptz,
          ${entry.idempotencyKey}::text
        from moved
        returning ${columnsOf(pointEntries)}`),
    );
  let [row] = await post();
  if (!row) {
    // Why not, read under the row's lock: the balance as it stands now, not
    // as another entry left it between the two statements. The lock is the
    // one an UPDATE of the balance takes (no key update): other
    // transactions' inserts that name the household (KEY SHARE) do not block
    // it, so a sale holding a product's row cannot deadlock with them.
    const [current] = await tx
      .select({ balance: households.balance, status: households.status })
      .from(households)
      .where(eq(households.id, entry.householdId))
      .for("no key update");
    const archived = current?.status === "ARCHIVED" && (entry.kind === "AWARD" || entry.kind === "DEDUCTION");
    if (current && !archived && entry.delta < 0 && current.balance < -entry.delta) {
      throw insufficientPoints(entry.householdId, current.balance, -entry.delta);
    }
    // Points came back meanwhile (a refund, a reversal): with the lock held, the entry goes through.
    if (current && !archived) [row] = await post();
    if (!row) {
      throw conflict("HOUSEHOLD_STATUS", `Household ${entry.householdId} cannot take points now`, { householdId: String(entry.householdId), status: current?.status });
    }
  }
  return rowOf(pointEntries, row);
}
