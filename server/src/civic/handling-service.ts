import { eq } from "drizzle-orm";
import { matterAssignments } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db } from "../db/database";
import { audit } from "../audit/audit";
import { Checks } from "../common/validate";
import { isLeadAssignment, isOpenAssignment } from "./assignment-actions";
import { progressRefusal, resolveRefusal } from "./matter-actions";
import { assignmentsOf, claimMatter, endAssignments, endSupervisions, matterInScope, updateMatter, writeEvent } from "./matter-store";
import type { ProgressInput, ResolveCivicMatterInput } from "./workflow-inputs";
import { noticeResolved } from "../notifications/civic-notices";

// Handling (办理): progress notes while the assignees work, then the resolution (办结).

/** A progress note by an assignee or staff above; internal notes (public: false) never reach residents (`at`: when, default now). */
export async function postProgress(db: Db, actor: Actor, rawId: string, input: ProgressInput, at?: Date) {
  const checks = new Checks();
  const note = checks.text("note", input.note, { max: 1000, required: true }) ?? undefined;
  if (input.public === null || input.public === undefined) checks.fail("public", "REQUIRED");
  checks.throwIfAny();
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, rawId);
    const fresh = await claimMatter(tx, matter.id, async (locked) => progressRefusal(actor, locked, { assignments: await assignmentsOf(tx, matter.id) }), at);
    await writeEvent(tx, matter.id, actor, { type: "PROGRESS", note, public: input.public }, at);
    await audit(tx, actor, "progress", "civic-matter", matter.id, { public: input.public });
    return fresh;
  });
}

/**
 * The lead assignee (or staff above) records the resolution: IN_PROGRESS →
 * RESOLVED; open assignments end DONE and every supervision not yet ended
 * ENDS (`at`: when, default now).
 */
export async function resolveMatter(db: Db, actor: Actor, rawId: string, input: ResolveCivicMatterInput, at?: Date) {
  const checks = new Checks();
  const resolution = checks.text("resolution", input.resolution, { max: 2000, required: true })!;
  checks.throwIfAny();
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, rawId);
    let assignments: Awaited<ReturnType<typeof assignmentsOf>> = [];
    await claimMatter(tx, matter.id, async (locked) => {
      assignments = await assignmentsOf(tx, matter.id);
      return resolveRefusal(actor, locked, { assignments });
    }, at);
    const open = assignments.filter(isOpenAssignment);
    await endAssignments(
      tx,
      open.map((a) => a.id),
      "DONE",
      undefined,
      at,
    );
    const leadNow = open.find(isLeadAssignment);
    if (leadNow) await tx.update(matterAssignments).set({ resultNote: resolution }).where(eq(matterAssignments.id, leadNow.id));
    const endedSupervisions = await endSupervisions(tx, matter.id, at);
    const row = await updateMatter(tx, matter.id, { status: "RESOLVED", resolution, resolvedAt: at ?? new Date(), supervisionLevel: null }, at);
    await writeEvent(tx, matter.id, actor, {
      type: "RESOLVED",
      fromStatus: "IN_PROGRESS",
      toStatus: "RESOLVED",
      note: resolution,
      public: true,
      data: { dueDate: row.dueDate, reworkCount: row.reworkCount, ...(endedSupervisions.length ? { endedSupervisions } : {}) },
    }, at);
    await noticeResolved(tx, matter.id, at);
    await audit(tx, actor, "resolve", "civic-matter", matter.id, { code: matter.code });
    return row;
  });
}
