import { and, asc, count, desc, eq, gte, inArray, isNull, lte, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { activities, activityParticipants, households, pointEntries, pointRules } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db, Tx } from "../db/database";
import { audit } from "../audit/audit";
import { assertMayRunVillage } from "../auth/scope";
import { AppError, conflict } from "../errors";
import { pageRequest } from "../common/paging";
import { todayIn } from "../common/dates";
import { uniqueViolation } from "../common/db-errors";
import { Checks, parseId } from "../common/validate";
import { checkKey, claimKey, saveResult } from "../points/idempotency";
import { postEntry } from "../points/ledger";
import { assertPlanned, getActivity, type ActivityRow } from "./activity-service";
import { participantScope } from "./volunteer-scope";
import type { ParticipantInput, ParticipationFilter } from "./volunteer-types";

/** Most households one activity may list: a village's whole roll fits. */
export const maxParticipants = 500;
export const maxHours = 24;

// ---------------------------------------------------------------- participation

interface Participant {
  index: number;
  householdId: number;
  people: number;
  hours: number;
}

function checkParticipants(given: readonly ParticipantInput[] | null | undefined): Participant[] {
  const checks = new Checks();
  const list = given ?? [];
  if (list.length > maxParticipants) checks.fail("participants", "TOO_LONG");
  const seen = new Set<number>();
  const out: Participant[] = [];
  list.forEach((p, index) => {
    const field = `participants.${index}`;
    let householdId: number | undefined;
    try {
      householdId = parseId(p.householdId, "Household", `${field}.householdId`);
    } catch {
      checks.fail(`${field}.householdId`, "INVALID");
    }
    if (householdId !== undefined) {
      if (seen.has(householdId)) checks.fail(`${field}.householdId`, "DUPLICATE");
      seen.add(householdId);
    }
    const people = checks.int(`${field}.people`, p.people ?? 1, 1, 99);
    const hours = p.hours ?? 0;
    if (typeof hours !== "number" || !Number.isFinite(hours) || hours < 0 || hours > maxHours) checks.fail(`${field}.hours`, "OUT_OF_RANGE");
    else if (Math.abs(Math.round(hours * 10) - hours * 10) > 1e-9) checks.fail(`${field}.hours`, "INVALID");
    if (householdId !== undefined && people !== undefined) out.push({ index, householdId, people, hours: Math.round(hours * 10) / 10 });
  });
  checks.throwIfAny();
  return out;
}

/**
 * Replaces the activity's participant list, while it is PLANNED (CONFLICT
 * once confirmed or cancelled). Every household must be an active one of the
 * activity's village, and take part with at most its member count; the ones
 * that are not are named (BAD_USER_INPUT on their fields) and nothing
 * changes. An empty list clears it.
 */
export async function recordParticipation(db: Db, actor: Actor, rawActivityId: string, given: readonly ParticipantInput[]) {
  const participants = checkParticipants(given);
  return db.transaction(async (tx) => {
    const activity = await getActivity(tx, actor, rawActivityId, true);
    assertMayRunVillage(actor, activity.villageId);
    assertPlanned(activity, "participation is recorded");

    const ids = participants.map((p) => p.householdId);
    const found = ids.length
      ? await tx
          .select({
            id: households.id,
            villageId: households.villageId,
            status: households.status,
            memberCount: households.memberCount,
            number: households.number,
          })
          .from(households)
          .where(inArray(households.id, ids))
      : [];
    const byId = new Map(found.map((h) => [h.id, h]));
    const fields: Record<string, string> = {};
    const outside: number[] = [];
    const inactive: string[] = [];
    const named: number[] = [];
    for (const p of participants) {
      const household = byId.get(p.householdId);
      // Another village's household reads like a missing one: its existence does not leak.
      if (!household || household.villageId !== activity.villageId) {
        fields[`participants.${p.index}.householdId`] = "NOT_FOUND";
        outside.push(p.householdId);
        named.push(p.householdId);
      } else if (household.status !== "ACTIVE") {
        fields[`participants.${p.index}.householdId`] = "INVALID";
        inactive.push(`${household.number} (${household.status})`);
        named.push(p.householdId);
      } else if (p.people > household.memberCount) {
        fields[`participants.${p.index}.people`] = "OUT_OF_RANGE";
      }
    }
    if (Object.keys(fields).length) {
      const parts = [
        outside.length ? `not households of the activity's village: ${outside.join(", ")}` : null,
        inactive.length ? `not active: ${inactive.join(", ")}` : null,
      ].filter(Boolean);
      throw new AppError("BAD_USER_INPUT", "INVALID_INPUT", parts.length ? `Refused: ${parts.join("; ")}` : "More people than a household has", {
        fields,
        householdIds: named.map(String),
      });
    }

    await tx.delete(activityParticipants).where(eq(activityParticipants.activityId, activity.id));
    if (participants.length) {
      await tx.insert(activityParticipants).values(
        participants.map((p) => ({ activityId: activity.id, householdId: p.householdId, people: p.people, hours: p.hours.toFixed(1) })),
      );
    }
    const [row] = await tx.update(activities).set({ updatedAt: new Date() }).where(eq(activities.id, activity.id)).returning();
    await audit(tx, actor, "record-participation", "activity", activity.id, {
      households: participants.length,
      people: participants.reduce((sum, p) => sum + p.people, 0),
    });
    return row!;
  });
}

// ---------------------------------------------------------------- confirm

/** The points each participating household gets: the activity's own, or its rule's (which must still be an active award). */
async function pointsOf(tx: Tx, activity: ActivityRow): Promise<number> {
  if (activity.pointsPerParticipant !== null) return activity.pointsPerParticipant;
  const [rule] = await tx.select().from(pointRules).where(eq(pointRules.id, activity.ruleId!));
  if (!rule || !rule.active || rule.points <= 0) {
    throw conflict("RULE_INACTIVE", "The activity's rule is no longer an active award; choose another rule or points first", { ruleId: String(activity.ruleId) });
  }
  return rule.points;
}

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
 * A CANCELLED activity, one dated after today, one without participants or
 * with a household that is no longer active is CONFLICT.
 */
export async function confirmActivity(db: Db, actor: Actor, timezone: string, rawId: string, idempotencyKey: string) {
  const id = parseId(rawId, "Activity");
  const key = checkKey(idempotencyKey);
  const today = todayIn(timezone);
  return db.transaction(async (tx) => {
    const claim = await claimKey(tx, { key, operation: "confirmActivity", request: { activityId: id }, userId: actor.userId });
    if (!claim.fresh) return getActivity(tx, actor, claim.resultRef);

    const activity = await getActivity(tx, actor, id, true);
    assertMayRunVillage(actor, activity.villageId);
    if (activity.status === "HELD") {
      await saveResult(tx, key, String(activity.id));
      return activity;
    }
    if (activity.status !== "PLANNED") throw conflict("ACTIVITY_STATUS", `The activity is ${activity.status}`, { status: activity.status });
    if (activity.date > today) throw conflict("ACTIVITY_NOT_DUE", `The activity is dated ${activity.date}, after today`, { status: activity.status, date: activity.date });

    const participants = await tx
      .select({
        householdId: activityParticipants.householdId,
        villageId: households.villageId,
        status: households.status,
        number: households.number,
      })
      .from(activityParticipants)
      .innerJoin(households, eq(households.id, activityParticipants.householdId))
      .where(eq(activityParticipants.activityId, activity.id))
      .orderBy(asc(activityParticipants.householdId));
    if (participants.length === 0) throw conflict("NO_PARTICIPATION", "No participation is recorded; record it before confirming", { status: activity.status });
    const unfit = participants.filter((p) => p.status !== "ACTIVE" || p.villageId !== activity.villageId);
    if (unfit.length) {
      throw conflict("PARTICIPANT_INACTIVE", `Not active any more: ${unfit.map((p) => `${p.number} (${p.status})`).join(", ")}; record participation again`, {
        householdIds: unfit.map((p) => String(p.householdId)),
      });
    }
    const points = await pointsOf(tx, activity);

    const [held] = await tx
      .update(activities)
      .set({ status: "HELD", confirmedAt: new Date(), confirmedBy: actor.userId, updatedAt: new Date() })
      .where(and(eq(activities.id, activity.id), eq(activities.status, "PLANNED")))
      .returning();
    if (!held) throw conflict("CHANGED_MEANWHILE", "The activity changed meanwhile; try again");
    for (const p of participants) {
      await postEntry(tx, {
        householdId: p.householdId,
        kind: "AWARD",
        delta: points,
        reason: `志愿服务: ${activity.title}`,
        deedDate: activity.date,
        recordedBy: actor.userId,
        ruleId: activity.ruleId,
        activityId: activity.id,
        idempotencyKey: `activity:${activity.id}:${p.householdId}`,
      });
    }
    await saveResult(tx, key, String(activity.id));
    await audit(tx, actor, "confirm", "activity", activity.id, { households: participants.length, points, key });
    return held;
  });
}

// ---------------------------------------------------------------- cancel

/**
 * Cancels an activity. PLANNED → CANCELLED writes nothing else. HELD →
 * CANCELLED reverses exactly the activity's AWARD entries not yet reversed,
 * each with a REVERSAL entry naming it and the activity; if any household
 * has spent the points (its balance is below what would be taken back) the
 * answer is INSUFFICIENT_POINTS naming it, and nothing changes. With an
 * idempotencyKey a retry returns the first result; without one a second
 * cancel is CONFLICT (already CANCELLED), which moves nothing either.
 */
export async function cancelActivity(db: Db, actor: Actor, timezone: string, rawId: string, reason: string, idempotencyKey?: string | null) {
  const id = parseId(rawId, "Activity");
  const key = idempotencyKey === undefined || idempotencyKey === null ? null : checkKey(idempotencyKey);
  const checks = new Checks();
  const why = checks.text("reason", reason, { max: 200, required: true });
  checks.throwIfAny();
  const today = todayIn(timezone);
  try {
    return await db.transaction(async (tx) => {
      if (key !== null) {
        const claim = await claimKey(tx, { key, operation: "cancelActivity", request: { activityId: id, reason: why }, userId: actor.userId });
        if (!claim.fresh) return getActivity(tx, actor, claim.resultRef);
      }
      const activity = await getActivity(tx, actor, id, true);
      assertMayRunVillage(actor, activity.villageId);
      if (activity.status === "CANCELLED") throw conflict("ACTIVITY_STATUS", "The activity is already CANCELLED", { status: activity.status });

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
            reason: `冲正 #${award.id}: 活动取消「${activity.title}」${why}`,
            deedDate: today,
            recordedBy: actor.userId,
            ruleId: award.ruleId,
            activityId: activity.id,
            reversesEntryId: award.id,
            idempotencyKey: `activity-cancel:${activity.id}:${award.id}`,
          });
        }
        reversed = awards.length;
      }
      const [row] = await tx
        .update(activities)
        .set({ status: "CANCELLED", cancelReason: why, cancelledAt: new Date(), updatedAt: new Date() })
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

// ---------------------------------------------------------------- reads

export interface ParticipantRow {
  id: number;
  activityId: number;
  householdId: number;
  householdNumber: string;
  headName: string;
  people: number;
  hours: number;
}

const participantFields = {
  id: activityParticipants.id,
  activityId: activityParticipants.activityId,
  householdId: activityParticipants.householdId,
  householdNumber: households.number,
  headName: households.headName,
  people: activityParticipants.people,
  hours: sql<number>`${activityParticipants.hours}`.mapWith(Number),
};

/** Participant rows of some activities the actor sees (a resident: only its own household's), by household number. */
export async function participantsOf(db: Db, actor: Actor, activityIds: readonly number[]): Promise<ParticipantRow[]> {
  if (activityIds.length === 0) return [];
  return db
    .select(participantFields)
    .from(activityParticipants)
    .innerJoin(activities, eq(activities.id, activityParticipants.activityId))
    .innerJoin(households, eq(households.id, activityParticipants.householdId))
    .where(and(inArray(activityParticipants.activityId, [...activityIds]), participantScope(actor)))
    .orderBy(asc(households.number), asc(activityParticipants.id));
}

/** Households and people per activity (totals, not personal). */
export async function participationTotals(db: Db, activityIds: readonly number[]) {
  if (activityIds.length === 0) return [];
  return db
    .select({
      activityId: activityParticipants.activityId,
      households: count(),
      people: sql<number>`coalesce(sum(${activityParticipants.people}), 0)`.mapWith(Number),
    })
    .from(activityParticipants)
    .where(inArray(activityParticipants.activityId, [...activityIds]))
    .groupBy(activityParticipants.activityId);
}

/** Ledger entries naming some activities; a resident sees only its own household's. */
export async function entriesOf(db: Db, actor: Actor, activityIds: readonly number[]) {
  if (activityIds.length === 0) return [];
  return db
    .select()
    .from(pointEntries)
    .where(
      and(
        inArray(pointEntries.activityId, [...activityIds]),
        actor.role === "RESIDENT" ? eq(pointEntries.householdId, actor.householdId!) : undefined,
      ),
    )
    .orderBy(asc(pointEntries.id));
}

/** Participation rows across activities (a household's volunteering record), newest activity first. */
export async function listParticipations(
  db: Db,
  actor: Actor,
  filter: ParticipationFilter | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
) {
  const paging = pageRequest(page, perPage);
  const conditions: (SQL | undefined)[] = [participantScope(actor)];
  if (filter?.activityId) conditions.push(eq(activityParticipants.activityId, parseId(filter.activityId, "Activity", "activityId")));
  if (filter?.householdId) conditions.push(eq(activityParticipants.householdId, parseId(filter.householdId, "Household", "householdId")));
  if (filter?.villageId) conditions.push(eq(activities.villageId, parseId(filter.villageId, "Village", "villageId")));
  if (filter?.status) conditions.push(eq(activities.status, filter.status));
  if (filter?.from) conditions.push(gte(activities.date, filter.from));
  if (filter?.to) conditions.push(lte(activities.date, filter.to));
  const where = and(...conditions);
  const [items, totals] = await Promise.all([
    db
      .select(participantFields)
      .from(activityParticipants)
      .innerJoin(activities, eq(activities.id, activityParticipants.activityId))
      .innerJoin(households, eq(households.id, activityParticipants.householdId))
      .where(where)
      .orderBy(desc(activities.date), desc(activities.id), asc(households.number))
      .limit(paging.limit)
      .offset(paging.offset),
    db
      .select({ total: count() })
      .from(activityParticipants)
      .innerJoin(activities, eq(activities.id, activityParticipants.activityId))
      .where(where),
  ]);
  return { items, total: totals[0]?.total ?? 0 };
}
