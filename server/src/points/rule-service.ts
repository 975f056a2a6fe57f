import { and, eq, gt, ilike, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { pointRules, villages } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db, DbOrTx } from "../db/database";
import { audit } from "../audit/audit";
import { throwIfRefused } from "../auth/allowed-actions";
import { badInput, notFound } from "../errors";
import { selectPage } from "../common/list";
import { likePattern, orderBy, pageRequest, type SortInput } from "../common/paging";
import { Checks, parseId, parseIds } from "../common/validate";
import type { CreatePointRuleInput, PointRuleFilter, UpdatePointRuleInput } from "./point-types";
import { keepRuleCheck } from "./rule-actions";

const sortable = {
  id: pointRules.id,
  name: pointRules.name,
  category: pointRules.category,
  points: pointRules.points,
  villageId: pointRules.villageId,
};

/** The largest award or deduction one rule may carry. */
export const maxRulePoints = 1000;

export async function listRules(
  db: Db,
  filter: PointRuleFilter | null | undefined,
  sort: SortInput[] | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
) {
  const paging = pageRequest(page, perPage);
  const conditions: (SQL | undefined)[] = [];
  const ids = parseIds(filter?.ids, "PointRule");
  if (ids) conditions.push(ids.length ? inArray(pointRules.id, ids) : sql`false`);
  if (filter?.villageId) {
    conditions.push(or(isNull(pointRules.villageId), eq(pointRules.villageId, parseId(filter.villageId, "Village", "villageId"))));
  }
  if (filter?.districtOnly) conditions.push(isNull(pointRules.villageId));
  if (filter?.category) conditions.push(eq(pointRules.category, filter.category));
  if (filter?.positive === true) conditions.push(gt(pointRules.points, 0));
  if (filter?.positive === false) conditions.push(lt(pointRules.points, 0));
  if (filter?.active !== undefined && filter.active !== null) conditions.push(eq(pointRules.active, filter.active));
  const q = filter?.q?.trim();
  if (q) conditions.push(ilike(pointRules.name, likePattern(q)));
  return selectPage(db, pointRules, and(...conditions), orderBy(sort, sortable), paging);
}

export async function getRule(db: DbOrTx, rawId: string | number) {
  const id = typeof rawId === "number" ? rawId : parseId(rawId, "PointRule");
  const [row] = await db.select().from(pointRules).where(eq(pointRules.id, id));
  if (!row) throw notFound("PointRule", rawId);
  return row;
}

function checkRule(input: Partial<CreatePointRuleInput> | UpdatePointRuleInput) {
  const checks = new Checks();
  const values = {
    category: checks.notNull("category", input.category),
    name: checks.requiredText("name", input.name, { max: 60 }),
    description: checks.text("description", input.description, { max: 500 }),
    points: checks.int("points", input.points, -maxRulePoints, maxRulePoints),
    active: "active" in input ? checks.notNull("active", input.active) : undefined,
  };
  if (values.points === 0) checks.fail("points", "OUT_OF_RANGE");
  checks.throwIfAny();
  return values;
}

export async function createRule(db: Db, actor: Actor, input: CreatePointRuleInput) {
  const villageId = input.villageId ? parseId(input.villageId, "Village", "villageId") : null;
  const values = checkRule(input);
  throwIfRefused(keepRuleCheck(actor, { villageId }));
  return db.transaction(async (tx) => {
    if (villageId !== null) {
      const [village] = await tx.select({ id: villages.id }).from(villages).where(eq(villages.id, villageId));
      if (!village) throw badInput({ villageId: "NOT_FOUND" }, `Village ${villageId} does not exist`);
    }
    const [row] = await tx
      .insert(pointRules)
      .values({ ...values, villageId, category: input.category, name: values.name!, points: values.points! })
      .returning();
    await audit(tx, actor, "create", "point-rule", row!.id, { ...values, villageId });
    return row!;
  });
}

/** A rule's new points apply to new entries only; entries keep what they moved. */
export async function updateRule(db: Db, actor: Actor, rawId: string, input: UpdatePointRuleInput) {
  const values = checkRule(input);
  return db.transaction(async (tx) => {
    const current = await getRule(tx, rawId);
    throwIfRefused(keepRuleCheck(actor, current));
    const [row] = await tx
      .update(pointRules)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(pointRules.id, current.id))
      .returning();
    await audit(tx, actor, "update", "point-rule", current.id, values);
    return row!;
  });
}
