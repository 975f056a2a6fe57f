import { and, asc, count, desc, eq, gte, inArray, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { activities, activityParticipants, households, pointEntries, pointRules } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db, DbOrTx } from "../db/database";
import { pageRequest } from "../common/paging";
import { countUpTo, pageOf } from "../common/list";
import { parseId } from "../common/validate";
import { participantScope } from "./volunteer-scope";
import type { ParticipationFilter } from "./volunteer-types";

// Reads of participation: an activity's participants and entries (for the
// per-request loaders), the volunteering record across activities, and what
// confirming depends on (read the same way by confirmActivity and by
// allowedActions).

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
  const items = await db
    .select(participantFields)
    .from(activityParticipants)
    .innerJoin(activities, eq(activities.id, activityParticipants.activityId))
    .innerJoin(households, eq(households.id, activityParticipants.householdId))
    .where(where)
    .orderBy(desc(activities.date), desc(activities.id), asc(households.number))
    .limit(paging.limit)
    .offset(paging.offset);
  return pageOf(items, (limit) =>
    countUpTo(db, db.select({ one: sql`1` }).from(activityParticipants).innerJoin(activities, eq(activities.id, activityParticipants.activityId)).where(where), limit),
  );
}

// ---------------------------------------------------------------- what confirming depends on

export interface UnfitParticipant {
  activityId: number;
  householdId: number;
  number: string;
  status: string;
}

/** Participants whose household is no longer an active one of the activity's village. */
export async function unfitParticipants(db: DbOrTx, activityIds: readonly number[]): Promise<UnfitParticipant[]> {
  if (activityIds.length === 0) return [];
  return db
    .select({ activityId: activityParticipants.activityId, householdId: households.id, number: households.number, status: households.status })
    .from(activityParticipants)
    .innerJoin(activities, eq(activities.id, activityParticipants.activityId))
    .innerJoin(households, eq(households.id, activityParticipants.householdId))
    .where(and(inArray(activityParticipants.activityId, [...activityIds]), or(ne(households.status, "ACTIVE"), ne(households.villageId, activities.villageId))))
    .orderBy(asc(households.id));
}

/** Whether rules still give points: what an activity's rule is checked by when it is confirmed. */
export async function ruleStates(db: DbOrTx, ruleIds: readonly number[]) {
  if (ruleIds.length === 0) return [];
  return db.select({ id: pointRules.id, active: pointRules.active, points: pointRules.points }).from(pointRules).where(inArray(pointRules.id, [...ruleIds]));
}
