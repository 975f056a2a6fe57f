import { eq } from "drizzle-orm";
import { departments, townships, users, villages } from "@cunwu/schema";
import type { DbOrTx } from "../db/database";

/**
 * The rest of the demo district's civic staff: a committee user for every
 * village, a staff user for every department (the supervision office
 * included) and for every township that has none yet, so that each step of
 * the demo's civic year is taken by someone the service allows (only an
 * assignee accepts, returns or asks for more time). Not printed with the
 * demo logins; same demo password. Usernames follow the unit's code:
 * `village-pc02`, `dept-nyncj`, `township-mb`.
 */

/** A person's name per unit code, so the timeline reads like a real district's (the printed logins' units have theirs). */
const staffNames: Record<string, string> = {
  PC02: "何永贵",
  PC03: "罗春华",
  MB01: "泽仁扎西",
  MB02: "格桑卓玛",
  MB03: "王光明",
  NYNCJ: "李建国",
  ZJJ: "赵志强",
  JTYSJ: "孙国华",
  STHJJ: "吴玉兰",
  "PC-NYFW": "苟永富",
  "MB-SHSW": "尼玛次仁",
  QWDCS: "黄秀英",
  MB: "益西多吉",
};

const usernameOf = (prefix: string, code: string) => `${prefix}-${code.toLowerCase()}`;

/** Adds the missing staff; a unit that already has an active user of its kind keeps only that. Returns how many were added. */
export async function seedDemoStaff(tx: DbOrTx, passwordHash: string): Promise<number> {
  const existing = await tx.select().from(users).where(eq(users.active, true));
  const has = (role: string, column: "villageId" | "departmentId" | "townshipId", id: number) =>
    existing.some((u) => u.role === role && u[column] === id);
  const base = { passwordHash, townshipId: null, villageId: null, departmentId: null, householdId: null };
  const values: (typeof users.$inferInsert)[] = [];
  for (const v of await tx.select().from(villages).orderBy(villages.code)) {
    if (!has("VILLAGE_COMMITTEE", "villageId", v.id)) {
      values.push({ ...base, username: usernameOf("village", v.code), displayName: staffNames[v.code] ?? `${v.name}村委会`, role: "VILLAGE_COMMITTEE", villageId: v.id });
    }
  }
  for (const d of await tx.select().from(departments).where(eq(departments.active, true)).orderBy(departments.code)) {
    if (!has("DEPARTMENT_STAFF", "departmentId", d.id)) {
      values.push({ ...base, username: usernameOf("dept", d.code), displayName: staffNames[d.code] ?? `${d.name}工作人员`, role: "DEPARTMENT_STAFF", departmentId: d.id });
    }
  }
  for (const t of await tx.select().from(townships).orderBy(townships.code)) {
    if (!has("TOWNSHIP_STAFF", "townshipId", t.id)) {
      values.push({ ...base, username: usernameOf("township", t.code), displayName: staffNames[t.code] ?? `${t.name}工作人员`, role: "TOWNSHIP_STAFF", townshipId: t.id });
    }
  }
  if (values.length === 0) return 0;
  const added = await tx.insert(users).values(values).onConflictDoNothing({ target: users.username }).returning({ id: users.id });
  return added.length;
}
