import { foldMonthSumSlots } from "../points/rollups";
import { withJobLock } from "./job-lock";
import type { Job } from "./scheduler";

/** How long a spread slot must go untouched before the fold (points/rollups.ts). */
export const foldQuietMinutes = 10;

/** The scheduler's fold of quiet slots, one server process at a time. */
export const monthSumFoldJob: Job = {
  key: "month-sum-fold",
  run: ({ db, now }) =>
    withJobLock(db, "month-sum-fold", async (tx) => ({ slotsFolded: await foldMonthSumSlots(tx, new Date(now.getTime() - foldQuietMinutes * 60_000)) })),
};
