import { and, eq, gte, ne, sql } from "drizzle-orm";
import { households, pointEntries } from "@cunwu/schema";
import type { Tx } from "../db/database";
import { AppError, conflict } from "../errors";

export type EntryKind = (typeof pointEntries.$inferSelect)["kind"];
export type PointEntryRow = typeof pointEntries.$inferSelect;

export interface NewEntry {
  householdId: number;
  kind: EntryKind;
  /** Signed: positive adds points, negative takes them. */
  delta: number;
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
 * The one way a balance changes: a conditional UPDATE that moves the cached
 * balance only if it stays >= 0 (the row lock orders concurrent entries of one
 * household), then the entry with the balance after it, in the caller's
 * transaction. The balance is never read into TypeScript and written back.
 */
export async function postEntry(tx: Tx, entry: NewEntry): Promise<PointEntryRow> {
  const conditions = [eq(households.id, entry.householdId)];
  if (entry.delta < 0) conditions.push(gte(households.balance, -entry.delta));
  // Archived households take no new points; refunds and reversals still settle.
  if (entry.kind === "AWARD" || entry.kind === "DEDUCTION") conditions.push(ne(households.status, "ARCHIVED"));
  const move = () =>
    tx
      .update(households)
      .set({ balance: sql`${households.balance} + ${entry.delta}`, updatedAt: new Date() })
      .where(and(...conditions))
      .returning({ balance: households.balance, villageId: households.villageId });
  let [moved] = await move();
  if (!moved) {
    // Why not, read under the row's lock: the balance as it stands now, not
    // as another entry left it between the two statements.
    const [current] = await tx
      .select({ balance: households.balance, status: households.status })
      .from(households)
      .where(eq(households.id, entry.householdId))
      .for("update");
    const archived = current?.status === "ARCHIVED" && (entry.kind === "AWARD" || entry.kind === "DEDUCTION");
    if (current && !archived && entry.delta < 0 && current.balance < -entry.delta) {
      throw insufficientPoints(entry.householdId, current.balance, -entry.delta);
    }
    // Points came back meanwhile (a refund, a reversal): with the lock held, the move goes through.
    if (current && !archived) [moved] = await move();
    if (!moved) {
      throw conflict("HOUSEHOLD_STATUS", `Household ${entry.householdId} cannot take points now`, { householdId: String(entry.householdId), status: current?.status });
    }
  }
  const [row] = await tx
    .insert(pointEntries)
    .values({ ...entry, villageId: moved.villageId, balanceAfter: moved.balance })
    .returning();
  return row!;
}
