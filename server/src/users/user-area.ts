import { eq } from "drizzle-orm";
import { departments, households, townships, villages } from "@cunwu/schema";
import type { Role } from "../request/actor";
import type { DbOrTx } from "../db/database";
import { badInput } from "../errors";
import type { FieldErrors } from "../errors";

/**
 * The one place a user belongs to by role (a township, village, department
 * or household): checked when users are created or changed. Who may see what
 * is auth/scope.ts.
 */
export interface UserScope {
  townshipId: number | null;
  villageId: number | null;
  departmentId: number | null;
  householdId: number | null;
}

/** The one scope id each role needs (the users_scope_ck constraint says the same). */
export const scopeFieldOf: Record<Role, keyof UserScope | null> = {
  DISTRICT_ADMIN: null,
  DISTRICT_STAFF: null,
  TOWNSHIP_STAFF: "townshipId",
  VILLAGE_COMMITTEE: "villageId",
  DEPARTMENT_STAFF: "departmentId",
  RESIDENT: "householdId",
};

const tables = { townshipId: townships, villageId: villages, departmentId: departments, householdId: households };

/**
 * Checks that a scope carries exactly the id its role needs and that the id
 * exists: SCOPE_REQUIRED when missing, INVALID for an id the role does not take.
 */
export async function checkScope(db: DbOrTx, role: Role, scope: UserScope): Promise<void> {
  const needed = scopeFieldOf[role];
  const errors: FieldErrors = {};
  for (const field of Object.keys(tables) as (keyof UserScope)[]) {
    if (field === needed && scope[field] === null) errors[field] = "SCOPE_REQUIRED";
    if (field !== needed && scope[field] !== null) errors[field] = "INVALID";
  }
  if (Object.keys(errors).length) throw badInput(errors, `A ${role} user needs ${needed ?? "no scope id"} and nothing else`);
  if (needed) {
    const table = tables[needed];
    const [row] = await db.select({ id: table.id }).from(table).where(eq(table.id, scope[needed]!));
    if (!row) throw badInput({ [needed]: "NOT_FOUND" }, `No such ${needed.replace(/Id$/, "")}`);
  }
}
