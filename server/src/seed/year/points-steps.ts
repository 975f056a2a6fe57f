import { asc, eq } from "drizzle-orm";
import { pointEntries } from "@cunwu/schema";
import type { Actor } from "../../request/actor";
import { addDays } from "../../common/dates";
import { awardPoints } from "../../points/award-service";
import { postAwardBatch } from "../../points/publicity-service";
import { deductPoints, reversePointEntry } from "../../points/entry-service";
import { reversalReasons } from "../demo-data";
import { between, pick } from "./timeline";
import { refusedForPoints, type HistoryRule, type HistoryVillage, type YearStory } from "./story";

/**
 * The points side of the demo year, each step through the service a
 * committee member's click would call: awards (through publicity where the
 * village has it), deductions and reversals. The times and chances are drawn
 * when the step is planned, in the same order as always, so the year repeats.
 */

/**
 * An award to some households for a deed: posted at once, or (with
 * publicity) put up as a batch and posted after its publicity ends.
 * Individual awards are sometimes reversed a few days later.
 */
export function awardForDeed(
  story: YearStory,
  village: HistoryVillage,
  rule: HistoryRule,
  householdIds: number[],
  deedDate: string,
  recordedOn: string,
  reversible: boolean,
) {
  if (householdIds.length === 0) return;
  const { random, at, timeline, tx, timezone } = story;
  const recorder = story.recorderOf(village.id);
  const request = (idempotencyKey: string) => ({ ruleId: String(rule.id), householdIds: householdIds.map(String), deedDate, idempotencyKey });

  if (village.publicityDays > 0) {
    const postedOn = addDays(addDays(recordedOn, village.publicityDays), between(random, 1, 3));
    const key = story.key("batch");
    const createdAt = at(recordedOn, between(random, 14, 17), between(random, 0, 59));
    const postedAt = postedOn <= story.last ? at(postedOn, 9, between(random, 0, 59)) : null;
    let batchId = "";
    timeline.plan(createdAt, async () => {
      const { batch } = await awardPoints(tx, recorder, timezone, request(key), createdAt);
      batchId = String(batch!.id);
      story.tally.batches++;
    });
    if (!postedAt) return; // still on publicity today
    const undo = reversible && random() < 0.04 ? addDays(postedOn, between(random, 1, 7)) : null;
    timeline.plan(postedAt, async () => {
      await postAwardBatch(tx, recorder, timezone, batchId, postedAt);
      story.tally.entries += householdIds.length;
      if (undo && undo <= story.last) {
        const [first] = await tx
          .select({ id: pointEntries.id })
          .from(pointEntries)
          .where(eq(pointEntries.batchId, Number(batchId)))
          .orderBy(asc(pointEntries.householdId))
          .limit(1);
        reverseLater(story, recorder, first!.id, undo, pick(random, reversalReasons.award));
      }
    });
    return;
  }

  const recordedAt = at(recordedOn, between(random, 9, 17), between(random, 0, 59));
  const key = story.key("award");
  const undo = reversible && random() < 0.04 ? addDays(recordedOn, between(random, 1, 7)) : null;
  timeline.plan(recordedAt, async () => {
    const { entries } = await awardPoints(tx, recorder, timezone, request(key), recordedAt);
    story.tally.entries += entries.length;
    if (undo && undo <= story.last) reverseLater(story, recorder, entries[0]!.id, undo, pick(random, reversalReasons.award));
  });
}

/** A deduction for a misdeed; now and then appealed and reversed days later. */
export function deductForMisdeed(story: YearStory, village: HistoryVillage, rule: HistoryRule, householdId: number, day: string) {
  const { random, at, tx, timezone } = story;
  const recorder = story.recorderOf(village.id);
  const recordedAt = at(day, between(random, 9, 17), between(random, 0, 59));
  const appeal = random() < 0.15 ? addDays(day, between(random, 3, 10)) : null;
  story.timeline.plan(recordedAt, async () => {
    const input = { ruleId: String(rule.id), householdId: String(householdId), deedDate: day, idempotencyKey: story.key("deduction") };
    const entry = await deductPoints(tx, recorder, timezone, input, recordedAt).catch((error: unknown) => {
      if (refusedForPoints(error)) return null;
      throw error;
    });
    if (!entry) return;
    story.tally.entries++;
    if (appeal && appeal <= story.last) reverseLater(story, recorder, entry.id, appeal, pick(random, reversalReasons.deduction));
  });
}

/** Plans the reversal of an entry on a day; the ledger refuses it if the points are already spent. */
function reverseLater(story: YearStory, recorder: Actor, entryId: number, day: string, why: string) {
  const { random, at, tx, timezone } = story;
  const recordedAt = at(day, between(random, 9, 17), between(random, 0, 59));
  story.timeline.plan(recordedAt, async () => {
    try {
      await reversePointEntry(tx, recorder, timezone, String(entryId), why, story.key("reversal"), recordedAt);
      story.tally.entries++;
      story.tally.reversals++;
    } catch (error) {
      if (!refusedForPoints(error)) throw error;
    }
  });
}
