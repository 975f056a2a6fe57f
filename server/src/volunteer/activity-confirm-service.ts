import { and, asc, eq } from "drizzle-orm";
import { activities, activityParticipants } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db } from "../db/database";
import { audit } from "../audit/audit";
import { conflict } from "../errors";
import { todayIn } from "../common/dates";
import { parseId } from "../common/validate";
import { checkKey, claimKey, saveResult } from "../points/idempotency";
import { postEntry } from "../points/ledger";
import { getActivity } from "./activity-service";
import { confirmRefusal, runRefusal } from "./activity-actions";
import { throwIfRefused } from "../auth/allowed-actions";
import { ruleStates, unfitParticipants } from "./participation-reads";

/**
 * Confirms an activity: PLANNED → HELD and one AWARD entry (naming the
 * activity, dated the activity's day) per participating household, in one
 * transaction. Once only:
 * - the same idempotencyKey again returns the first result;
 * - an activity already HELD (confirmed under another key) is returned as it
 *   is, with nothing written: confirming again changes nothing;
 * - the entries' own keys (activity:<id>:<household>) make a second award
 *   impossible even past these checks.
 * Concurrent confirmations queue on the key and on the activity's row lock.
 * What else it needs (activity-actions.ts `confirmRefusal`, which
 * allowedActions asks too): PLANNED, dated today or before, participants
 * who are all still active, an active rule when a rule gives the points.
 * `at`: when it is confirmed (default now): the day checked, the recorded times.
 */
export async function confirmActivity(db: Db, actor: Actor, timezone: string, rawId: string, idempotencyKey: string, at?: Date) {
  const id = parseId(rawId, "Activity");
  const key = checkKey(idempotencyKey);
  const today = todayIn(timezone, at);
  const now = at ?? new Date();
  return db.transaction(async (tx) => {
    const claim = await claimKey(tx, { key, operation: "confirmActivity", request: { activityId: id }, userId: actor.userId });
    if (!claim.fresh) return getActivity(tx, actor, claim.resultRef);

    const activity = await getActivity(tx, actor, id, true);
    throwIfRefused(runRefusal(actor, activity));
    if (activity.status === "HELD") {
      await saveResult(tx, key, String(activity.id));
      return activity;
    }

    const participants = await tx
      .select({ householdId: activityParticipants.householdId })
      .from(activityParticipants)
      .where(eq(activityParticipants.activityId, activity.id))
      .orderBy(asc(activityParticipants.householdId));
    const [rule] = activity.ruleId === null ? [] : await ruleStates(tx, [activity.ruleId]);
    throwIfRefused(
      await confirmRefusal(actor, activity, today, async () => ({
        participants: participants.length,
        unfit: await unfitParticipants(tx, [activity.id]),
        rule,
      })),
    );
    // The check above makes sure a rule that gives the points is an active award.
    const points = activity.pointsPerParticipant ?? rule!.points;

    const [held] = await tx
      .update(activities)
      .set({ status: "HELD", confirmedAt: now, confirmedBy: actor.userId, updatedAt: now })
      .where(and(eq(activities.id, activity.id), eq(activities.status, "PLANNED")))
      .returning();
    if (!held) throw conflict("CHANGED_MEANWHILE", "The activity changed meanwhile; try again");
    for (const p of participants) {
      await postEntry(tx, {
        householdId: p.householdId,
        kind: "AWARD",
        delta: points,
        reason: `志愿服务：${activity.title}`,
        deedDate: activity.date,
        recordedBy: actor.userId,
        ruleId: activity.ruleId,
        activityId: activity.id,
        idempotencyKey: `activity:${activity.id}:${p.householdId}`,
        recordedAt: now,
      });
    }
    await saveResult(tx, key, String(activity.id));
    await audit(tx, actor, "confirm", "activity", activity.id, { households: participants.length, points, key });
    return held;
  });
}
