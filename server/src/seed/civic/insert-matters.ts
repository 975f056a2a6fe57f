import { eq, inArray } from "drizzle-orm";
import { civicMatters, followUps, matterAssignments, matterEvents, matterExtensions, matterSupervisions } from "@cunwu/schema";
import type { Tx } from "../../db/database";
import type { Actor } from "../../request/actor";
import { mergeMatter, rejectMatter, submitMatter } from "../../civic/intake-service";
import { acceptAssignment, assignMatter, changeChannel, returnAssignment } from "../../civic/assignment-service";
import { assignmentsOf } from "../../civic/matter-store";
import { isAssigneeOf } from "../../civic/civic-scope";
import { isOpenAssignment } from "../../civic/assignment-actions";
import type { CivicChannel } from "../../civic/civic-enums";
import type { AssignCivicMatterInput } from "../../civic/workflow-inputs";
import type { SimEvent, SimMatter } from "./matter-sim";

/** Who acts (a demo user's id → its actor) and the district's time zone, for the services. */
export interface CivicActors {
  actorOf(userId: number): Actor;
  timezone: string;
}

/**
 * Writes the told matters in the order they came in, each whole before the
 * next (so ids follow receipt as before). Each matter's timeline is replayed
 * in event order: intake, triage, assignment, return, acceptance and channel
 * change go through their services as the story's user at the story's time;
 * the other steps (progress, extensions, supervision, resolution,
 * follow-ups) are still written as rows, each when it happens, and the state
 * the story reached is written last. Returns the number of events.
 */
export async function insertMatters(tx: Tx, matters: SimMatter[], people: CivicActors): Promise<number> {
  let events = 0;
  for (const m of matters) {
    await takeIn(tx, m, people);
    const triage = m.events[1];
    if (triage?.type === "REJECTED") await rejectMatter(tx, people.actorOf(triage.actorId), String(m.id), triage.note!, triage.at);
    else if (triage?.type === "MERGED") {
      await mergeMatter(tx, people.actorOf(triage.actorId), String(m.id), String(m.mergeInto!.id), triage.note, triage.at);
    } else if (triage) await replay(tx, m, people);
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

/** The timeline after intake, step by step in its order; then the state the story reached. */
async function replay(tx: Tx, m: SimMatter, people: CivicActors) {
  let made = 0; // how many of the story's assignments exist already
  for (const e of m.events.slice(1)) {
    const actor = people.actorOf(e.actorId);
    const own = ["ACCEPTED", "RETURNED"].includes(e.type) && isAssigneeOf(actor, m.assignments.find((a) => String(a.id) === assignmentIdOf(e))!);
    if (e.type === "ASSIGNED" || e.type === "CHANNEL_CHANGED") made = await assign(tx, m, people, e, made);
    else if (e.type === "ACCEPTED" && own) await acceptAssignment(tx, actor, assignmentIdOf(e), e.at);
    else if (e.type === "RETURNED" && own) await returnAssignment(tx, actor, assignmentIdOf(e), e.note!, e.at);
    else if (e.type === "ACCEPTED" || e.type === "RETURNED") await stepForUnstaffed(tx, m, e);
    else await writeStep(tx, m, e);
  }
  for (const { actorId: _actor, id, ...a } of m.assignments) {
    await tx.update(matterAssignments).set(a).where(eq(matterAssignments.id, id!));
  }
  await tx.update(civicMatters).set(m.values).where(eq(civicMatters.id, m.id!));
}

/**
 * A unit without staff of its own: the story has the district staff accept
 * (or hand back) for it, which the service refuses (only the assignee
 * may); written as rows, with the state the service would leave.
 */
async function stepForUnstaffed(tx: Tx, m: SimMatter, e: SimEvent) {
  const id = Number(assignmentIdOf(e));
  const open = (await assignmentsOf(tx, m.id!)).filter(isOpenAssignment).map((a) => a.id);
  const state = e.type === "ACCEPTED" ? "ACCEPTED" : "RETURNED";
  const ids = e.type === "RETURNED" && e.toStatus ? open : [id];
  await tx.update(matterAssignments).set({ state, returnReason: state === "RETURNED" ? e.note : null, updatedAt: e.at }).where(inArray(matterAssignments.id, ids));
  if (e.toStatus) {
    const back = e.toStatus === "RECEIVED" ? { channel: null, dueDate: null } : {};
    await tx.update(civicMatters).set({ status: e.toStatus, ...back, updatedAt: e.at }).where(eq(civicMatters.id, m.id!));
  }
  await writeStep(tx, m, e);
}

/** The assignment an acceptance or a return is about, as the story's event names it. */
const assignmentIdOf = (e: SimEvent) => String((e.data() as { assignment: { id: number } }).assignment.id);

/**
 * An assignment (or a change of channel) goes through assignMatter (or
 * changeChannel), as the story's assigner at its time; the story's
 * assignments of that moment learn their ids. Returns how many exist now.
 */
async function assign(tx: Tx, m: SimMatter, people: CivicActors, event: SimEvent, before: number): Promise<number> {
  const made = m.assignments.filter((a) => a.createdAt.getTime() === event.at.getTime());
  const data = event.data() as { channel?: CivicChannel; toChannel?: CivicChannel };
  const channel = (data.channel ?? data.toChannel)!;
  const id = (n: number | null) => (n === null ? null : String(n));
  const [first, second] = made;
  const plan: AssignCivicMatterInput = { channel };
  if (channel === "LEAD") plan.leadOfficialUserId = id(first!.officialUserId);
  if (channel === "JOINT") Object.assign(plan, { leadDepartmentId: id(first!.departmentId), coDepartmentIds: made.slice(1).map((a) => String(a.departmentId)) });
  if (channel === "SUPERVISED") {
    Object.assign(plan, { supervisingDepartmentId: id(first!.departmentId), responsibleDepartmentId: id(second!.departmentId), responsibleVillageId: id(second!.villageId) });
  }
  const actor = people.actorOf(event.actorId);
  if (event.type === "CHANNEL_CHANGED") await changeChannel(tx, actor, people.timezone, String(m.id), { ...plan, reason: event.note! }, event.at);
  else await assignMatter(tx, actor, people.timezone, String(m.id), { ...plan, note: event.note }, event.at);
  const rows = await assignmentsOf(tx, m.id!);
  rows.slice(before).forEach((row, i) => (made[i]!.id = row.id));
  return rows.length;
}

/**
 * A step still written as rows: its extension, supervision or follow-up (as
 * the story left it), then its event.
 */
async function writeStep(tx: Tx, m: SimMatter, e: SimEvent) {
  const matterId = m.id!;
  const now = (d: Date | null) => d?.getTime() === e.at.getTime();
  const extension = e.type === "EXTENSION_REQUESTED" ? m.extensions.find((x) => now(x.requestedAt)) : undefined;
  if (extension) {
    const { assignment, id: _id, ...values } = extension;
    const [row] = await tx.insert(matterExtensions).values({ ...values, matterId, assignmentId: assignment.id! }).returning({ id: matterExtensions.id });
    extension.id = row!.id;
  }
  const supervision = e.type === "SUPERVISED" ? m.supervisions.find((x) => now(x.createdAt)) : undefined;
  if (supervision) {
    const { id: _id, ...values } = supervision;
    const [row] = await tx.insert(matterSupervisions).values({ ...values, matterId }).returning({ id: matterSupervisions.id });
    supervision.id = row!.id;
  }
  const followUp = ["FOLLOW_UP", "CLOSED", "REOPENED"].includes(e.type) ? m.followUps.find((x) => now(x.createdAt)) : undefined;
  if (followUp) {
    const { id: _id, ...values } = followUp;
    const [row] = await tx.insert(followUps).values({ ...values, matterId }).returning({ id: followUps.id });
    followUp.id = row!.id;
  }
  await tx.insert(matterEvents).values({
    matterId,
    type: e.type,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    actorId: e.actorId,
    note: e.note,
    public: e.public,
    data: e.data(),
    at: e.at,
  });
}
