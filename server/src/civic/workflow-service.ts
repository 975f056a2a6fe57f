import { and, asc, eq, inArray } from "drizzle-orm";
import {
  civicCategories,
  civicMatters,
  departments,
  followUps,
  matterAssignments,
  matterExtensions,
  matterSupervisions,
  users,
  villages,
} from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db, Tx } from "../db/database";
import { audit } from "../audit/audit";
import { addDays, isDay, todayIn } from "../common/dates";
import { Checks, parseId } from "../common/validate";
import { AppError, badInput, conflict, forbidden, notFound, type FieldErrors } from "../errors";
import { addWorkingDays } from "./calendar";
import { assertMayAssign, assertMayFollowUp, assertMayTriage, isAssigneeOf, isStaffAbove } from "./civic-scope";
import { claimMatter, matterInScope, statusConflict, updateMatter, writeEvent, type MatterRow } from "./matter-service";
import type {
  AssignCivicMatterInput,
  AssignmentRole,
  ChangeChannelInput,
  CivicChannel,
  CivicStatus,
  ExtensionRequestInput,
  FollowUpInput,
  FollowUpMethod,
  FollowUpResolved,
  ProgressInput,
  RateCivicMatterInput,
  ResolveCivicMatterInput,
  Satisfaction,
  SuperviseInput,
  SupervisionLevel,
  Urgency,
} from "./civic-types";

/**
 * The civic matter's life (DESIGN.md, Civic service). Only these transitions
 * exist; any other is CONFLICT naming the current status, and nothing is
 * written:
 *
 *   RECEIVED    → REJECTED (reject), MERGED (merge), ASSIGNED (assign)
 *   ASSIGNED    → IN_PROGRESS (the lead accepts), RECEIVED (the lead returns),
 *                 ASSIGNED (changeChannel)
 *   IN_PROGRESS → RESOLVED (resolve), RECEIVED (the lead returns),
 *                 ASSIGNED (changeChannel)
 *   RESOLVED    → CLOSED (follow-up satisfied), IN_PROGRESS (follow-up not
 *                 satisfied: rework), RESOLVED (follow-up that reached nobody)
 *   CLOSED, REJECTED, MERGED: final.
 *
 * Every change claims the matter first (matter-service.ts claimMatter: a
 * conditional UPDATE on the allowed statuses that bumps the version), then
 * writes its rows, one matter event and one audit row, in one transaction.
 */

type AssignmentRow = typeof matterAssignments.$inferSelect;
type CategoryRow = typeof civicCategories.$inferSelect;

const active: readonly CivicStatus[] = ["ASSIGNED", "IN_PROGRESS"];
const leadRoles: readonly AssignmentRole[] = ["LEAD_UNIT", "LEAD_OFFICIAL"];
export const isLeadAssignment = (a: Pick<AssignmentRow, "role">) => leadRoles.includes(a.role);
const isOpen = (a: Pick<AssignmentRow, "state">) => a.state === "PENDING" || a.state === "ACCEPTED";
const levelRank: Record<SupervisionLevel, number> = { URGE: 1, WRITTEN: 2, ESCALATED: 3 };

/** Working days an assignee has: the category's, halved (at least 1) for CRITICAL matters. */
export function deadlineDays(category: Pick<CategoryRow, "deadlineDays">, urgency: Urgency): number {
  return urgency === "CRITICAL" ? Math.max(1, Math.floor(category.deadlineDays / 2)) : category.deadlineDays;
}

async function dueDateFor(tx: Tx, matter: MatterRow, today: string): Promise<string> {
  const [category] = await tx.select().from(civicCategories).where(eq(civicCategories.id, matter.categoryId));
  return addWorkingDays(tx, today, deadlineDays(category!, matter.urgency));
}

const requiredText = (checks: Checks, field: string, value: string | null | undefined, max = 500) =>
  checks.text(field, value, { max, required: true }) ?? undefined;

async function assignmentsOf(tx: Tx, matterId: number): Promise<AssignmentRow[]> {
  return tx.select().from(matterAssignments).where(eq(matterAssignments.matterId, matterId)).orderBy(asc(matterAssignments.id));
}

/** An assignment whose matter the actor sees; NOT_FOUND otherwise. */
async function assignmentInScope(tx: Tx, actor: Actor, rawId: string) {
  const id = parseId(rawId, "MatterAssignment", "assignmentId");
  const [assignment] = await tx.select().from(matterAssignments).where(eq(matterAssignments.id, id));
  if (!assignment) throw notFound("MatterAssignment", rawId);
  const matter = await matterInScope(tx, actor, assignment.matterId).catch(notFoundAs("MatterAssignment", rawId));
  return { assignment, matter };
}

/** Rethrows a NOT_FOUND as NOT_FOUND of what the caller asked for. */
const notFoundAs = (entity: string, id: string | number) => (error: unknown) => {
  throw error instanceof AppError && error.code === "NOT_FOUND" ? notFound(entity, id) : error;
};

/** Ends assignments (RETURNED with a reason, or DONE); their pending extension requests end refused. */
async function endAssignments(tx: Tx, ids: number[], state: "RETURNED" | "DONE", reason?: string) {
  if (ids.length === 0) return;
  await tx
    .update(matterAssignments)
    .set({ state, returnReason: state === "RETURNED" ? (reason ?? null) : undefined, updatedAt: new Date() })
    .where(inArray(matterAssignments.id, ids));
  await tx
    .update(matterExtensions)
    .set({ state: "REFUSED", decidedAt: new Date(), decisionNote: "The assignment ended" })
    .where(and(inArray(matterExtensions.assignmentId, ids), eq(matterExtensions.state, "PENDING")));
}

const assignmentSummary = (a: AssignmentRow) => ({
  id: a.id,
  role: a.role,
  departmentId: a.departmentId,
  villageId: a.villageId,
  officialUserId: a.officialUserId,
  dueDate: a.dueDate,
});

// --- triage: reject, merge ----------------------------------------------------------------

export async function rejectMatter(db: Db, actor: Actor, rawId: string, reason: string) {
  const checks = new Checks();
  const why = requiredText(checks, "reason", reason);
  checks.throwIfAny();
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, rawId);
    assertMayTriage(actor, matter);
    await claimMatter(tx, matter.id, ["RECEIVED"], "rejected");
    const row = await updateMatter(tx, matter.id, { status: "REJECTED", closeReason: why, closedAt: new Date() });
    await writeEvent(tx, matter.id, actor, { type: "REJECTED", fromStatus: "RECEIVED", toStatus: "REJECTED", note: why, public: true });
    await audit(tx, actor, "reject", "civic-matter", matter.id, { code: matter.code });
    return row;
  });
}

/** Merges a duplicate into another matter that still stands (not merged, not rejected). */
export async function mergeMatter(db: Db, actor: Actor, rawId: string, rawIntoId: string, note: string | null | undefined) {
  const id = parseId(rawId, "CivicMatter");
  const intoId = parseId(rawIntoId, "CivicMatter", "intoId");
  const checks = new Checks();
  const text = checks.text("note", note, { max: 500 });
  if (id === intoId) checks.fail("intoId", "INVALID");
  if (Object.keys(checks.errors).length) throw badInput(checks.errors, checks.errors.intoId ? "A matter cannot be merged into itself" : undefined);
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, id);
    assertMayTriage(actor, matter);
    const target = await matterInScope(tx, actor, intoId).catch((error: unknown) => {
      throw error instanceof AppError && error.code === "NOT_FOUND" ? badInput({ intoId: "NOT_FOUND" }, `Matter ${rawIntoId} was not found`) : error;
    });
    // Both rows are locked in id order, so two crossing merges (A into B, B into A) cannot both pass.
    const lockTarget = () => tx.select({ status: civicMatters.status }).from(civicMatters).where(eq(civicMatters.id, intoId)).for("update");
    let locked = intoId < id ? await lockTarget() : undefined;
    await claimMatter(tx, id, ["RECEIVED"], "merged");
    locked ??= await lockTarget();
    const targetStatus = locked[0]!.status;
    if (targetStatus === "MERGED" || targetStatus === "REJECTED") {
      throw badInput({ intoId: "INVALID" }, `${target.code} is ${targetStatus}; merge into a matter that still stands`);
    }
    const row = await updateMatter(tx, id, {
      status: "MERGED",
      duplicateOfId: intoId,
      closeReason: text ?? `Duplicate of ${target.code}`,
      closedAt: new Date(),
    });
    await writeEvent(tx, id, actor, {
      type: "MERGED",
      fromStatus: "RECEIVED",
      toStatus: "MERGED",
      note: text ?? null,
      public: true,
      data: { intoId, intoCode: target.code },
    });
    await audit(tx, actor, "merge", "civic-matter", id, { code: matter.code, intoId, intoCode: target.code });
    return row;
  });
}

// --- channels and assignments -----------------------------------------------------------------

interface ChannelPlan {
  channel: CivicChannel;
  leadDepartmentId: number | null;
  coDepartmentIds: number[];
  leadOfficialUserId: number | null;
  supervisingDepartmentId: number | null;
  responsibleDepartmentId: number | null;
  responsibleVillageId: number | null;
}

const assignmentFields = [
  "leadDepartmentId",
  "coDepartmentIds",
  "leadOfficialUserId",
  "supervisingDepartmentId",
  "responsibleDepartmentId",
  "responsibleVillageId",
] as const;

const channelFields: Record<CivicChannel, readonly (keyof Omit<ChannelPlan, "channel">)[]> = {
  DIRECT: [],
  LEAD: ["leadOfficialUserId"],
  JOINT: ["leadDepartmentId", "coDepartmentIds"],
  SUPERVISED: ["supervisingDepartmentId", "responsibleDepartmentId", "responsibleVillageId"],
};

/**
 * The channel's rules on the input alone: what each channel needs and what it
 * does not take. BAD_USER_INPUT names every missing (REQUIRED) or misplaced
 * (INVALID) field, and the message says what is missing.
 */
export function checkChannelInput(input: AssignCivicMatterInput): ChannelPlan {
  const optionalId = (value: string | null | undefined, entity: string, field: string) => (value ? parseId(value, entity, field) : null);
  const plan: ChannelPlan = {
    channel: input.channel,
    leadDepartmentId: optionalId(input.leadDepartmentId, "Department", "leadDepartmentId"),
    coDepartmentIds: (input.coDepartmentIds ?? []).map((id) => parseId(id, "Department", "coDepartmentIds")),
    leadOfficialUserId: optionalId(input.leadOfficialUserId, "User", "leadOfficialUserId"),
    supervisingDepartmentId: optionalId(input.supervisingDepartmentId, "Department", "supervisingDepartmentId"),
    responsibleDepartmentId: optionalId(input.responsibleDepartmentId, "Department", "responsibleDepartmentId"),
    responsibleVillageId: optionalId(input.responsibleVillageId, "Village", "responsibleVillageId"),
  };
  const fields: FieldErrors = {};
  const problems: string[] = [];
  const missing = (field: string, what: string) => {
    fields[field] ??= "REQUIRED";
    problems.push(`${plan.channel} needs ${what}`);
  };
  const allowed = channelFields[plan.channel];
  for (const field of assignmentFields) {
    const value = plan[field];
    const given = Array.isArray(value) ? value.length > 0 : value !== null;
    if (given && !allowed.includes(field)) {
      fields[field] = "INVALID";
      problems.push(`${plan.channel} takes no ${field}`);
    }
  }
  switch (plan.channel) {
    case "DIRECT":
      break;
    case "LEAD":
      if (plan.leadOfficialUserId === null) missing("leadOfficialUserId", "leadOfficialUserId (the one lead official)");
      break;
    case "JOINT":
      if (plan.leadDepartmentId === null) missing("leadDepartmentId", "leadDepartmentId (the lead department)");
      if (plan.coDepartmentIds.length === 0) missing("coDepartmentIds", "coDepartmentIds (at least one co-department)");
      if (new Set(plan.coDepartmentIds).size !== plan.coDepartmentIds.length) {
        fields.coDepartmentIds = "INVALID";
        problems.push("coDepartmentIds are named twice");
      }
      if (plan.leadDepartmentId !== null && plan.coDepartmentIds.includes(plan.leadDepartmentId)) {
        fields.coDepartmentIds = "INVALID";
        problems.push("the lead department cannot also be a co-department");
      }
      break;
    case "SUPERVISED":
      if (plan.supervisingDepartmentId === null) missing("supervisingDepartmentId", "supervisingDepartmentId (a supervision office)");
      if (plan.responsibleDepartmentId === null && plan.responsibleVillageId === null) {
        missing("responsibleDepartmentId", "responsibleDepartmentId or responsibleVillageId (the responsible unit)");
      }
      if (plan.responsibleDepartmentId !== null && plan.responsibleVillageId !== null) {
        fields.responsibleVillageId = "INVALID";
        problems.push("name one responsible unit: a department or the village");
      }
      break;
  }
  if (Object.keys(fields).length) throw badInput(fields, problems.join("; "));
  return plan;
}

type PlannedAssignment = Pick<typeof matterAssignments.$inferInsert, "role" | "departmentId" | "villageId" | "officialUserId" | "personName">;

/** The assignments a plan makes, after checking the units and the official exist and fit. */
async function planAssignments(tx: Tx, matter: MatterRow, plan: ChannelPlan): Promise<PlannedAssignment[]> {
  const departmentIds = [plan.leadDepartmentId, ...plan.coDepartmentIds, plan.supervisingDepartmentId, plan.responsibleDepartmentId].filter(
    (id): id is number => id !== null,
  );
  const found = departmentIds.length ? await tx.select().from(departments).where(inArray(departments.id, departmentIds)) : [];
  const department = (id: number, field: string, kind: "UNIT" | "SUPERVISION_OFFICE") => {
    const row = found.find((d) => d.id === id && d.active);
    if (!row) throw badInput({ [field]: "NOT_FOUND" }, `Department ${id} was not found or is inactive`);
    if (kind === "SUPERVISION_OFFICE" && row.kind !== "SUPERVISION_OFFICE") {
      throw badInput({ [field]: "INVALID" }, `${row.name} is not a supervision office`);
    }
    if (kind === "UNIT" && row.kind === "SUPERVISION_OFFICE") throw badInput({ [field]: "INVALID" }, `${row.name} supervises; it does not handle matters`);
    return row;
  };

  switch (plan.channel) {
    case "DIRECT":
      return [{ role: "LEAD_UNIT", villageId: matter.villageId }];
    case "LEAD": {
      const [official] = await tx.select().from(users).where(eq(users.id, plan.leadOfficialUserId!));
      if (!official || !official.active) throw badInput({ leadOfficialUserId: "NOT_FOUND" }, `User ${plan.leadOfficialUserId} was not found or is inactive`);
      if (official.role !== "DEPARTMENT_STAFF" && official.role !== "TOWNSHIP_STAFF") {
        throw badInput({ leadOfficialUserId: "INVALID" }, "The lead official is a department's or a township's staff member");
      }
      return [{ role: "LEAD_OFFICIAL", officialUserId: official.id, departmentId: official.departmentId, personName: official.displayName }];
    }
    case "JOINT":
      return [
        { role: "LEAD_UNIT", departmentId: department(plan.leadDepartmentId!, "leadDepartmentId", "UNIT").id },
        ...plan.coDepartmentIds.map((id): PlannedAssignment => ({ role: "CO_UNIT", departmentId: department(id, "coDepartmentIds", "UNIT").id })),
      ];
    case "SUPERVISED": {
      const supervisor = department(plan.supervisingDepartmentId!, "supervisingDepartmentId", "SUPERVISION_OFFICE");
      let responsible: PlannedAssignment;
      if (plan.responsibleDepartmentId !== null) {
        responsible = { role: "LEAD_UNIT", departmentId: department(plan.responsibleDepartmentId, "responsibleDepartmentId", "UNIT").id };
      } else {
        const [village] = await tx.select({ id: villages.id }).from(villages).where(eq(villages.id, plan.responsibleVillageId!));
        if (!village) throw badInput({ responsibleVillageId: "NOT_FOUND" }, `Village ${plan.responsibleVillageId} does not exist`);
        if (village.id !== matter.villageId) {
          throw badInput({ responsibleVillageId: "INVALID" }, "The responsible village is the matter's own village");
        }
        responsible = { role: "LEAD_UNIT", villageId: village.id };
      }
      return [{ role: "SUPERVISOR", departmentId: supervisor.id }, responsible];
    }
  }
}

/** Makes the plan's assignments, each due `deadlineDays` working days from today. */
async function makeAssignments(tx: Tx, matter: MatterRow, plan: ChannelPlan, today: string) {
  const planned = await planAssignments(tx, matter, plan);
  const dueDate = await dueDateFor(tx, matter, today);
  const rows = await tx
    .insert(matterAssignments)
    .values(planned.map((p) => ({ ...p, matterId: matter.id, dueDate, state: "PENDING" as const })))
    .returning();
  return { rows, dueDate };
}

/** Sets the channel of a RECEIVED matter and who handles it (交办). */
export async function assignMatter(db: Db, actor: Actor, timezone: string, rawId: string, input: AssignCivicMatterInput) {
  const plan = checkChannelInput(input);
  const checks = new Checks();
  const note = checks.text("note", input.note, { max: 500 });
  checks.throwIfAny();
  const today = todayIn(timezone);
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, rawId);
    assertMayAssign(actor, matter, plan.channel);
    const fresh = await claimMatter(tx, matter.id, ["RECEIVED"], "assigned");
    const { rows, dueDate } = await makeAssignments(tx, fresh, plan, today);
    const row = await updateMatter(tx, matter.id, { status: "ASSIGNED", channel: plan.channel, dueDate });
    await writeEvent(tx, matter.id, actor, {
      type: "ASSIGNED",
      fromStatus: "RECEIVED",
      toStatus: "ASSIGNED",
      note,
      public: true,
      data: { channel: plan.channel, dueDate, assignments: rows.map(assignmentSummary) },
    });
    await audit(tx, actor, "assign", "civic-matter", matter.id, { channel: plan.channel, assignments: rows.map((a) => a.id) });
    return row;
  });
}

/** Another channel (e.g. DIRECT → SUPERVISED when a matter stalls): the open assignments end RETURNED, new ones start PENDING. */
export async function changeChannel(db: Db, actor: Actor, timezone: string, rawId: string, input: ChangeChannelInput) {
  const plan = checkChannelInput(input);
  const checks = new Checks();
  const reason = requiredText(checks, "reason", input.reason);
  const note = checks.text("note", input.note, { max: 500 });
  checks.throwIfAny();
  const today = todayIn(timezone);
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, rawId);
    assertMayAssign(actor, matter, plan.channel);
    const fresh = await claimMatter(tx, matter.id, active, "moved to another channel");
    const ended = (await assignmentsOf(tx, matter.id)).filter(isOpen);
    await endAssignments(
      tx,
      ended.map((a) => a.id),
      "RETURNED",
      "channel changed",
    );
    const { rows, dueDate } = await makeAssignments(tx, fresh, plan, today);
    const row = await updateMatter(tx, matter.id, { status: "ASSIGNED", channel: plan.channel, dueDate });
    await writeEvent(tx, matter.id, actor, {
      type: "CHANNEL_CHANGED",
      fromStatus: fresh.status,
      toStatus: "ASSIGNED",
      note: note ? `${reason}（${note}）` : reason,
      public: true,
      data: { fromChannel: fresh.channel, toChannel: plan.channel, dueDate, ended: ended.map((a) => a.id), assignments: rows.map(assignmentSummary) },
    });
    await audit(tx, actor, "change-channel", "civic-matter", matter.id, { from: fresh.channel, to: plan.channel, reason });
    return row;
  });
}

/**
 * An assignee accepts its assignment. The lead's acceptance (the lead unit,
 * the lead official, or the committee for DIRECT) moves the matter from
 * ASSIGNED to IN_PROGRESS; a co-unit or the supervising office accepts its own
 * part without moving the status.
 */
export async function acceptAssignment(db: Db, actor: Actor, rawAssignmentId: string) {
  return db.transaction(async (tx) => {
    const { assignment, matter } = await assignmentInScope(tx, actor, rawAssignmentId);
    if (!isAssigneeOf(actor, assignment)) throw forbidden("Only the assignee accepts its assignment");
    const lead = isLeadAssignment(assignment);
    const fresh = await claimMatter(tx, matter.id, lead ? ["ASSIGNED"] : active, "accepted");
    const [accepted] = await tx
      .update(matterAssignments)
      .set({ state: "ACCEPTED", updatedAt: new Date() })
      .where(and(eq(matterAssignments.id, assignment.id), eq(matterAssignments.state, "PENDING")))
      .returning();
    if (!accepted) {
      const [now] = await tx.select({ state: matterAssignments.state }).from(matterAssignments).where(eq(matterAssignments.id, assignment.id));
      throw conflict("ASSIGNMENT_STATE", `The assignment is ${now!.state}; only a PENDING assignment is accepted`, { status: fresh.status, state: now!.state });
    }
    const row = lead ? await updateMatter(tx, matter.id, { status: "IN_PROGRESS" }) : fresh;
    await writeEvent(tx, matter.id, actor, {
      type: "ACCEPTED",
      fromStatus: lead ? fresh.status : null,
      toStatus: lead ? "IN_PROGRESS" : null,
      public: true,
      data: { assignment: assignmentSummary(accepted) },
    });
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
export async function returnAssignment(db: Db, actor: Actor, rawAssignmentId: string, reason: string) {
  const checks = new Checks();
  const why = requiredText(checks, "reason", reason);
  checks.throwIfAny();
  return db.transaction(async (tx) => {
    const { assignment, matter } = await assignmentInScope(tx, actor, rawAssignmentId);
    if (!isAssigneeOf(actor, assignment)) throw forbidden("Only the assignee returns its assignment");
    const fresh = await claimMatter(tx, matter.id, active, "returned");
    const all = await assignmentsOf(tx, matter.id);
    const current = all.find((a) => a.id === assignment.id)!;
    if (!isOpen(current)) {
      throw conflict("ASSIGNMENT_STATE", `The assignment is ${current.state}; only an open assignment is returned`, { status: fresh.status, state: current.state });
    }
    const lead = isLeadAssignment(current);
    let row = fresh;
    if (lead) {
      await endAssignments(
        tx,
        all.filter(isOpen).map((a) => a.id),
        "RETURNED",
        why,
      );
      row = await updateMatter(tx, matter.id, { status: "RECEIVED", channel: null, dueDate: null });
    } else {
      await endAssignments(tx, [current.id], "RETURNED", why);
    }
    await writeEvent(tx, matter.id, actor, {
      type: "RETURNED",
      fromStatus: lead ? fresh.status : null,
      toStatus: lead ? "RECEIVED" : null,
      note: why,
      public: false,
      data: { assignment: assignmentSummary(current), channel: fresh.channel },
    });
    await audit(tx, actor, "return", "matter-assignment", current.id, { matterId: matter.id, role: current.role, reason: why });
    return row;
  });
}

// --- handling ----------------------------------------------------------------------------------

/** A progress note by an assignee or staff above; internal notes (public: false) never reach residents. */
export async function postProgress(db: Db, actor: Actor, rawId: string, input: ProgressInput) {
  const checks = new Checks();
  const note = requiredText(checks, "note", input.note, 1000);
  if (input.public === null || input.public === undefined) checks.fail("public", "REQUIRED");
  checks.throwIfAny();
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, rawId);
    const assignments = await assignmentsOf(tx, matter.id);
    if (!isStaffAbove(actor, matter) && !assignments.some((a) => isOpen(a) && isAssigneeOf(actor, a))) {
      throw forbidden("Progress is posted by the matter's assignees or staff above");
    }
    const fresh = await claimMatter(tx, matter.id, active, "given progress notes");
    await writeEvent(tx, matter.id, actor, { type: "PROGRESS", note, public: input.public });
    await audit(tx, actor, "progress", "civic-matter", matter.id, { public: input.public });
    return fresh;
  });
}

/** The lead assignee (or staff above) records the resolution: IN_PROGRESS → RESOLVED; open assignments end DONE. */
export async function resolveMatter(db: Db, actor: Actor, rawId: string, input: ResolveCivicMatterInput) {
  const checks = new Checks();
  const resolution = requiredText(checks, "resolution", input.resolution, 2000);
  checks.throwIfAny();
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, rawId);
    const before = await assignmentsOf(tx, matter.id);
    const lead = before.find((a) => isOpen(a) && isLeadAssignment(a));
    if (!isStaffAbove(actor, matter) && !(lead && isAssigneeOf(actor, lead))) {
      throw forbidden("The lead assignee (or staff above) resolves the matter");
    }
    await claimMatter(tx, matter.id, ["IN_PROGRESS"], "resolved");
    const open = (await assignmentsOf(tx, matter.id)).filter(isOpen);
    await endAssignments(
      tx,
      open.map((a) => a.id),
      "DONE",
    );
    const leadNow = open.find(isLeadAssignment);
    if (leadNow) await tx.update(matterAssignments).set({ resultNote: resolution }).where(eq(matterAssignments.id, leadNow.id));
    const row = await updateMatter(tx, matter.id, { status: "RESOLVED", resolution, resolvedAt: new Date() });
    await writeEvent(tx, matter.id, actor, {
      type: "RESOLVED",
      fromStatus: "IN_PROGRESS",
      toStatus: "RESOLVED",
      note: resolution,
      public: true,
      data: { dueDate: row.dueDate, reworkCount: row.reworkCount },
    });
    await audit(tx, actor, "resolve", "civic-matter", matter.id, { code: matter.code });
    return row;
  });
}

// --- follow-up (回访) --------------------------------------------------------------------------------

interface FollowUpValues {
  method: FollowUpMethod;
  reached: boolean;
  resolved: FollowUpResolved | null;
  satisfaction: Satisfaction | null;
  comment: string | null;
}

/**
 * Records a follow-up of a RESOLVED matter. Reached and satisfied (or
 * basically): CLOSED. Reached and not satisfied: reopened, IN_PROGRESS again
 * with rework count + 1, its last assignments ACCEPTED again with new due
 * dates. Not reached: it stays RESOLVED.
 */
async function recordFollowUpIn(tx: Tx, actor: Actor, today: string, matter: MatterRow, values: FollowUpValues) {
  const fresh = await claimMatter(tx, matter.id, ["RESOLVED"], "followed up");
  const [followUp] = await tx
    .insert(followUps)
    .values({ matterId: matter.id, ...values, createdBy: actor.userId })
    .returning();
  const data = { followUpId: followUp!.id, method: values.method, reached: values.reached, resolved: values.resolved, satisfaction: values.satisfaction };
  let row = fresh;
  if (!values.reached) {
    await writeEvent(tx, matter.id, actor, { type: "FOLLOW_UP", note: values.comment, public: true, data });
  } else if (values.satisfaction === "SATISFIED" || values.satisfaction === "BASICALLY") {
    row = await updateMatter(tx, matter.id, { status: "CLOSED", closedAt: new Date() });
    await writeEvent(tx, matter.id, actor, { type: "CLOSED", fromStatus: "RESOLVED", toStatus: "CLOSED", note: values.comment, public: true, data });
  } else {
    const dueDate = await dueDateFor(tx, fresh, today);
    const reopened = await tx
      .update(matterAssignments)
      .set({ state: "ACCEPTED", dueDate, updatedAt: new Date() })
      .where(and(eq(matterAssignments.matterId, matter.id), eq(matterAssignments.state, "DONE")))
      .returning();
    const reworkCount = fresh.reworkCount + 1;
    row = await updateMatter(tx, matter.id, { status: "IN_PROGRESS", reworkCount, dueDate, resolution: null, resolvedAt: null });
    await writeEvent(tx, matter.id, actor, {
      type: "REOPENED",
      fromStatus: "RESOLVED",
      toStatus: "IN_PROGRESS",
      note: values.comment,
      public: true,
      data: { ...data, reworkCount, dueDate, assignments: reopened.map((a) => a.id) },
    });
  }
  await audit(tx, actor, "follow-up", "civic-matter", matter.id, { followUpId: followUp!.id, reached: values.reached, satisfaction: values.satisfaction });
  return row;
}

function checkFollowUp(checks: Checks, input: { reached: boolean; resolved?: FollowUpResolved | null; satisfaction?: Satisfaction | null }) {
  if (input.reached) {
    if (!input.resolved) checks.fail("resolved", "REQUIRED");
    if (!input.satisfaction) checks.fail("satisfaction", "REQUIRED");
  } else {
    if (input.resolved) checks.fail("resolved", "INVALID");
    if (input.satisfaction) checks.fail("satisfaction", "INVALID");
  }
}

/** A follow-up visit by the village committee or staff above. */
export async function recordFollowUp(db: Db, actor: Actor, timezone: string, rawId: string, input: FollowUpInput) {
  const checks = new Checks();
  const comment = checks.text("comment", input.comment, { max: 500 });
  if (input.reached === null || input.reached === undefined) checks.fail("reached", "REQUIRED");
  else checkFollowUp(checks, input);
  if (Object.keys(checks.errors).length) {
    throw badInput(checks.errors, input.reached ? "A reached follow-up says whether it is resolved and how satisfied" : "A follow-up that reached nobody has no answers");
  }
  const today = todayIn(timezone);
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, rawId);
    assertMayFollowUp(actor, matter);
    return recordFollowUpIn(tx, actor, today, matter, {
      method: input.method,
      reached: input.reached,
      resolved: input.resolved ?? null,
      satisfaction: input.satisfaction ?? null,
      comment: comment ?? null,
    });
  });
}

/** A resident rates its own resolved matter: a follow-up ONLINE, reached, with the same outcomes. */
export async function rateMatter(db: Db, actor: Actor, timezone: string, rawId: string, input: RateCivicMatterInput) {
  const checks = new Checks();
  const comment = checks.text("comment", input.comment, { max: 500 });
  checkFollowUp(checks, { reached: true, resolved: input.resolved, satisfaction: input.satisfaction });
  checks.throwIfAny();
  if (actor.role !== "RESIDENT") throw forbidden("Residents rate their own matters; staff record follow-ups");
  const today = todayIn(timezone);
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, rawId);
    return recordFollowUpIn(tx, actor, today, matter, {
      method: "ONLINE",
      reached: true,
      resolved: input.resolved,
      satisfaction: input.satisfaction,
      comment: comment ?? null,
    });
  });
}

// --- supervision and extensions ----------------------------------------------------------------------

/** 督办 by township or district staff; the level never goes down. */
export async function superviseMatter(db: Db, actor: Actor, timezone: string, rawId: string, input: SuperviseInput) {
  const today = todayIn(timezone);
  const checks = new Checks();
  const reason = requiredText(checks, "reason", input.reason);
  if (!isDay(input.responseDueDate)) checks.fail("responseDueDate", "INVALID");
  else if (input.responseDueDate < today || input.responseDueDate > addDays(today, 366)) checks.fail("responseDueDate", "OUT_OF_RANGE");
  checks.throwIfAny();
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, rawId);
    if (!isStaffAbove(actor, matter)) throw forbidden("Supervision (督办) is by the township's or the district's staff");
    const fresh = await claimMatter(tx, matter.id, active, "supervised");
    if (fresh.supervisionLevel && levelRank[input.level] < levelRank[fresh.supervisionLevel]) {
      throw badInput({ level: "INVALID" }, `The matter is already under ${fresh.supervisionLevel} supervision; the level does not go down`);
    }
    const [supervision] = await tx
      .insert(matterSupervisions)
      .values({ matterId: matter.id, level: input.level, reason: reason!, responseDue: input.responseDueDate, createdBy: actor.userId })
      .returning();
    const row = await updateMatter(tx, matter.id, { supervisionLevel: input.level });
    await writeEvent(tx, matter.id, actor, {
      type: "SUPERVISED",
      note: reason,
      public: false,
      data: { supervisionId: supervision!.id, level: input.level, responseDue: input.responseDueDate, previousLevel: fresh.supervisionLevel },
    });
    await audit(tx, actor, "supervise", "civic-matter", matter.id, { level: input.level, responseDue: input.responseDueDate });
    return row;
  });
}

/**
 * An assignee asks for more time (延期), before its due date (today ≤ due
 * date) and for a later day; one request waits at a time per matter.
 * Without assignmentId it is for the lead assignment.
 */
export async function requestExtension(db: Db, actor: Actor, timezone: string, rawId: string, input: ExtensionRequestInput) {
  const today = todayIn(timezone);
  const checks = new Checks();
  const reason = requiredText(checks, "reason", input.reason);
  if (!isDay(input.requestedDueDate)) checks.fail("requestedDueDate", "INVALID");
  const assignmentId = input.assignmentId ? parseId(input.assignmentId, "MatterAssignment", "assignmentId") : null;
  checks.throwIfAny();
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, rawId);
    if (!active.includes(matter.status)) throw statusConflict(matter.status, "extended", active);
    const assignments = await assignmentsOf(tx, matter.id);
    const target =
      assignmentId === null ? assignments.find((a) => isOpen(a) && isLeadAssignment(a)) : assignments.find((a) => a.id === assignmentId);
    if (!target) throw badInput({ assignmentId: assignmentId === null ? "REQUIRED" : "NOT_FOUND" }, "Which assignment is the extension for?");
    if (!isAssigneeOf(actor, target)) throw forbidden("Only the assignee asks for an extension of its assignment");
    const fresh = await claimMatter(tx, matter.id, active, "extended");
    const [current] = await tx.select().from(matterAssignments).where(eq(matterAssignments.id, target.id));
    if (!isOpen(current!)) throw conflict("ASSIGNMENT_STATE", `The assignment is ${current!.state}`, { status: fresh.status, state: current!.state });
    if (today > current!.dueDate) {
      throw conflict("DUE_DATE_PASSED", `The due date ${current!.dueDate} has passed; an extension is asked for before it`, {
        status: fresh.status,
        dueDate: current!.dueDate,
      });
    }
    if (input.requestedDueDate <= current!.dueDate || input.requestedDueDate > addDays(current!.dueDate, 366)) {
      throw badInput({ requestedDueDate: "OUT_OF_RANGE" }, `Ask for a day after the current due date ${current!.dueDate}`);
    }
    const [pending] = await tx
      .select({ id: matterExtensions.id })
      .from(matterExtensions)
      .where(and(eq(matterExtensions.matterId, matter.id), eq(matterExtensions.state, "PENDING")));
    if (pending) throw conflict("EXTENSION_PENDING", "An extension request is already waiting for a decision", { status: fresh.status, extensionId: String(pending.id) });
    const [extension] = await tx
      .insert(matterExtensions)
      .values({ matterId: matter.id, assignmentId: current!.id, requestedDueDate: input.requestedDueDate, reason: reason!, requestedBy: actor.userId })
      .returning();
    await writeEvent(tx, matter.id, actor, {
      type: "EXTENSION_REQUESTED",
      note: reason,
      public: false,
      data: { extensionId: extension!.id, assignmentId: current!.id, dueDate: current!.dueDate, requestedDueDate: input.requestedDueDate },
    });
    await audit(tx, actor, "request-extension", "civic-matter", matter.id, { extensionId: extension!.id, requestedDueDate: input.requestedDueDate });
    return fresh;
  });
}

/**
 * Staff above decide a pending extension. Approval, only while the
 * assignment's due date has not passed, moves its due date (and the
 * matter's, for the lead assignment); on-time then counts against it.
 */
export async function decideExtension(db: Db, actor: Actor, timezone: string, rawExtensionId: string, approve: boolean, note: string | null | undefined) {
  const today = todayIn(timezone);
  const extensionId = parseId(rawExtensionId, "MatterExtension", "extensionId");
  const checks = new Checks();
  const text = checks.text("note", note, { max: 500 });
  checks.throwIfAny();
  return db.transaction(async (tx) => {
    const [extension] = await tx.select().from(matterExtensions).where(eq(matterExtensions.id, extensionId));
    if (!extension) throw notFound("MatterExtension", rawExtensionId);
    const matter = await matterInScope(tx, actor, extension.matterId).catch(notFoundAs("MatterExtension", rawExtensionId));
    if (!isStaffAbove(actor, matter)) throw forbidden("Extensions are decided by the township's or the district's staff");
    const fresh = await claimMatter(tx, matter.id, active, "extended");
    const [decided] = await tx
      .update(matterExtensions)
      .set({ state: approve ? "APPROVED" : "REFUSED", decidedBy: actor.userId, decidedAt: new Date(), decisionNote: text ?? null })
      .where(and(eq(matterExtensions.id, extensionId), eq(matterExtensions.state, "PENDING")))
      .returning();
    if (!decided) {
      const [now] = await tx.select({ state: matterExtensions.state }).from(matterExtensions).where(eq(matterExtensions.id, extensionId));
      throw conflict("EXTENSION_STATE", `The extension request is already ${now!.state}`, { status: fresh.status, state: now!.state });
    }
    let row = fresh;
    if (approve) {
      const [assignment] = await tx.select().from(matterAssignments).where(eq(matterAssignments.id, extension.assignmentId!));
      if (!assignment || !isOpen(assignment)) throw conflict("ASSIGNMENT_STATE", "The assignment has ended", { status: fresh.status, state: assignment?.state });
      if (today > assignment.dueDate) {
        throw conflict("DUE_DATE_PASSED", `The due date ${assignment.dueDate} has passed; an extension is approved before it`, {
          status: fresh.status,
          dueDate: assignment.dueDate,
        });
      }
      await tx
        .update(matterAssignments)
        .set({ dueDate: extension.requestedDueDate, updatedAt: new Date() })
        .where(eq(matterAssignments.id, assignment.id));
      if (isLeadAssignment(assignment)) row = await updateMatter(tx, matter.id, { dueDate: extension.requestedDueDate });
      await writeEvent(tx, matter.id, actor, {
        type: "EXTENSION_APPROVED",
        note: text,
        public: true,
        data: { extensionId, assignmentId: assignment.id, fromDueDate: assignment.dueDate, toDueDate: extension.requestedDueDate },
      });
    } else {
      await writeEvent(tx, matter.id, actor, { type: "EXTENSION_REFUSED", note: text, public: false, data: { extensionId, assignmentId: extension.assignmentId } });
    }
    await audit(tx, actor, approve ? "approve-extension" : "refuse-extension", "civic-matter", matter.id, { extensionId });
    return row;
  });
}
