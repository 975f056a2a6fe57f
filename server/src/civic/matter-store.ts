import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { civicCodeCounters, civicMatters, matterAssignments, matterEvents, matterExtensions, matterSupervisions } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { DbOrTx, Tx } from "../db/database";
import { parseId } from "../common/validate";
import { AppError, conflict, notFound } from "../errors";
import { matterScope } from "./civic-scope";
import type { CivicStatus, MatterEventType } from "./civic-enums";

/**
 * The civic workflow's storage: reading and writing matters, assignments,
 * extensions and the timeline. The steps (intake-, assignment-, handling-,
 * follow-up- and supervision-service) decide; this file only reads and writes.
 */

export type MatterRow = typeof civicMatters.$inferSelect;
export type AssignmentRow = typeof matterAssignments.$inferSelect;
export type ExtensionRow = typeof matterExtensions.$inferSelect;
export type SupervisionRow = typeof matterSupervisions.$inferSelect;

/** A matter the actor may read; NOT_FOUND otherwise, so its existence does not leak. */
export async function matterInScope(db: DbOrTx, actor: Actor, rawId: string | number, entity = "CivicMatter"): Promise<MatterRow> {
  const id = parseId(rawId, entity);
  const [row] = await db
    .select()
    .from(civicMatters)
    .where(and(eq(civicMatters.id, id), matterScope(actor)));
  if (!row) throw notFound(entity, rawId);
  return row;
}

/**
 * The concurrency guard of every change to a matter: takes the row's lock,
 * runs the step's check (matter-actions.ts, the same one `allowedActions`
 * uses) on the row as it is now, and bumps `version`. A concurrent change
 * waits on the lock and then finds the matter moved: its check refuses
 * (CONFLICT naming the status). Everything else of the change happens after
 * it, on the fresh row, in the same transaction.
 */
export async function claimMatter(
  tx: Tx,
  matterId: number,
  check: (locked: MatterRow) => AppError | null | Promise<AppError | null>,
  at?: Date,
): Promise<MatterRow> {
  const [locked] = await tx.select().from(civicMatters).where(eq(civicMatters.id, matterId)).for("update");
  if (!locked) throw notFound("CivicMatter", matterId);
  const refusal = await check(locked);
  if (refusal) throw refusal;
  const [row] = await tx
    .update(civicMatters)
    .set({ version: sql`${civicMatters.version} + 1`, updatedAt: at ?? new Date() })
    .where(eq(civicMatters.id, matterId))
    .returning();
  return row!;
}

export function statusConflict(status: string, doing: string, allowed: readonly string[]) {
  return conflict("MATTER_STATUS", `The matter is ${status}; it cannot be ${doing} (only when ${allowed.join(" or ")})`, { status });
}

/** Changes fields of a matter already claimed in this transaction (`at`: when, default now). */
export async function updateMatter(tx: Tx, matterId: number, values: Partial<typeof civicMatters.$inferInsert>, at?: Date): Promise<MatterRow> {
  const [row] = await tx
    .update(civicMatters)
    .set({ ...values, updatedAt: at ?? new Date() })
    .where(eq(civicMatters.id, matterId))
    .returning();
  return row!;
}

export interface EventInput {
  type: MatterEventType;
  /** Set both when the status changes. */
  fromStatus?: CivicStatus | null;
  toStatus?: CivicStatus | null;
  note?: string | null;
  /** Internal events are never shown to residents. */
  public: boolean;
  data?: Record<string, unknown> | null;
}

/** Appends to the matter's timeline, in the caller's transaction (`at`: when it happened, default now). */
export async function writeEvent(tx: Tx, matterId: number, actor: Actor | null, event: EventInput, at?: Date) {
  const [row] = await tx
    .insert(matterEvents)
    .values({
      matterId,
      type: event.type,
      fromStatus: event.fromStatus ?? null,
      toStatus: event.toStatus ?? null,
      actorId: actor?.userId ?? null,
      note: event.note ?? null,
      public: event.public,
      data: event.data ?? null,
      at,
    })
    .returning();
  return row!;
}

/** The next code of a year, MS-2026-00042: an atomic counter, never handed out twice. */
export async function nextMatterCode(tx: Tx, year: number): Promise<string> {
  const [counter] = await tx
    .insert(civicCodeCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: civicCodeCounters.year, set: { last: sql`${civicCodeCounters.last} + 1` } })
    .returning({ last: civicCodeCounters.last });
  return `MS-${year}-${String(counter!.last).padStart(5, "0")}`;
}

export async function assignmentsOf(tx: Tx, matterId: number): Promise<AssignmentRow[]> {
  return tx.select().from(matterAssignments).where(eq(matterAssignments.matterId, matterId)).orderBy(asc(matterAssignments.id));
}

export async function extensionsOf(tx: Tx, matterId: number): Promise<ExtensionRow[]> {
  return tx.select().from(matterExtensions).where(eq(matterExtensions.matterId, matterId)).orderBy(asc(matterExtensions.id));
}

/** Rethrows a NOT_FOUND as NOT_FOUND of what the caller asked for. */
export const notFoundAs = (entity: string, id: string | number) => (error: unknown) => {
  throw error instanceof AppError && error.code === "NOT_FOUND" ? notFound(entity, id) : error;
};

/** An assignment whose matter the actor sees; NOT_FOUND otherwise. */
export async function assignmentInScope(tx: Tx, actor: Actor, rawId: string) {
  const id = parseId(rawId, "MatterAssignment", "assignmentId");
  const [assignment] = await tx.select().from(matterAssignments).where(eq(matterAssignments.id, id));
  if (!assignment) throw notFound("MatterAssignment", rawId);
  const matter = await matterInScope(tx, actor, assignment.matterId).catch(notFoundAs("MatterAssignment", rawId));
  return { assignment, matter };
}

/** Ends assignments (RETURNED with a reason, or DONE); their pending extension requests end refused (`at`: when, default now). */
export async function endAssignments(tx: Tx, ids: number[], state: "RETURNED" | "DONE", reason?: string, at?: Date) {
  if (ids.length === 0) return;
  await tx
    .update(matterAssignments)
    .set({ state, returnReason: state === "RETURNED" ? (reason ?? null) : undefined, updatedAt: at ?? new Date() })
    .where(inArray(matterAssignments.id, ids));
  await tx
    .update(matterExtensions)
    .set({ state: "REFUSED", decidedAt: at ?? new Date(), decisionNote: "The assignment ended" })
    .where(and(inArray(matterExtensions.assignmentId, ids), eq(matterExtensions.state, "PENDING")));
}

/**
 * Ends every supervision of the matter not yet ENDED (an answer is kept), in
 * the step that resolves, closes, rejects or merges it; the caller clears
 * the matter's `supervisionLevel` in the same transaction. Returns the ids.
 */
export async function endSupervisions(tx: Tx, matterId: number, at?: Date): Promise<number[]> {
  const ended = await tx
    .update(matterSupervisions)
    .set({ status: "ENDED", endedAt: at ?? new Date() })
    .where(and(eq(matterSupervisions.matterId, matterId), ne(matterSupervisions.status, "ENDED")))
    .returning({ id: matterSupervisions.id });
  return ended.map((s) => s.id);
}

/** What the timeline records of an assignment. */
export const assignmentSummary = (a: AssignmentRow) => ({
  id: a.id,
  role: a.role,
  departmentId: a.departmentId,
  villageId: a.villageId,
  officialUserId: a.officialUserId,
  dueDate: a.dueDate,
});
