import { eq, inArray, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { households, villages } from "@cunwu/schema";
import { forbidden } from "../errors";
import type { Actor } from "../request/actor";

/**
 * Who may see what, as SQL building blocks every module uses: the areas
 * (a township's villages, a household's village…), the district-wide roles,
 * and the village-owned record condition. A module's own scope file keeps
 * only its own rules on top of these.
 */

/** The villages of a township, as a subquery. */
export const villagesOfTownship = (townshipId: number | null) =>
  sql`(select ${villages.id} from ${villages} where ${villages.townshipId} = ${townshipId})`;
/** The township of a village, as a subquery. */
export const townshipOfVillage = (villageId: number | null) =>
  sql`(select ${villages.townshipId} from ${villages} where ${villages.id} = ${villageId})`;
/** The village of a household, as a subquery. */
export const villageOfHousehold = (householdId: number | null) =>
  sql`(select ${households.villageId} from ${households} where ${households.id} = ${householdId})`;
/** The township of a household, as a subquery. */
export const townshipOfHousehold = (householdId: number | null) =>
  sql`(select ${villages.townshipId} from ${villages} join ${households} on ${households.villageId} = ${villages.id} where ${households.id} = ${householdId})`;

/**
 * Which households an actor may read, as a condition on `households`;
 * undefined means all. Roles with no household access get `false`.
 */
export function householdScope(actor: Actor): SQL | undefined {
  switch (actor.role) {
    case "DISTRICT_ADMIN":
    case "DISTRICT_STAFF":
      return undefined;
    case "TOWNSHIP_STAFF":
      return inArray(households.villageId, villagesOfTownship(actor.townshipId));
    case "VILLAGE_COMMITTEE":
      return eq(households.villageId, actor.villageId!);
    case "RESIDENT":
      return eq(households.id, actor.householdId!);
    case "DEPARTMENT_STAFF":
      return sql`false`;
  }
}

/** A village's own committee, or the district admin: who runs a village's households, points and shop. */
export const runsVillage = (actor: Actor, villageId: number) =>
  actor.role === "DISTRICT_ADMIN" || (actor.role === "VILLAGE_COMMITTEE" && actor.villageId === villageId);

/** Households are kept by their own village committee, and by the district admin. */
export function assertMayKeepHouseholdsOf(actor: Actor, villageId: number): void {
  if (!runsVillage(actor, villageId)) throw forbidden("Only the village's own committee or the district admin keeps its households");
}

/** Phone numbers are personal: whole only for the household itself, its village committee and the district admin. */
export function seesFullPhone(actor: Actor, household: { id: number; villageId: number }): boolean {
  return (
    actor.role === "DISTRICT_ADMIN" ||
    (actor.role === "VILLAGE_COMMITTEE" && actor.villageId === household.villageId) ||
    (actor.role === "RESIDENT" && actor.householdId === household.id)
  );
}

/** Roles whose whole household scope sees full phones, so searching by phone leaks nothing. */
export const searchesByPhone = (actor: Actor) =>
  actor.role === "DISTRICT_ADMIN" || actor.role === "VILLAGE_COMMITTEE" || actor.role === "RESIDENT";

/**
 * Which rows of a village-owned table an actor may read, given the table's
 * village column and, for household records, its household column. Residents
 * see their own household's rows, or (without a household column) their
 * village's. Undefined means all.
 */
export function villageRecordScope(
  actor: Actor,
  columns: { villageId: AnyColumn; householdId?: AnyColumn },
): SQL | undefined {
  switch (actor.role) {
    case "DISTRICT_ADMIN":
    case "DISTRICT_STAFF":
      return undefined;
    case "TOWNSHIP_STAFF":
      return inArray(columns.villageId, villagesOfTownship(actor.townshipId));
    case "VILLAGE_COMMITTEE":
      return eq(columns.villageId, actor.villageId!);
    case "RESIDENT":
      return columns.householdId
        ? eq(columns.householdId, actor.householdId!)
        : inArray(columns.villageId, villageOfHousehold(actor.householdId));
    case "DEPARTMENT_STAFF":
      return sql`false`;
  }
}

/** Points and the shop are run by the village's own committee, and by the district admin. */
export function assertMayRunVillage(actor: Actor, villageId: number): void {
  if (!runsVillage(actor, villageId)) throw forbidden("Only the village's own committee or the district admin does this");
}
