import { and, eq, gte, ilike, inArray, lte, or, type SQL } from "drizzle-orm";
import { activities, serviceBrands, villages, volunteerTeams } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db, DbOrTx, Tx } from "../db/database";
import { audit } from "../audit/audit";
import { assertMayRunVillage, villagesOfTownship } from "../auth/scope";
import { badInput, notFound } from "../errors";
import { idsCondition, selectPage } from "../common/list";
import { likePattern, orderBy, pageRequest, SortOrder, type SortInput } from "../common/paging";
import { addDays, isDay, todayIn } from "../common/dates";
import { Checks, parseId } from "../common/validate";
import { getRule } from "../points/rule-service";
import { activityScope, usableByVillage } from "./volunteer-scope";
import { updateRefusal } from "./activity-actions";
import { throwIfRefused } from "../auth/allowed-actions";
import type { ActivityFilter, CreateActivityInput, UpdateActivityInput } from "./volunteer-types";

export type ActivityRow = typeof activities.$inferSelect;

/** Most points one activity gives each participating household. */
export const maxActivityPoints = 1000;

const sortable = {
  id: activities.id,
  date: activities.date,
  title: activities.title,
  status: activities.status,
  category: activities.category,
  villageId: activities.villageId,
  createdAt: activities.createdAt,
};

export async function listActivities(
  db: Db,
  actor: Actor,
  filter: ActivityFilter | null | undefined,
  sort: SortInput[] | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
) {
  const paging = pageRequest(page, perPage);
  const conditions: (SQL | undefined)[] = [activityScope(actor)];
  conditions.push(idsCondition(activities.id, filter?.ids, "Activity"));
  if (filter?.villageId) conditions.push(eq(activities.villageId, parseId(filter.villageId, "Village", "villageId")));
  if (filter?.townshipId) {
    const townshipId = parseId(filter.townshipId, "Township", "townshipId");
    conditions.push(inArray(activities.villageId, villagesOfTownship(townshipId)));
  }
  if (filter?.brandId) conditions.push(eq(activities.brandId, parseId(filter.brandId, "ServiceBrand", "brandId")));
  if (filter?.teamId) conditions.push(eq(activities.teamId, parseId(filter.teamId, "VolunteerTeam", "teamId")));
  if (filter?.category) conditions.push(eq(activities.category, filter.category));
  if (filter?.status) conditions.push(eq(activities.status, filter.status));
  if (filter?.from) conditions.push(gte(activities.date, filter.from));
  if (filter?.to) conditions.push(lte(activities.date, filter.to));
  const q = filter?.q?.trim();
  if (q) conditions.push(or(ilike(activities.title, likePattern(q)), ilike(activities.place, likePattern(q))));
  // Newest first unless asked otherwise.
  const order = orderBy(sort, sortable, [{ field: "date", order: SortOrder.DESC }, { field: "id", order: SortOrder.DESC }]);
  return selectPage(db, activities, and(...conditions), order, paging);
}

/** An activity the actor may read (locked for update when asked); NOT_FOUND otherwise. */
export async function getActivity(db: DbOrTx, actor: Actor, rawId: string | number, forUpdate = false): Promise<ActivityRow> {
  const id = parseId(rawId, "Activity");
  const query = db
    .select()
    .from(activities)
    .where(and(eq(activities.id, id), activityScope(actor)));
  const [row] = forUpdate ? await query.for("update") : await query;
  if (!row) throw notFound("Activity", rawId);
  return row;
}

/** An optional ID inside an input: undefined (left out), null (cleared), or the id; INVALID on its own field. */
function optionalId(checks: Checks, field: string, value: string | null | undefined, entity: string): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || value === "") return null;
  try {
    return parseId(value, entity, field);
  } catch {
    checks.fail(field, "INVALID");
    return undefined;
  }
}

/** Activity dates: a real day within a year before or after today. */
function checkDate(checks: Checks, value: string | null | undefined, today: string, required: boolean): string | undefined {
  if (value === undefined || value === null) {
    if (required || value === null) checks.fail("date", "REQUIRED");
    return undefined;
  }
  if (!isDay(value)) checks.fail("date", "INVALID");
  else if (value < addDays(today, -366) || value > addDays(today, 366)) checks.fail("date", "OUT_OF_RANGE");
  return value;
}

interface Links {
  brandId: number | null;
  teamId: number | null;
  ruleId: number | null;
}

/**
 * A team or brand an activity names must be an active one of the activity's
 * village or of its township; a rule, an active positive VOLUNTEERING rule,
 * district-wide or the village's own. Only links that change are checked,
 * so an activity keeps a team that has since been made inactive.
 */
async function checkLinks(tx: Tx, villageId: number, links: Links, changed: { brandId: boolean; teamId: boolean; ruleId: boolean }) {
  const errors: Record<string, string> = {};
  if (changed.teamId && links.teamId !== null) {
    const [team] = await tx
      .select({ active: volunteerTeams.active })
      .from(volunteerTeams)
      .where(and(eq(volunteerTeams.id, links.teamId), usableByVillage(volunteerTeams, villageId)));
    if (!team) errors.teamId = "NOT_FOUND";
    else if (!team.active) errors.teamId = "INVALID";
  }
  if (changed.brandId && links.brandId !== null) {
    const [brand] = await tx
      .select({ active: serviceBrands.active })
      .from(serviceBrands)
      .where(and(eq(serviceBrands.id, links.brandId), usableByVillage(serviceBrands, villageId)));
    if (!brand) errors.brandId = "NOT_FOUND";
    else if (!brand.active) errors.brandId = "INVALID";
  }
  if (changed.ruleId && links.ruleId !== null) {
    const rule = await getRule(tx, links.ruleId).catch(() => null);
    if (!rule || (rule.villageId !== null && rule.villageId !== villageId)) errors.ruleId = "NOT_FOUND";
    else if (!rule.active || rule.category !== "VOLUNTEERING" || rule.points <= 0) errors.ruleId = "INVALID";
  }
  if (Object.keys(errors).length) {
    throw badInput(errors, "A team or brand must be an active one of the village or its township; a rule, an active VOLUNTEERING award rule");
  }
}

/** Exactly one of pointsPerParticipant and ruleId. */
function checkPointsSource(checks: Checks, pointsPerParticipant: number | null, ruleId: number | null) {
  if (pointsPerParticipant === null && ruleId === null) checks.fail("pointsPerParticipant", "REQUIRED");
  if (pointsPerParticipant !== null && ruleId !== null) checks.fail("ruleId", "INVALID");
}

/** `at`: when it is created (default now), for the demo seed's past year. */
export async function createActivity(db: Db, actor: Actor, timezone: string, input: CreateActivityInput, at?: Date) {
  const today = todayIn(timezone, at);
  const checks = new Checks();
  const villageId = optionalId(checks, "villageId", input.villageId, "Village");
  if (villageId === null) checks.fail("villageId", "REQUIRED");
  const title = checks.text("title", input.title, { max: 100, required: true });
  const date = checkDate(checks, input.date, today, true);
  const category = checks.notNull("category", input.category);
  if (!category) checks.fail("category", "REQUIRED");
  const place = checks.text("place", input.place, { max: 100 }) ?? null;
  const description = checks.text("description", input.description, { max: 2000 }) ?? null;
  const brandId = optionalId(checks, "brandId", input.brandId, "ServiceBrand") ?? null;
  const teamId = optionalId(checks, "teamId", input.teamId, "VolunteerTeam") ?? null;
  const ruleId = optionalId(checks, "ruleId", input.ruleId, "PointRule") ?? null;
  const pointsPerParticipant =
    input.pointsPerParticipant === undefined || input.pointsPerParticipant === null
      ? null
      : (checks.int("pointsPerParticipant", input.pointsPerParticipant, 1, maxActivityPoints) ?? null);
  checkPointsSource(checks, pointsPerParticipant, ruleId);
  checks.throwIfAny();

  return db.transaction(async (tx) => {
    const [village] = await tx.select({ id: villages.id }).from(villages).where(eq(villages.id, villageId!));
    if (!village) throw badInput({ villageId: "NOT_FOUND" }, `Village ${input.villageId} does not exist`);
    assertMayRunVillage(actor, village.id);
    await checkLinks(tx, village.id, { brandId, teamId, ruleId }, { brandId: true, teamId: true, ruleId: true });
    const [row] = await tx
      .insert(activities)
      .values({
        title: title!,
        villageId: village.id,
        date: date!,
        category: category!,
        place,
        description,
        brandId,
        teamId,
        ruleId,
        pointsPerParticipant,
        createdBy: actor.userId,
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    await audit(tx, actor, "create", "activity", row!.id, { villageId: village.id, date: row!.date, title: row!.title });
    return row!;
  });
}

export async function updateActivity(db: Db, actor: Actor, timezone: string, rawId: string, input: UpdateActivityInput) {
  const today = todayIn(timezone);
  const checks = new Checks();
  const values = {
    title: checks.requiredText("title", input.title, { max: 100 }),
    date: checkDate(checks, input.date, today, false),
    category: checks.notNull("category", input.category),
    place: checks.text("place", input.place, { max: 100 }),
    description: checks.text("description", input.description, { max: 2000 }),
  };
  const brandId = optionalId(checks, "brandId", input.brandId, "ServiceBrand");
  const teamId = optionalId(checks, "teamId", input.teamId, "VolunteerTeam");
  const ruleIdIn = optionalId(checks, "ruleId", input.ruleId, "PointRule");
  const pointsIn =
    input.pointsPerParticipant === undefined
      ? undefined
      : input.pointsPerParticipant === null
        ? null
        : checks.int("pointsPerParticipant", input.pointsPerParticipant, 1, maxActivityPoints);
  checks.throwIfAny();

  return db.transaction(async (tx) => {
    const current = await getActivity(tx, actor, rawId, true);
    throwIfRefused(updateRefusal(actor, current));
    // Setting one source of points clears the other.
    let pointsPerParticipant = current.pointsPerParticipant;
    let ruleId = current.ruleId;
    if (pointsIn !== undefined) {
      pointsPerParticipant = pointsIn ?? null;
      if (pointsIn !== null && ruleIdIn === undefined) ruleId = null;
    }
    if (ruleIdIn !== undefined) {
      ruleId = ruleIdIn;
      if (ruleIdIn !== null && pointsIn === undefined) pointsPerParticipant = null;
    }
    const sourceChecks = new Checks();
    checkPointsSource(sourceChecks, pointsPerParticipant, ruleId);
    sourceChecks.throwIfAny();
    const links = { brandId: brandId === undefined ? current.brandId : brandId, teamId: teamId === undefined ? current.teamId : teamId, ruleId };
    await checkLinks(tx, current.villageId, links, {
      brandId: links.brandId !== current.brandId,
      teamId: links.teamId !== current.teamId,
      ruleId: ruleId !== current.ruleId,
    });
    const [row] = await tx
      .update(activities)
      .set({ ...values, ...links, pointsPerParticipant, updatedAt: new Date() })
      .where(and(eq(activities.id, current.id), eq(activities.status, "PLANNED")))
      .returning();
    const fields = [
      ...Object.keys(values).filter((key) => values[key as keyof typeof values] !== undefined),
      ...(["brandId", "teamId", "ruleId", "pointsPerParticipant"] as const).filter((key) => input[key] !== undefined),
    ];
    await audit(tx, actor, "update", "activity", current.id, { fields });
    return row!;
  });
}
