import { asc, eq, inArray } from "drizzle-orm";
import { awardBatchAttachments, awardBatchLines, awardLineAttachments, pointEntryAttachments } from "@cunwu/schema";
import type { Tx } from "../db/database";
import type { Actor } from "../request/actor";
import { badInput } from "../errors";
import { parseId } from "../common/validate";
import { claimUploads, maxAttachments, tooManyPhotos } from "../files/attach-service";

/** An award's photos: of the award as a whole, and per household (a courtyard each). */
export interface AwardPhotos {
  award: number[];
  /** By household id, each list in the order given. */
  households: Map<number, number[]>;
}

export interface AwardPhotosInput {
  attachmentIds?: readonly string[] | null;
  householdAttachments?: readonly { householdId: string; attachmentIds: readonly string[] }[] | null;
}

/**
 * Checks an award's photos before its transaction: at most 9 for the award
 * and 9 per household, each household one of the award's and named once,
 * no photo named twice anywhere in the award.
 */
export function parseAwardPhotos(input: AwardPhotosInput, householdIds: readonly number[]): AwardPhotos {
  const rawAward = input.attachmentIds ?? [];
  if (rawAward.length > maxAttachments) throw tooManyPhotos("attachmentIds", maxAttachments, rawAward.length, `At most ${maxAttachments} photos per award`);
  const award = rawAward.map((value) => parseId(value, "File", "attachmentIds"));
  const households = new Map<number, number[]>();
  for (const given of input.householdAttachments ?? []) {
    let householdId: number;
    try {
      householdId = parseId(given.householdId, "Household", "householdAttachments");
    } catch {
      throw badInput({ householdAttachments: "INVALID" }, `Household id "${given.householdId}" is not valid`);
    }
    if (!householdIds.includes(householdId) || households.has(householdId)) {
      throw badInput({ householdAttachments: "INVALID" }, `Household ${householdId} is not one of the award's, or is named twice`);
    }
    if (given.attachmentIds.length > maxAttachments) {
      throw tooManyPhotos("householdAttachments", maxAttachments, given.attachmentIds.length, `At most ${maxAttachments} photos per household`);
    }
    households.set(householdId, given.attachmentIds.map((value) => parseId(value, "File", "attachmentIds")));
  }
  const all = [...award, ...[...households.values()].flat()];
  if (new Set(all).size !== all.length) throw badInput({ attachmentIds: "DUPLICATE" }, "The same photo is named twice in the award");
  return { award, households };
}

/**
 * The photos as part of the idempotency request: households in id order,
 * lists as given (their order is shown). Left out when there are none, so an
 * award without photos hashes as it did before photos existed.
 */
export function awardPhotosRequest(photos: AwardPhotos) {
  const households = [...photos.households.entries()].filter(([, ids]) => ids.length).sort(([a], [b]) => a - b);
  return { attachmentIds: photos.award.length ? photos.award : undefined, householdAttachments: households.length ? households : undefined };
}

const allIds = (photos: AwardPhotos) => [...photos.award, ...[...photos.households.values()].flat()];

/** Claims every photo of the award once, in the award's own transaction (NOT_FOUND / ALREADY_ATTACHED roll it back). */
export async function claimAwardPhotos(tx: Tx, actor: Actor, photos: AwardPhotos, at?: Date): Promise<void> {
  await claimUploads(tx, actor, allIds(photos), at);
}

/** A batch on publicity: the award's photos on the batch, each household's on its line. */
export async function linkBatchPhotos(tx: Tx, batchId: number, lines: readonly { id: number; householdId: number }[], photos: AwardPhotos, at?: Date) {
  if (photos.award.length) {
    await tx.insert(awardBatchAttachments).values(photos.award.map((fileId, position) => ({ batchId, fileId, position, createdAt: at })));
  }
  const rows = lines.flatMap((line) =>
    (photos.households.get(line.householdId) ?? []).map((fileId, position) => ({ lineId: line.id, fileId, position, createdAt: at })),
  );
  if (rows.length) await tx.insert(awardLineAttachments).values(rows);
}

/** Entries posted at once: each gets the award's photos, then its household's. */
export async function linkEntryPhotos(tx: Tx, entries: readonly { id: number; householdId: number }[], photos: AwardPhotos, at?: Date) {
  const rows = entries.flatMap((entry) =>
    [...photos.award, ...(photos.households.get(entry.householdId) ?? [])].map((fileId, position) => ({ entryId: entry.id, fileId, position, createdAt: at })),
  );
  if (rows.length) await tx.insert(pointEntryAttachments).values(rows);
}

/**
 * When a batch posts, in its transaction: the batch's photos and each line's
 * are copied onto the entries written, as posting copies the points and the
 * reason, so an entry carries its photos like the rest of what it says.
 */
export async function copyBatchPhotosToEntries(tx: Tx, batchId: number, entries: readonly { id: number; householdId: number }[], at?: Date) {
  if (!entries.length) return;
  const award = await tx
    .select({ fileId: awardBatchAttachments.fileId })
    .from(awardBatchAttachments)
    .where(eq(awardBatchAttachments.batchId, batchId))
    .orderBy(asc(awardBatchAttachments.position));
  const lines = await tx
    .select({ householdId: awardBatchLines.householdId, fileId: awardLineAttachments.fileId })
    .from(awardLineAttachments)
    .innerJoin(awardBatchLines, eq(awardBatchLines.id, awardLineAttachments.lineId))
    .where(
      inArray(
        awardLineAttachments.lineId,
        tx.select({ id: awardBatchLines.id }).from(awardBatchLines).where(eq(awardBatchLines.batchId, batchId)),
      ),
    )
    .orderBy(asc(awardLineAttachments.lineId), asc(awardLineAttachments.position));
  const households = new Map<number, number[]>();
  for (const row of lines) households.set(row.householdId, [...(households.get(row.householdId) ?? []), row.fileId]);
  await linkEntryPhotos(tx, entries, { award: award.map((row) => row.fileId), households }, at);
}
