import { and, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import { exchangeEvents, villages } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db, DbOrTx } from "../db/database";
import { audit } from "../audit/audit";
import { badInput, conflict } from "../errors";
import { selectById, selectPage } from "../common/list";
import { orderBy, pageRequest, SortOrder, type SortInput } from "../common/paging";
import { Checks, parseId } from "../common/validate";
import { isDay } from "../common/dates";
import { assertMayRunShop, exchangeEventScope } from "./shop-scope";
import { throwIfRefused } from "../auth/allowed-actions";
import { eventStepCheck, fromStatus, type ExchangeEventAction } from "./event-actions";
import type { CreateExchangeEventInput, ExchangeEventFilter, ExchangeEventStatus } from "./shop-types";

const sortable = {
  id: exchangeEvents.id,
  villageId: exchangeEvents.villageId,
  date: exchangeEvents.date,
  title: exchangeEvents.title,
  status: exchangeEvents.status,
  createdAt: exchangeEvents.createdAt,
};

export async function listExchangeEvents(
  db: Db,
  actor: Actor,
  filter: ExchangeEventFilter | null | undefined,
  sort: SortInput[] | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
) {
  const paging = pageRequest(page, perPage);
  const conditions: (SQL | undefined)[] = [exchangeEventScope(actor)];
  if (filter?.villageId) conditions.push(eq(exchangeEvents.villageId, parseId(filter.villageId, "Village", "villageId")));
  if (filter?.townshipId) {
    const townshipId = parseId(filter.townshipId, "Township", "townshipId");
    conditions.push(
      inArray(exchangeEvents.villageId, sql`(select ${villages.id} from ${villages} where ${villages.townshipId} = ${townshipId})`),
    );
  }
  if (filter?.status) conditions.push(eq(exchangeEvents.status, filter.status));
  if (filter?.from) conditions.push(gte(exchangeEvents.date, filter.from));
  if (filter?.to) conditions.push(lte(exchangeEvents.date, filter.to));
  // Newest first unless asked otherwise.
  const order = orderBy(sort, sortable, [{ field: "date", order: SortOrder.DESC }]);
  return selectPage(db, exchangeEvents, and(...conditions), order, paging);
}

/** An event the actor may read; NOT_FOUND otherwise. */
export async function getExchangeEvent(db: DbOrTx, actor: Actor, rawId: string) {
  return selectById(db, exchangeEvents, "ExchangeEvent", rawId, exchangeEventScope(actor));
}

export async function createExchangeEvent(db: Db, actor: Actor, input: CreateExchangeEventInput, at?: Date) {
  const villageId = parseId(input.villageId, "Village", "villageId");
  const checks = new Checks();
  const title = checks.text("title", input.title, { max: 100, required: true });
  if (!input.date || !isDay(input.date)) checks.fail("date", "INVALID");
  checks.throwIfAny();
  return db.transaction(async (tx) => {
    const [village] = await tx.select({ id: villages.id, hasShop: villages.hasShop }).from(villages).where(eq(villages.id, villageId));
    if (!village) throw badInput({ villageId: "NOT_FOUND" }, `Village ${input.villageId} does not exist`);
    assertMayRunShop(actor, villageId);
    if (!village.hasShop) throw badInput({ villageId: "NO_SHOP" }, "The village has no points supermarket");
    const [row] = await tx.insert(exchangeEvents).values({ villageId, date: input.date, title: title!, createdAt: at }).returning();
    await audit(tx, actor, "create", "exchange_event", row!.id, { villageId, date: row!.date, title: row!.title });
    return row!;
  });
}

/**
 * Moves an event by one step (event-actions.ts) with a conditional update;
 * if another request moved it meanwhile, the check on the row as it is now
 * names the status.
 */
async function step(db: Db, actor: Actor, rawId: string, action: Exclude<ExchangeEventAction, "SELL">, to: ExchangeEventStatus) {
  const from = fromStatus[action];
  return db.transaction(async (tx) => {
    const current = await getExchangeEvent(tx, actor, rawId);
    throwIfRefused(eventStepCheck(actor, current, action));
    const [row] = await tx
      .update(exchangeEvents)
      .set({ status: to })
      .where(and(eq(exchangeEvents.id, current.id), eq(exchangeEvents.status, from)))
      .returning();
    if (!row) {
      const [now] = await tx.select().from(exchangeEvents).where(eq(exchangeEvents.id, current.id));
      throwIfRefused(eventStepCheck(actor, now ?? { ...current, status: to }, action));
      throw conflict("CHANGED_MEANWHILE", "The exchange event changed meanwhile; try again");
    }
    await audit(tx, actor, action === "CLOSE" ? "close" : "reopen", "exchange_event", row.id, { from, to });
    return row;
  });
}

export const closeExchangeEvent = (db: Db, actor: Actor, rawId: string) => step(db, actor, rawId, "CLOSE", "CLOSED");
export const reopenExchangeEvent = (db: Db, actor: Actor, rawId: string) => step(db, actor, rawId, "REOPEN", "OPEN");
