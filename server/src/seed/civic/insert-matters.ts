import { eq } from "drizzle-orm";
import { civicMatters, followUps, matterAssignments, matterEvents, matterExtensions, matterSupervisions } from "@cunwu/schema";
import type { Tx } from "../../db/database";
import type { Actor } from "../../request/actor";
import { mergeMatter, rejectMatter, submitMatter } from "../../civic/intake-service";
import { assignMatter } from "../../civic/assignment-service";
import { assignmentsOf } from "../../civic/matter-store";
import type { CivicChannel } from "../../civic/civic-enums";
import type { AssignCivicMatterInput } from "../../civic/workflow-inputs";
import type { SimMatter } from "./matter-sim";

/** Who acts (a demo user's id → its actor) and the district's time zone, for the services. */
export interface CivicActors {
  actorOf(userId: number): Actor;
  timezone: string;
}

/**
 * Writes the told matters in the order they came in, each whole before the
 * next (so ids follow receipt as before). Intake goes through the intake
 * service at the story's times: taking the matter in (its code, its first
 * event), rejecting it or merging it into a standing one. What follows
 * triage (assignments, extensions, supervisions, follow-ups, the rest of the
 * timeline and the state reached) is still written as rows: the other
 * stages' services record their events differently from the story (e.g. an
 * acceptance's data names the whole assignment). Returns the number of events.
 */
export async function insertMatters(tx: Tx, matters: SimMatter[], people: CivicActors): Promise<number> {
  let events = 0;
  for (const m of matters) {
    await takeIn(tx, m, people);
    const triage = m.events[1];
    if (triage?.type === "REJECTED") await rejectMatter(tx, people.actorOf(triage.actorId), String(m.id), triage.note!, triage.at);
    else if (triage?.type === "MERGED") {
      await mergeMatter(tx, people.actorOf(triage.actorId), String(m.id), String(m.mergeInto!.id), triage.note, triage.at);
    } else if (triage?.type === "ASSIGNED") {
      const made = await assign(tx, m, people);
      await insertTheRest(tx, m, 2, made);
    } else if (triage) await insertTheRest(tx, m, 1, 0);
    events += m.events.length;
  }
  return events;
}

/** The matter comes in through submitMatter, as its submitter, at its received time: it gets its id and code. */
async function takeIn(tx: Tx, m: SimMatter, people: CivicActors) {
  const v = m.values;
  const submitted = m.events[0]!;
  const row = await submitMatter(
    tx,
    people.actorOf(v.createdBy!),
    people.timezone,
    {
      categoryId: String(v.categoryId),
      title: v.title,
      content: v.content,
      villageId: String(v.villageId),
      address: v.address,
      source: v.source,
      urgency: v.urgency,
      householdId: v.submitterHouseholdId ? String(v.submitterHouseholdId) : null,
      submitterName: v.submitterName,
      submitterPhone: v.submitterPhone,
      anonymous: v.anonymous,
    },
    submitted.at,
  );
  m.id = row.id;
  m.code = row.code;
}

/** The first assignment goes through assignMatter, as the story's assigner at its time; returns how many assignments it made. */
async function assign(tx: Tx, m: SimMatter, people: CivicActors): Promise<number> {
  const event = m.events[1]!;
  const made = m.assignments.filter((a) => a.createdAt.getTime() === event.at.getTime());
  const channel = (event.data() as { channel: CivicChannel }).channel;
  const id = (n: number | null) => (n === null ? null : String(n));
  const [first, second] = made;
  const plan: AssignCivicMatterInput = { channel, note: event.note };
  if (channel === "LEAD") plan.leadOfficialUserId = id(first!.officialUserId);
  if (channel === "JOINT") Object.assign(plan, { leadDepartmentId: id(first!.departmentId), coDepartmentIds: made.slice(1).map((a) => String(a.departmentId)) });
  if (channel === "SUPERVISED") {
    Object.assign(plan, { supervisingDepartmentId: id(first!.departmentId), responsibleDepartmentId: id(second!.departmentId), responsibleVillageId: id(second!.villageId) });
  }
  await assignMatter(tx, people.actorOf(event.actorId), people.timezone, String(m.id), plan, event.at);
  const rows = await assignmentsOf(tx, m.id!);
  rows.forEach((row, i) => (made[i]!.id = row.id));
  return made.length;
}

/**
 * Rows of what happened after the events the services wrote (from `fromEvent`
 * on), and the state the story reached; the first `made` assignments exist
 * already and take their final state.
 */
async function insertTheRest(tx: Tx, m: SimMatter, fromEvent: number, made: number) {
  const matterId = m.id!;
  for (const { actorId: _actor, id, ...a } of m.assignments.slice(0, made)) {
    await tx.update(matterAssignments).set(a).where(eq(matterAssignments.id, id!));
  }
  const later = m.assignments.slice(made);
  if (later.length) {
    const rows = await tx
      .insert(matterAssignments)
      .values(later.map(({ actorId: _actor, id: _id, ...a }) => ({ ...a, matterId })))
      .returning({ id: matterAssignments.id });
    rows.forEach((row, i) => (later[i]!.id = row.id)); // RETURNING keeps the order of VALUES
  }
  if (m.extensions.length) {
    const rows = await tx
      .insert(matterExtensions)
      .values(m.extensions.map(({ assignment, id: _id, ...e }) => ({ ...e, matterId, assignmentId: assignment.id! })))
      .returning({ id: matterExtensions.id });
    rows.forEach((row, i) => (m.extensions[i]!.id = row.id));
  }
  if (m.supervisions.length) {
    const rows = await tx
      .insert(matterSupervisions)
      .values(m.supervisions.map(({ id: _id, ...s }) => ({ ...s, matterId })))
      .returning({ id: matterSupervisions.id });
    rows.forEach((row, i) => (m.supervisions[i]!.id = row.id));
  }
  if (m.followUps.length) {
    const rows = await tx
      .insert(followUps)
      .values(m.followUps.map(({ id: _id, ...f }) => ({ ...f, matterId })))
      .returning({ id: followUps.id });
    rows.forEach((row, i) => (m.followUps[i]!.id = row.id));
  }
  await tx.update(civicMatters).set(m.values).where(eq(civicMatters.id, matterId));
  const events = m.events.slice(fromEvent);
  if (events.length === 0) return;
  await tx.insert(matterEvents).values(
    events.map((e) => ({
      matterId,
      type: e.type,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actorId: e.actorId,
      note: e.note,
      public: e.public,
      data: e.data(),
      at: e.at,
    })),
  );
}
