import { eq, inArray } from "drizzle-orm";
import { activities, activityParticipants, households } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db } from "../db/database";
import { audit } from "../audit/audit";
import { AppError } from "../errors";
import { Checks, parseId } from "../common/validate";
import { getActivity } from "./activity-service";
import { recordRefusal } from "./activity-actions";
import { throwIfRefused } from "../auth/allowed-actions";
import type { ParticipantInput } from "./volunteer-types";
import { parseAttachmentIds } from "../files/attach-service";
import { addActivityPhotos } from "../files/record-attachments";

// Recording who took part in an activity. Confirming it (the awards) is
// activity-confirm-service.ts, cancelling it activity-cancel-service.ts, the
// reads participation-reads.ts.

/** Most households one activity may list: a village's whole roll fits. */
export const maxParticipants = 500;
export const maxHours = 24;

interface Participant {
  index: number;
  householdId: number;
  people: number;
  hours: number;
}

function checkParticipants(given: readonly ParticipantInput[] | null | undefined): Participant[] {
  const checks = new Checks();
  const list = given ?? [];
  if (list.length > maxParticipants) checks.fail("participants", "TOO_LONG");
  const seen = new Set<number>();
  const out: Participant[] = [];
  list.forEach((p, index) => {
    const field = `participants.${index}`;
    let householdId: number | undefined;
    try {
      householdId = parseId(p.householdId, "Household", `${field}.householdId`);
    } catch {
      checks.fail(`${field}.householdId`, "INVALID");
    }
    if (householdId !== undefined) {
      if (seen.has(householdId)) checks.fail(`${field}.householdId`, "DUPLICATE");
      seen.add(householdId);
    }
    const people = checks.int(`${field}.people`, p.people ?? 1, 1, 99);
    const hours = p.hours ?? 0;
    if (typeof hours !== "number" || !Number.isFinite(hours) || hours < 0 || hours > maxHours) checks.fail(`${field}.hours`, "OUT_OF_RANGE");
    else if (Math.abs(Math.round(hours * 10) - hours * 10) > 1e-9) checks.fail(`${field}.hours`, "INVALID");
    if (householdId !== undefined && people !== undefined) out.push({ index, householdId, people, hours: Math.round(hours * 10) / 10 });
  });
  checks.throwIfAny();
  return out;
}

/**
 * Replaces the activity's participant list, while it is PLANNED (CONFLICT
 * once confirmed or cancelled). Every household must be an active one of the
 * activity's village, and take part with at most its member count; the ones
 * that are not are named (BAD_USER_INPUT on their fields) and nothing
 * changes. An empty list clears it. Photos (`attachmentIds`) are added to
 * the activity's, at most 9 in all, never removed. `at`: when it is recorded
 * (default now).
 */
export async function recordParticipation(
  db: Db,
  actor: Actor,
  rawActivityId: string,
  given: readonly ParticipantInput[],
  attachmentIds?: readonly string[] | null,
  at?: Date,
) {
  const participants = checkParticipants(given);
  const photos = parseAttachmentIds(attachmentIds);
  return db.transaction(async (tx) => {
    const activity = await getActivity(tx, actor, rawActivityId, true);
    throwIfRefused(recordRefusal(actor, activity));

    const ids = participants.map((p) => p.householdId);
    const found = ids.length
      ? await tx
          .select({
            id: households.id,
            villageId: households.villageId,
            status: households.status,
            memberCount: households.memberCount,
            number: households.number,
          })
          .from(households)
          .where(inArray(households.id, ids))
      : [];
    const byId = new Map(found.map((h) => [h.id, h]));
    const fields: Record<string, string> = {};
    const outside: number[] = [];
    const inactive: string[] = [];
    const named: number[] = [];
    for (const p of participants) {
      const household = byId.get(p.householdId);
      // Another village's household reads like a missing one: its existence does not leak.
      if (!household || household.villageId !== activity.villageId) {
        fields[`participants.${p.index}.householdId`] = "NOT_FOUND";
        outside.push(p.householdId);
        named.push(p.householdId);
      } else if (household.status !== "ACTIVE") {
        fields[`participants.${p.index}.householdId`] = "INVALID";
        inactive.push(`${household.number} (${household.status})`);
        named.push(p.householdId);
      } else if (p.people > household.memberCount) {
        fields[`participants.${p.index}.people`] = "OUT_OF_RANGE";
      }
    }
    if (Object.keys(fields).length) {
      const parts = [
        outside.length ? `not households of the activity's village: ${outside.join(", ")}` : null,
        inactive.length ? `not active: ${inactive.join(", ")}` : null,
      ].filter(Boolean);
      throw new AppError("BAD_USER_INPUT", "INVALID_INPUT", parts.length ? `Refused: ${parts.join("; ")}` : "More people than a household has", {
        fields,
        householdIds: named.map(String),
      });
    }

    await tx.delete(activityParticipants).where(eq(activityParticipants.activityId, activity.id));
    if (participants.length) {
      await tx.insert(activityParticipants).values(
        participants.map((p) => ({ activityId: activity.id, householdId: p.householdId, people: p.people, hours: p.hours.toFixed(1) })),
      );
    }
    // The activity's row is locked (getActivity above): its photo count stands.
    await addActivityPhotos(tx, actor, activity.id, photos, at);
    const [row] = await tx.update(activities).set({ updatedAt: at ?? new Date() }).where(eq(activities.id, activity.id)).returning();
    await audit(tx, actor, "record-participation", "activity", activity.id, {
      households: participants.length,
      people: participants.reduce((sum, p) => sum + p.people, 0),
      ...(photos.length ? { attachmentIds: photos } : {}),
    });
    return row!;
  });
}

