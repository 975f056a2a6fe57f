import { and, eq } from "drizzle-orm";
import { civicCategories, civicMatters, households, villages } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import { householdScope } from "../auth/scope";
import type { Db } from "../db/database";
import { audit } from "../audit/audit";
import { todayIn } from "../common/dates";
import { Checks, parseId } from "../common/validate";
import { AppError, badInput, forbidden } from "../errors";
import { mergeRefusal, rejectRefusal } from "./matter-actions";
import { claimMatter, endSupervisions, matterInScope, nextMatterCode, updateMatter, writeEvent } from "./matter-store";
import type { SubmitCivicMatterInput } from "./workflow-inputs";
import { attachToMatter, parseAttachmentIds } from "../files/attach-service";

// Intake (受理) and triage: a matter comes in RECEIVED; a duplicate is merged
// into another, one outside the service's remit is rejected (不予受理).

/**
 * Takes a matter in (受理). A resident submits for its own household; a
 * village committee, township staff or district staff on a resident's behalf
 * for a household, a named person or anonymously. The matter gets its code
 * and status RECEIVED, and the timeline its first event.
 */
export async function submitMatter(db: Db, actor: Actor, timezone: string, input: SubmitCivicMatterInput, at?: Date) {
  const checks = new Checks();
  const categoryId = parseId(input.categoryId, "CivicCategory", "categoryId");
  const title = checks.text("title", input.title, { max: 100, required: true });
  const content = checks.text("content", input.content, { max: 2000, required: true });
  const address = checks.text("address", input.address, { max: 200 });
  const submitterName = checks.text("submitterName", input.submitterName, { max: 30 });
  const submitterPhone = checks.phone("submitterPhone", input.submitterPhone);
  const anonymous = input.anonymous ?? false;
  const attachmentIds = parseAttachmentIds(input.attachmentIds);
  let householdId = input.householdId ? parseId(input.householdId, "Household", "householdId") : null;
  const givenVillageId = input.villageId ? parseId(input.villageId, "Village", "villageId") : null;
  let source = input.source ?? null;

  if (actor.role === "RESIDENT") {
    if (householdId !== null && householdId !== actor.householdId) throw forbidden("A resident submits matters for its own household");
    householdId = actor.householdId;
    if (anonymous) checks.fail("anonymous", "INVALID");
    source ??= "ONLINE";
  } else {
    if (source === null) checks.fail("source", "REQUIRED");
    if (anonymous) {
      if (householdId !== null) checks.fail("householdId", "INVALID");
      if (submitterName) checks.fail("submitterName", "INVALID");
      if (submitterPhone) checks.fail("submitterPhone", "INVALID");
    } else if (householdId === null && !submitterName) {
      checks.fail("submitterName", "REQUIRED");
    }
  }
  if (Object.keys(checks.errors).length) {
    const message =
      checks.errors.submitterName === "REQUIRED"
        ? "Name the submitter, choose a household, or mark the matter anonymous"
        : checks.errors.anonymous || checks.errors.householdId === "INVALID" || checks.errors.submitterName === "INVALID"
          ? "An anonymous matter has no household, name or phone"
          : undefined;
    throw badInput(checks.errors, message);
  }

  const today = todayIn(timezone, at);
  return db.transaction(async (tx) => {
    const [category] = await tx.select().from(civicCategories).where(eq(civicCategories.id, categoryId));
    if (!category) throw badInput({ categoryId: "NOT_FOUND" }, `Category ${input.categoryId} does not exist`);
    if (!category.active) throw badInput({ categoryId: "INVALID" }, `Category ${category.name} is no longer in use`);

    let villageId = givenVillageId;
    if (householdId !== null) {
      const [household] = await tx
        .select({ id: households.id, villageId: households.villageId })
        .from(households)
        .where(and(eq(households.id, householdId), householdScope(actor)));
      if (!household) throw badInput({ householdId: "NOT_FOUND" }, `Household ${householdId} was not found`);
      if (villageId !== null && villageId !== household.villageId) {
        throw badInput({ villageId: "INVALID" }, "The village is taken from the household");
      }
      villageId = household.villageId;
    }
    if (villageId === null && actor.role === "VILLAGE_COMMITTEE") villageId = actor.villageId;
    if (villageId === null) throw badInput({ villageId: "REQUIRED" }, "Which village is the matter in?");
    const [village] = await tx.select().from(villages).where(eq(villages.id, villageId));
    if (!village) throw badInput({ villageId: "NOT_FOUND" }, `Village ${villageId} does not exist`);
    if (actor.role === "VILLAGE_COMMITTEE" && village.id !== actor.villageId) {
      throw forbidden("A village committee takes in matters of its own village");
    }
    if (actor.role === "TOWNSHIP_STAFF" && village.townshipId !== actor.townshipId) {
      throw forbidden("Township staff take in matters of their own township");
    }

    const code = await nextMatterCode(tx, Number(today.slice(0, 4)));
    const [matter] = await tx
      .insert(civicMatters)
      .values({
        code,
        title: title!,
        content: content!,
        categoryId,
        villageId: village.id,
        townshipId: village.townshipId,
        address: address ?? null,
        submitterHouseholdId: householdId,
        submitterName: anonymous ? null : (submitterName ?? null),
        submitterPhone: anonymous ? null : (submitterPhone ?? null),
        anonymous,
        source: source!,
        urgency: input.urgency ?? "NORMAL",
        status: "RECEIVED",
        createdBy: actor.userId,
        receivedAt: at,
        updatedAt: at,
      })
      .returning();
    await attachToMatter(tx, actor, matter!.id, attachmentIds, at);
    await writeEvent(tx, matter!.id, actor, {
      type: "SUBMITTED",
      fromStatus: null,
      toStatus: "RECEIVED",
      public: true,
      data: { code, source: matter!.source, urgency: matter!.urgency, categoryId, ...(attachmentIds.length ? { attachmentIds } : {}) },
    }, at);
    await audit(tx, actor, "submit", "civic-matter", matter!.id, { code, villageId: village.id, categoryId, source: matter!.source });
    return matter!;
  });
}

/** RECEIVED → REJECTED (不予受理), with a reason; supervisions still open (from before a return) end. */
export async function rejectMatter(db: Db, actor: Actor, rawId: string, reason: string, at?: Date) {
  const checks = new Checks();
  const why = checks.text("reason", reason, { max: 500, required: true })!;
  checks.throwIfAny();
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, rawId);
    await claimMatter(tx, matter.id, (locked) => rejectRefusal(actor, locked), at);
    const endedSupervisions = await endSupervisions(tx, matter.id, at);
    const row = await updateMatter(tx, matter.id, { status: "REJECTED", closeReason: why, closedAt: at ?? new Date(), supervisionLevel: null }, at);
    await writeEvent(tx, matter.id, actor, {
      type: "REJECTED",
      fromStatus: "RECEIVED",
      toStatus: "REJECTED",
      note: why,
      public: true,
      data: endedSupervisions.length ? { endedSupervisions } : null,
    }, at);
    await audit(tx, actor, "reject", "civic-matter", matter.id, { code: matter.code });
    return row;
  });
}

/** Merges a duplicate into another matter that still stands (not merged, not rejected); its supervisions end. */
export async function mergeMatter(db: Db, actor: Actor, rawId: string, rawIntoId: string, note: string | null | undefined, at?: Date) {
  const id = parseId(rawId, "CivicMatter");
  const intoId = parseId(rawIntoId, "CivicMatter", "intoId");
  const checks = new Checks();
  const text = checks.text("note", note, { max: 500 });
  if (id === intoId) checks.fail("intoId", "INVALID");
  if (Object.keys(checks.errors).length) throw badInput(checks.errors, checks.errors.intoId ? "A matter cannot be merged into itself" : undefined);
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, id);
    const early = mergeRefusal(actor, matter); // before anything is said of the target
    if (early) throw early;
    const target = await matterInScope(tx, actor, intoId).catch((error: unknown) => {
      throw error instanceof AppError && error.code === "NOT_FOUND" ? badInput({ intoId: "NOT_FOUND" }, `Matter ${rawIntoId} was not found`) : error;
    });
    // Both rows are locked in id order, so two crossing merges (A into B, B into A) cannot both pass.
    const lockTarget = () => tx.select({ status: civicMatters.status }).from(civicMatters).where(eq(civicMatters.id, intoId)).for("update");
    let locked = intoId < id ? await lockTarget() : undefined;
    await claimMatter(tx, id, (row) => mergeRefusal(actor, row), at);
    locked ??= await lockTarget();
    const targetStatus = locked[0]!.status;
    if (targetStatus === "MERGED" || targetStatus === "REJECTED") {
      throw badInput({ intoId: "INVALID" }, `${target.code} is ${targetStatus}; merge into a matter that still stands`);
    }
    const endedSupervisions = await endSupervisions(tx, id, at);
    const row = await updateMatter(tx, id, {
      status: "MERGED",
      supervisionLevel: null,
      duplicateOfId: intoId,
      closeReason: text ?? `Duplicate of ${target.code}`,
      closedAt: at ?? new Date(),
    }, at);
    await writeEvent(tx, id, actor, {
      type: "MERGED",
      fromStatus: "RECEIVED",
      toStatus: "MERGED",
      note: text ?? null,
      public: true,
      data: { intoId, intoCode: target.code, ...(endedSupervisions.length ? { endedSupervisions } : {}) },
    }, at);
    await audit(tx, actor, "merge", "civic-matter", id, { code: matter.code, intoId, intoCode: target.code });
    return row;
  });
}
