import { and, eq, ilike, or, type SQL } from "drizzle-orm";
import { townships } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db } from "../db/database";
import { audit } from "../audit/audit";
import { notFound } from "../errors";
import { idsCondition, selectById, selectPage } from "../common/list";
import { likePattern, orderBy, pageRequest, type SortInput } from "../common/paging";
import { Checks, parseId } from "../common/validate";
import { duplicateError } from "../common/db-errors";
import type { CreateTownshipInput, TownshipFilter, UpdateTownshipInput } from "./geo-types";

const sortable = { id: townships.id, code: townships.code, name: townships.name, createdAt: townships.createdAt };

/** Unique constraints and the input field each one is about. */
const duplicateFields = { townships_code_uq: "code", townships_name_uq: "name" };

export async function listTownships(
  db: Db,
  filter: TownshipFilter | null | undefined,
  sort: SortInput[] | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
) {
  const paging = pageRequest(page, perPage);
  const conditions: (SQL | undefined)[] = [];
  conditions.push(idsCondition(townships.id, filter?.ids, "Township"));
  const q = filter?.q?.trim();
  if (q) conditions.push(or(ilike(townships.code, likePattern(q)), ilike(townships.name, likePattern(q))));
  return selectPage(db, townships, and(...conditions), orderBy(sort, sortable), paging);
}

export async function getTownship(db: Db, rawId: string) {
  return selectById(db, townships, "Township", rawId);
}

function checkTownship(input: Partial<CreateTownshipInput> | UpdateTownshipInput) {
  const checks = new Checks();
  const values = { code: checks.code("code", input.code), name: checks.requiredText("name", input.name, { max: 50 }) };
  checks.throwIfAny();
  return values;
}

export async function createTownship(db: Db, actor: Actor, input: CreateTownshipInput) {
  const values = checkTownship(input);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.insert(townships).values({ code: values.code!, name: values.name! }).returning();
      await audit(tx, actor, "create", "township", row!.id, values);
      return row!;
    });
  } catch (error) {
    throw duplicateError(error, duplicateFields);
  }
}

export async function updateTownship(db: Db, actor: Actor, rawId: string, input: UpdateTownshipInput) {
  const id = parseId(rawId, "Township");
  const values = checkTownship(input);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .update(townships)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(townships.id, id))
        .returning();
      if (!row) throw notFound("Township", rawId);
      await audit(tx, actor, "update", "township", id, values);
      return row;
    });
  } catch (error) {
    throw duplicateError(error, duplicateFields);
  }
}
