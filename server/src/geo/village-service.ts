import { and, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { townships, villages } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db } from "../db/database";
import { audit } from "../audit/audit";
import { badInput, notFound } from "../errors";
import { idsCondition, selectPage } from "../common/list";
import { likePattern, orderBy, pageRequest, type SortInput } from "../common/paging";
import { Checks, parseId } from "../common/validate";
import { duplicateError } from "../common/db-errors";
import type { CreateVillageInput, UpdateVillageInput, VillageFilter } from "./geo-types";

const sortable = {
  id: villages.id,
  code: villages.code,
  name: villages.name,
  townshipId: villages.townshipId,
  publicityDays: villages.publicityDays,
  rankingSize: villages.rankingSize,
  createdAt: villages.createdAt,
};
const duplicateFields = { villages_code_uq: "code", villages_township_name_uq: "name" };

export async function listVillages(
  db: Db,
  filter: VillageFilter | null | undefined,
  sort: SortInput[] | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
) {
  const paging = pageRequest(page, perPage);
  const conditions: (SQL | undefined)[] = [];
  conditions.push(idsCondition(villages.id, filter?.ids, "Village"));
  if (filter?.townshipId) conditions.push(eq(villages.townshipId, parseId(filter.townshipId, "Township", "townshipId")));
  if (filter?.hasShop !== undefined && filter.hasShop !== null) conditions.push(eq(villages.hasShop, filter.hasShop));
  const q = filter?.q?.trim();
  if (q) conditions.push(or(ilike(villages.code, likePattern(q)), ilike(villages.name, likePattern(q))));
  return selectPage(db, villages, and(...conditions), orderBy(sort, sortable), paging);
}

// Query.village (every logged-in user reads geography) opens the nested read:
// its statement is built once per database handle and kept prepared, as
// Query.household's is (households/household-service.ts readHousehold).
const byIdStatements = new WeakMap<Db, ReturnType<typeof prepareVillageById>>();
const prepareVillageById = (db: Db) => db.select().from(villages).where(eq(villages.id, sql.placeholder("id"))).prepare("village_by_id");

export async function getVillage(db: Db, rawId: string) {
  const id = parseId(rawId, "Village");
  let statement = byIdStatements.get(db);
  if (!statement) byIdStatements.set(db, (statement = prepareVillageById(db)));
  const [row] = await statement.execute({ id });
  if (!row) throw notFound("Village", rawId);
  return row;
}

function checkVillage(input: Partial<CreateVillageInput> | UpdateVillageInput) {
  const checks = new Checks();
  const values = {
    code: checks.code("code", input.code),
    name: checks.requiredText("name", input.name, { max: 50 }),
    hasShop: input.hasShop ?? undefined,
    publicityDays: checks.int("publicityDays", input.publicityDays, 0, 30),
    rankingSize: checks.int("rankingSize", input.rankingSize, 1, 50),
    notifyPoints: input.notifyPoints ?? undefined,
  };
  checks.throwIfAny();
  return values;
}

export async function createVillage(db: Db, actor: Actor, input: CreateVillageInput) {
  const townshipId = parseId(input.townshipId, "Township", "townshipId");
  const values = checkVillage(input);
  try {
    return await db.transaction(async (tx) => {
      const [township] = await tx.select({ id: townships.id }).from(townships).where(eq(townships.id, townshipId));
      if (!township) throw badInput({ townshipId: "NOT_FOUND" }, `Township ${input.townshipId} does not exist`);
      const [row] = await tx
        .insert(villages)
        .values({ ...values, code: values.code!, name: values.name!, townshipId })
        .returning();
      await audit(tx, actor, "create", "village", row!.id, { ...values, townshipId });
      return row!;
    });
  } catch (error) {
    throw duplicateError(error, duplicateFields);
  }
}

export async function updateVillage(db: Db, actor: Actor, rawId: string, input: UpdateVillageInput) {
  const id = parseId(rawId, "Village");
  const values = checkVillage(input);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .update(villages)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(villages.id, id))
        .returning();
      if (!row) throw notFound("Village", rawId);
      await audit(tx, actor, "update", "village", id, values);
      return row;
    });
  } catch (error) {
    throw duplicateError(error, duplicateFields);
  }
}
