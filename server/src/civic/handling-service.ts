import { eq } from "drizzle-orm";
import { matterAssignments } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db } from "../db/database";
import { audit } from "../audit/audit";
import { Checks } from "../common/validate";
import { isLeadAssignment, isOpenAssignment, reportRefusal } from "./assignment-actions";
import { progressRefusal, resolveRefusal } from "./matter-actions";
import {
  assignmentInScope,
  assignmentsOf,
  assignmentSummary,
  claimMatter,
  endAssignments,
  endSupervisions,
  matterInScope,
  updateMatter,
  writeEvent,
  type AssignmentRow,
} from "./matter-store";
import type { ProgressInput, ReportPartInput, ResolveCivicMatterInput } from "./workflow-inputs";
import { noticeResolved } from "../notifications/civic-notices";
import { attachToEvent, parseAttachmentIds, photoData } from "../files/attach-service";

// Handling (办理): progress notes while the assignees work, co-units' reports of their parts, then the resolution (办结).

/** A progress note by an assignee or staff above; internal notes (public: false) never reach residents (`at`: when, default now). */
export async function postProgress(db: Db, actor: Actor, rawId: string, input: ProgressInput, at?: Date) {
  const checks = new Checks();
  const note = checks.text("note", input.note, { max: 1000, required: true }) ?? undefined;
  if (input.public === null || input.public === undefined) checks.fail("public", "REQUIRED");
  checks.throwIfAny();
  const attachmentIds = parseAttachmentIds(input.attachmentIds);
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, rawId);
    const fresh = await claimMatter(tx, matter.id, async (locked) => progressRefusal(actor, locked, { assignments: await assignmentsOf(tx, matter.id) }), at);
    // The photos sit on the event and share its public flag: an internal note's never reach residents.
    const event = await writeEvent(tx, matter.id, actor, { type: "PROGRESS", note, public: input.public, data: attachmentIds.length ? photoData(attachmentIds) : null }, at);
    await attachToEvent(tx, actor, event.id, attachmentIds, at);
    await audit(tx, actor, "progress", "civic-matter", matter.id, { public: input.public });
    return fresh;
  });
}

/**
 * The lead assignee (or staff above) records the resolution: IN_PROGRESS →
 * RESOLVED; the open lead and supervisor assignments end DONE, a co-unit's
 * keeps its state (only its own report makes it DONE: one that never
 * accepted stays PENDING, one that never reported stays ACCEPTED, see
 * DESIGN.md 联办), and every supervision not yet ended ENDS. The RESOLVED
 * event names each co-unit part and whether it was reported (`at`: when,
 * default now).
 */
export async function resolveMatter(db: Db, actor: Actor, rawId: string, input: ResolveCivicMatterInput, at?: Date) {
  const checks = new Checks();
  const resolution = checks.text("resolution", input.resolution, { max: 2000, required: true })!;
  checks.throwIfAny();
  const attachmentIds = parseAttachmentIds(input.attachmentIds);
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, rawId);
    let assignments: Awaited<ReturnType<typeof assignmentsOf>> = [];
    await claimMatter(tx, matter.id, async (locked) => {
      assignments = await assignmentsOf(tx, matter.id);
      return resolveRefusal(actor, locked, { assignments });
    }, at);
    const ended = assignments.filter((a) => isOpenAssignment(a) && !isCoUnit(a));
    await endAssignments(
      tx,
      ended.map((a) => a.id),
      "DONE",
      undefined,
      at,
    );
    const leadNow = ended.find(isLeadAssignment);
    if (leadNow) await tx.update(matterAssignments).set({ resultNote: resolution }).where(eq(matterAssignments.id, leadNow.id));
    const endedSupervisions = await endSupervisions(tx, matter.id, at);
    const row = await updateMatter(tx, matter.id, { status: "RESOLVED", resolution, resolvedAt: at ?? new Date(), supervisionLevel: null }, at);
    const coUnits = assignments.filter((a) => isCoUnit(a) && a.state !== "RETURNED").map(partOf);
    const event = await writeEvent(tx, matter.id, actor, {
      type: "RESOLVED",
      fromStatus: "IN_PROGRESS",
      toStatus: "RESOLVED",
      note: resolution,
      public: true,
      data: {
        dueDate: row.dueDate,
        reworkCount: row.reworkCount,
        ...(coUnits.length ? { coUnits } : {}),
        ...(endedSupervisions.length ? { endedSupervisions } : {}),
        ...photoData(attachmentIds),
      },
    }, at);
    await attachToEvent(tx, actor, event.id, attachmentIds, at);
    await noticeResolved(tx, matter.id, at);
    await audit(tx, actor, "resolve", "civic-matter", matter.id, { code: matter.code });
    return row;
  });
}

const isCoUnit = (a: Pick<AssignmentRow, "role">) => a.role === "CO_UNIT";

/** What the RESOLVED event records of a co-unit's part: reported (DONE), or left ACCEPTED (未报送) or PENDING (未签收). */
const partOf = (a: AssignmentRow) => ({ assignmentId: a.id, departmentId: a.departmentId, state: a.state, reported: a.state === "DONE" });

/**
 * A co-unit reports its part of a 联办 (a note, photos): its
 * ACCEPTED assignment ends DONE with the note as its result, on the
 * internal timeline (the lead's resolution is what the resident is told).
 */
export async function reportPart(db: Db, actor: Actor, input: ReportPartInput, at?: Date) {
  const checks = new Checks();
  const note = checks.text("note", input.note, { max: 1000, required: true })!;
  checks.throwIfAny();
  const attachmentIds = parseAttachmentIds(input.attachmentIds);
  return db.transaction(async (tx) => {
    const { assignment, matter } = await assignmentInScope(tx, actor, input.assignmentId);
    const fresh = await claimMatter(tx, matter.id, async (locked) => {
      const [current] = await tx.select().from(matterAssignments).where(eq(matterAssignments.id, assignment.id));
      return reportRefusal(actor, locked, current!);
    }, at);
    await endAssignments(tx, [assignment.id], "DONE", undefined, at);
    await tx.update(matterAssignments).set({ resultNote: note }).where(eq(matterAssignments.id, assignment.id));
    const event = await writeEvent(tx, matter.id, actor, {
      type: "PART_REPORTED",
      note,
      public: false,
      data: { assignment: assignmentSummary(assignment), ...photoData(attachmentIds) },
    }, at);
    await attachToEvent(tx, actor, event.id, attachmentIds, at);
    await audit(tx, actor, "report-part", "matter-assignment", assignment.id, { matterId: matter.id });
    return fresh;
  });
}
