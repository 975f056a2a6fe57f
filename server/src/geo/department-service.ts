import { and, eq, ilike, or, type SQL } from "drizzle-orm";
import { departments, townships } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db, Tx } from "../db/database";
import { audit } from "../audit/audit";
import { badInput, notFound } from "../errors";
import { idsCondition, selectById, selectPage } from "../common/list";
import { likePattern, orderBy, pageRequest, type SortInput } from "../common/paging";
import { Checks, parseId } from "../common/validate";
import { duplicateError } from "../common/db-errors";
import type { CreateDepartmentInput, DepartmentFilter, DepartmentKind, UpdateDepartmentInput } from "./geo-types";

const sortable = {
  id: departments.id,
  code: departments.code,
  name: departments.name,
  kind: departments.kind,
  townshipId: departments.townshipId,
  createdAt: departments.createdAt,
};
const duplicateFields = { departments_code_uq: "code", departments_name_uq: "name" };

export async function listDepartments(
  db: Db,
  filter: DepartmentFilter | null | undefined,
  sort: SortInput[] | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
) {
  const paging = pageRequest(page, perPage);
  const conditions: (SQL | undefined)[] = [];
  conditions.push(idsCondition(departments.id, filter?.ids, "Department"));
  if (filter?.kind) conditions.push(eq(departments.kind, filter.kind));
  if (filter?.townshipId) conditions.push(eq(departments.townshipId, parseId(filter.townshipId, "Township", "townshipId")));
  if (filter?.active !== undefined && filter.active !== null) conditions.push(eq(departments.active, filter.active));
  const q = filter?.q?.trim();
  if (q) conditions.push(or(ilike(departments.code, likePattern(q)), ilike(departments.name, likePattern(q))));
  return selectPage(db, departments, and(...conditions), orderBy(sort, sortable), paging);
}

export async function getDepartment(db: Db, rawId: string) {
  return selectById(db, departments, "Department", rawId);
}

/** A township unit belongs to a township; district departments and supervision offices to none. */
async function checkTownshipOf(tx: Tx, kind: DepartmentKind, townshipId: number | null): Promise<void> {
  if (kind === "TOWNSHIP" && townshipId === null) throw badInput({ townshipId: "REQUIRED" }, "A township unit needs its township");
  if (kind !== "TOWNSHIP" && townshipId !== null) {
    throw badInput({ townshipId: "INVALID" }, "Only a township unit belongs to a township");
  }
  if (townshipId !== null) {
    const [township] = await tx.select({ id: townships.id }).from(townships).where(eq(townships.id, townshipId));
    if (!township) throw badInput({ townshipId: "NOT_FOUND" }, `Township ${townshipId} does not exist`);
  }
}

function checkDepartment(input: Partial<CreateDepartmentInput> | UpdateDepartmentInput) {
  const checks = new Checks();
  const values = {
    code: checks.code("code", input.code),
    name: checks.requiredText("name", input.name, { max: 50 }),
  };
  checks.throwIfAny();
  return values;
}

export async function createDepartment(db: Db, actor: Actor, input: CreateDepartmentInput) {
  const values = checkDepartment(input);
  const townshipId = input.townshipId ? parseId(input.townshipId, "Township", "townshipId") : null;
  try {
    return await db.transaction(async (tx) => {
      await checkTownshipOf(tx, input.kind, townshipId);
      const [row] = await tx
        .insert(departments)
        .values({ code: values.code!, name: values.name!, kind: input.kind, townshipId })
        .returning();
      await audit(tx, actor, "create", "department", row!.id, { ...values, kind: input.kind, townshipId });
      return row!;
    });
  } catch (error) {
    throw duplicateError(error, duplicateFields);
  }
}

export async function updateDepartment(db: Db, actor: Actor, rawId: string, input: UpdateDepartmentInput) {
  const id = parseId(rawId, "Department");
  const values = checkDepartment(input);
  if (input.kind === null) throw badInput({ kind: "REQUIRED" });
  if (input.active === null) throw badInput({ active: "REQUIRED" });
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx.select().from(departments).where(eq(departments.id, id)).for("update");
      if (!current) throw notFound("Department", rawId);
      const kind = input.kind ?? current.kind;
      const townshipId =
        input.townshipId === undefined ? current.townshipId : input.townshipId === null ? null : parseId(input.townshipId, "Township", "townshipId");
      await checkTownshipOf(tx, kind, townshipId);
      const change = { ...values, kind, townshipId, active: input.active ?? undefined };
      const [row] = await tx
        .update(departments)
        .set({ ...change, updatedAt: new Date() })
        .where(eq(departments.id, id))
        .returning();
      await audit(tx, actor, "update", "department", id, change);
      return row!;
    });
  } catch (error) {
    throw duplicateError(error, duplicateFields);
  }
}
