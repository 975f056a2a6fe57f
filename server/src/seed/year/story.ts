import type { Actor } from "../../request/actor";
import type { Tx } from "../../db/database";
import { AppError } from "../../errors";
import type { Random } from "../demo-households";
import { Timeline, wallClock } from "./timeline";

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

export interface HistorySummary {
  entries: number;
  batches: number;
  events: number;
  redemptions: number;
  cancelled: number;
  reversals: number;
}

/** What every step of the demo year shares: the transaction, the calendar, chance and who records. */
export interface YearStory {
  tx: Tx;
  timezone: string;
  /** The district's today; the year runs from `first` to `last` (yesterday). */
  today: string;
  first: string;
  last: string;
  random: Random;
  timeline: Timeline;
  /** Who records a village's awards, sales and events: its committee user, else the district admin. */
  recorderOf: (villageId: number) => Actor;
  tally: HistorySummary;
  /** The instant of a wall-clock time on a district day. */
  at(day: string, hour: number, minute: number): Date;
  /** A fresh idempotency key, as a client would send. */
  key(what: string): string;
}

export function newStory(fields: Omit<YearStory, "timeline" | "tally" | "at" | "key">): YearStory {
  let keys = 0;
  return {
    ...fields,
    timeline: new Timeline(),
    tally: { entries: 0, batches: 0, events: 0, redemptions: 0, cancelled: 0, reversals: 0 },
    at: (day, hour, minute) => wallClock(day, hour, minute, fields.timezone),
    key: (what) => `demo:${what}:${++keys}`,
  };
}

/** The ledger refused to take a household below zero: the step simply does not happen. */
export const refusedForPoints = (error: unknown) => error instanceof AppError && error.code === "INSUFFICIENT_POINTS";
