import sharp from "sharp";
import { and, asc, desc, eq, inArray, isNotNull } from "drizzle-orm";
import { awardBatches, awardBatchLines, civicMatters, matterEvents, products, users } from "@cunwu/schema";
import type { Tx } from "../db/database";
import { actorFromUser, type Actor } from "../request/actor";
import { processImage, type ProcessedImage } from "../files/image";
import { storeUpload } from "../files/upload-service";
import type { FileStorage } from "../files/storage";
import { attachToEvent, attachToMatter } from "../files/attach-service";
import { setProductPhoto } from "../files/record-attachments";
import { claimAwardPhotos, linkBatchPhotos } from "../points/award-photos";
import { brokenRail, productDrawings, repairedRail, tidyCourtyard } from "./demo-drawings";

/**
 * A few photos on the demo year, so the screens show what they look like:
 * drawn from SVG here (nothing downloaded), re-encoded and kept through the
 * upload path (processImage, storeUpload, the server's FileStorage), then
 * attached by who would have sent them: a broken bridge rail on two matters
 * of that title with the repaired rail on their resolution, courtyards on
 * three lines of the demo village's batch on 公示, and its shop's products.
 * Each drawing is encoded once; about 15 files of 10–60 KB.
 */
export async function seedDemoPhotos(tx: Tx, storage: FileStorage, villageId: number): Promise<number> {
  const encoded = new Map<string, Promise<ProcessedImage>>();
  const image = (svg: string) => {
    if (!encoded.has(svg)) encoded.set(svg, sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer().then(processImage));
    return encoded.get(svg)!;
  };
  const actors = new Map<number, Actor>();
  const actorOf = async (userId: number) => {
    if (!actors.has(userId)) {
      const [user] = await tx.select().from(users).where(eq(users.id, userId));
      actors.set(userId, actorFromUser(user!));
    }
    return actors.get(userId)!;
  };
  let kept = 0;
  const keep = async (actor: Actor, svg: string, at: Date) => {
    kept++;
    return (await storeUpload(tx, storage, actor, await image(svg), at)).id;
  };

  // Civic matters: the resident's (or the recorder's) photo, and the department's at 办结.
  const bridges = await tx
    .select({ id: civicMatters.id, createdBy: civicMatters.createdBy })
    .from(civicMatters)
    .where(eq(civicMatters.title, "便民桥护栏松动"))
    .orderBy(asc(civicMatters.id))
    .limit(2);
  for (const matter of bridges) {
    const events = await tx.select().from(matterEvents).where(and(eq(matterEvents.matterId, matter.id), isNotNull(matterEvents.actorId))).orderBy(asc(matterEvents.id));
    const first = events[0];
    const submitter = matter.createdBy ?? first?.actorId;
    if (!first || !submitter) continue;
    const submitterActor = await actorOf(submitter);
    await attachToMatter(tx, submitterActor, matter.id, [await keep(submitterActor, brokenRail, first.at)], first.at);
    const resolved = events.find((e) => e.toStatus === "RESOLVED" && e.public);
    if (resolved) {
      const unit = await actorOf(resolved.actorId!);
      await attachToEvent(tx, unit, resolved.id, [await keep(unit, repairedRail, resolved.at)], resolved.at);
    }
  }

  // The demo village's award on publicity: a courtyard on each of its first three lines.
  const [batch] = await tx
    .select()
    .from(awardBatches)
    .where(and(eq(awardBatches.villageId, villageId), eq(awardBatches.status, "ON_PUBLICITY")))
    .orderBy(desc(awardBatches.id))
    .limit(1);
  if (batch) {
    const lines = await tx.select().from(awardBatchLines).where(eq(awardBatchLines.batchId, batch.id)).orderBy(asc(awardBatchLines.id)).limit(3);
    const recorder = await actorOf(batch.createdBy);
    const households = new Map<number, number[]>();
    for (const line of lines) households.set(line.householdId, [await keep(recorder, tidyCourtyard, batch.createdAt)]);
    const photos = { award: [], households };
    await claimAwardPhotos(tx, recorder, photos, batch.createdAt);
    await linkBatchPhotos(tx, batch.id, lines, photos, batch.createdAt);
  }

  // The demo village shop's catalogue, shown by its committee (or whoever made the product).
  const shelf = await tx.select().from(products).where(and(eq(products.villageId, villageId), inArray(products.name, Object.keys(productDrawings))));
  const [keeper] = await tx.select().from(users).where(and(eq(users.role, "VILLAGE_COMMITTEE"), eq(users.villageId, villageId))).limit(1);
  if (keeper) {
    const actor = await actorOf(keeper.id);
    for (const product of shelf) await setProductPhoto(tx, actor, product.id, [await keep(actor, productDrawings[product.name]!, product.createdAt)], product.createdAt);
  }
  return kept;
}
