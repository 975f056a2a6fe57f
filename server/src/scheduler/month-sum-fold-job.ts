import { foldMonthSumSlots, foldRedeemerMonthSlots } from "../points/rollups";
import { withJobLock } from "./job-lock";
import type { Job } from "./scheduler";

/** How long a spread slot must go untouched before the fold (points/rollups.ts). */
export const foldQuietMinutes = 10;

/** The scheduler's fold of quiet slots (the monthly sums', the redeemer counts'), one server process at a time. */
export const monthSumFoldJob: Job = {
  key: "month-sum-fold",
  run: ({ db, now }) =>
    withJobLock(db, "month-sum-fold", async (tx) => {
      const quietSince = new Date(now.getTime() - foldQuietMinutes * 60_000);
      return { slotsFolded: await foldMonthSumSlots(tx, quietSince), redeemerSlotsFolded: await foldRedeemerMonthSlots(tx, quietSince) };
    }),
};
