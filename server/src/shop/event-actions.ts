import type { exchangeEvents } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import { allowedActions, type Refusal } from "../auth/allowed-actions";
import { conflict } from "../errors";
import { runsShopCheck } from "./shop-scope";
import type { ExchangeEventStatus } from "./shop-types";

/**
 * What may be done to an exchange event: closing (closeExchangeEvent),
 * opening it again (reopenExchangeEvent), and selling under it now (SELL:
 * `redeem` with its `eventId`).
 */
export const exchangeEventActions = ["CLOSE", "REOPEN", "SELL"] as const;
export type ExchangeEventAction = (typeof exchangeEventActions)[number];

type ExchangeEvent = Pick<typeof exchangeEvents.$inferSelect, "villageId" | "status" | "date">;

/** The status each step starts from. */
export const fromStatus: Record<Exclude<ExchangeEventAction, "SELL">, ExchangeEventStatus> = { CLOSE: "OPEN", REOPEN: "CLOSED" };

/**
 * A sale may be recorded under an event while it is OPEN and from its day
 * on (district days): an announced event dated later takes no sales yet.
 */
export const takesSalesCheck = (event: Pick<ExchangeEvent, "status" | "date">, today: string): Refusal =>
  event.status !== "OPEN"
    ? conflict("EVENT_CLOSED", `The exchange event is ${event.status}`, { status: event.status })
    : event.date > today
      ? conflict("EVENT_NOT_STARTED", `The exchange event is on ${event.date}`, { date: event.date })
      : null;

/** By whoever runs the village's shop, from the step's status. */
export const eventStepCheck = (actor: Actor, event: ExchangeEvent, action: Exclude<ExchangeEventAction, "SELL">): Refusal =>
  runsShopCheck(actor, event.villageId) ??
  (event.status === fromStatus[action] ? null : conflict("EVENT_STATUS", `The exchange event is already ${event.status}`, { status: event.status }));

/** What the caller may do with the exchange event now. */
export const allowedEventActions = (actor: Actor, event: ExchangeEvent, today: string): ExchangeEventAction[] =>
  allowedActions({
    CLOSE: () => eventStepCheck(actor, event, "CLOSE"),
    REOPEN: () => eventStepCheck(actor, event, "REOPEN"),
    SELL: () => runsShopCheck(actor, event.villageId) ?? takesSalesCheck(event, today),
  });
