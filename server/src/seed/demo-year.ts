import type { Actor } from "../request/actor";
import type { Tx } from "../db/database";
import { addDays } from "../common/dates";
import { deductionRules, eventTitles, groupAwardRules, individualAwardRules, monthlyAppraisalRules } from "./demo-data";
import type { Random } from "./demo-households";
import { awardForDeed, deductForMisdeed } from "./year/points-steps";
import { holdExchangeEvent, stockTheShelves } from "./year/shop-steps";
import { newStory, type HistoryHousehold, type HistoryRule, type HistorySummary, type HistoryVillage, type YearStory } from "./year/story";
import { between, pick, sample, shuffled, weightedPick } from "./year/timeline";

export type { HistoryHousehold, HistoryRule, HistorySummary, HistoryVillage } from "./year/story";

/**
 * A plausible past year of the points supermarket for the demo district:
 * monthly appraisals, group and individual awards (through publicity where
 * the village has it), a few deductions and reversals, one exchange event a
 * month in every shop village with redemptions at it, and a few
 * cancellations. Everything happens before today, except the next exchange
 * event of each shop (OPEN, in the coming days) and award batches whose
 * publicity has not ended yet (still ON_PUBLICITY).
 *
 * The year is planned village by village, month by month (year/points-steps.ts,
 * year/shop-steps.ts), then played in time order, each step through the real
 * service at its moment (the services' optional `at`): a deduction larger
 * than the balance is recorded and takes it to zero, the ledger refuses a
 * reversal or sale a household could not afford, and that step simply does
 * not happen. So balances, stock and statuses follow the same
 * rules as in use, and reconcileLedger finds nothing (a test checks).
 */

export interface HistoryInput {
  villages: readonly HistoryVillage[];
  households: readonly HistoryHousehold[];
  rules: readonly HistoryRule[];
  /** Who records a village's entries, batches, events and sales: its committee user, else the district admin. */
  recorderOf: (villageId: number) => Actor;
  /** The district's today (YYYY-MM-DD); the year ends the day before. */
  today: string;
  timezone: string;
  random: Random;
}

export async function seedDemoYear(tx: Tx, input: HistoryInput): Promise<HistorySummary> {
  const { random, today } = input;
  const story = newStory({
    tx,
    timezone: input.timezone,
    today,
    first: addDays(today, -365),
    last: addDays(today, -1),
    random,
    recorderOf: input.recorderOf,
  });
  for (const village of input.villages) planVillageYear(story, input, village);
  await story.timeline.run();
  return story.tally;
}

/** The months the year touches, from the first's month to yesterday's. */
function monthsOf(story: YearStory) {
  const months: { year: number; month: number }[] = [];
  for (let day = `${story.first.slice(0, 7)}-01`; day <= story.last; ) {
    const [year, month] = day.split("-").map(Number) as [number, number];
    months.push({ year, month });
    day = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
  }
  return months;
}

const dayOf = (m: { year: number; month: number }, d: number) => `${m.year}-${String(m.month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const titleOf = (month: number) => eventTitles[month] ?? `${month}月积分兑换活动`;

/** One village's year, month by month; the random draws happen here, in this order, so the year repeats. */
function planVillageYear(story: YearStory, input: HistoryInput, village: HistoryVillage) {
  const { random } = story;
  const active = input.households.filter((h) => h.villageId === village.id && h.status === "ACTIVE").map((h) => h.id);
  if (active.length === 0) return;
  const ruleFor = (name: string) => input.rules.find((r) => r.name === name && (r.villageId === null || r.villageId === village.id));
  const inYear = (day: string) => day >= story.first && day <= story.last;
  const shelf = village.hasShop ? stockTheShelves(story, village) : [];
  const groupRules = groupAwardRules.map(ruleFor).filter((r) => r !== undefined);

  for (const month of monthsOf(story)) {
    // Monthly appraisal (月度评比), early in the month.
    const appraisal = dayOf(month, between(random, 3, 8));
    if (inYear(appraisal)) {
      for (const { name, share } of monthlyAppraisalRules) {
        const rule = ruleFor(name);
        if (rule) awardForDeed(story, village, rule, sample(random, active, share), appraisal, appraisal, false);
      }
    }
    // One or two group activities.
    for (let i = between(random, 1, 2); i > 0; i--) {
      const day = dayOf(month, between(random, 1, 28));
      const rule = pick(random, groupRules);
      if (inYear(day)) awardForDeed(story, village, rule, shuffled(random, active).slice(0, between(random, 6, 14)), day, day, false);
    }
    // Individual deeds, recorded a day or two later.
    for (let i = between(random, 4, 8); i > 0; i--) {
      const deed = dayOf(month, between(random, 1, 28));
      const recorded = addDays(deed, between(random, 0, 2));
      const rule = ruleFor(weightedPick(random, individualAwardRules).name);
      if (rule && inYear(deed) && recorded <= story.last) awardForDeed(story, village, rule, [pick(random, active)], deed, recorded, true);
    }
    // A few deductions.
    for (let i = between(random, 0, 2); i > 0; i--) {
      const day = dayOf(month, between(random, 1, 28));
      const rule = ruleFor(weightedPick(random, deductionRules).name);
      if (rule && inYear(day)) deductForMisdeed(story, village, rule, pick(random, active), day);
    }
    // The month's exchange event.
    if (village.hasShop) {
      const day = dayOf(month, between(random, 15, 25));
      if (inYear(day)) holdExchangeEvent(story, village, shelf, day, titleOf(month.month), active);
    }
  }
  // Last week's group work, recorded yesterday: where the village has
  // publicity it is still on 公示 today, so its committee and residents see one.
  if (village.publicityDays > 0 && groupRules.length > 0) {
    const deed = addDays(story.last, -between(random, 1, 4));
    awardForDeed(story, village, pick(random, groupRules), shuffled(random, active).slice(0, between(random, 5, 9)), deed, story.last, false);
  }
  // The next event, already announced.
  if (village.hasShop) {
    const next = addDays(story.today, between(random, 3, 12));
    holdExchangeEvent(story, village, shelf, next, titleOf(Number(next.slice(5, 7))), active);
  }
}
