import { and, eq, gte, ilike, inArray, isNotNull, isNull, lt, lte, ne, notInArray, or, sql, type SQL } from "drizzle-orm";
import { civicMatters, matterAssignments, matterSupervisions } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db } from "../db/database";
import { selectPage } from "../common/list";
import { likePattern, orderBy, pageRequest, SortOrder, type SortInput } from "../common/paging";
import { todayIn } from "../common/dates";
import { Checks, parseId, parseIds } from "../common/validate";
import { assigneeCondition, matterScope } from "./civic-scope";
import { addWorkingDays } from "./calendar";
import { activeStatuses } from "./assignment-actions";
import type { CivicStatus } from "./civic-enums";
import type { CivicMatterFilter } from "./matter-types";
import { matterInScope, type MatterRow } from "./matter-store";

// Reading matters: one by id, lists, and what "overdue" means.

/** Statuses in which a matter is still being handled; only these can be overdue. */
export const openStatuses = ["RECEIVED", "ASSIGNED", "IN_PROGRESS"] as const satisfies readonly CivicStatus[];
/** Statuses of a matter resolved (closed too once its resident answered or the time passed). */
export const resolvedStatuses = ["RESOLVED", "CLOSED"] as const satisfies readonly CivicStatus[];
/** Statuses of a matter that was not the service's to resolve. */
export const setAsideStatuses = ["REJECTED", "MERGED"] as const satisfies readonly CivicStatus[];
/** Statuses after which nothing is due any more. */
export const finishedStatuses = [...resolvedStatuses, ...setAsideStatuses] as const satisfies readonly CivicStatus[];

/** Overdue is computed, never stored: not finished and due before today (district time). */
export function isOverdue(matter: Pick<MatterRow, "status" | "dueDate">, today: string): boolean {
  return matter.dueDate !== null && matter.dueDate < today && !(finishedStatuses as readonly string[]).includes(matter.status);
}

/** The same as SQL, for filters and reports. */
export function overdueCondition(today: string): SQL {
  return and(notInArray(civicMatters.status, [...finishedStatuses]), isNotNull(civicMatters.dueDate), lt(civicMatters.dueDate, today))!;
}

/** A 督办 overdue for its unit: still OPEN (not answered, not ended) after its response due date (district today). */
export function supervisionOverdueCondition(today: string): SQL {
  return and(eq(matterSupervisions.status, "OPEN"), lt(matterSupervisions.responseDue, today))!;
}

// --- reads ------------------------------------------------------------------------------

const sortable = {
  id: civicMatters.id,
  code: civicMatters.code,
  title: civicMatters.title,
  status: civicMatters.status,
  channel: civicMatters.channel,
  urgency: civicMatters.urgency,
  categoryId: civicMatters.categoryId,
  villageId: civicMatters.villageId,
  townshipId: civicMatters.townshipId,
  dueDate: civicMatters.dueDate,
  reworkCount: civicMatters.reworkCount,
  receivedAt: civicMatters.receivedAt,
  resolvedAt: civicMatters.resolvedAt,
  updatedAt: civicMatters.updatedAt,
};

/** Matters with an assignment (not returned) matching a condition on matter_assignments. */
const assignedWhere = (condition: SQL) =>
  inArray(
    civicMatters.id,
    sql`(select ${matterAssignments.matterId} from ${matterAssignments} where ${condition} and ${matterAssignments.state} <> 'RETURNED')`,
  );

export async function listMatters(
  db: Db,
  actor: Actor,
  timezone: string,
  filter: CivicMatterFilter | null | undefined,
  sort: SortInput[] | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
) {
  const paging = pageRequest(page, perPage);
  const checks = new Checks();
  if (filter?.receivedFrom && filter.receivedTo && filter.receivedFrom > filter.receivedTo) checks.fail("receivedTo", "OUT_OF_RANGE");
  checks.int("myDueWithinWorkingDays", filter?.myDueWithinWorkingDays, 0, 20);
  checks.throwIfAny();
  const today = todayIn(timezone);
  const conditions: (SQL | undefined)[] = [matterScope(actor)];
  const ids = parseIds(filter?.ids, "CivicMatter");
  if (ids) conditions.push(ids.length ? inArray(civicMatters.id, ids) : sql`false`);
  if (filter?.status) conditions.push(eq(civicMatters.status, filter.status));
  if (filter?.statuses) conditions.push(filter.statuses.length ? inArray(civicMatters.status, filter.statuses) : sql`false`);
  if (filter?.channel) conditions.push(eq(civicMatters.channel, filter.channel));
  if (filter?.categoryId) conditions.push(eq(civicMatters.categoryId, parseId(filter.categoryId, "CivicCategory", "categoryId")));
  if (filter?.townshipId) conditions.push(eq(civicMatters.townshipId, parseId(filter.townshipId, "Township", "townshipId")));
  if (filter?.villageId) conditions.push(eq(civicMatters.villageId, parseId(filter.villageId, "Village", "villageId")));
  if (filter?.departmentId) {
    const departmentId = parseId(filter.departmentId, "Department", "departmentId");
    conditions.push(assignedWhere(sql`${matterAssignments.departmentId} = ${departmentId}`));
  }
  if (filter?.officialUserId) {
    const userId = parseId(filter.officialUserId, "User", "officialUserId");
    conditions.push(assignedWhere(sql`${matterAssignments.officialUserId} = ${userId}`));
  }
  if (filter?.overdue === true) conditions.push(overdueCondition(today));
  if (filter?.overdue === false) {
    conditions.push(or(inArray(civicMatters.status, [...finishedStatuses]), isNull(civicMatters.dueDate), gte(civicMatters.dueDate, today)));
  }
  if (filter?.dueBefore) conditions.push(lte(civicMatters.dueDate, filter.dueBefore));
  conditions.push(...(await ownWorkConditions(db, actor, today, filter)));
  if (filter?.receivedFrom) conditions.push(gte(civicMatters.receivedAt, sql`(${filter.receivedFrom}::date)::timestamp at time zone ${timezone}`));
  if (filter?.receivedTo) conditions.push(lt(civicMatters.receivedAt, sql`(${filter.receivedTo}::date + 1)::timestamp at time zone ${timezone}`));
  const q = filter?.q?.trim();
  if (q) {
    const pattern = likePattern(q);
    conditions.push(or(ilike(civicMatters.code, pattern), ilike(civicMatters.title, pattern), ilike(civicMatters.content, pattern)));
  }
  return selectPage(db, civicMatters, and(...conditions), orderBy(sort, sortable, [{ field: "id", order: SortOrder.DESC }]), paging);
}

/** Matters where one of the actor's own assignments matches a condition. */
const ownWhere = (actor: Actor, condition: SQL | undefined) =>
  inArray(civicMatters.id, sql`(select ${matterAssignments.matterId} from ${matterAssignments} where ${and(assigneeCondition(actor), condition)})`);

const ownOpen = inArray(matterAssignments.state, ["PENDING", "ACCEPTED"]);

/**
 * A unit's inbox (the department's dashboard and the board it links to):
 * the filters on the caller's own part, each defined by one condition.
 */
async function ownWorkConditions(db: Db, actor: Actor, today: string, filter: CivicMatterFilter | null | undefined): Promise<SQL[]> {
  const out: SQL[] = [];
  const handled = inArray(civicMatters.status, [...activeStatuses]);
  if (filter?.myAssignmentState) out.push(ownWhere(actor, eq(matterAssignments.state, filter.myAssignmentState)));
  const within = filter?.myDueWithinWorkingDays;
  if (within !== null && within !== undefined) {
    const last = within === 0 ? today : await addWorkingDays(db, today, within);
    out.push(handled, ownWhere(actor, and(ownOpen, gte(matterAssignments.dueDate, today), lte(matterAssignments.dueDate, last))));
  }
  if (filter?.myOverdue === true) out.push(handled, ownWhere(actor, and(ownOpen, lt(matterAssignments.dueDate, today))));
  if (filter?.supervisionAwaitingMyAnswer === true) {
    out.push(
      handled,
      ownWhere(actor, and(inArray(matterAssignments.role, ["LEAD_UNIT", "LEAD_OFFICIAL"]), ne(matterAssignments.state, "RETURNED"))),
      inArray(civicMatters.id, sql`(select ${matterSupervisions.matterId} from ${matterSupervisions} where ${matterSupervisions.status} = 'OPEN')`),
    );
  }
  return out;
}

/** One matter by id; NOT_FOUND outside the actor's scope. */
export function getMatter(db: Db, actor: Actor, rawId: string) {
  return matterInScope(db, actor, rawId);
}
