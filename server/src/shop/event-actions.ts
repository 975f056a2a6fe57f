import type { exchangeEvents } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import { allowedActions, type Refusal } from "../auth/allowed-actions";
import { conflict } from "../errors";
import { runsShopCheck } from "./shop-scope";
import type { ExchangeEventStatus } from "./shop-types";

/** What may be done to an exchange event: closing (closeExchangeEvent) and opening it again (reopenExchangeEvent). */
export const exchangeEventActions = ["CLOSE", "REOPEN"] as const;
export type ExchangeEventAction = (typeof exchangeEventActions)[number];

type ExchangeEvent = Pick<typeof exchangeEvents.$inferSelect, "villageId" | "status">;

/** The status each step starts from. */
export const fromStatus: Record<ExchangeEventAction, ExchangeEventStatus> = { CLOSE: "OPEN", REOPEN: "CLOSED" };

/** By whoever runs the village's shop, from the step's status. */
export const eventStepCheck = (actor: Actor, event: ExchangeEvent, action: ExchangeEventAction): Refusal =>
  runsShopCheck(actor, event.villageId) ??
  (event.status === fromStatus[action] ? null : conflict("EVENT_STATUS", `The exchange event is already ${event.status}`, { status: event.status }));

/** What the caller may do with the exchange event now. */
export const allowedEventActions = (actor: Actor, event: ExchangeEvent): ExchangeEventAction[] =>
  allowedActions({ CLOSE: () => eventStepCheck(actor, event, "CLOSE"), REOPEN: () => eventStepCheck(actor, event, "REOPEN") });
