import { and, eq, inArray, type SQL } from "drizzle-orm";
import { awardBatches, pointEntries, users, villages } from "@cunwu/schema";
import type { DbOrTx } from "../db/database";
import { notify } from "./notify";
import { usersOfUnits } from "./recipients";

// What the points programme tells whom: the committee of an objection to a
// 公示; a household's residents of awards and redemptions recorded, where
// their village turned that on (villages.notify_points).

const batchLink = (batchId: number) => `/awardBatches/${batchId}/show`;

/** An objection to a line on publicity reaches the village's committee. */
export async function noticeObjection(tx: DbOrTx, batchId: number, objectionId: number) {
  const [batch] = await tx.select().from(awardBatches).where(eq(awardBatches.id, batchId));
  if (!batch) return;
  await notify(tx, await usersOfUnits(tx, [{ villageId: batch.villageId }]), {
    kind: "AWARD_OBJECTION",
    title: "公示收到异议",
    body: `「${batch.reason}」（${batch.points}分）公示期间收到一条异议，请核实处理。`,
    link: batchLink(batch.id),
    dedupeKey: `objection:${objectionId}`,
  });
}

/**
 * Each award or redemption entry matching `which` reaches its household's
 * residents when the village notifies points: what, how many points and the
 * balance after, as the passbook shows it.
 */
async function noticeEntries(tx: DbOrTx, which: SQL) {
  const entries = await tx
    .select({ id: pointEntries.id, householdId: pointEntries.householdId, kind: pointEntries.kind, delta: pointEntries.delta, balanceAfter: pointEntries.balanceAfter, reason: pointEntries.reason })
    .from(pointEntries)
    .innerJoin(villages, eq(villages.id, pointEntries.villageId))
    .where(and(which, eq(villages.notifyPoints, true), inArray(pointEntries.kind, ["AWARD", "REDEMPTION"])));
  if (!entries.length) return;
  const residents = await tx
    .select({ id: users.id, householdId: users.householdId })
    .from(users)
    .where(and(eq(users.role, "RESIDENT"), eq(users.active, true), inArray(users.householdId, [...new Set(entries.map((e) => e.householdId))])));
  for (const entry of entries) {
    const award = entry.kind === "AWARD";
    await notify(
      tx,
      residents.filter((r) => r.householdId === entry.householdId).map((r) => r.id),
      {
        kind: "POINTS_RECORDED",
        title: award ? `积分到账 +${entry.delta}` : `积分兑换 ${entry.delta}`,
        body: `${entry.reason}，${award ? "+" : ""}${entry.delta}分，余额${entry.balanceAfter}分。`,
        link: "/my/points",
        dedupeKey: `entry:${entry.id}`,
      },
    );
  }
}

export const noticeEntriesById = (tx: DbOrTx, entryIds: readonly number[]) => (entryIds.length ? noticeEntries(tx, inArray(pointEntries.id, [...entryIds])) : Promise.resolve());
export const noticeBatchPosted = (tx: DbOrTx, batchId: number) => noticeEntries(tx, eq(pointEntries.batchId, batchId));
export const noticeRedemption = (tx: DbOrTx, redemptionId: number) => noticeEntries(tx, eq(pointEntries.redemptionId, redemptionId));
