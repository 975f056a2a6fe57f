import { and, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { civicCategories } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db, DbOrTx } from "../db/database";
import { audit } from "../audit/audit";
import { selectPage } from "../common/list";
import { likePattern, orderBy, pageRequest, type SortInput } from "../common/paging";
import { Checks, parseId, parseIds } from "../common/validate";
import { duplicateError } from "../common/db-errors";
import { notFound } from "../errors";
import type { CivicCategoryFilter, CreateCivicCategoryInput, UpdateCivicCategoryInput } from "./civic-types";

const sortable = {
  id: civicCategories.id,
  code: civicCategories.code,
  name: civicCategories.name,
  defaultChannel: civicCategories.defaultChannel,
  deadlineDays: civicCategories.deadlineDays,
  active: civicCategories.active,
  createdAt: civicCategories.createdAt,
};
const duplicateFields = { civic_categories_code_uq: "code" };

export async function listCategories(
  db: Db,
  filter: CivicCategoryFilter | null | undefined,
  sort: SortInput[] | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
) {
  const paging = pageRequest(page, perPage);
  const conditions: (SQL | undefined)[] = [];
  const ids = parseIds(filter?.ids, "CivicCategory");
  if (ids) conditions.push(ids.length ? inArray(civicCategories.id, ids) : sql`false`);
  if (filter?.active !== undefined && filter?.active !== null) conditions.push(eq(civicCategories.active, filter.active));
  const q = filter?.q?.trim();
  if (q) conditions.push(or(ilike(civicCategories.code, likePattern(q)), ilike(civicCategories.name, likePattern(q))));
  return selectPage(db, civicCategories, and(...conditions), orderBy(sort, sortable), paging);
}

export async function getCategory(db: DbOrTx, rawId: string | number) {
  const id = parseId(rawId, "CivicCategory");
  const [row] = await db.select().from(civicCategories).where(eq(civicCategories.id, id));
  if (!row) throw notFound("CivicCategory", rawId);
  return row;
}

function checkCategory(input: Partial<CreateCivicCategoryInput> | UpdateCivicCategoryInput) {
  const checks = new Checks();
  const values = {
    code: checks.code("code", input.code),
    name: checks.requiredText("name", input.name, { max: 50 }),
    defaultChannel: checks.notNull("defaultChannel", input.defaultChannel),
    deadlineDays: checks.int("deadlineDays", input.deadlineDays, 1, 365),
    active: checks.notNull("active", input.active),
  };
  checks.throwIfAny();
  return values;
}

export async function createCategory(db: Db, actor: Actor, input: CreateCivicCategoryInput) {
  const checks = new Checks();
  if (input.code === undefined) checks.fail("code", "REQUIRED");
  if (input.name === undefined) checks.fail("name", "REQUIRED");
  if (input.deadlineDays === undefined) checks.fail("deadlineDays", "REQUIRED");
  checks.throwIfAny();
  const values = checkCategory(input);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(civicCategories)
        .values({
          code: values.code!,
          name: values.name!,
          defaultChannel: values.defaultChannel!,
          deadlineDays: values.deadlineDays!,
          active: values.active ?? true,
        })
        .returning();
      await audit(tx, actor, "create", "civic-category", row!.id, { code: row!.code, deadlineDays: row!.deadlineDays });
      return row!;
    });
  } catch (error) {
    throw duplicateError(error, duplicateFields);
  }
}

/** Changes apply to assignments made from now on; due dates already given stay. */
export async function updateCategory(db: Db, actor: Actor, rawId: string, input: UpdateCivicCategoryInput) {
  const values = checkCategory(input);
  try {
    return await db.transaction(async (tx) => {
      const current = await getCategory(tx, rawId);
      const [row] = await tx
        .update(civicCategories)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(civicCategories.id, current.id))
        .returning();
      const fields = Object.keys(values).filter((key) => values[key as keyof typeof values] !== undefined);
      await audit(tx, actor, "update", "civic-category", current.id, { fields });
      return row!;
    });
  } catch (error) {
    throw duplicateError(error, duplicateFields);
  }
}
