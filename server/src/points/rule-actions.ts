import type { Actor } from "../request/actor";
import { runsVillage } from "../auth/scope";
import { allowedActions, type Refusal } from "../auth/allowed-actions";
import { forbidden } from "../errors";

/** What may be done to a point rule: changing it (updatePointRule), listed in the rule's `allowedActions`. */
export const pointRuleActions = ["UPDATE"] as const;
export type PointRuleAction = (typeof pointRuleActions)[number];

/** District-wide rules are the district admin's; a village's own rules its committee's (and the district admin's). */
export function keepRuleCheck(actor: Actor, rule: { villageId: number | null }): Refusal {
  if (rule.villageId === null) {
    return actor.role === "DISTRICT_ADMIN" ? null : forbidden("Only the district admin keeps district-wide rules");
  }
  return runsVillage(actor, rule.villageId) ? null : forbidden("Only the village's own committee or the district admin does this");
}

/** What the caller may do with the rule now. */
export const allowedRuleActions = (actor: Actor, rule: { villageId: number | null }): PointRuleAction[] =>
  allowedActions({ UPDATE: () => keepRuleCheck(actor, rule) });
