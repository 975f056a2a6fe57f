import type { redemptions } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import { allowedActions, type Refusal } from "../auth/allowed-actions";
import { conflict } from "../errors";
import { runsShopCheck } from "./shop-scope";

/** What may be done to a redemption: cancelling it (cancelRedemption), listed in its `allowedActions`. */
export const redemptionActions = ["CANCEL"] as const;
export type RedemptionAction = (typeof redemptionActions)[number];

type Redemption = Pick<typeof redemptions.$inferSelect, "villageId" | "status">;

/** By whoever runs the village's shop, once. */
export const cancelCheck = (actor: Actor, redemption: Redemption): Refusal =>
  runsShopCheck(actor, redemption.villageId) ??
  (redemption.status === "COMPLETED"
    ? null
    : conflict("REDEMPTION_STATUS", `The redemption is already ${redemption.status}`, { status: redemption.status }));

/** What the caller may do with the redemption now. */
export const allowedRedemptionActions = (actor: Actor, redemption: Redemption): RedemptionAction[] =>
  allowedActions({ CANCEL: () => cancelCheck(actor, redemption) });
