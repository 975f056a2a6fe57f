import { deadlineDays } from "../../civic/workflow-service";
import type { Channel, Level, Method, Resolved, Satisfaction, SimExtension, SimFollowUp, SimMatter } from "./matter-sim";
import { receiveMatter, type CivicWorld, type MatterStory } from "./matter-story";

/**
 * One matter's story, stage by stage, as the workflow would take it:
 * received; triaged (rejected, merged or assigned); sometimes returned and
 * assigned again; accepted; progress, a request for more time, supervision
 * when late (a stalled DIRECT matter moved to SUPERVISED); resolved; followed
 * up, and reopened when the resident is not satisfied. A stage that would
 * fall after yesterday ends the story there. The random draws happen in
 * this order, so the demo repeats.
 */
export function tellMatter(w: CivicWorld, receivedDay: string, stage: { waiting: boolean; triaged: boolean }, standing: SimMatter[]): SimMatter {
  const story = receiveMatter(w, receivedDay);
  const triageDay = stage.waiting ? receivedDay : w.plusWorking(receivedDay, w.between(0, 2));
  if (triageDay > w.horizon || !stage.triaged) return story.finish(standing);
  if (rejectedOrMerged(story, triageDay, stage.waiting, standing)) return story.finish(standing);

  const deadline = deadlineDays(story.category, story.urgency);
  const assigner = w.townshipStaffOf(story.village.townshipId);
  let ch: Channel = w.chance(0.7) ? story.category.defaultChannel : w.pick(["DIRECT", "LEAD", "JOINT", "SUPERVISED"] as Channel[]);
  if ((ch === "LEAD" && w.officialsOf(story.village.townshipId).length === 0) || (ch === "SUPERVISED" && w.offices.length === 0)) ch = "JOINT";
  story.assign(triageDay, ch, "ASSIGNED", story.urgency === "CRITICAL" ? "紧急事项，限期办理" : null, deadline, assigner);
  if (!stage.waiting && w.chance(0.05) && !returnedAndReassigned(story, triageDay, deadline, assigner)) return story.finish(standing);

  // Mostly accepted at once; now and then a unit is slow to take it on.
  const acceptDay = w.plusWorking(story.lastDay, w.chance(0.06) ? w.between(2, 8) : w.between(0, 1));
  if (acceptDay > w.horizon || stage.waiting) return story.finish(standing);
  story.acceptAll(acceptDay);

  // How long the handling takes, in working days from acceptance:
  // mostly in time; some late; some stalled for weeks; a few stuck for good (still open, long overdue).
  const u = w.random();
  const duration =
    u < 0.72
      ? w.between(1, Math.max(1, Math.floor(deadline * 0.9)))
      : u < 0.88
        ? deadline + w.between(1, 8)
        : u < 0.97
          ? deadline + w.between(15, 40)
          : deadline + w.between(250, 400);
  const handling = { resolveDay: w.plusWorking(acceptDay, duration), duration, deadline, assigner };
  /** A step of the handling happens on its day only if that day is still to come in this story. */
  const can = (day: string) => day >= story.lastDay && day < handling.resolveDay && day <= w.horizon;

  // A progress note early on, public or internal.
  const progressDay = w.plusWorking(acceptDay, 1);
  if (can(progressDay) && progressDay <= story.dueDate!) {
    const internal = w.chance(0.4);
    story.event(progressDay, { type: "PROGRESS", actorId: story.lead.actorId, note: internal ? "已与相关部门协调，内部跟进" : "已现场查看，正在制定处理方案", public: !internal });
  }
  askForMoreTime(story, handling, can);
  if (!superviseWhenLate(story, handling, can)) return story.finish(standing);
  resolveAndFollowUp(story, handling);
  return story.finish(standing);
}

/** Triage may reject the matter, or merge it into a standing one of the same village and category. */
function rejectedOrMerged(story: MatterStory, triageDay: string, waiting: boolean, standing: SimMatter[]): boolean {
  const { world: w, m, committee } = story;
  const duplicateOf = standing.filter((s) => s.intake.villageId === story.village.id && s.intake.categoryId === story.category.id).at(-1);
  if (!waiting && w.chance(0.04)) {
    const reason = w.pick(["不属于民事直说受理范围", "已通过司法途径处理", "反映人撤回诉求"]);
    story.event(triageDay, { type: "REJECTED", actorId: committee, note: reason, public: true, to: "REJECTED" });
    return true;
  }
  if (!waiting && duplicateOf && w.chance(0.06)) {
    m.mergeInto = duplicateOf;
    story.event(triageDay, { type: "MERGED", actorId: committee, note: "同一事项重复反映", public: true, to: "MERGED" });
    return true;
  }
  return false;
}

/**
 * The lead hands it back the next working day and it is assigned again;
 * false when the story ends first. A lead that took it on itself (the
 * committee's 直办, an official who named itself) cannot hand it back: it
 * notes that it is not its to do, and the township moves it elsewhere.
 */
function returnedAndReassigned(story: MatterStory, triageDay: string, deadline: number, assigner: number): boolean {
  const w = story.world;
  const returnDay = w.plusWorking(triageDay, 1);
  if (returnDay > w.horizon) return false;
  if (story.lead.selfAssigned) {
    story.event(returnDay, { type: "PROGRESS", actorId: story.lead.actorId, note: "不属于本单位职责，已报乡镇重新交办", public: false });
    const again = w.plusWorking(returnDay, 1);
    if (again > w.horizon) return false;
    story.assign(again, story.ch === "DIRECT" && w.offices.length ? "SUPERVISED" : "JOINT", "CHANNEL_CHANGED", "无法自行办理，转交办", deadline, assigner);
    return true;
  }
  // The lead's return ends every open assignment and puts the matter back to RECEIVED.
  const open = story.openAssignments();
  story.event(returnDay, { type: "RETURNED", actorId: story.lead.actorId, note: "不属于本单位职责，请重新交办", public: false, assignment: story.lead, to: "RECEIVED" });
  for (const a of open) a.state = "RETURNED";
  story.dueDate = null;
  const again = w.plusWorking(returnDay, 1);
  if (again > w.horizon) return false;
  story.assign(again, story.ch === "DIRECT" && w.offices.length ? "SUPERVISED" : "JOINT", "ASSIGNED", "重新交办", deadline, assigner);
  return true;
}

type Handling = { resolveDay: string; duration: number; deadline: number; assigner: number };

/** A late one asks for more time before its due date, decided by the due date (mostly approved). */
function askForMoreTime(story: MatterStory, handling: Handling, can: (day: string) => boolean) {
  const w = story.world;
  const requestDay = [w.previousWorkingDay(story.dueDate!), story.lastDay].sort().at(-1)!;
  if (!(handling.duration > handling.deadline && w.chance(0.35) && can(requestDay) && requestDay <= story.dueDate!)) return;
  const decideDay = requestDay < story.dueDate! ? w.plusWorking(requestDay, 1) : requestDay;
  const requested = w.plusWorking(story.dueDate!, w.between(5, 10));
  const reason = w.pick(["需等待施工队进场", "涉及多部门协调", "需上级审批"]);
  // The lead's assignee asks (only an assignee may); the district staff decide, before the due date.
  const holder = story.lead;
  const extension: SimExtension = { assignment: holder, requestedDueDate: requested, reason };
  story.event(requestDay, { type: "EXTENSION_REQUESTED", actorId: holder.actorId, note: reason, public: false, extension });
  if (decideDay > w.horizon || decideDay >= handling.resolveDay) return;
  const approve = w.chance(0.8);
  story.event(decideDay, { type: approve ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED", actorId: w.staffId, note: approve ? "同意延期" : "请按期办结", public: approve, extension });
  if (approve) {
    holder.dueDate = requested;
    story.dueDate = requested;
  }
}

/** Past due: urged; a stalled DIRECT matter moves to SUPERVISED; then written notice and escalation. False when the story ends first. */
function superviseWhenLate(story: MatterStory, handling: Handling, can: (day: string) => boolean): boolean {
  const w = story.world;
  // Levels only rise (URGE, WRITTEN, ESCALATED), as the service requires.
  const supervise = (level: Level, day: string) => {
    const reason = `逾期未办结，${level === "ESCALATED" ? "提级督办" : level === "WRITTEN" ? "书面督办" : "催办"}`;
    story.event(day, { type: "SUPERVISED", actorId: w.staffId, note: reason, public: false, supervision: { level, reason, responseDue: w.plusWorking(day, 3) } });
  };
  const urgeDay = w.plusWorking(story.dueDate!, 1);
  if (can(urgeDay)) supervise("URGE", urgeDay);
  const changeDay = w.plusWorking(story.dueDate!, 3);
  if (story.ch === "DIRECT" && w.offices.length && handling.duration > handling.deadline + 10 && can(changeDay)) {
    story.assign(changeDay, "SUPERVISED", "CHANNEL_CHANGED", "直办久拖未决，转督办", handling.deadline, handling.assigner);
    const again = w.plusWorking(changeDay, 1);
    if (again > w.horizon) return false;
    story.acceptAll(again);
    handling.resolveDay = [handling.resolveDay, w.plusWorking(again, 1)].sort().at(-1)!;
  }
  for (const [lvl, after] of [
    ["WRITTEN", 6],
    ["ESCALATED", 13],
  ] as [Level, number][]) {
    const day = w.plusWorking(story.dueDate!, after);
    if (!can(day) || !w.chance(0.75)) break;
    supervise(lvl, day);
  }
  return true;
}

/**
 * Resolution (by the lead's assignee) and follow-ups (by the committee or the
 * township's staff; ONLINE by the submitting resident where it has a login),
 * with a rework round when the resident is not satisfied (at most three rounds).
 */
function resolveAndFollowUp(story: MatterStory, handling: Handling) {
  const { world: w, m, household, committee } = story;
  let closed = false;
  for (let round = 0; round < 3 && !closed; round++) {
    if (handling.resolveDay > w.horizon) break;
    const resolution = w.pick(["已组织人员现场处理完毕", "经协调已落实解决", "已按政策办理到位", "已维修完成并验收"]);
    const resolvedAt = story.event(handling.resolveDay, { type: "RESOLVED", actorId: story.lead.actorId, note: resolution, public: true, to: "RESOLVED" });
    reportParts(story, resolvedAt, handling.duration <= handling.deadline);
    // Resolving ends the lead's and the office's parts; a co-unit's only by its own report.
    for (const a of story.openAssignments()) if (a.role !== "CO_UNIT") a.state = "DONE";
    if (w.chance(0.1)) break; // never visited
    let followDay = w.plusWorking(handling.resolveDay, w.between(1, 4));
    if (followDay > w.horizon) break;
    const visitor = w.chance(0.6) ? committee : handling.assigner;
    if (w.chance(0.12)) {
      const followUp: SimFollowUp = { method: "PHONE", reached: false, resolved: null, satisfaction: null, comment: "电话无人接听" };
      story.event(followDay, { type: "FOLLOW_UP", actorId: visitor, note: followUp.comment, public: true, followUp });
      followDay = w.plusWorking(followDay, w.between(1, 2));
      if (followDay > w.horizon) break;
    }
    const s = w.random();
    const satisfaction: Satisfaction = round > 0 ? (s < 0.8 ? "SATISFIED" : "BASICALLY") : s < 0.68 ? "SATISFIED" : s < 0.9 ? "BASICALLY" : "NOT";
    const resolved: Resolved = satisfaction === "SATISFIED" ? "YES" : satisfaction === "BASICALLY" ? w.pick(["YES", "PARTLY"] as Resolved[]) : w.pick(["NO", "PARTLY"] as Resolved[]);
    const method: Method = household && w.chance(0.15) ? "ONLINE" : w.pick(["PHONE", "PHONE", "VISIT", "MEETING"] as Method[]);
    const rater = method === "ONLINE" ? (w.residentOf(household!.id) ?? visitor) : visitor;
    const comment = satisfaction === "NOT" ? "问题没有根本解决" : satisfaction === "BASICALLY" ? "基本解决" : "很满意";
    const followUp: SimFollowUp = { method, reached: true, resolved, satisfaction, comment };
    if (satisfaction !== "NOT") {
      story.event(followDay, { type: "CLOSED", actorId: rater, note: comment, public: true, followUp, to: "CLOSED" });
      closed = true;
    } else {
      // Reworked: the assignments that were done are taken up again, due anew from the follow-up's day.
      story.event(followDay, { type: "REOPENED", actorId: rater, note: comment, public: true, followUp, to: "IN_PROGRESS" });
      const due = w.plusWorking(followDay, handling.deadline);
      for (const a of m.assignments.filter((x) => x.state === "DONE")) Object.assign(a, { state: "ACCEPTED", dueDate: due });
      for (const a of story.openAssignments()) a.dueDate = due;
      story.dueDate = due;
      handling.resolveDay = w.plusWorking(followDay, w.between(2, handling.deadline + 3));
    }
  }
}

/**
 * 联办's co-units report their parts just before the lead resolves (a
 * minute apart, placed before the RESOLVED step: no draw of chance, so
 * every later matter's story stays as it was). In a matter that ran past
 * its deadline they never do: the demo's 未报送, counted against them.
 */
function reportParts(story: MatterStory, resolvedAt: Date, onTime: boolean) {
  const parts = story.openAssignments().filter((a) => a.role === "CO_UNIT" && a.state === "ACCEPTED");
  if (!onTime || parts.length === 0) return;
  const events = story.m.events;
  const resolved = events.pop()!;
  parts.forEach((a, i) => {
    const at = new Date(resolvedAt.getTime() - (parts.length - i) * 60_000);
    events.push({ type: "PART_REPORTED", actorId: a.actorId, note: "本单位承担部分已办理完毕", public: false, at, assignment: a });
    a.state = "DONE";
  });
  events.push(resolved);
}
