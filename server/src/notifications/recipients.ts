import { and, eq, inArray, or, type SQL } from "drizzle-orm";
import { users } from "@cunwu/schema";
import type { DbOrTx } from "../db/database";

// Who a notification goes to: the active users of a unit, the residents of
// a household, one user. Each helper returns user ids.

/** A unit as assignments name it: a department, a village (its committee), a township (its staff) or an official. */
export interface Unit {
  departmentId?: number | null;
  villageId?: number | null;
  townshipId?: number | null;
  officialUserId?: number | null;
}

/** The active users of each unit: department staff, the village committee, township staff, the named official. */
export async function usersOfUnits(db: DbOrTx, units: readonly Unit[]): Promise<number[]> {
  const ids = (pick: (u: Unit) => number | null | undefined) => [...new Set(units.map(pick).filter((id): id is number => typeof id === "number"))];
  const departments = ids((u) => u.departmentId);
  const villages = ids((u) => u.villageId);
  const townships = ids((u) => u.townshipId);
  const officials = ids((u) => u.officialUserId);
  const which: SQL[] = [];
  if (departments.length) which.push(and(eq(users.role, "DEPARTMENT_STAFF"), inArray(users.departmentId, departments))!);
  if (villages.length) which.push(and(eq(users.role, "VILLAGE_COMMITTEE"), inArray(users.villageId, villages))!);
  if (townships.length) which.push(and(eq(users.role, "TOWNSHIP_STAFF"), inArray(users.townshipId, townships))!);
  if (officials.length) which.push(inArray(users.id, officials));
  if (!which.length) return [];
  const rows = await db.select({ id: users.id }).from(users).where(and(eq(users.active, true), or(...which)));
  return rows.map((r) => r.id);
}

/** The active resident users of a household. */
export async function residentsOf(db: DbOrTx, householdId: number | null | undefined): Promise<number[]> {
  if (householdId === null || householdId === undefined) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "RESIDENT"), eq(users.householdId, householdId), eq(users.active, true)));
  return rows.map((r) => r.id);
}

/** One user, when active. */
export async function activeUser(db: DbOrTx, userId: number | null | undefined): Promise<number[]> {
  if (userId === null || userId === undefined) return [];
  const rows = await db.select({ id: users.id }).from(users).where(and(eq(users.id, userId), eq(users.active, true)));
  return rows.map((r) => r.id);
}
