import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { activities, households, pointEntries } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db, Tx } from "../db/database";
import { audit } from "../audit/audit";
import { AppError, conflict } from "../errors";
import { todayIn } from "../common/dates";
import { uniqueViolation } from "../common/db-errors";
import { Checks, parseId } from "../common/validate";
import { checkKey, claimKey, saveResult } from "../points/idempotency";
import { postEntry } from "../points/ledger";
import { getActivity } from "./activity-service";
import { cancelRefusal } from "./activity-actions";
import { throwIfRefused } from "../auth/allowed-actions";

/**
 * Cancels an activity. PLANNED → CANCELLED writes nothing else. HELD →
 * CANCELLED reverses exactly the activity's AWARD entries not yet reversed,
 * each with a REVERSAL entry naming it and the activity; if any household
 * has spent the points (its balance is below what would be taken back) the
 * answer is INSUFFICIENT_POINTS naming it, and nothing changes. With an
 * idempotencyKey a retry returns the first result; without one a second
 * cancel is CONFLICT (already CANCELLED), which moves nothing either.
 * `at`: when it is cancelled (default now): the reversals' day, the recorded times.
 */
export async function cancelActivity(
  db: Db,
  actor: Actor,
  timezone: string,
  rawId: string,
  reason: string,
  idempotencyKey?: string | null,
  at?: Date,
) {
  const id = parseId(rawId, "Activity");
  const key = idempotencyKey === undefined || idempotencyKey === null ? null : checkKey(idempotencyKey);
  const checks = new Checks();
  const why = checks.text("reason", reason, { max: 200, required: true });
  checks.throwIfAny();
  const today = todayIn(timezone, at);
  const now = at ?? new Date();
  try {
    return await db.transaction(async (tx) => {
      if (key !== null) {
        const claim = await claimKey(tx, { key, operation: "cancelActivity", request: { activityId: id, reason: why }, userId: actor.userId });
        if (!claim.fresh) return getActivity(tx, actor, claim.resultRef);
      }
      const activity = await getActivity(tx, actor, id, true);
      throwIfRefused(cancelRefusal(actor, activity));

      let reversed = 0;
      if (activity.status === "HELD") {
        const reversal = alias(pointEntries, "reversal");
        const awards = await tx
          .select({ id: pointEntries.id, householdId: pointEntries.householdId, delta: pointEntries.delta, ruleId: pointEntries.ruleId })
          .from(pointEntries)
          .leftJoin(reversal, eq(reversal.reversesEntryId, pointEntries.id))
          .where(and(eq(pointEntries.activityId, activity.id), eq(pointEntries.kind, "AWARD"), isNull(reversal.id)))
          .orderBy(asc(pointEntries.householdId), asc(pointEntries.id));
        await assertAffordable(tx, awards);
        for (const award of awards) {
          await postEntry(tx, {
            householdId: award.householdId,
            kind: "REVERSAL",
            delta: -award.delta,
            // Words a resident reads in the passbook: no record numbers (reversesEntryId links the award).
            reason: `冲正：活动取消「${activity.title}」${why}`,
            deedDate: today,
            recordedBy: actor.userId,
            ruleId: award.ruleId,
            activityId: activity.id,
            reversesEntryId: award.id,
            idempotencyKey: `activity-cancel:${activity.id}:${award.id}`,
            recordedAt: now,
          });
        }
        reversed = awards.length;
      }
      const [row] = await tx
        .update(activities)
        .set({ status: "CANCELLED", cancelReason: why, cancelledAt: now, updatedAt: now })
        .where(and(eq(activities.id, activity.id), eq(activities.status, activity.status)))
        .returning();
      if (!row) throw conflict("CHANGED_MEANWHILE", "The activity changed meanwhile; try again");
      if (key !== null) await saveResult(tx, key, String(activity.id));
      await audit(tx, actor, "cancel", "activity", activity.id, { previousStatus: activity.status, reason: why, reversed });
      return row;
    });
  } catch (error) {
    // One of its awards reversed on its own at the same moment: the unique index lets one through.
    if (uniqueViolation(error) === "point_entries_reverses_uq") throw conflict("CHANGED_MEANWHILE", "An award of the activity was reversed meanwhile; try again");
    throw error;
  }
}

/** INSUFFICIENT_POINTS naming every household whose balance is below what its reversal takes back; nothing written. */
async function assertAffordable(tx: Tx, awards: readonly { householdId: number; delta: number }[]) {
  if (awards.length === 0) return;
  const needed = new Map<number, number>();
  for (const a of awards) needed.set(a.householdId, (needed.get(a.householdId) ?? 0) + a.delta);
  const rows = await tx
    .select({ id: households.id, number: households.number, headName: households.headName, balance: households.balance })
    .from(households)
    .where(inArray(households.id, [...needed.keys()]))
    .orderBy(asc(households.id));
  const short = rows.filter((h) => h.balance < needed.get(h.id)!);
  if (short.length === 0) return;
  const first = short[0]!;
  throw new AppError(
    "INSUFFICIENT_POINTS",
    "INSUFFICIENT_POINTS",
    `Cannot take the activity's points back: ${short.map((h) => `${h.number} ${h.headName} has ${h.balance}, needs ${needed.get(h.id)}`).join("; ")}`,
    {
      householdId: String(first.id),
      householdNumber: first.number,
      balance: first.balance,
      needed: needed.get(first.id),
      households: short.map((h) => ({ householdId: String(h.id), householdNumber: h.number, balance: h.balance, needed: needed.get(h.id) })),
    },
  );
}
