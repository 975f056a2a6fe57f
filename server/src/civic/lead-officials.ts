import { and, asc, eq, inArray } from "drizzle-orm";
import { departments, townships, users } from "@cunwu/schema";
import type { Db } from "../db/database";
import type { LeadOfficial } from "./civic-types";

/**
 * Who may be named to lead a matter (领办): the same people assignment
 * accepts (workflow-service: an active department's or township's staff
 * member), with their unit's name so two 王伟 can be told apart. Officials'
 * names and units are not private: staff who assign need them, and only the
 * district admin may list users.
 */
export async function listLeadOfficials(db: Db): Promise<LeadOfficial[]> {
  return db
    .select({
      id: users.id,
      displayName: users.displayName,
      role: users.role,
      departmentId: users.departmentId,
      departmentName: departments.name,
      townshipId: users.townshipId,
      townshipName: townships.name,
    })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .leftJoin(townships, eq(townships.id, users.townshipId))
    .where(and(eq(users.active, true), inArray(users.role, ["DEPARTMENT_STAFF", "TOWNSHIP_STAFF"])))
    .orderBy(asc(users.role), asc(departments.code), asc(townships.code), asc(users.displayName), asc(users.id));
}
