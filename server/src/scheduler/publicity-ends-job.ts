import { and, between, eq } from "drizzle-orm";
import { awardBatches } from "@cunwu/schema";
import { addDays, todayIn } from "../common/dates";
import { notify } from "../notifications/notify";
import { usersOfUnits } from "../notifications/recipients";
import { withJobLock } from "./job-lock";
import type { Job } from "./scheduler";

/**
 * An award's publicity (公示) whose last day is tomorrow (or today, when the
 * day before was missed): the village's committee is told, once per batch,
 * so it can post the award when the publicity is over.
 */
export const publicityEndsJob: Job = {
  key: "publicity-ends",
  run: ({ db, timezone, now }) =>
    withJobLock(db, "publicity-ends", async (tx) => {
      const today = todayIn(timezone, now);
      const ending = await tx
        .select()
        .from(awardBatches)
        .where(and(eq(awardBatches.status, "ON_PUBLICITY"), between(awardBatches.publicityEndsOn, today, addDays(today, 1))));
      let publicityEnds = 0;
      for (const batch of ending) {
        publicityEnds += await notify(tx, await usersOfUnits(tx, [{ villageId: batch.villageId }]), {
          kind: "PUBLICITY_ENDS",
          title: "公示即将结束",
          body: `「${batch.reason}」（${batch.points}分）的公示于${batch.publicityEndsOn}结束，${addDays(batch.publicityEndsOn!, 1)}起可入账。`,
          link: `/awardBatches/${batch.id}/show`,
          dedupeKey: `publicity-ends:${batch.id}`,
        });
      }
      return { publicityEnds };
    }),
};
