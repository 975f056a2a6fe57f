import { eq, inArray } from "drizzle-orm";
import { households, products } from "@cunwu/schema";
import type { Actor } from "../../request/actor";
import { addDays } from "../../common/dates";
import { closeExchangeEvent, createExchangeEvent } from "../../shop/event-service";
import { createProduct, restockProduct } from "../../shop/product-service";
import { cancelRedemption, redeem } from "../../shop/redemption-service";
import { cancelReasons, demoProducts } from "../demo-data";
import { between, pick, shuffled } from "./timeline";
import type { HistoryVillage, YearStory } from "./story";

/**
 * The points supermarket's side of the demo year, each step through the shop
 * services: the shelves stocked before the year, one exchange event a month
 * (announced a week ahead, restocked the day before, households served one
 * after another, closed in the evening), and a few cancelled sales.
 */

/** Puts the catalogue on a village shop's shelves ten days before the year, with opening stock; returns its product ids in order. */
export function stockTheShelves(story: YearStory, village: HistoryVillage): number[] {
  const recorder = story.recorderOf(village.id);
  const createdAt = story.at(addDays(story.first, -10), 10, 0);
  const shelf: number[] = [];
  for (const product of demoProducts) {
    const stock = between(story.random, 40, 80);
    story.timeline.plan(createdAt, async () => {
      const row = await createProduct(story.tx, recorder, { villageId: String(village.id), ...product, stock }, createdAt);
      shelf.push(row.id);
    });
  }
  return shelf;
}

/** An exchange event: announced, restocked the day before, households redeem at it, closed that evening. Only announced if still to come. */
export function holdExchangeEvent(story: YearStory, village: HistoryVillage, shelf: number[], day: string, title: string, active: number[]) {
  const { at, last, timeline, tx } = story;
  const recorder = story.recorderOf(village.id);
  const announcedAt = at(addDays(day, -7) < last ? addDays(day, -7) : last, 10, 0);
  const event = { id: "" };
  timeline.plan(announcedAt, async () => {
    const row = await createExchangeEvent(tx, recorder, { villageId: String(village.id), date: day, title }, announcedAt);
    event.id = String(row.id);
    story.tally.events++;
  });
  if (day >= story.today) return;
  const restockAt = at(addDays(day, -1), 16, 0);
  timeline.plan(restockAt, () => restockWhatRunsLow(story, recorder, shelf, restockAt));
  // Households come one after another from nine o'clock; each decides when its turn comes.
  timeline.plan(at(day, 9, 0), async () => {
    let minute = 0;
    for (const householdId of shuffled(story.random, active)) {
      minute += between(story.random, 1, 4);
      const turnAt = at(day, 9 + Math.floor(minute / 60), minute % 60);
      timeline.plan(turnAt, () => householdRedeems(story, recorder, event.id, shelf, householdId, day, turnAt));
    }
  });
  timeline.plan(at(day, 20, 0), async () => {
    await closeExchangeEvent(tx, recorder, event.id);
  });
}

async function shelfStock(story: YearStory, shelf: number[]) {
  const rows = await story.tx
    .select({ id: products.id, price: products.price, stock: products.stock })
    .from(products)
    .where(inArray(products.id, shelf));
  return new Map(rows.map((row) => [row.id, row]));
}

/** The day before an event, every product below 20 is brought up to 40–80. */
async function restockWhatRunsLow(story: YearStory, recorder: Actor, shelf: number[], when: Date) {
  const goods = await shelfStock(story, shelf);
  for (const productId of shelf) {
    const stock = goods.get(productId)!.stock;
    if (stock >= 20) continue;
    const target = between(story.random, 40, 80);
    await restockProduct(story.tx, recorder, String(productId), target - stock, "补货", when);
  }
}

/** A household's turn: about half redeem, spending half or more of their points on up to three goods. */
async function householdRedeems(story: YearStory, recorder: Actor, eventId: string, shelf: number[], householdId: number, day: string, when: Date) {
  const { random, tx } = story;
  const [household] = await tx.select({ balance: households.balance }).from(households).where(eq(households.id, householdId));
  const points = household!.balance;
  if (points < 10 || random() >= 0.5) return;
  let budget = Math.max(10, Math.floor(points * (0.5 + random() * 0.5)));
  const goods = await shelfStock(story, shelf);
  const lines: { productId: string; quantity: number }[] = [];
  for (const productId of shuffled(random, shelf)) {
    if (lines.length >= 3) break;
    const { price, stock } = goods.get(productId)!;
    const quantity = price * 2 <= budget && random() < 0.3 ? 2 : 1;
    if (price * quantity > budget || stock < quantity) continue;
    lines.push({ productId: String(productId), quantity });
    budget -= price * quantity;
  }
  if (lines.length === 0) return;
  const input = { householdId: String(householdId), eventId, lines, idempotencyKey: story.key("redeem") };
  const sale = await redeem(tx, recorder, input, day, when);
  story.tally.redemptions++;
  story.tally.entries++;
  if (random() < 0.03) {
    const cancelDay = addDays(day, between(random, 0, 2));
    if (cancelDay <= story.last) cancelLater(story, recorder, sale.id, cancelDay);
  }
}

/** The sale is cancelled that evening or a day or two later: goods back on the shelf, points refunded. */
function cancelLater(story: YearStory, recorder: Actor, redemptionId: number, day: string) {
  const cancelledAt = story.at(day, 17, between(story.random, 0, 59));
  const why = pick(story.random, cancelReasons);
  story.timeline.plan(cancelledAt, async () => {
    await cancelRedemption(story.tx, recorder, String(redemptionId), why, day, cancelledAt);
    story.tally.cancelled++;
    story.tally.entries++;
  });
}
