import { operation, type Id, type Sender } from "./operation";

// Villages: the district admin's settings that change how a village's points post.

export const updateVillagePublicity = operation<{ id: Id; publicityDays: number }, "updateVillage", { id: string; publicityDays: number }>(
  "updateVillage",
  `mutation ($id: ID!, $days: Int!) { updateVillage(id: $id, input: { publicityDays: $days }) { id publicityDays } }`,
  ({ id, publicityDays }) => ({ id, days: publicityDays }),
);

/**
 * Lets a village's awards post at once, through the admin's own setting.
 * The demo's 石门村 runs 3 days of 公示; ledger tests that award there are
 * about the ledger, not publicity (which has its own tests in 青龙村).
 */
export async function postAtOnce(t: Sender, villageId: Id, adminToken: string): Promise<void> {
  await updateVillagePublicity.ok(t, { id: villageId, publicityDays: 0 }, adminToken);
}
