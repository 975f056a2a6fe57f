import { eq, inArray, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { activities, activityParticipants } from "@cunwu/schema";
import { isDistrictWide, type Actor } from "../request/actor";
import { townshipOfHousehold, townshipOfVillage, villageOfHousehold, villageRecordScope, villagesOfTownship } from "../auth/scope";

/**
 * Who sees and runs what of the volunteer service, as SQL conditions
 * (undefined means all), the same on every path: lists, by id, nested fields.
 *
 * - Activities are village records: district roles see all, township staff
 *   their township's villages, a committee its village, a resident its own
 *   village's; department staff nothing.
 * - Participation rows are household records: a resident sees only its own
 *   household's.
 * - Teams and brands are owned by a township or a village. District roles
 *   see all; everyone else sees those owned by their township, or by a
 *   village of it (a committee and a resident: by their own village or its
 *   township, i.e. the ones their village's activities may use).
 */

/** Who keeps teams and brands (each its own, mayKeepOwned below), and who runs activities (runsVillage). */
export const teamKeepers = ["DISTRICT_ADMIN", "TOWNSHIP_STAFF", "VILLAGE_COMMITTEE"] as const;
export const activityRunners = ["DISTRICT_ADMIN", "VILLAGE_COMMITTEE"] as const;

export function activityScope(actor: Actor): SQL | undefined {
  return villageRecordScope(actor, { villageId: activities.villageId });
}

/** Participation rows: joined with their activity; a resident sees only its own household's. */
export function participantScope(actor: Actor): SQL | undefined {
  return villageRecordScope(actor, { villageId: activities.villageId, householdId: activityParticipants.householdId });
}

export type OwnerColumns = { townshipId: AnyColumn; villageId: AnyColumn };

/** Teams or brands of a township: its own and its villages' (township staff's scope, and the lists' township filter). */
export const ownedInTownship = (columns: OwnerColumns, townshipId: number): SQL =>
  or(eq(columns.townshipId, townshipId), inArray(columns.villageId, villagesOfTownship(townshipId)))!;

/** Teams or brands an activity of the village may name: the village's own, or its township's (a committee's scope, the lists' usableBy filter, the activity's check). */
export const usableByVillage = (columns: OwnerColumns, villageId: number): SQL =>
  or(eq(columns.villageId, villageId), inArray(columns.townshipId, townshipOfVillage(villageId)))!;

/** Teams or brands (any table with an owning township and village) the actor may read. */
export function ownedScope(actor: Actor, columns: OwnerColumns): SQL | undefined {
  if (isDistrictWide(actor)) return undefined;
  switch (actor.role) {
    case "TOWNSHIP_STAFF":
      return ownedInTownship(columns, actor.townshipId!);
    case "VILLAGE_COMMITTEE":
      return usableByVillage(columns, actor.villageId!);
    case "RESIDENT":
      // Those the resident's village may use, by the household's village.
      return or(
        inArray(columns.villageId, villageOfHousehold(actor.householdId)),
        inArray(columns.townshipId, townshipOfHousehold(actor.householdId)),
      );
    default:
      return sql`false`;
  }
}

export interface Owner {
  townshipId: number | null;
  villageId: number | null;
  /** The township of the owning village, when a village owns it. */
  villageTownshipId: number | null;
}

/**
 * Teams and brands are kept by the district admin (all), township staff
 * (their township's own and their villages'), and a village committee (its
 * village's own).
 */
export function mayKeepOwned(actor: Actor, owner: Owner): boolean {
  switch (actor.role) {
    case "DISTRICT_ADMIN":
      return true;
    case "TOWNSHIP_STAFF":
      return owner.townshipId === actor.townshipId || (owner.villageId !== null && owner.villageTownshipId === actor.townshipId);
    case "VILLAGE_COMMITTEE":
      return owner.villageId !== null && owner.villageId === actor.villageId;
    default:
      return false;
  }
}
