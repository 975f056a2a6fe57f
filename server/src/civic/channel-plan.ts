import { eq, inArray } from "drizzle-orm";
import { civicCategories, departments, matterAssignments, users, villages } from "@cunwu/schema";
import type { Tx } from "../db/database";
import type { Actor } from "../request/actor";
import { parseId } from "../common/validate";
import { badInput, type FieldErrors } from "../errors";
import { addWorkingDays } from "./calendar";
import type { CivicChannel, Urgency } from "./civic-enums";
import type { AssignCivicMatterInput } from "./workflow-inputs";
import type { MatterRow } from "./matter-store";
import { isAssigneeOf } from "./civic-scope";
import { noticeAssignmentsArrived } from "../notifications/civic-notices";

// A channel's plan (交办): what each channel needs, the assignments it makes
// and their due date in working days.

type CategoryRow = typeof civicCategories.$inferSelect;

/** Working days an assignee has: the category's, halved (at least 1) for CRITICAL matters. */
export function deadlineDays(category: Pick<CategoryRow, "deadlineDays">, urgency: Urgency): number {
  return urgency === "CRITICAL" ? Math.max(1, Math.floor(category.deadlineDays / 2)) : category.deadlineDays;
}

/** The due date of assignments made today: `deadlineDays` working days on. */
export async function dueDateFor(tx: Tx, matter: MatterRow, today: string): Promise<string> {
  const [category] = await tx.select().from(civicCategories).where(eq(civicCategories.id, matter.categoryId));
  return addWorkingDays(tx, today, deadlineDays(category!, matter.urgency));
}

export interface ChannelPlan {
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

/**
 * Makes the plan's assignments, each due `deadlineDays` working days from
 * today (`at`: when, default now). One the actor gives to itself (a
 * committee's 直办, an official naming itself) is accepted by that act:
 * ACCEPTED and `selfAssigned`, never 签收'd nor returned to itself;
 * `leadAccepted` says the lead's was, so the matter is IN_PROGRESS at once.
 */
export async function makeAssignments(tx: Tx, actor: Actor, matter: MatterRow, plan: ChannelPlan, today: string, at?: Date) {
  const planned = await planAssignments(tx, matter, plan);
  const dueDate = await dueDateFor(tx, matter, today);
  const own = (p: PlannedAssignment) =>
    isAssigneeOf(actor, { departmentId: p.departmentId ?? null, villageId: p.villageId ?? null, officialUserId: p.officialUserId ?? null });
  const rows = await tx
    .insert(matterAssignments)
    .values(
      planned.map((p) => ({
        ...p,
        matterId: matter.id,
        dueDate,
        state: own(p) ? ("ACCEPTED" as const) : ("PENDING" as const),
        selfAssigned: own(p),
        createdAt: at,
        updatedAt: at,
      })),
    )
    .returning();
  await noticeAssignmentsArrived(tx, matter, rows, at);
  const leadAccepted = rows.some((a) => a.selfAssigned && (a.role === "LEAD_UNIT" || a.role === "LEAD_OFFICIAL"));
  return { rows, dueDate, leadAccepted };
}
