import { eq } from "drizzle-orm";
import { matterAssignments } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db } from "../db/database";
import { audit } from "../audit/audit";
import { todayIn } from "../common/dates";
import { Checks } from "../common/validate";
import { acceptRefusal, isLeadAssignment, isOpenAssignment, returnRefusal } from "./assignment-actions";
import { checkChannelInput, makeAssignments } from "./channel-plan";
import { assignRefusal, changeChannelRefusal } from "./matter-actions";
import {
  assignmentInScope,
  assignmentsOf,
  assignmentSummary,
  claimMatter,
  endAssignments,
  matterInScope,
  updateMatter,
  writeEvent,
  type AssignmentRow,
} from "./matter-store";
import type { AssignCivicMatterInput, ChangeChannelInput } from "./workflow-inputs";
import { noticeReturned } from "../notifications/civic-notices";

// Assignment (交办): a channel and who handles the matter; the assignees
// accept their part or hand it back.

/**
 * Sets the channel of a RECEIVED matter and who handles it (交办): ASSIGNED,
 * or IN_PROGRESS at once when the assigner gave the lead to itself (直办).
 */
export async function assignMatter(db: Db, actor: Actor, timezone: string, rawId: string, input: AssignCivicMatterInput, at?: Date) {
  const plan = checkChannelInput(input);
  const checks = new Checks();
  const note = checks.text("note", input.note, { max: 500 });
  checks.throwIfAny();
  const today = todayIn(timezone, at);
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, rawId);
    const fresh = await claimMatter(tx, matter.id, (locked) => assignRefusal(actor, locked, plan.channel), at);
    const { rows, dueDate, leadAccepted } = await makeAssignments(tx, actor, fresh, plan, today, at);
    const status = leadAccepted ? "IN_PROGRESS" : "ASSIGNED";
    const row = await updateMatter(tx, matter.id, { status, channel: plan.channel, dueDate }, at);
    await writeEvent(tx, matter.id, actor, {
      type: "ASSIGNED",
      fromStatus: "RECEIVED",
      toStatus: status,
      note,
      public: true,
      data: { channel: plan.channel, dueDate, assignments: rows.map(assignmentSummary), ...selfAccepted(rows) },
    }, at);
    await audit(tx, actor, "assign", "civic-matter", matter.id, { channel: plan.channel, assignments: rows.map((a) => a.id) });
    return row;
  });
}

/**
 * Another channel (e.g. DIRECT → SUPERVISED when a matter stalls): the open
 * assignments end RETURNED, new ones start PENDING (those the actor gives to
 * itself ACCEPTED, see makeAssignments).
 */
export async function changeChannel(db: Db, actor: Actor, timezone: string, rawId: string, input: ChangeChannelInput, at?: Date) {
  const plan = checkChannelInput(input);
  const checks = new Checks();
  const reason = checks.text("reason", input.reason, { max: 500, required: true });
  const note = checks.text("note", input.note, { max: 500 });
  checks.throwIfAny();
  const today = todayIn(timezone, at);
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, rawId);
    const fresh = await claimMatter(tx, matter.id, (locked) => changeChannelRefusal(actor, locked, plan.channel), at);
    const ended = (await assignmentsOf(tx, matter.id)).filter(isOpenAssignment);
    await endAssignments(
      tx,
      ended.map((a) => a.id),
      "RETURNED",
      "channel changed",
      at,
    );
    const { rows, dueDate, leadAccepted } = await makeAssignments(tx, actor, fresh, plan, today, at);
    const status = leadAccepted ? "IN_PROGRESS" : "ASSIGNED";
    const row = await updateMatter(tx, matter.id, { status, channel: plan.channel, dueDate }, at);
    await writeEvent(tx, matter.id, actor, {
      type: "CHANNEL_CHANGED",
      fromStatus: fresh.status,
      toStatus: status,
      note: note ? `${reason}（${note}）` : reason,
      public: true,
      data: {
        fromChannel: fresh.channel,
        toChannel: plan.channel,
        dueDate,
        ended: ended.map((a) => a.id),
        assignments: rows.map(assignmentSummary),
        ...selfAccepted(rows),
      },
    }, at);
    await audit(tx, actor, "change-channel", "civic-matter", matter.id, { from: fresh.channel, to: plan.channel, reason });
    return row;
  });
}

/** The timeline's note of assignments accepted by being given to oneself. */
const selfAccepted = (rows: AssignmentRow[]) => {
  const ids = rows.filter((a) => a.selfAssigned).map((a) => a.id);
  return ids.length ? { selfAccepted: ids } : {};
};

/**
 * An assignee accepts its assignment. The lead's acceptance (the lead unit,
 * the lead official, or the committee for DIRECT) moves the matter from
 * ASSIGNED to IN_PROGRESS; a co-unit or the supervising office accepts its own
 * part without moving the status.
 */
export async function acceptAssignment(db: Db, actor: Actor, rawAssignmentId: string, at?: Date) {
  return db.transaction(async (tx) => {
    const { assignment, matter } = await assignmentInScope(tx, actor, rawAssignmentId);
    const fresh = await claimMatter(tx, matter.id, async (locked) => {
      const [current] = await tx.select().from(matterAssignments).where(eq(matterAssignments.id, assignment.id));
      return acceptRefusal(actor, locked, current!);
    }, at);
    const [accepted] = await tx
      .update(matterAssignments)
      .set({ state: "ACCEPTED", updatedAt: at ?? new Date() })
      .where(eq(matterAssignments.id, assignment.id))
      .returning();
    const lead = isLeadAssignment(assignment);
    const row = lead ? await updateMatter(tx, matter.id, { status: "IN_PROGRESS" }, at) : fresh;
    await writeEvent(tx, matter.id, actor, {
      type: "ACCEPTED",
      fromStatus: lead ? fresh.status : null,
      toStatus: lead ? "IN_PROGRESS" : null,
      public: true,
      data: { assignment: assignmentSummary(accepted!) },
    }, at);
    await audit(tx, actor, "accept", "matter-assignment", assignment.id, { matterId: matter.id, role: assignment.role });
    return row;
  });
}

/**
 * An assignee hands its assignment back with a reason. The lead's return
 * ends every open assignment RETURNED and puts the matter back to RECEIVED,
 * without a channel, for re-assignment (the old channel stays on the
 * timeline). A co-unit's or the supervisor's return ends only its own.
 */
export async function returnAssignment(db: Db, actor: Actor, rawAssignmentId: string, reason: string, at?: Date) {
  const checks = new Checks();
  const why = checks.text("reason", reason, { max: 500, required: true })!;
  checks.throwIfAny();
  return db.transaction(async (tx) => {
    const { assignment, matter } = await assignmentInScope(tx, actor, rawAssignmentId);
    let all: Awaited<ReturnType<typeof assignmentsOf>> = [];
    const fresh = await claimMatter(tx, matter.id, async (locked) => {
      all = await assignmentsOf(tx, matter.id);
      return returnRefusal(actor, locked, all.find((a) => a.id === assignment.id)!);
    }, at);
    const current = all.find((a) => a.id === assignment.id)!;
    const lead = isLeadAssignment(current);
    let row = fresh;
    if (lead) {
      await endAssignments(
        tx,
        all.filter(isOpenAssignment).map((a) => a.id),
        "RETURNED",
        why,
        at,
      );
      row = await updateMatter(tx, matter.id, { status: "RECEIVED", channel: null, dueDate: null }, at);
    } else {
      await endAssignments(tx, [current.id], "RETURNED", why, at);
    }
    await writeEvent(tx, matter.id, actor, {
      type: "RETURNED",
      fromStatus: lead ? fresh.status : null,
      toStatus: lead ? "RECEIVED" : null,
      note: why,
      public: false,
      data: { assignment: assignmentSummary(current), channel: fresh.channel },
    }, at);
    await noticeReturned(tx, fresh, current, why, at);
    await audit(tx, actor, "return", "matter-assignment", current.id, { matterId: matter.id, role: current.role, reason: why });
    return row;
  });
}
