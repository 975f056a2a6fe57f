import { and, desc, eq, inArray } from "drizzle-orm";
import { civicMatters, departments, households, matterEvents, users, villages } from "@cunwu/schema";
import type { DbOrTx } from "../db/database";
import { notify } from "./notify";
import { activeUser, residentsOf, usersOfUnits, type Unit } from "./recipients";

// What the civic workflow tells whom, in the same transaction as the step.
// Staff texts may name units and internal notes (their recipients see the
// whole matter); a resident's text says only what the public timeline says.

type Matter = Pick<typeof civicMatters.$inferSelect, "id" | "code" | "title">;
interface Assignment extends Unit {
  id: number;
  state: string;
  dueDate: string;
  selfAssigned: boolean;
}

export const matterLink = (matterId: number) => `/civicMatters/${matterId}/show`;
const named = (m: Matter) => `${m.code}「${m.title}」`;
const levelWords = { URGE: "催办", WRITTEN: "书面督办", ESCALATED: "提级督办" } as const;

/** Each new assignment reaches its unit, except one the assigner gave to itself (accepted by that act). */
export async function noticeAssignmentsArrived(tx: DbOrTx, matter: Matter, assignments: readonly Assignment[], at?: Date) {
  for (const a of assignments) {
    if (a.selfAssigned || a.state !== "PENDING") continue;
    await notify(tx, await usersOfUnits(tx, [a]), {
      kind: "ASSIGNMENT_ARRIVED",
      title: "新交办事项待签收",
      body: `${named(matter)}交办给本单位，请及时签收，${a.dueDate}前办结。`,
      link: matterLink(matter.id),
      dedupeKey: `assigned:${a.id}`,
      at,
    });
  }
}

/** A 督办 reaches the unit handling the matter (its open lead assignments). */
export async function noticeSupervised(
  tx: DbOrTx,
  matter: Matter,
  handling: readonly Unit[],
  supervision: { id: number; level: keyof typeof levelWords; reason: string; responseDue: string },
  at?: Date,
) {
  await notify(tx, await usersOfUnits(tx, handling), {
    kind: "SUPERVISED",
    title: `事项被${levelWords[supervision.level]}`,
    body: `${named(matter)}：${supervision.reason.replace(/[。.！!；;，,]+$/, "")}。请于${supervision.responseDue}前答复督办。`,
    link: matterLink(matter.id),
    dedupeKey: `supervised:${supervision.id}`,
    at,
  });
}

/** Who gave out the matter's current assignments: the actor of its last 交办 or channel change. */
export async function assignerOf(tx: DbOrTx, matterId: number): Promise<number | null> {
  const [row] = await tx
    .select({ actorId: matterEvents.actorId })
    .from(matterEvents)
    .where(and(eq(matterEvents.matterId, matterId), inArray(matterEvents.type, ["ASSIGNED", "CHANNEL_CHANGED"])))
    .orderBy(desc(matterEvents.id))
    .limit(1);
  return row?.actorId ?? null;
}

/** The name of an assignment's unit, as staff read it. */
export async function unitName(tx: DbOrTx, unit: Unit): Promise<string> {
  if (unit.departmentId) {
    const [d] = await tx.select({ name: departments.name }).from(departments).where(eq(departments.id, unit.departmentId));
    return d?.name ?? "承办单位";
  }
  if (unit.villageId) {
    const [v] = await tx.select({ name: villages.name }).from(villages).where(eq(villages.id, unit.villageId));
    return v ? `${v.name}村委会` : "村委会";
  }
  if (unit.officialUserId) {
    const [u] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, unit.officialUserId));
    return u?.name ?? "领办人";
  }
  return "承办单位";
}

/** A returned assignment reaches whoever assigned it. */
export async function noticeReturned(tx: DbOrTx, matter: Matter, assignment: Assignment, reason: string, at?: Date) {
  const assigner = await assignerOf(tx, matter.id);
  await notify(tx, await activeUser(tx, assigner), {
    kind: "ASSIGNMENT_RETURNED",
    title: "交办事项被退回",
    body: `${await unitName(tx, assignment)}退回了${named(matter)}：${reason}`,
    link: matterLink(matter.id),
    dedupeKey: `returned:${assignment.id}`,
    at,
  });
}

/** An extension decided reaches the unit that asked (its assignment's unit, else the one who asked). */
export async function noticeExtensionDecided(
  tx: DbOrTx,
  matter: Matter,
  extension: { id: number; requestedBy: number; requestedDueDate: string },
  assignment: Unit | undefined,
  approved: boolean,
  note: string | null | undefined,
  at?: Date,
) {
  const recipients = assignment ? await usersOfUnits(tx, [assignment]) : await activeUser(tx, extension.requestedBy);
  await notify(tx, recipients, {
    kind: "EXTENSION_DECIDED",
    title: approved ? "延期申请已同意" : "延期申请未同意",
    body: approved
      ? `${named(matter)}的办理期限延至${extension.requestedDueDate}。${note ? `意见：${note}` : ""}`
      : `${named(matter)}的延期申请未同意，请按原期限办结。${note ? `意见：${note}` : ""}`,
    link: matterLink(matter.id),
    dedupeKey: `extension:${extension.id}`,
    at,
  });
}

/**
 * A resolved matter reaches the submitting household's residents ("please
 * rate", the matter's title only) and, unless the household opted out, the
 * submitter's phone (the number given with the matter, else the
 * household's) as a text message. Once per resolution: a reopened matter
 * resolved again is told again.
 */
export async function noticeResolved(tx: DbOrTx, matterId: number, at?: Date) {
  const [matter] = await tx.select().from(civicMatters).where(eq(civicMatters.id, matterId));
  if (!matter || matter.anonymous) return;
  const [household] = matter.submitterHouseholdId
    ? await tx.select({ phone: households.phone, smsOptOut: households.smsOptOut }).from(households).where(eq(households.id, matter.submitterHouseholdId))
    : [];
  const phone = matter.submitterPhone ?? household?.phone ?? null;
  await notify(tx, await residentsOf(tx, matter.submitterHouseholdId), {
    kind: "MATTER_RESOLVED",
    title: "已办结，请评价",
    body: `您反映的「${matter.title}」已办好，请查看结果并评价。`,
    link: matterLink(matter.id),
    dedupeKey: `resolved:${matter.id}:${matter.reworkCount}`,
    at,
    sms: phone && !household?.smsOptOut ? { phone, text: `【村务】您反映的「${matter.title}」已办好，请登录村务查看结果并评价。` } : null,
  });
}
