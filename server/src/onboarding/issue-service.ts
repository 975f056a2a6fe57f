import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { activationCodes, households, users, villages } from "@cunwu/schema";
import type { Db, DbOrTx } from "../db/database";
import { isDistrictWide, type Actor } from "../request/actor";
import type { CodeHasher } from "../request/one-time-codes";
import { audit } from "../audit/audit";
import { AppError, badInput, conflict, forbidden, notFound } from "../errors";
import { parseId } from "../common/validate";
import { activationDays, displayCode, newActivationCode, prefixLength } from "./activation-code";
import type { IssueResidentActivationsInput, ResidentActivation } from "./onboarding-types";

/** More ids than any village has households: a list this long is a mistake. */
export const maxHouseholdsAtOnce = 5_000;

/** The village, if the actor's area holds it: a committee its own, township staff their township's, district roles any. */
export async function villageInArea(db: DbOrTx, actor: Actor, villageId: number) {
  const [village] = await db.select().from(villages).where(eq(villages.id, villageId));
  if (!village) throw notFound("Village", villageId);
  const mine =
    isDistrictWide(actor) ||
    (actor.role === "TOWNSHIP_STAFF" && village.townshipId === actor.townshipId) ||
    (actor.role === "VILLAGE_COMMITTEE" && village.id === actor.villageId);
  if (!mine) throw forbidden("Only the village's committee, its township's staff or district staff open its residents' accounts");
  return village;
}

/** Active households of the village with no active resident account. */
const withoutAccount = (villageId: number) =>
  and(
    eq(households.villageId, villageId),
    eq(households.status, "ACTIVE"),
    sql`not exists (select 1 from ${users} where ${users.householdId} = ${households.id} and ${users.role} = 'RESIDENT' and ${users.active})`,
  );

/**
 * A new single-use code for each household given (or each active one of the
 * village without an account), replacing its unused one. One transaction of
 * a few set-based statements, whatever the number of households; the codes
 * are returned once and only their hashes kept.
 */
export async function issueResidentActivations(db: Db, codes: CodeHasher, actor: Actor, input: IssueResidentActivationsInput): Promise<ResidentActivation[]> {
  const villageId = parseId(input.villageId, "Village", "villageId");
  let ids: number[] | undefined;
  if (input.householdIds) {
    if (input.householdIds.length === 0) throw badInput({ householdIds: "REQUIRED" }, "Choose at least one household, or leave the list out");
    if (input.householdIds.length > maxHouseholdsAtOnce) throw badInput({ householdIds: "TOO_MANY" }, `At most ${maxHouseholdsAtOnce} households at once`);
    ids = [...new Set(input.householdIds.map((raw) => parseId(raw, "Household", "householdIds")))];
  }
  return db.transaction(async (tx) => {
    const village = await villageInArea(tx, actor, villageId);
    // Two issuings for one village take turns: each replaces what the other made.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`activations:${villageId}`}))`);
    const columns = { id: households.id, number: households.number, headName: households.headName, status: households.status };
    const targets = ids
      ? await tx.select(columns).from(households).where(and(inArray(households.id, ids), eq(households.villageId, villageId)))
      : await tx.select(columns).from(households).where(withoutAccount(villageId));
    if (ids) {
      // Another village's household is NOT_FOUND, as a missing one.
      const missing = ids.find((id) => !targets.some((row) => row.id === id));
      if (missing !== undefined) {
        throw new AppError("NOT_FOUND", "NOT_FOUND", `Household ${missing} was not found`, { entity: "Household", id: String(missing), fields: { householdIds: "NOT_FOUND" } });
      }
      const inactive = targets.find((row) => row.status !== "ACTIVE");
      if (inactive) throw conflict("HOUSEHOLD_STATUS", `Household ${inactive.number} is not active`, { householdId: String(inactive.id) });
    }
    if (targets.length === 0) return [];
    targets.sort((a, b) => a.number.localeCompare(b.number, "zh-CN", { numeric: true }) || a.id - b.id);
    const targetIds = targets.map((row) => row.id);
    const now = new Date();
    const expiresAt = new Date(now.getTime() + activationDays * 86_400_000);
    await tx
      .update(activationCodes)
      .set({ replacedAt: now })
      .where(and(inArray(activationCodes.householdId, targetIds), isNull(activationCodes.usedAt), isNull(activationCodes.replacedAt)));
    const issued = targets.map((row) => ({ row, code: newActivationCode() }));
    await tx.insert(activationCodes).values(
      issued.map(({ row, code }) => ({
        householdId: row.id,
        codeHash: codes.hash("activation", code),
        prefix: code.slice(0, prefixLength),
        issuedBy: actor.userId,
        issuedAt: now,
        expiresAt,
      })),
    );
    await audit(tx, actor, "issue-resident-activations", "village", villageId, { households: targetIds.length, chosen: ids !== undefined });
    return issued.map(({ row, code }) => ({
      householdId: row.id,
      householdNumber: row.number,
      headName: row.headName,
      villageName: village.name,
      code: displayCode(code),
      expiresAt,
    }));
  });
}
