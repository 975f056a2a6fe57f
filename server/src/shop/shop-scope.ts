import { and, eq, inArray, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { exchangeEvents, households, products, redemptions, villages } from "@cunwu/schema";
import type { Actor } from "../auth/actor";
import { forbidden } from "../errors";

/**
 * Who sees what of the village shops, as SQL conditions (undefined means
 * all). District roles see every shop, township staff their township's
 * villages, a village committee its own village, a resident its own
 * village's catalogue and events and only its own household's redemptions;
 * department staff nothing (they are refused by the fields' rules anyway).
 */

const villagesOfTownship = (townshipId: number | null) =>
  sql`(select ${villages.id} from ${villages} where ${villages.townshipId} = ${townshipId})`;
const villageOfHousehold = (householdId: number | null) =>
  sql`(select ${households.villageId} from ${households} where ${households.id} = ${householdId})`;

/** Rows of a table owned by a village, the resident seeing its own village's. */
function villageScope(actor: Actor, villageId: AnyColumn): SQL | undefined {
  switch (actor.role) {
    case "DISTRICT_ADMIN":
    case "DISTRICT_STAFF":
      return undefined;
    case "TOWNSHIP_STAFF":
      return inArray(villageId, villagesOfTownship(actor.townshipId));
    case "VILLAGE_COMMITTEE":
      return eq(villageId, actor.villageId!);
    case "RESIDENT":
      return inArray(villageId, villageOfHousehold(actor.householdId));
    case "DEPARTMENT_STAFF":
      return sql`false`;
  }
}

/** Products: a resident sees only its village's catalogue, i.e. active products. */
export function productScope(actor: Actor): SQL | undefined {
  const scope = villageScope(actor, products.villageId);
  return actor.role === "RESIDENT" ? and(scope, eq(products.active, true)) : scope;
}

export function exchangeEventScope(actor: Actor): SQL | undefined {
  return villageScope(actor, exchangeEvents.villageId);
}

/** Redemptions: a resident sees only its own household's. */
export function redemptionScope(actor: Actor): SQL | undefined {
  if (actor.role === "RESIDENT") return eq(redemptions.householdId, actor.householdId!);
  return villageScope(actor, redemptions.villageId);
}

/** Stock history is the shop keepers' and the staff's, not the residents'. */
export const seesStockMovements = (actor: Actor) => actor.role !== "RESIDENT" && actor.role !== "DEPARTMENT_STAFF";

/** A village's shop is run (products, stock, events, sales, cancellations) by its own committee and the district admin. */
export function assertMayRunShop(actor: Actor, villageId: number): void {
  if (actor.role === "DISTRICT_ADMIN") return;
  if (actor.role === "VILLAGE_COMMITTEE" && actor.villageId === villageId) return;
  throw forbidden("Only the village's own committee or the district admin runs its shop");
}
