import { and, asc, eq, getTableName, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { exchangeEvents, households, products, redemptionLines, redemptions, stockMovements, villages } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db, DbOrTx } from "../db/database";
import { audit, auditStatement } from "../audit/audit";
import { householdScope } from "../auth/scope";
import { badInput, conflict, notFound } from "../errors";
import { selectById, selectPage } from "../common/list";
import { orderBy, pageRequest, SortOrder, type SortInput } from "../common/paging";
import { Checks, parseId } from "../common/validate";
import { postEntry } from "../points/ledger";
import { checkKey, claimKey, saveResultStatement } from "../points/idempotency";
import { columnsOf, rowOf, rowsOf } from "../db/rows";
import { redemptionScope } from "./shop-scope";
import { throwIfRefused } from "../auth/allowed-actions";
import { redeemCheck } from "../households/household-actions";
import { cancelCheck } from "./redemption-actions";
import { takesSalesCheck } from "./event-actions";
import type { RedeemInput, RedemptionFilter } from "./shop-types";
import { noticeRedemption } from "../notifications/points-notices";
import { inOneRoundTrip } from "../db/one-round-trip";
import { notOnShelf, takeStock, whyNotTaken, type Line } from "./stock-taking";

/** Most lines one redemption may have, and most units of one product on a line. */
export const maxLines = 50;
export const maxQuantity = 999;
const maxInt = 2_147_483_647;

const sortable = {
  id: redemptions.id,
  householdId: redemptions.householdId,
  villageId: redemptions.villageId,
  eventId: redemptions.eventId,
  total: redemptions.total,
  status: redemptions.status,
  createdAt: redemptions.createdAt,
};

/** An ID argument inside an input: INVALID on its own field rather than throwing. */
function idField(checks: Checks, field: string, value: string | null | undefined, entity: string): number | undefined {
  if (value === undefined || value === null || value === "") {
    checks.fail(field, "REQUIRED");
    return undefined;
  }
  try {
    return parseId(value, entity);
  } catch {
    checks.fail(field, "INVALID");
    return undefined;
  }
}

export async function listRedemptions(
  db: Db,
  actor: Actor,
  timezone: string,
  filter: RedemptionFilter | null | undefined,
  sort: SortInput[] | null | undefined,
  page: number | null | undefined,
  perPage: number | null | undefined,
) {
  const paging = pageRequest(page, perPage);
  const conditions: (SQL | undefined)[] = [redemptionScope(actor)];
  if (filter?.villageId) conditions.push(eq(redemptions.villageId, parseId(filter.villageId, "Village", "villageId")));
  if (filter?.householdId) conditions.push(eq(redemptions.householdId, parseId(filter.householdId, "Household", "householdId")));
  if (filter?.eventId) conditions.push(eq(redemptions.eventId, parseId(filter.eventId, "ExchangeEvent", "eventId")));
  if (filter?.status) conditions.push(eq(redemptions.status, filter.status));
  // Days are the district's: from its midnight to the next.
  if (filter?.from) conditions.push(gte(redemptions.createdAt, sql`(${filter.from}::date)::timestamp at time zone ${timezone}`));
  if (filter?.to) conditions.push(lt(redemptions.createdAt, sql`(${filter.to}::date + 1)::timestamp at time zone ${timezone}`));
  const order = orderBy(sort, sortable, [{ field: "id", order: SortOrder.DESC }]);
  return selectPage(db, redemptions, and(...conditions), order, paging);
}

/** A redemption the actor may read; NOT_FOUND otherwise. */
export async function getRedemption(db: DbOrTx, actor: Actor, rawId: string) {
  return selectById(db, redemptions, "Redemption", rawId, redemptionScope(actor));
}


function checkRedeem(input: RedeemInput) {
  const key = checkKey(input.idempotencyKey ?? "");
  const checks = new Checks();
  const householdId = idField(checks, "householdId", input.householdId, "Household");
  const eventId = input.eventId === undefined || input.eventId === null ? null : idField(checks, "eventId", input.eventId, "ExchangeEvent");
  const lines: Line[] = [];
  const given = input.lines ?? [];
  if (given.length === 0) checks.fail("lines", "REQUIRED");
  if (given.length > maxLines) checks.fail("lines", "TOO_LONG");
  const seen = new Set<number>();
  given.forEach((line, index) => {
    const productId = idField(checks, `lines.${index}.productId`, line.productId, "Product");
    const quantity = checks.int(`lines.${index}.quantity`, line.quantity, 1, maxQuantity, true);
    if (productId !== undefined) {
      if (seen.has(productId)) checks.fail(`lines.${index}.productId`, "DUPLICATE");
      seen.add(productId);
    }
    if (productId !== undefined && quantity !== undefined) lines.push({ index, productId, quantity });
  });
  checks.throwIfAny();
  return { key, householdId: householdId!, eventId: eventId ?? null, lines };
}

/**
 * Sells goods to a household for its points, all or nothing, in one
 * transaction: the idempotency key is claimed first (a retry returns the
 * first redemption), the lines are priced and written, and only then are the
 * contended rows locked (each product's stock, then the household's balance)
 * for the few statements left before the commit. Any failure rolls
 * everything back.
 */
export async function redeem(db: Db, actor: Actor, input: RedeemInput, today: string, at?: Date) {
  const { key, householdId, eventId, lines } = checkRedeem(input);
  const request = { householdId, eventId, lines: lines.map(({ productId, quantity }) => ({ productId, quantity })) };
  // The household's village, for statements sent before the household's row is read.
  const householdVillage = sql`(select ${households.villageId} from ${households} where ${households.id} = ${householdId})`;
  return db.transaction(async (tx) => {
    // What the sale reads first, in one round trip: the redemption's id
    // (drawn now, so that its row and the ledger entry naming it can go
    // together at the end), the key's claim, the household, the event
    // (share-locked: it cannot close while this sale is being made) and
    // every product of the lines on the village's active catalogue, with the
    // price the lines freeze; read without a lock, so its row is locked only
    // at the end.
    const [[drawn], claim, [household], [event], shelf] = await inOneRoundTrip(
      () => tx.execute(sql`select nextval(pg_get_serial_sequence(${getTableName(redemptions)}, 'id'))::int as id`).then((result) => rowsOf<{ id: number }>(result)),
      () => claimKey(tx, { key, operation: "redeem", request, userId: actor.userId }),
      () =>
        tx
          .select({ id: households.id, villageId: households.villageId, status: households.status, hasShop: villages.hasShop, notifyPoints: villages.notifyPoints })
          .from(households)
          .innerJoin(villages, eq(villages.id, households.villageId))
          .where(and(eq(households.id, householdId), householdScope(actor))),
      () =>
        eventId === null
          ? Promise.resolve([])
          : tx
              .select({ id: exchangeEvents.id, status: exchangeEvents.status, date: exchangeEvents.date })
              .from(exchangeEvents)
              .where(and(eq(exchangeEvents.id, eventId), eq(exchangeEvents.villageId, householdVillage)))
              .for("share"),
      () =>
        tx
          .select({ id: products.id, name: products.name, price: products.price })
          .from(products)
          .where(and(inArray(products.id, lines.map((line) => line.productId)), eq(products.villageId, householdVillage), eq(products.active, true))),
    );
    if (!claim.fresh) return getRedemption(tx, actor, claim.resultRef);
    if (!household) throw notFound("Household", input.householdId);
    throwIfRefused(redeemCheck(actor, household, household));
    if (eventId !== null) {
      if (!event) throw badInput({ eventId: "NOT_FOUND" }, `Exchange event ${input.eventId} is not one of the village's`);
      throwIfRefused(takesSalesCheck(event, today));
    }

    const onShelf = new Map(shelf.map((product) => [product.id, product]));
    const missing = notOnShelf(lines, onShelf);
    if (missing) throw missing;
    const priced = lines.map((line) => {
      const product = onShelf.get(line.productId)!;
      return { ...line, name: product.name, unitPrice: product.price, amount: product.price * line.quantity };
    });
    const total = priced.reduce((sum, line) => sum + line.amount, 0);
    if (total > maxInt) throw badInput({ lines: "OUT_OF_RANGE" }, "The redemption is too large");

    // Last, in one round trip, so the rows stay locked only until the
    // commit: the redemption with its lines, the key's result and the audit
    // line (one statement); the stock, by a conditional update at the price
    // the lines froze, in product id order (concurrent sales cannot
    // deadlock; never read and written back); then the balance through the
    // ledger, which refuses to overdraw it. A product not taken is named
    // before a balance short.
    const redemptionId = drawn!.id;
    const byProduct = [...priced].sort((a, b) => a.productId - b.productId);
    const [[made], taken, ledgerRefusal] = await inOneRoundTrip(
      () => tx.execute(redemptionStatement({ redemptionId, key, householdId, villageId: household.villageId, eventId, total, priced, actor, at })).then((result) => rowsOf<Record<string, unknown>>(result)),
      () => Promise.all(byProduct.map((line) => takeStock(tx, household.villageId, line))),
      () =>
        postEntry(tx, {
          householdId,
          kind: "REDEMPTION",
          delta: -total,
          // Words a resident reads in the passbook, full-width as Chinese is written.
          reason: `兑换：${priced.map((line) => `${line.name}×${line.quantity}`).join("、")}`,
          deedDate: today,
          recordedBy: actor.userId,
          idempotencyKey: `redeem:${key}`,
          redemptionId,
          recordedAt: at,
        }).then(
          () => null,
          (refusal: unknown) => refusal,
        ),
    );
    const redemption = rowOf(redemptions, made!);
    const short = byProduct.find((_, i) => !taken[i]);
    if (short) throw await whyNotTaken(tx, household.villageId, lines, short);
    if (ledgerRefusal) throw ledgerRefusal;
    // noticeRedemption tells nothing where the village does not notify points.
    if (household.notifyPoints) await noticeRedemption(tx, redemption.id);
    return redemption;
  });
}

interface RecordedRedemption {
  redemptionId: number;
  key: string;
  householdId: number;
  villageId: number;
  eventId: number | null;
  total: number;
  priced: { productId: number; quantity: number; unitPrice: number }[];
  actor: Actor;
  at?: Date;
}

/** The redemption under its drawn id, its lines, the key's result and the audit line: one statement returning the redemption. */
function redemptionStatement({ redemptionId, key, householdId, villageId, eventId, total, priced, actor, at }: RecordedRedemption): SQL {
  const detail = { householdId, eventId, total, lines: priced.map(({ productId, quantity, unitPrice }) => ({ productId, quantity, unitPrice })) };
  const ints = (values: number[]) => sql`array[${sql.join(values.map((value) => sql`${value}`), sql`, `)}]::int[]`;
  const madeId = sql`${String(redemptionId)}::text`;
  return sql`
    with made as (
      insert into redemptions (id, household_id, village_id, event_id, total, idempotency_key, recorded_by, created_at)
      overriding system value values (${redemptionId}::int, ${householdId}::int, ${villageId}::int, ${eventId}::int, ${total}::int, ${key}::text, ${actor.userId}::int,
        coalesce(${at?.toISOString() ?? null}::timestamptz, now()))
      returning ${columnsOf(redemptions)}
    ),
    made_lines as (
      insert into redemption_lines (redemption_id, product_id, quantity, unit_price)
      select made.id, line.product_id, line.quantity, line.unit_price
      from made, unnest(${ints(priced.map((l) => l.productId))}, ${ints(priced.map((l) => l.quantity))}, ${ints(priced.map((l) => l.unitPrice))})
        as line(product_id, quantity, unit_price)
    ),
    result as (${saveResultStatement(key, madeId)}),
    audited as (${auditStatement(actor, "redeem", "redemption", madeId, detail)})
    select ${columnsOf(redemptions)} from made`;
}

/**
 * Cancels a redemption once: a conditional update COMPLETED → CANCELLED, the
 * goods back on the shelf (with stock movements), then the REFUND entry. Locks
 * are taken in the same order as redeem (products by id, then the household).
 */
export async function cancelRedemption(db: Db, actor: Actor, rawId: string, reason: string, today: string, at?: Date) {
  const checks = new Checks();
  const why = checks.text("reason", reason, { max: 200, required: true });
  checks.throwIfAny();
  return db.transaction(async (tx) => {
    const current = await getRedemption(tx, actor, rawId);
    throwIfRefused(cancelCheck(actor, current));
    const [row] = await tx
      .update(redemptions)
      .set({ status: "CANCELLED", cancelledAt: at ?? new Date(), cancelledBy: actor.userId, cancelReason: why! })
      .where(and(eq(redemptions.id, current.id), eq(redemptions.status, "COMPLETED")))
      .returning();
    if (!row) {
      // Cancelled meanwhile by another request: the check on the row as it is now says so.
      const [now] = await tx.select().from(redemptions).where(eq(redemptions.id, current.id));
      throwIfRefused(cancelCheck(actor, now ?? { ...current, status: "CANCELLED" }));
      throw conflict("CHANGED_MEANWHILE", "The redemption changed meanwhile; try again");
    }
    const lines = await tx
      .select({ productId: redemptionLines.productId, quantity: redemptionLines.quantity, name: products.name })
      .from(redemptionLines)
      .innerJoin(products, eq(products.id, redemptionLines.productId))
      .where(eq(redemptionLines.redemptionId, row.id))
      .orderBy(asc(redemptionLines.productId));
    // Names what it undoes in words, not a record number (redemptionId links it).
    const note = `取消兑换（${lines.map((line) => `${line.name}×${line.quantity}`).join("、")}）：${why}`;
    for (const line of lines) {
      await tx
        .update(products)
        .set({ stock: sql`${products.stock} + ${line.quantity}`, updatedAt: new Date() })
        .where(eq(products.id, line.productId));
      await tx.insert(stockMovements).values({ productId: line.productId, delta: line.quantity, reason: note, recordedBy: actor.userId, recordedAt: at });
    }
    await postEntry(tx, {
      householdId: row.householdId,
      kind: "REFUND",
      delta: row.total,
      reason: note,
      deedDate: today,
      recordedBy: actor.userId,
      idempotencyKey: `cancel:${row.id}`,
      redemptionId: row.id,
      recordedAt: at,
    });
    await audit(tx, actor, "cancel", "redemption", row.id, { reason: why, total: row.total });
    return row;
  });
}
