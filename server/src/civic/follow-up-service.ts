import { and, eq, inArray } from "drizzle-orm";
import { followUps, matterAssignments } from "@cunwu/schema";
import type { Actor } from "../request/actor";
import type { Db, Tx } from "../db/database";
import { audit } from "../audit/audit";
import { todayIn } from "../common/dates";
import { Checks } from "../common/validate";
import { badInput, type AppError } from "../errors";
import type { FollowUpMethod, FollowUpResolved, Satisfaction } from "./civic-enums";
import { dueDateFor } from "./channel-plan";
import { followUpRefusal, rateRefusal } from "./matter-actions";
import { claimMatter, endSupervisions, matterInScope, updateMatter, writeEvent, type MatterRow } from "./matter-store";
import type { FollowUpInput, RateCivicMatterInput } from "./workflow-inputs";
import { attachToEvent, parseAttachmentIds, photoData } from "../files/attach-service";

// Follow-up (回访) of a resolved matter: it closes, is reworked, or waits for
// another visit. A resident's rating is an ONLINE follow-up.

type MatterCheck = (locked: MatterRow) => AppError | null;

interface FollowUpValues {
  method: FollowUpMethod;
  reached: boolean;
  resolved: FollowUpResolved | null;
  satisfaction: Satisfaction | null;
  comment: string | null;
}

/**
 * Records a follow-up of a RESOLVED matter. Reached and satisfied (or
 * basically): CLOSED. Reached and not satisfied: reopened, IN_PROGRESS again
 * with rework count + 1, its last assignments ACCEPTED again with new due
 * dates (co-unit parts left open keep their state, with the new date). Not reached: it stays RESOLVED. `at`: when (default now), `today` its district day.
 */
async function recordFollowUpIn(
  tx: Tx,
  actor: Actor,
  today: string,
  matter: MatterRow,
  values: FollowUpValues,
  check: MatterCheck,
  attachmentIds: readonly number[],
  at?: Date,
) {
  const fresh = await claimMatter(tx, matter.id, check, at);
  const [followUp] = await tx
    .insert(followUps)
    .values({ matterId: matter.id, ...values, createdBy: actor.userId, createdAt: at })
    .returning();
  const data = {
    followUpId: followUp!.id,
    method: values.method,
    reached: values.reached,
    resolved: values.resolved,
    satisfaction: values.satisfaction,
    ...photoData(attachmentIds),
  };
  let row = fresh;
  let event: { id: number };
  if (!values.reached) {
    event = await writeEvent(tx, matter.id, actor, { type: "FOLLOW_UP", note: values.comment, public: true, data }, at);
  } else if (values.satisfaction === "SATISFIED" || values.satisfaction === "BASICALLY") {
    // Resolving ended them already; a closed matter keeps none open whatever came before.
    const endedSupervisions = await endSupervisions(tx, matter.id, at);
    row = await updateMatter(tx, matter.id, { status: "CLOSED", closedAt: at ?? new Date(), supervisionLevel: null }, at);
    event = await writeEvent(tx, matter.id, actor, {
      type: "CLOSED",
      fromStatus: "RESOLVED",
      toStatus: "CLOSED",
      note: values.comment,
      public: true,
      data: { ...data, ...(endedSupervisions.length ? { endedSupervisions } : {}) },
    }, at);
  } else {
    const dueDate = await dueDateFor(tx, fresh, today);
    const reopened = await tx
      .update(matterAssignments)
      .set({ state: "ACCEPTED", dueDate, updatedAt: at ?? new Date() })
      .where(and(eq(matterAssignments.matterId, matter.id), eq(matterAssignments.state, "DONE")))
      .returning();
    // A co-unit part left open at the resolution (DESIGN.md 联办) is worked again too, by the new date.
    await tx
      .update(matterAssignments)
      .set({ dueDate, updatedAt: at ?? new Date() })
      .where(and(eq(matterAssignments.matterId, matter.id), inArray(matterAssignments.state, ["PENDING", "ACCEPTED"])));
    const reworkCount = fresh.reworkCount + 1;
    row = await updateMatter(tx, matter.id, { status: "IN_PROGRESS", reworkCount, dueDate, resolution: null, resolvedAt: null }, at);
    event = await writeEvent(tx, matter.id, actor, {
      type: "REOPENED",
      fromStatus: "RESOLVED",
      toStatus: "IN_PROGRESS",
      note: values.comment,
      public: true,
      data: { ...data, reworkCount, dueDate, assignments: reopened.map((a) => a.id) },
    }, at);
  }
  // Every outcome's event is public: the visit's photos are the resident's to see, like its comment.
  await attachToEvent(tx, actor, event.id, attachmentIds, at);
  await audit(tx, actor, "follow-up", "civic-matter", matter.id, { followUpId: followUp!.id, reached: values.reached, satisfaction: values.satisfaction });
  return row;
}

function checkFollowUp(checks: Checks, input: { reached: boolean; resolved?: FollowUpResolved | null; satisfaction?: Satisfaction | null }) {
  if (input.reached) {
    if (!input.resolved) checks.fail("resolved", "REQUIRED");
    if (!input.satisfaction) checks.fail("satisfaction", "REQUIRED");
  } else {
    if (input.resolved) checks.fail("resolved", "INVALID");
    if (input.satisfaction) checks.fail("satisfaction", "INVALID");
  }
}

/** A follow-up visit by the village committee or staff above (`at`: when, default now). */
export async function recordFollowUp(db: Db, actor: Actor, timezone: string, rawId: string, input: FollowUpInput, at?: Date) {
  const checks = new Checks();
  const comment = checks.text("comment", input.comment, { max: 500 });
  if (input.reached === null || input.reached === undefined) checks.fail("reached", "REQUIRED");
  else checkFollowUp(checks, input);
  if (Object.keys(checks.errors).length) {
    throw badInput(checks.errors, input.reached ? "A reached follow-up says whether it is resolved and how satisfied" : "A follow-up that reached nobody has no answers");
  }
  const attachmentIds = parseAttachmentIds(input.attachmentIds);
  const today = todayIn(timezone, at);
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, rawId);
    const values = {
      method: input.method,
      reached: input.reached,
      resolved: input.resolved ?? null,
      satisfaction: input.satisfaction ?? null,
      comment: comment ?? null,
    };
    return recordFollowUpIn(tx, actor, today, matter, values, (locked) => followUpRefusal(actor, locked), attachmentIds, at);
  });
}

/** A resident rates its own resolved matter: a follow-up ONLINE, reached, with the same outcomes (`at`: when, default now). */
export async function rateMatter(db: Db, actor: Actor, timezone: string, rawId: string, input: RateCivicMatterInput, at?: Date) {
  const checks = new Checks();
  const comment = checks.text("comment", input.comment, { max: 500 });
  checkFollowUp(checks, { reached: true, resolved: input.resolved, satisfaction: input.satisfaction });
  checks.throwIfAny();
  const notResident = rateRefusal(actor);
  if (notResident) throw notResident;
  const today = todayIn(timezone, at);
  return db.transaction(async (tx) => {
    const matter = await matterInScope(tx, actor, rawId);
    const values = { method: "ONLINE" as const, reached: true, resolved: input.resolved, satisfaction: input.satisfaction, comment: comment ?? null };
    return recordFollowUpIn(tx, actor, today, matter, values, (locked) => rateRefusal(actor, locked), [], at);
  });
}
