import { eq } from "drizzle-orm";
import { matterAssignments, matterExtensions, matterSupervisions } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db } from "../db/database";
import { audit } from "../audit/audit";
import { addDays, isDay, todayIn } from "../common/dates";
import { Checks, parseId } from "../common/validate";
import { badInput, notFound } from "../errors";
import type { SupervisionLevel } from "./civic-enums";
import { activeStatuses, extensionRequestRefusal, inStatus, isLeadAssignment, isOpenAssignment } from "./assignment-actions";
import { extensionDecisionRefusal, superviseRefusal } from "./matter-actions";
import { answerRefusal } from "./supervision-actions";
import { noticeExtensionDecided, noticeSupervised } from "../notifications/civic-notices";
import { assignmentsOf, claimMatter, extensionsOf, matterInScope, notFoundAs, updateMatter, writeEvent, type AssignmentRow } from "./matter-store";
import type { AnswerSupervisionInput, ExtensionRequestInput, SuperviseInput } from "./workflow-inputs";

// Supervision (督办) by staff above, answered by the handling unit; and
// extensions (延期): asked for by an assignee, decided by staff above.

const levelRank: Record<SupervisionLevel, number> = { URGE: 1, WRITTEN: 2, ESCALATED: 3 };

/** 督办 by township or district staff; the level never goes down (`at`: when, default now). */
export async function superviseMatter(db: Db, actor: Actor, timezone: string, rawId: string, input: SuperviseInput, at?: Date) {
  const today = todayIn(timezone, at);
  const checks = new Checks();
  const reason = checks.text("reason", input.reason, { max: 500, required: true }) ?? undefined;
  if (!isDay(input.responseDueDate)) checks.fail("responseDueDate", "INVALID");
  else if (input.responseDueDate < today || input.responseDueDate > addDays(today, 366)) checks.fail("responseDueDate", "OUT_OF_RANGE");
  checks.throwIfAny();
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, rawId);
    const fresh = await claimMatter(tx, matter.id, (locked) => superviseRefusal(actor, locked), at);
    if (fresh.supervisionLevel && levelRank[input.level] < levelRank[fresh.supervisionLevel]) {
      throw badInput({ level: "INVALID" }, `The matter is already under ${fresh.supervisionLevel} supervision; the level does not go down`);
    }
    const [supervision] = await tx
      .insert(matterSupervisions)
      .values({ matterId: matter.id, level: input.level, reason: reason!, responseDue: input.responseDueDate, createdBy: actor.userId, createdAt: at })
      .returning();
    const row = await updateMatter(tx, matter.id, { supervisionLevel: input.level }, at);
    await noticeSupervised(tx, fresh, (await assignmentsOf(tx, matter.id)).filter((a) => isOpenAssignment(a) && isLeadAssignment(a)), supervision!, at);
    await writeEvent(tx, matter.id, actor, {
      type: "SUPERVISED",
      note: reason,
      public: false,
      data: { supervisionId: supervision!.id, level: input.level, responseDue: input.responseDueDate, previousLevel: fresh.supervisionLevel },
    }, at);
    await audit(tx, actor, "supervise", "civic-matter", matter.id, { level: input.level, responseDue: input.responseDueDate });
    return row;
  });
}

/**
 * The handling unit answers an OPEN supervision (once): ANSWERED with the
 * response, who and when; it counts in the matter's level until the matter
 * is resolved, closed, rejected or merged (`at`: when, default now).
 */
export async function answerSupervision(db: Db, actor: Actor, input: AnswerSupervisionInput, at?: Date) {
  const supervisionId = parseId(input.supervisionId, "MatterSupervision", "supervisionId");
  const checks = new Checks();
  const response = checks.text("response", input.response, { max: 1000, required: true })!;
  checks.throwIfAny();
  return db.transaction(async (tx) => {
    const [found] = await tx.select().from(matterSupervisions).where(eq(matterSupervisions.id, supervisionId));
    if (!found) throw notFound("MatterSupervision", input.supervisionId);
    const matter = await matterInScope(tx, actor, found.matterId).catch(notFoundAs("MatterSupervision", input.supervisionId));
    const fresh = await claimMatter(tx, matter.id, async (locked) => {
      const [current] = await tx.select().from(matterSupervisions).where(eq(matterSupervisions.id, supervisionId));
      return answerRefusal(actor, locked, current!, { assignments: await assignmentsOf(tx, matter.id) });
    }, at);
    await tx
      .update(matterSupervisions)
      .set({ status: "ANSWERED", response, answeredAt: at ?? new Date(), answeredBy: actor.userId })
      .where(eq(matterSupervisions.id, supervisionId));
    await writeEvent(tx, matter.id, actor, {
      type: "SUPERVISION_ANSWERED",
      note: response,
      public: false,
      data: { supervisionId, level: found.level, responseDue: found.responseDue },
    }, at);
    await audit(tx, actor, "answer-supervision", "civic-matter", matter.id, { supervisionId });
    return fresh;
  });
}

/**
 * An assignee asks for more time (延期), before its due date (today ≤ due
 * date) and for a later day; one request waits at a time per matter.
 * Without assignmentId it is for the lead assignment (`at`: when, default now).
 */
export async function requestExtension(db: Db, actor: Actor, timezone: string, rawId: string, input: ExtensionRequestInput, at?: Date) {
  const today = todayIn(timezone, at);
  const checks = new Checks();
  const reason = checks.text("reason", input.reason, { max: 500, required: true }) ?? undefined;
  if (!isDay(input.requestedDueDate)) checks.fail("requestedDueDate", "INVALID");
  const assignmentId = input.assignmentId ? parseId(input.assignmentId, "MatterAssignment", "assignmentId") : null;
  checks.throwIfAny();
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, rawId);
    let target = undefined as AssignmentRow | undefined; // found under the lock
    const fresh = await claimMatter(tx, matter.id, async (locked) => {
      const status = inStatus(locked, activeStatuses, "extended");
      if (status) return status;
      const assignments = await assignmentsOf(tx, matter.id);
      target = assignments.find((a) => (assignmentId === null ? isOpenAssignment(a) && isLeadAssignment(a) : a.id === assignmentId));
      if (!target) return badInput({ assignmentId: assignmentId === null ? "REQUIRED" : "NOT_FOUND" }, "Which assignment is the extension for?");
      return extensionRequestRefusal(actor, locked, target, { extensions: await extensionsOf(tx, matter.id), today });
    }, at);
    const current = target!;
    if (input.requestedDueDate <= current.dueDate || input.requestedDueDate > addDays(current.dueDate, 366)) {
      throw badInput({ requestedDueDate: "OUT_OF_RANGE" }, `Ask for a day after the current due date ${current.dueDate}`);
    }
    const [extension] = await tx
      .insert(matterExtensions)
      .values({ matterId: matter.id, assignmentId: current.id, requestedDueDate: input.requestedDueDate, reason: reason!, requestedBy: actor.userId, requestedAt: at })
      .returning();
    await writeEvent(tx, matter.id, actor, {
      type: "EXTENSION_REQUESTED",
      note: reason,
      public: false,
      data: { extensionId: extension!.id, assignmentId: current.id, dueDate: current.dueDate, requestedDueDate: input.requestedDueDate },
    }, at);
    await audit(tx, actor, "request-extension", "civic-matter", matter.id, { extensionId: extension!.id, requestedDueDate: input.requestedDueDate });
    return fresh;
  });
}

/**
 * Staff above decide a pending extension. Approval, only while the
 * assignment's due date has not passed, moves its due date (and the
 * matter's, for the lead assignment); on-time then counts against it
 * (`at`: when, default now).
 */
export async function decideExtension(
  db: Db,
  actor: Actor,
  timezone: string,
  rawExtensionId: string,
  approve: boolean,
  note: string | null | undefined,
  at?: Date,
) {
  const today = todayIn(timezone, at);
  const extensionId = parseId(rawExtensionId, "MatterExtension", "extensionId");
  const checks = new Checks();
  const text = checks.text("note", note, { max: 500 });
  checks.throwIfAny();
  return db.transaction(async (tx) => {
    const [extension] = await tx.select().from(matterExtensions).where(eq(matterExtensions.id, extensionId));
    if (!extension) throw notFound("MatterExtension", rawExtensionId);
    const matter = await matterInScope(tx, actor, extension.matterId).catch(notFoundAs("MatterExtension", rawExtensionId));
    let assignment = undefined as AssignmentRow | undefined; // read under the lock
    const fresh = await claimMatter(tx, matter.id, async (locked) => {
      const [current] = await tx.select().from(matterExtensions).where(eq(matterExtensions.id, extensionId));
      const assignmentId = current!.assignmentId;
      if (assignmentId !== null) [assignment] = await tx.select().from(matterAssignments).where(eq(matterAssignments.id, assignmentId));
      return extensionDecisionRefusal(actor, locked, current!, assignment, today, approve);
    }, at);
    await tx
      .update(matterExtensions)
      .set({ state: approve ? "APPROVED" : "REFUSED", decidedBy: actor.userId, decidedAt: at ?? new Date(), decisionNote: text ?? null })
      .where(eq(matterExtensions.id, extensionId));
    let row = fresh;
    if (approve && assignment) {
      await tx
        .update(matterAssignments)
        .set({ dueDate: extension.requestedDueDate, updatedAt: at ?? new Date() })
        .where(eq(matterAssignments.id, assignment.id));
      if (isLeadAssignment(assignment)) row = await updateMatter(tx, matter.id, { dueDate: extension.requestedDueDate }, at);
      await writeEvent(tx, matter.id, actor, {
        type: "EXTENSION_APPROVED",
        note: text,
        public: true,
        data: { extensionId, assignmentId: assignment.id, fromDueDate: assignment.dueDate, toDueDate: extension.requestedDueDate },
      }, at);
    } else {
      await writeEvent(tx, matter.id, actor, { type: "EXTENSION_REFUSED", note: text, public: false, data: { extensionId, assignmentId: extension.assignmentId } }, at);
    }
    await noticeExtensionDecided(tx, fresh, extension, assignment, approve, text, at);
    await audit(tx, actor, approve ? "approve-extension" : "refuse-extension", "civic-matter", matter.id, { extensionId });
    return row;
  });
}
