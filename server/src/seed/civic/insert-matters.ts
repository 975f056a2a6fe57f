import type { Tx } from "../../db/database";
import type { Actor } from "../../request/actor";
import { mergeMatter, rejectMatter, submitMatter } from "../../civic/intake-service";
import { acceptAssignment, assignMatter, changeChannel, returnAssignment } from "../../civic/assignment-service";
import { postProgress, reportPart, resolveMatter } from "../../civic/handling-service";
import { decideExtension, requestExtension, superviseMatter } from "../../civic/supervision-service";
import { rateMatter, recordFollowUp } from "../../civic/follow-up-service";
import { assignmentsOf, extensionsOf } from "../../civic/matter-store";
import type { AssignCivicMatterInput } from "../../civic/workflow-inputs";
import type { SimEvent, SimMatter } from "./matter-sim";

/** Who acts (a demo user's id → its actor) and the district's time zone, for the services. */
export interface CivicActors {
  actorOf(userId: number): Actor;
  timezone: string;
}

/**
 * Plays the told matters in the order they came in, each whole before the
 * next (so ids follow receipt). Every step of a matter's timeline goes
 * through its service, as the story's user, at the story's time: the
 * matters, assignments, extensions, supervisions, follow-ups and events are
 * the services' own, and a step the rules refuse fails the seed. Returns the
 * number of events.
 */
export async function insertMatters(tx: Tx, matters: SimMatter[], people: CivicActors): Promise<number> {
  let events = 0;
  for (const m of matters) {
    await takeIn(tx, m, people);
    for (const e of m.events.slice(1)) await play(tx, m, e, people);
    events += m.events.length;
  }
  return events;
}

/** The matter comes in through submitMatter, as its submitter, at its received time: it gets its id. */
async function takeIn(tx: Tx, m: SimMatter, people: CivicActors) {
  const { createdBy, categoryId, villageId, submitterHouseholdId, ...v } = m.intake;
  const row = await submitMatter(
    tx,
    people.actorOf(createdBy),
    people.timezone,
    { ...v, categoryId: String(categoryId), villageId: String(villageId), householdId: submitterHouseholdId ? String(submitterHouseholdId) : null },
    m.events[0]!.at,
  );
  m.id = row.id;
}

const idOf = (x: { id?: number } | undefined) => String(x!.id);

/** One step of the timeline through its service. */
async function play(tx: Tx, m: SimMatter, e: SimEvent, people: CivicActors) {
  const actor = people.actorOf(e.actorId);
  const { timezone } = people;
  const id = String(m.id);
  switch (e.type) {
    case "REJECTED":
      return rejectMatter(tx, actor, id, e.note!, e.at);
    case "MERGED":
      return mergeMatter(tx, actor, id, idOf(m.mergeInto), e.note, e.at);
    case "ASSIGNED":
    case "CHANNEL_CHANGED":
      return assign(tx, m, e, actor, timezone);
    case "ACCEPTED":
      return acceptAssignment(tx, actor, idOf(e.assignment), e.at);
    case "RETURNED":
      return returnAssignment(tx, actor, idOf(e.assignment), e.note!, e.at);
    case "PART_REPORTED":
      return reportPart(tx, actor, { assignmentId: idOf(e.assignment), note: e.note! }, e.at);
    case "PROGRESS":
      return postProgress(tx, actor, id, { note: e.note!, public: e.public }, e.at);
    case "EXTENSION_REQUESTED": {
      const x = e.extension!;
      await requestExtension(tx, actor, timezone, id, { assignmentId: idOf(x.assignment), requestedDueDate: x.requestedDueDate, reason: x.reason }, e.at);
      x.id = (await extensionsOf(tx, m.id!)).at(-1)!.id;
      return;
    }
    case "EXTENSION_APPROVED":
    case "EXTENSION_REFUSED":
      return decideExtension(tx, actor, timezone, idOf(e.extension), e.type === "EXTENSION_APPROVED", e.note, e.at);
    case "SUPERVISED": {
      const { level, reason, responseDue } = e.supervision!;
      return superviseMatter(tx, actor, timezone, id, { level, reason, responseDueDate: responseDue }, e.at);
    }
    case "RESOLVED":
      return resolveMatter(tx, actor, id, { resolution: e.note! }, e.at);
    case "FOLLOW_UP":
    case "CLOSED":
    case "REOPENED": {
      const f = e.followUp!;
      // The submitting resident rates it online itself; staff record every other follow-up.
      if (actor.role === "RESIDENT") return rateMatter(tx, actor, timezone, id, { resolved: f.resolved!, satisfaction: f.satisfaction!, comment: f.comment }, e.at);
      return recordFollowUp(tx, actor, timezone, id, f, e.at);
    }
    default:
      throw new Error(`seedCivicHistory: no service plays a ${e.type} step`);
  }
}

/**
 * An assignment (or a change of channel) goes through assignMatter (or
 * changeChannel), as the story's assigner at its time; the story's
 * assignments learn their ids (the service makes them in the plan's order).
 */
async function assign(tx: Tx, m: SimMatter, e: SimEvent, actor: Actor, timezone: string) {
  const made = e.made!;
  const id = (n: number | null) => (n === null ? null : String(n));
  const [first, second] = made;
  const plan: AssignCivicMatterInput = { channel: e.channel! };
  if (plan.channel === "LEAD") plan.leadOfficialUserId = id(first!.officialUserId);
  if (plan.channel === "JOINT") Object.assign(plan, { leadDepartmentId: id(first!.departmentId), coDepartmentIds: made.slice(1).map((a) => String(a.departmentId)) });
  if (plan.channel === "SUPERVISED") {
    Object.assign(plan, { supervisingDepartmentId: id(first!.departmentId), responsibleDepartmentId: id(second!.departmentId), responsibleVillageId: id(second!.villageId) });
  }
  if (e.type === "CHANNEL_CHANGED") await changeChannel(tx, actor, timezone, String(m.id), { ...plan, reason: e.note! }, e.at);
  else await assignMatter(tx, actor, timezone, String(m.id), { ...plan, note: e.note }, e.at);
  const rows = await assignmentsOf(tx, m.id!);
  rows.slice(rows.length - made.length).forEach((row, i) => (made[i]!.id = row.id));
}
