import { and, eq, gte, ilike, inArray, isNotNull, isNull, lt, lte, notInArray, or, sql, type SQL } from "drizzle-orm";
import { civicCategories, civicCodeCounters, civicMatters, households, matterAssignments, matterEvents, villages } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import { householdScope } from "../auth/scope";
import type { Db, DbOrTx, Tx } from "../db/database";
import { audit } from "../audit/audit";
import { selectPage } from "../common/list";
import { likePattern, orderBy, pageRequest, SortOrder, type SortInput } from "../common/paging";
import { todayIn } from "../common/dates";
import { Checks, parseId, parseIds } from "../common/validate";
import { badInput, conflict, forbidden, notFound } from "../errors";
import { matterScope } from "./civic-scope";
import type { CivicMatterFilter, CivicStatus, MatterEventType, SubmitCivicMatterInput } from "./civic-types";

export type MatterRow = typeof civicMatters.$inferSelect;

/** Statuses in which a matter is still being handled; only these can be overdue. */
export const openStatuses = ["RECEIVED", "ASSIGNED", "IN_PROGRESS"] as const satisfies readonly CivicStatus[];
/** Statuses after which nothing is due any more. */
export const finishedStatuses = ["RESOLVED", "CLOSED", "REJECTED", "MERGED"] as const satisfies readonly CivicStatus[];

/** Overdue is computed, never stored: not finished and due before today (district time). */
export function isOverdue(matter: Pick<MatterRow, "status" | "dueDate">, today: string): boolean {
  return matter.dueDate !== null && matter.dueDate < today && !(finishedStatuses as readonly string[]).includes(matter.status);
}

/** The same as SQL, for filters and reports. */
export function overdueCondition(today: string): SQL {
  return and(notInArray(civicMatters.status, [...finishedStatuses]), isNotNull(civicMatters.dueDate), lt(civicMatters.dueDate, today))!;
}

/** A matter the actor may read; NOT_FOUND otherwise, so its existence does not leak. */
export async function matterInScope(db: DbOrTx, actor: Actor, rawId: string | number, entity = "CivicMatter"): Promise<MatterRow> {
  const id = parseId(rawId, entity);
  const [row] = await db
    .select()
    .from(civicMatters)
    .where(and(eq(civicMatters.id, id), matterScope(actor)));
  if (!row) throw notFound(entity, rawId);
  return row;
}

/**
 * The concurrency guard of every change to a matter: one conditional UPDATE
 * that passes only from the allowed statuses, bumps `version` and takes the
 * row's lock, returning the row as it is now. A concurrent change waits on
 * the lock and then finds the status moved: CONFLICT naming the status.
 * Everything else of the change happens after it, on the fresh row.
 */
export async function claimMatter(tx: Tx, matterId: number, allowed: readonly CivicStatus[], doing: string): Promise<MatterRow> {
  const [row] = await tx
    .update(civicMatters)
    .set({ version: sql`${civicMatters.version} + 1`, updatedAt: new Date() })
    .where(and(eq(civicMatters.id, matterId), inArray(civicMatters.status, [...allowed])))
    .returning();
  if (row) return row;
  const [current] = await tx.select({ status: civicMatters.status }).from(civicMatters).where(eq(civicMatters.id, matterId));
  throw statusConflict(current?.status ?? "UNKNOWN", doing, allowed);
}

export function statusConflict(status: string, doing: string, allowed: readonly string[]) {
  return conflict("MATTER_STATUS", `The matter is ${status}; it cannot be ${doing} (only when ${allowed.join(" or ")})`, { status });
}

/** Changes fields of a matter already claimed in this transaction. */
export async function updateMatter(tx: Tx, matterId: number, values: Partial<typeof civicMatters.$inferInsert>): Promise<MatterRow> {
  const [row] = await tx
    .update(civicMatters)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(civicMatters.id, matterId))
    .returning();
  return row!;
}

export interface EventInput {
  type: MatterEventType;
  /** Set both when the status changes. */
  fromStatus?: CivicStatus | null;
  toStatus?: CivicStatus | null;
  note?: string | null;
  /** Internal events are never shown to residents. */
  public: boolean;
  data?: Record<string, unknown> | null;
}

/** Appends to the matter's timeline, in the caller's transaction. */
export async function writeEvent(tx: Tx, matterId: number, actor: Actor | null, event: EventInput) {
  const [row] = await tx
    .insert(matterEvents)
    .values({
      matterId,
      type: event.type,
      fromStatus: event.fromStatus ?? null,
      toStatus: event.toStatus ?? null,
      actorId: actor?.userId ?? null,
      note: event.note ?? null,
      public: event.public,
      data: event.data ?? null,
    })
    .returning();
  return row!;
}

/** The next code of a year, MS-2026-00042: an atomic counter, never handed out twice. */
export async function nextMatterCode(tx: Tx, year: number): Promise<string> {
  const [counter] = await tx
    .insert(civicCodeCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: civicCodeCounters.year, set: { last: sql`${civicCodeCounters.last} + 1` } })
    .returning({ last: civicCodeCounters.last });
  return `MS-${year}-${String(counter!.last).padStart(5, "0")}`;
}

// --- intake --------------------------------------------------------------------------

/**
 * Takes a matter in (受理). A resident submits for its own household; a
 * village committee, township staff or district staff on a resident's behalf
 * for a household, a named person or anonymously. The matter gets its code
 * and status RECEIVED, and the timeline its first event.
 */
export async function submitMatter(db: Db, actor: Actor, timezone: string, input: SubmitCivicMatterInput) {
  const checks = new Checks();
  const categoryId = parseId(input.categoryId, "CivicCategory", "categoryId");
  const title = checks.text("title", input.title, { max: 100, required: true });
  const content = checks.text("content", input.content, { max: 2000, required: true });
  const address = checks.text("address", input.address, { max: 200 });
  const submitterName = checks.text("submitterName", input.submitterName, { max: 30 });
  const submitterPhone = checks.phone("submitterPhone", input.submitterPhone);
  const anonymous = input.anonymous ?? false;
  let householdId = input.householdId ? parseId(input.householdId, "Household", "householdId") : null;
  const givenVillageId = input.villageId ? parseId(input.villageId, "Village", "villageId") : null;
  let source = input.source ?? null;

  if (actor.role === "RESIDENT") {
    if (householdId !== null && householdId !== actor.householdId) throw forbidden("A resident submits matters for its own household");
    householdId = actor.householdId;
    if (anonymous) checks.fail("anonymous", "INVALID");
    source ??= "ONLINE";
  } else {
    if (source === null) checks.fail("source", "REQUIRED");
    if (anonymous) {
      if (householdId !== null) checks.fail("householdId", "INVALID");
      if (submitterName) checks.fail("submitterName", "INVALID");
      if (submitterPhone) checks.fail("submitterPhone", "INVALID");
    } else if (householdId === null && !submitterName) {
      checks.fail("submitterName", "REQUIRED");
    }
  }
  if (Object.keys(checks.errors).length) {
    const message =
      checks.errors.submitterName === "REQUIRED"
        ? "Name the submitter, choose a household, or mark the matter anonymous"
        : checks.errors.anonymous || checks.errors.householdId === "INVALID" || checks.errors.submitterName === "INVALID"
          ? "An anonymous matter has no household, name or phone"
          : undefined;
    throw badInput(checks.errors, message);
  }

  const today = todayIn(timezone);
  return db.transaction(async (tx) => {
    const [category] = await tx.select().from(civicCategories).where(eq(civicCategories.id, categoryId));
    if (!category) throw badInput({ categoryId: "NOT_FOUND" }, `Category ${input.categoryId} does not exist`);
    if (!category.active) throw badInput({ categoryId: "INVALID" }, `Category ${category.name} is no longer in use`);

    let villageId = givenVillageId;
    if (householdId !== null) {
      const [household] = await tx
        .select({ id: households.id, villageId: households.villageId })
        .from(households)
        .where(and(eq(households.id, householdId), householdScope(actor)));
      if (!household) throw badInput({ householdId: "NOT_FOUND" }, `Household ${householdId} was not found`);
      if (villageId !== null && villageId !== household.villageId) {
        throw badInput({ villageId: "INVALID" }, "The village is taken from the household");
      }
      villageId = household.villageId;
    }
    if (villageId === null && actor.role === "VILLAGE_COMMITTEE") villageId = actor.villageId;
    if (villageId === null) throw badInput({ villageId: "REQUIRED" }, "Which village is the matter in?");
    const [village] = await tx.select().from(villages).where(eq(villages.id, villageId));
    if (!village) throw badInput({ villageId: "NOT_FOUND" }, `Village ${villageId} does not exist`);
    if (actor.role === "VILLAGE_COMMITTEE" && village.id !== actor.villageId) {
      throw forbidden("A village committee takes in matters of its own village");
    }
    if (actor.role === "TOWNSHIP_STAFF" && village.townshipId !== actor.townshipId) {
      throw forbidden("Township staff take in matters of their own township");
    }

    const code = await nextMatterCode(tx, Number(today.slice(0, 4)));
    const [matter] = await tx
      .insert(civicMatters)
      .values({
        code,
        title: title!,
        content: content!,
        categoryId,
        villageId: village.id,
        townshipId: village.townshipId,
        address: address ?? null,
        submitterHouseholdId: householdId,
        submitterName: anonymous ? null : (submitterName ?? null),
        submitterPhone: anonymous ? null : (submitterPhone ?? null),
        anonymous,
        source: source!,
        urgency: input.urgency ?? "NORMAL",
        status: "RECEIVED",
        createdBy: actor.userId,
      })
      .returning();
    await writeEvent(tx, matter!.id, actor, {
      type: "SUBMITTED",
      fromStatus: null,
      toStatus: "RECEIVED",
      public: true,
      data: { code, source: matter!.source, urgency: matter!.urgency, categoryId },
    });
    await audit(tx, actor, "submit", "civic-matter", matter!.id, { code, villageId: village.id, categoryId, source: matter!.source });
    return matter!;
  });
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
  if (filter?.receivedFrom) conditions.push(gte(civicMatters.receivedAt, sql`(${filter.receivedFrom}::date)::timestamp at time zone ${timezone}`));
  if (filter?.receivedTo) conditions.push(lt(civicMatters.receivedAt, sql`(${filter.receivedTo}::date + 1)::timestamp at time zone ${timezone}`));
  const q = filter?.q?.trim();
  if (q) {
    const pattern = likePattern(q);
    conditions.push(or(ilike(civicMatters.code, pattern), ilike(civicMatters.title, pattern), ilike(civicMatters.content, pattern)));
  }
  return selectPage(db, civicMatters, and(...conditions), orderBy(sort, sortable, [{ field: "id", order: SortOrder.DESC }]), paging);
}

export function getMatter(db: Db, actor: Actor, rawId: string) {
  return matterInScope(db, actor, rawId);
}
