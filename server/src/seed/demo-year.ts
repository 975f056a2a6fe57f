import { sql } from "drizzle-orm";
import {
  awardBatchLines,
  awardBatches,
  exchangeEvents,
  pointEntries,
  products,
  redemptionLines,
  redemptions,
  stockMovements,
} from "@cunwu/schema";
import type { Tx } from "../db/database";
import { addDays } from "../common/dates";
import {
  cancelReasons,
  deductionRules,
  demoProducts,
  eventTitles,
  groupAwardRules,
  individualAwardRules,
  monthlyAppraisalRules,
  reversalReasons,
} from "./demo-data";
import type { Random } from "./demo-households";

/**
 * A plausible past year of the points supermarket for the demo district:
 * monthly appraisals, group and individual awards (through publicity where
 * the village has it), a few deductions and reversals, one exchange event a
 * month in every shop village with redemptions at it, and a few
 * cancellations. Everything happens before today, except the next exchange
 * event of each shop (OPEN, in the coming days) and award batches whose
 * publicity has not ended yet (still ON_PUBLICITY).
 *
 * The year is simulated in time order in memory, balance by balance, so a
 * deduction, reversal or redemption that the household could not afford is
 * simply not made; the entries are then bulk-inserted in that same order,
 * with their balanceAfter, so the running balances chain exactly and every
 * entry's id follows time. The cached balances are finally set from the
 * entries in one statement. reconcileLedger finds nothing (a test checks).
 */

export interface HistoryVillage {
  id: number;
  hasShop: boolean;
  publicityDays: number;
}
export interface HistoryHousehold {
  id: number;
  villageId: number;
  status: string;
}
export interface HistoryRule {
  id: number;
  villageId: number | null;
  name: string;
  points: number;
}

export interface HistoryInput {
  villages: readonly HistoryVillage[];
  households: readonly HistoryHousehold[];
  rules: readonly HistoryRule[];
  /** Who records a village's entries, batches, events and sales: its committee user, else the district admin. */
  recorderOf: (villageId: number) => number;
  /** The district's today (YYYY-MM-DD); the year ends the day before. */
  today: string;
  timezone: string;
  random: Random;
}

export interface HistorySummary {
  entries: number;
  batches: number;
  events: number;
  redemptions: number;
  cancelled: number;
  reversals: number;
}

// --- small helpers -------------------------------------------------------------------

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
function weightedPick<T extends { weight: number }>(random: Random, items: readonly T[]): T {
  let r = random() * items.reduce((sum, item) => sum + item.weight, 0);
  for (const item of items) {
    r -= item.weight;
    if (r < 0) return item;
  }
  return items[items.length - 1]!;
}
/** Each item with probability `share`, in order. */
const sample = <T>(random: Random, items: readonly T[], share: number) => items.filter(() => random() < share);
function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Milliseconds the zone is ahead of UTC at an instant. */
function zoneOffset(instant: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const local = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return local - Math.floor(instant / 1000) * 1000;
}
/** The instant a wall-clock time on a district day happens. */
function wallClock(day: string, hour: number, minute: number, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const naive = Date.UTC(y, m - 1, d, hour, minute);
  let instant = naive - zoneOffset(naive, timeZone);
  const again = naive - zoneOffset(instant, timeZone);
  if (again !== instant) instant = again;
  return new Date(instant);
}

const chunk = <T>(items: readonly T[], size: number) => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

// --- what the simulation produces, with in-memory indexes for ids ---------------------

interface SimEntry {
  householdId: number;
  villageId: number;
  kind: "AWARD" | "DEDUCTION" | "REDEMPTION" | "REFUND" | "REVERSAL";
  delta: number;
  balanceAfter: number;
  ruleId: number | null;
  batch: number | null;
  redemption: number | null;
  /** Index of the entry a REVERSAL cancels. */
  reverses: number | null;
  reason: string;
  deedDate: string;
  recordedBy: number;
  recordedAt: Date;
  idempotencyKey: string;
}
interface SimProduct {
  villageId: number;
  name: string;
  unit: string;
  price: number;
  stock: number;
  createdAt: Date;
}
interface SimMovement {
  product: number;
  delta: number;
  reason: string;
  /** For a cancellation: its redemption, named in the reason once it has an id. */
  redemption: number | null;
  recordedBy: number;
  recordedAt: Date;
}
interface SimEvent {
  villageId: number;
  date: string;
  title: string;
  status: "OPEN" | "CLOSED";
  createdAt: Date;
}
interface SimBatch {
  villageId: number;
  ruleId: number;
  points: number;
  reason: string;
  deedDate: string;
  status: "ON_PUBLICITY" | "POSTED";
  publicityEndsOn: string;
  idempotencyKey: string;
  createdBy: number;
  createdAt: Date;
  postedAt: Date | null;
  postedBy: number | null;
  householdIds: number[];
}
interface SimRedemption {
  householdId: number;
  villageId: number;
  event: number;
  total: number;
  status: "COMPLETED" | "CANCELLED";
  idempotencyKey: string;
  recordedBy: number;
  createdAt: Date;
  cancelledAt: Date | null;
  cancelledBy: number | null;
  cancelReason: string | null;
  lines: { product: number; quantity: number; unitPrice: number }[];
}

/** Something that happens at an instant; `run` may schedule more. */
interface Happening {
  at: number;
  seq: number;
  run: () => void;
}

export async function seedDemoYear(tx: Tx, input: HistoryInput): Promise<HistorySummary> {
  const { random, today, timezone } = input;
  const first = addDays(today, -365);
  const last = addDays(today, -1);
  const at = (day: string, hour: number, minute: number) => wallClock(day, hour, minute, timezone);

  const entries: SimEntry[] = [];
  const productsOut: SimProduct[] = [];
  const movements: SimMovement[] = [];
  const events: SimEvent[] = [];
  const batches: SimBatch[] = [];
  const sales: SimRedemption[] = [];
  const balance = new Map<number, number>();

  // The timeline: happenings run in time order, ties in the order they were planned.
  // Planned up front, then sorted; what a happening plans while running is inserted in place.
  const timeline: Happening[] = [];
  const before = (a: Happening, b: Happening) => a.at < b.at || (a.at === b.at && a.seq < b.seq);
  let seq = 0;
  let running = false;
  const plan = (when: Date, run: () => void) => {
    const item = { at: when.getTime(), seq: seq++, run };
    if (!running) {
      timeline.push(item);
      return;
    }
    let low = 0;
    let high = timeline.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (before(timeline[mid]!, item)) low = mid + 1;
      else high = mid;
    }
    timeline.splice(low, 0, item);
  };

  const ruleFor = (villageId: number, name: string) =>
    input.rules.find((r) => r.name === name && (r.villageId === null || r.villageId === villageId));

  let keys = 0;
  const key = (what: string) => `demo:${what}:${++keys}`;

  /** Moves a balance and records the entry; false (and nothing) when it would go below zero. */
  function post(entry: Omit<SimEntry, "balanceAfter">): number | null {
    const after = (balance.get(entry.householdId) ?? 0) + entry.delta;
    if (after < 0) return null;
    balance.set(entry.householdId, after);
    entries.push({ ...entry, balanceAfter: after });
    return entries.length - 1;
  }

  /**
   * An award to some households on a deed day: posted at once, or (with
   * publicity) as a batch posted after its publicity ends. Individual awards
   * are sometimes reversed a few days later.
   */
  function award(village: HistoryVillage, rule: HistoryRule, householdIds: number[], deedDate: string, recordedOn: string, reversible: boolean) {
    if (householdIds.length === 0) return;
    const recorder = input.recorderOf(village.id);
    let batch: number | null = null;
    let postedOn = recordedOn;
    if (village.publicityDays > 0) {
      const publicityEndsOn = addDays(recordedOn, village.publicityDays);
      postedOn = addDays(publicityEndsOn, between(random, 1, 3));
      const posted = postedOn <= last;
      batches.push({
        villageId: village.id,
        ruleId: rule.id,
        points: rule.points,
        reason: rule.name,
        deedDate,
        status: posted ? "POSTED" : "ON_PUBLICITY",
        publicityEndsOn,
        idempotencyKey: key("batch"),
        createdBy: recorder,
        createdAt: at(recordedOn, between(random, 14, 17), between(random, 0, 59)),
        postedAt: posted ? at(postedOn, 9, between(random, 0, 59)) : null,
        postedBy: posted ? recorder : null,
        householdIds,
      });
      batch = batches.length - 1;
      if (!posted) return;
    }
    const postedAt = batch !== null ? batches[batch]!.postedAt! : at(recordedOn, between(random, 9, 17), between(random, 0, 59));
    const batchKey = batch !== null ? batches[batch]!.idempotencyKey : key("award");
    const undo = reversible && random() < 0.04 ? addDays(postedOn, between(random, 1, 7)) : null;
    plan(postedAt, () => {
      const posted = [...householdIds].sort((a, b) => a - b).map((householdId) =>
        post({
          householdId,
          villageId: village.id,
          kind: "AWARD",
          delta: rule.points,
          ruleId: rule.id,
          batch,
          redemption: null,
          reverses: null,
          reason: rule.name,
          deedDate,
          recordedBy: recorder,
          recordedAt: postedAt,
          idempotencyKey: `${batchKey}:${householdId}`,
        }),
      );
      if (undo && undo <= last && posted[0] != null) reverse(posted[0], undo, pick(random, reversalReasons.award));
    });
  }

  /** Plans the reversal of an entry on a day; skipped if the points are already spent. */
  function reverse(entryIndex: number, day: string, why: string) {
    const original = entries[entryIndex]!;
    const recordedAt = at(day, between(random, 9, 17), between(random, 0, 59));
    plan(recordedAt, () => {
      post({
        householdId: original.householdId,
        villageId: original.villageId,
        kind: "REVERSAL",
        delta: -original.delta,
        ruleId: original.ruleId,
        batch: null,
        redemption: null,
        reverses: entryIndex,
        reason: why, // "冲正 #<id>: why" once the original has its id
        deedDate: day,
        recordedBy: original.recordedBy,
        recordedAt,
        idempotencyKey: key("reversal"),
      });
    });
  }

  function deduct(village: HistoryVillage, rule: HistoryRule, householdId: number, day: string) {
    const recordedAt = at(day, between(random, 9, 17), between(random, 0, 59));
    const appeal = random() < 0.15 ? addDays(day, between(random, 3, 10)) : null;
    plan(recordedAt, () => {
      const index = post({
        householdId,
        villageId: village.id,
        kind: "DEDUCTION",
        delta: rule.points,
        ruleId: rule.id,
        batch: null,
        redemption: null,
        reverses: null,
        reason: rule.name,
        deedDate: day,
        recordedBy: input.recorderOf(village.id),
        recordedAt,
        idempotencyKey: key("deduction"),
      });
      if (index !== null && appeal && appeal <= last) reverse(index, appeal, pick(random, reversalReasons.deduction));
    });
  }

  /** An exchange event: restock what runs low the day before, then households redeem at it. */
  function exchangeEvent(village: HistoryVillage, shelf: number[], day: string, title: string, active: number[]) {
    const recorder = input.recorderOf(village.id);
    const open = day >= today;
    const announced = addDays(day, -7) < last ? addDays(day, -7) : last;
    events.push({ villageId: village.id, date: day, title, status: open ? "OPEN" : "CLOSED", createdAt: at(announced, 10, 0) });
    const event = events.length - 1;
    if (open) return;
    plan(at(addDays(day, -1), 16, 0), () => {
      for (const product of shelf) {
        const p = productsOut[product]!;
        if (p.stock < 20) {
          const target = between(random, 40, 80);
          const recordedAt = at(addDays(day, -1), 16, 0);
          movements.push({ product, delta: target - p.stock, reason: "补货", redemption: null, recordedBy: recorder, recordedAt });
          p.stock = target;
        }
      }
    });
    // Households come one after another from nine o'clock; each decides when its turn comes.
    plan(at(day, 9, 0), () => {
      let minute = 0;
      for (const householdId of shuffled(random, active)) {
        minute += between(random, 1, 4);
        const createdAt = at(day, 9 + Math.floor(minute / 60), minute % 60);
        plan(createdAt, () => redeemAt(village, event, shelf, householdId, day, createdAt));
      }
    });
  }

  function redeemAt(village: HistoryVillage, event: number, shelf: number[], householdId: number, day: string, createdAt: Date) {
    const points = balance.get(householdId) ?? 0;
    if (points < 10 || random() >= 0.5) return;
    let budget = Math.max(10, Math.floor(points * (0.5 + random() * 0.5)));
    const lines: SimRedemption["lines"] = [];
    for (const product of shuffled(random, shelf)) {
      if (lines.length >= 3) break;
      const p = productsOut[product]!;
      const quantity = p.price * 2 <= budget && random() < 0.3 ? 2 : 1;
      if (p.price * quantity > budget || p.stock < quantity) continue;
      lines.push({ product, quantity, unitPrice: p.price });
      budget -= p.price * quantity;
    }
    if (lines.length === 0) return;
    const total = lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0);
    for (const line of lines) productsOut[line.product]!.stock -= line.quantity;
    const recorder = input.recorderOf(village.id);
    const saleKey = key("redeem");
    sales.push({
      householdId,
      villageId: village.id,
      event,
      total,
      status: "COMPLETED",
      idempotencyKey: saleKey,
      recordedBy: recorder,
      createdAt,
      cancelledAt: null,
      cancelledBy: null,
      cancelReason: null,
      lines,
    });
    const sale = sales.length - 1;
    post({
      householdId,
      villageId: village.id,
      kind: "REDEMPTION",
      delta: -total,
      ruleId: null,
      batch: null,
      redemption: sale,
      reverses: null,
      reason: `兑换: ${lines.map((line) => `${productsOut[line.product]!.name}×${line.quantity}`).join(", ")}`,
      deedDate: day,
      recordedBy: recorder,
      recordedAt: createdAt,
      idempotencyKey: `redeem:${saleKey}`,
    });
    if (random() < 0.03) {
      const cancelDay = addDays(day, between(random, 0, 2));
      if (cancelDay <= last) cancel(sale, cancelDay);
    }
  }

  function cancel(sale: number, day: string) {
    const cancelledAt = at(day, 17, between(random, 0, 59));
    const why = pick(random, cancelReasons);
    plan(cancelledAt, () => {
      const s = sales[sale]!;
      s.status = "CANCELLED";
      s.cancelledAt = cancelledAt;
      s.cancelledBy = s.recordedBy;
      s.cancelReason = why;
      for (const line of [...s.lines].sort((a, b) => a.product - b.product)) {
        productsOut[line.product]!.stock += line.quantity;
        const movement = { product: line.product, delta: line.quantity, reason: why, redemption: sale };
        movements.push({ ...movement, recordedBy: s.recordedBy, recordedAt: cancelledAt });
      }
      post({
        householdId: s.householdId,
        villageId: s.villageId,
        kind: "REFUND",
        delta: s.total,
        ruleId: null,
        batch: null,
        redemption: sale,
        reverses: null,
        reason: why, // "取消兑换 #<id>: why" once the redemption has its id
        deedDate: day,
        recordedBy: s.recordedBy,
        recordedAt: cancelledAt,
        idempotencyKey: key("refund"),
      });
    });
  }

  // --- plan the year, village by village, month by month -------------------------------

  const months: { year: number; month: number }[] = [];
  for (let day = `${first.slice(0, 7)}-01`; day <= last; ) {
    const [year, month] = day.split("-").map(Number) as [number, number];
    months.push({ year, month });
    day = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
  }
  const dayOf = (m: { year: number; month: number }, d: number) =>
    `${m.year}-${String(m.month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  const inYear = (day: string) => day >= first && day <= last;

  for (const village of input.villages) {
    const recorder = input.recorderOf(village.id);
    const active = input.households.filter((h) => h.villageId === village.id && h.status === "ACTIVE").map((h) => h.id);
    if (active.length === 0) continue;
    const shelf: number[] = [];
    if (village.hasShop) {
      for (const product of demoProducts) {
        productsOut.push({ villageId: village.id, ...product, stock: 0, createdAt: at(addDays(first, -10), 10, 0) });
        const index = productsOut.length - 1;
        shelf.push(index);
        const stock = between(random, 40, 80);
        // The opening stock is a movement like any restocking.
        const opening = { product: index, delta: stock, reason: "期初库存", redemption: null };
        movements.push({ ...opening, recordedBy: recorder, recordedAt: productsOut[index]!.createdAt });
        productsOut[index]!.stock = stock;
      }
    }
    const groupRules = groupAwardRules.map((name) => ruleFor(village.id, name)).filter((r) => r !== undefined);

    for (const month of months) {
      // Monthly appraisal (月度评比), early in the month.
      const appraisal = dayOf(month, between(random, 3, 8));
      if (inYear(appraisal)) {
        for (const { name, share } of monthlyAppraisalRules) {
          const rule = ruleFor(village.id, name);
          if (rule) award(village, rule, sample(random, active, share), appraisal, appraisal, false);
        }
      }
      // One or two group activities.
      for (let i = between(random, 1, 2); i > 0; i--) {
        const day = dayOf(month, between(random, 1, 28));
        const rule = pick(random, groupRules);
        if (inYear(day)) award(village, rule, shuffled(random, active).slice(0, between(random, 6, 14)), day, day, false);
      }
      // Individual deeds, recorded a day or two later.
      for (let i = between(random, 4, 8); i > 0; i--) {
        const deed = dayOf(month, between(random, 1, 28));
        const recorded = addDays(deed, between(random, 0, 2));
        const rule = ruleFor(village.id, weightedPick(random, individualAwardRules).name);
        if (rule && inYear(deed) && recorded <= last) award(village, rule, [pick(random, active)], deed, recorded, true);
      }
      // A few deductions.
      for (let i = between(random, 0, 2); i > 0; i--) {
        const day = dayOf(month, between(random, 1, 28));
        const rule = ruleFor(village.id, weightedPick(random, deductionRules).name);
        if (rule && inYear(day)) deduct(village, rule, pick(random, active), day);
      }
      // The month's exchange event.
      if (village.hasShop) {
        const day = dayOf(month, between(random, 15, 25));
        if (inYear(day)) exchangeEvent(village, shelf, day, eventTitles[month.month] ?? `${month.month}月积分兑换活动`, active);
      }
    }
    // The next event, already announced.
    if (village.hasShop) {
      const next = addDays(today, between(random, 3, 12));
      const nextMonth = Number(next.slice(5, 7));
      exchangeEvent(village, shelf, next, eventTitles[nextMonth] ?? `${nextMonth}月积分兑换活动`, active);
    }
  }

  // --- run it in time order ----------------------------------------------------------
  timeline.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  running = true;
  for (let i = 0; i < timeline.length; i++) timeline[i]!.run();

  // --- write it --------------------------------------------------------------------------
  const productIds: number[] = [];
  for (const rows of chunk(productsOut, 200)) {
    const inserted = await tx
      .insert(products)
      .values(rows.map((p) => ({ ...p, updatedAt: p.createdAt })))
      .returning({ id: products.id });
    productIds.push(...inserted.map((r) => r.id));
  }

  const eventIds: number[] = [];
  for (const rows of chunk(events, 200)) {
    const inserted = await tx.insert(exchangeEvents).values(rows).returning({ id: exchangeEvents.id });
    eventIds.push(...inserted.map((r) => r.id));
  }

  const batchIds: number[] = [];
  for (const rows of chunk(batches, 200)) {
    const inserted = await tx
      .insert(awardBatches)
      .values(rows.map(({ householdIds: _, ...batch }) => batch))
      .returning({ id: awardBatches.id });
    batchIds.push(...inserted.map((r) => r.id));
  }
  const batchLines = batches.flatMap((b, i) => b.householdIds.map((householdId) => ({ batchId: batchIds[i]!, householdId })));
  for (const rows of chunk(batchLines, 1000)) await tx.insert(awardBatchLines).values(rows);

  const saleIds: number[] = [];
  for (const rows of chunk(sales, 500)) {
    const inserted = await tx
      .insert(redemptions)
      .values(rows.map(({ lines: _, event, ...sale }) => ({ ...sale, eventId: eventIds[event]! })))
      .returning({ id: redemptions.id });
    saleIds.push(...inserted.map((r) => r.id));
  }
  const saleLines = sales.flatMap((s, i) =>
    s.lines.map((line) => ({ redemptionId: saleIds[i]!, productId: productIds[line.product]!, quantity: line.quantity, unitPrice: line.unitPrice })),
  );
  for (const rows of chunk(saleLines, 1000)) await tx.insert(redemptionLines).values(rows);

  const movementRows = movements.map((m) => ({
    productId: productIds[m.product]!,
    delta: m.delta,
    reason: m.redemption === null ? m.reason : `取消兑换 #${saleIds[m.redemption]}: ${m.reason}`,
    recordedBy: m.recordedBy,
    recordedAt: m.recordedAt,
  }));
  for (const rows of chunk(movementRows, 1000)) await tx.insert(stockMovements).values(rows);

  // Entries in time order. A reversal needs its original's id, so a chunk ends before a
  // reversal whose original is still in it.
  const entryIds: number[] = [];
  let pending: SimEntry[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const inserted = await tx
      .insert(pointEntries)
      .values(
        pending.map((e) => ({
          householdId: e.householdId,
          villageId: e.villageId,
          kind: e.kind,
          delta: e.delta,
          balanceAfter: e.balanceAfter,
          ruleId: e.ruleId,
          batchId: e.batch === null ? null : batchIds[e.batch]!,
          redemptionId: e.redemption === null ? null : saleIds[e.redemption]!,
          reversesEntryId: e.reverses === null ? null : entryIds[e.reverses]!,
          reason:
            e.kind === "REVERSAL"
              ? `冲正 #${entryIds[e.reverses!]}: ${e.reason}`
              : e.kind === "REFUND"
                ? `取消兑换 #${saleIds[e.redemption!]}: ${e.reason}`
                : e.reason,
          deedDate: e.deedDate,
          recordedBy: e.recordedBy,
          recordedAt: e.recordedAt,
          idempotencyKey: e.idempotencyKey,
        })),
      )
      .returning({ id: pointEntries.id });
    entryIds.push(...inserted.map((r) => r.id));
    pending = [];
  };
  for (const [index, entry] of entries.entries()) {
    if (pending.length >= 500 || (entry.reverses !== null && entry.reverses >= index - pending.length)) await flush();
    pending.push(entry);
  }
  await flush();

  // The cached balances, from the entries just written.
  await tx.execute(sql`
    update households h set balance = s.total, updated_at = now()
    from (select household_id, sum(delta)::int as total from point_entries group by household_id) s
    where h.id = s.household_id`);

  return {
    entries: entries.length,
    batches: batches.length,
    events: events.length,
    redemptions: sales.length,
    cancelled: sales.filter((s) => s.status === "CANCELLED").length,
    reversals: entries.filter((e) => e.kind === "REVERSAL").length,
  };
}
