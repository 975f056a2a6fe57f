import { expect } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { households, pointRules, villages } from "@cunwu/schema";
import type { TestServer } from "../server";
import { createPointRule } from "../ops/points";
import { newUserToken } from "../ops/users";
import { postAtOnce } from "../ops/villages";

// The fixed facts every run of the ledger model uses: who acts, the two
// villages, and the rules the generated awards and deductions pick from.

export type VillageCode = "PC01" | "PC02";

export interface Rule {
  id: string;
  points: number;
  /** null: district-wide */
  village: VillageCode | null;
}

export interface LedgerSetup {
  t: TestServer;
  tokens: Record<"admin" | "village" | "objector", string>;
  villageIds: Record<VillageCode, string>;
  /** Positive rules: district-wide ones and PC01's own (which PC02 may not use). */
  awardRules: Rule[];
  /** Negative rules: district-wide ones and PC01's own. */
  deductRules: Rule[];
}

/** Logs in, finds the villages and rules, and makes what the demo district lacks. */
export async function ledgerSetup(t: TestServer): Promise<LedgerSetup> {
  const db = t.server.connection.db;
  const admin = await t.login("admin");
  const village = await t.login("village");
  const rows = await db.select({ id: villages.id, code: villages.code }).from(villages);
  const villageIds = {} as Record<VillageCode, string>;
  for (const code of ["PC01", "PC02"] as const) villageIds[code] = String(rows.find((v) => v.code === code)!.id);
  // The model's PC01 posts at once (the demo's 石门村 runs 公示; PC02 is the model's village with publicity).
  await postAtOnce(t, villageIds.PC01, admin);
  const villageOf = (id: number | null): VillageCode | null => (id === null ? null : String(id) === villageIds.PC01 ? "PC01" : "PC02");

  // PC01 gets a deduction rule of its own, so deductions can use a rule of the wrong village.
  await createPointRule.ok(t, { category: "HYGIENE", name: "模型测试: 门前乱倒污水", points: -3, villageId: villageIds.PC01 }, village);
  const rules = await db
    .select({ id: pointRules.id, points: pointRules.points, villageId: pointRules.villageId })
    .from(pointRules)
    .where(eq(pointRules.active, true))
    .orderBy(asc(pointRules.id));
  const usable = (r: (typeof rules)[number]) => r.villageId === null || String(r.villageId) === villageIds.PC01;
  const pick = (list: typeof rules, points: number[]) =>
    points.flatMap((p) => {
      const rule = list.find((r) => r.points === p && r.villageId === null);
      return rule ? [rule] : [];
    });
  const ownPositive = rules.filter((r) => String(r.villageId) === villageIds.PC01 && r.points > 0);
  const ownNegative = rules.filter((r) => String(r.villageId) === villageIds.PC01 && r.points < 0);
  const awardRules = [...pick(rules, [3, 5, 10]), ...ownPositive.slice(0, 1)]
    .filter(usable)
    .map((r) => ({ id: String(r.id), points: r.points, village: villageOf(r.villageId) }));
  const deductRules = [...pick(rules, [-5, -10]), ...ownNegative.slice(0, 1)].map((r) => ({
    id: String(r.id),
    points: r.points,
    village: villageOf(r.villageId),
  }));
  expect(awardRules.map((r) => r.village)).toContain("PC01");
  expect(awardRules.filter((r) => r.village === null).length).toBeGreaterThan(1);
  expect(deductRules.map((r) => r.village)).toContain("PC01");

  // A resident of 青龙村 (a demo household, outside the generated world) who objects to awards on publicity.
  const [neighbour] = await db
    .select({ id: households.id })
    .from(households)
    .where(and(eq(households.villageId, Number(villageIds.PC02)), eq(households.status, "ACTIVE")))
    .orderBy(asc(households.id))
    .limit(1);
  const objector = await newUserToken(t, admin, { username: "qinglong.objector", password: "objector-password", role: "RESIDENT", householdId: neighbour!.id });
  return { t, tokens: { admin, village, objector }, villageIds, awardRules, deductRules };
}
