import { and, eq, type SQL } from "drizzle-orm";
import { exchangeEvents, products, redemptions } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import { forbidden } from "../errors";
import { runsVillage, villageRecordScope } from "../auth/scope";
import { throwIfRefused, type Refusal } from "../auth/allowed-actions";

/**
 * Who sees what of the village shops, as SQL conditions (undefined means
 * all). District roles see every shop, township staff their township's
 * villages, a village committee its own village, a resident its own
 * village's catalogue and events and only its own household's redemptions;
 * department staff nothing (they are refused by the fields' rules anyway).
 */

/** Products: a resident sees only its village's catalogue, i.e. active products. */
export function productScope(actor: Actor): SQL | undefined {
  const scope = villageRecordScope(actor, { villageId: products.villageId });
  return actor.role === "RESIDENT" ? and(scope, eq(products.active, true)) : scope;
}

export function exchangeEventScope(actor: Actor): SQL | undefined {
  return villageRecordScope(actor, { villageId: exchangeEvents.villageId });
}

/** Redemptions: a resident sees only its own household's. */
export function redemptionScope(actor: Actor): SQL | undefined {
  if (actor.role === "RESIDENT") return eq(redemptions.householdId, actor.householdId!);
  return villageRecordScope(actor, { villageId: redemptions.villageId });
}

/** Stock history is the shop keepers' and the staff's, not the residents'. */
export const seesStockMovements = (actor: Actor) => actor.role !== "RESIDENT" && actor.role !== "DEPARTMENT_STAFF";

/** A village's shop is run (products, stock, events, sales, cancellations) by its own committee and the district admin. */
export const runsShopCheck = (actor: Actor, villageId: number): Refusal =>
  runsVillage(actor, villageId) ? null : forbidden("Only the village's own committee or the district admin runs its shop");

export function assertMayRunShop(actor: Actor, villageId: number): void {
  throwIfRefused(runsShopCheck(actor, villageId));
}
