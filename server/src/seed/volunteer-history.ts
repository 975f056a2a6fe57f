import { and, asc, eq, gt, isNull } from "drizzle-orm";
import { activities, households, pointRules, serviceBrands, townships, users, villages, volunteerTeams } from "@cunwu/schema";
import type { Tx } from "../db/database";
import { addDays } from "../common/dates";
import { actorFromUser } from "../request/actor";
import { createActivity } from "../volunteer/activity-service";
import { recordParticipation } from "../volunteer/participation-service";
import { confirmActivity } from "../volunteer/activity-confirm-service";
import { cancelActivity } from "../volunteer/activity-cancel-service";

/** The seed's times are China's (UTC+8, see `at` below), so its services' days are too. */
const chinaTime = "Asia/Shanghai";

/**
 * A year of the volunteer service for the demo district: teams (a women's
 * team 巾帼志愿服务队 per township, a village assistance team 驻村帮扶工作队
 * in some villages, a social organisation 社会公益服务中心, a team per
 * village), service brands (敬老微爱行, 七彩假期·爱心托管, 法治夜校 …) and about
 * 150 activities over the past year with their participants. Every activity
 * goes through the volunteer services as the admin, each step at its moment
 * (their optional `at`): created, its participants recorded, most confirmed
 * (HELD, the awards posted by confirmActivity), a few cancelled (before, or
 * after confirmation, their awards reversed by cancelActivity), the latest
 * few waiting for confirmation, and some planned in the coming weeks.
 *
 * Runs inside the caller's transaction on a database holding the demo
 * geography, households, rule catalogue and admin (and possibly the points
 * demo year: entries are appended after it).
 */

export interface VolunteerHistoryOptions {
  /** The district's today (YYYY-MM-DD); the past year ends the day before. */
  today: string;
  random: () => number;
  /** Who creates, confirms and records everything: the demo district admin. */
  adminId: number;
}

export interface VolunteerHistorySummary {
  teams: number;
  brands: number;
  activities: number;
  held: number;
  cancelled: number;
  planned: number;
  awards: number;
  reversals: number;
}

type Category = (typeof activities.$inferInsert)["category"];
type TeamKind = (typeof volunteerTeams.$inferInsert)["kind"];

const titles: Record<Category, readonly string[]> = {
  ELDERLY_AND_LEFT_BEHIND: ["空巢老人入户探访", "为老人义务理发", "关爱留守儿童", "敬老院慰问演出", "重阳节敬老餐"],
  POLICY: ["惠民政策宣讲", "医保政策进院坝", "乡村振兴政策解读", "防返贫监测政策宣讲"],
  ENVIRONMENT: ["村庄环境整治", "河道清漂护河", "垃圾分类宣传", "房前屋后清洁日"],
  CULTURE: ["农家书屋读书会", "锅庄舞展演", "传统节日文艺汇演", "道德讲堂"],
  LEGAL_EDUCATION: ["法治夜校开讲", "防电信诈骗宣传", "民法典进村", "禁毒知识宣传"],
  OTHER: ["义务植树", "爱心义诊", "助农春耕"],
};
const categoryWeights: readonly [Category, number][] = [
  ["ELDERLY_AND_LEFT_BEHIND", 30],
  ["POLICY", 15],
  ["ENVIRONMENT", 25],
  ["CULTURE", 12],
  ["LEGAL_EDUCATION", 12],
  ["OTHER", 6],
];
const places = ["村委会院坝", "村文化广场", "新时代文明实践站", "村小学", "农家书屋", "河堤", "村卫生室", "组上院坝"];

/** Brands, each owned by the n-th township (wrapping), with the categories it runs. */
const brandPlan: readonly { name: string; description: string; township: number; categories: readonly Category[] }[] = [
  { name: "敬老微爱行", description: "志愿者结对空巢、独居老人，定期探访、理发、代购", township: 0, categories: ["ELDERLY_AND_LEFT_BEHIND"] },
  { name: "法治夜校", description: "农闲夜晚开课，讲法律常识、防诈骗、调解纠纷", township: 0, categories: ["LEGAL_EDUCATION"] },
  { name: "乡村振兴学校", description: "政策宣讲与农业技能培训", township: 0, categories: ["POLICY"] },
  { name: "七彩假期·爱心托管", description: "寒暑假为留守儿童提供托管、课业辅导和兴趣课", township: 1, categories: ["ELDERLY_AND_LEFT_BEHIND", "CULTURE"] },
  { name: "益苗计划之励志包", description: "为困难家庭学生送学习用品，结对助学", township: 1, categories: ["ELDERLY_AND_LEFT_BEHIND"] },
];

export async function seedVolunteerHistory(tx: Tx, opts: VolunteerHistoryOptions): Promise<VolunteerHistorySummary> {
  const { random, today, adminId } = opts;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    let r = random() * items.reduce((sum, [, w]) => sum + w, 0);
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  };
  const shuffled = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  /** 10:00 (or `hour`) and some minutes on a day in China (UTC+8), for created and confirmed times. */
  const at = (day: string, hour = 10) => new Date(`${day}T${String(hour - 8).padStart(2, "0")}:${String(between(0, 59)).padStart(2, "0")}:00Z`);

  const [admin] = await tx.select().from(users).where(eq(users.id, adminId));
  if (!admin) throw new Error("the volunteer demo needs the demo admin account");
  const actor = actorFromUser(admin);
  const townshipRows = await tx.select().from(townships).orderBy(asc(townships.code));
  const villageRows = await tx.select().from(villages).orderBy(asc(villages.code));
  if (townshipRows.length === 0 || villageRows.length === 0) throw new Error("the volunteer demo needs the demo geography");
  const activeHouseholds = await tx
    .select({ id: households.id, villageId: households.villageId, memberCount: households.memberCount })
    .from(households)
    .where(eq(households.status, "ACTIVE"))
    .orderBy(asc(households.id));
  const [volunteerRule] = await tx
    .select({ id: pointRules.id, points: pointRules.points })
    .from(pointRules)
    .where(and(eq(pointRules.category, "VOLUNTEERING"), gt(pointRules.points, 0), eq(pointRules.active, true), isNull(pointRules.villageId)))
    .orderBy(asc(pointRules.points), asc(pointRules.id))
    .limit(1);

  // --- teams ---------------------------------------------------------------------------------
  const teamValues: (typeof volunteerTeams.$inferInsert)[] = [];
  const team = (name: string, kind: TeamKind, owner: { townshipId?: number; villageId?: number }, leaderName: string, memberCount: number) =>
    teamValues.push({ name, kind, townshipId: owner.townshipId ?? null, villageId: owner.villageId ?? null, leaderName, memberCount, createdAt: at(addDays(today, -400)) });
  const leaders = ["王秀英", "李桂芳", "张德明", "刘建国", "陈玉兰", "杨志强", "泽仁拉姆", "扎西次仁"];
  for (const t of townshipRows) team(`${t.name}巾帼志愿服务队`, "WOMEN", { townshipId: t.id }, pick(leaders), between(20, 45));
  team(`${townshipRows[0]!.name}心连心社会公益服务中心`, "SOCIAL_ORGANISATION", { townshipId: townshipRows[0]!.id }, pick(leaders), between(12, 30));
  const sameName = (v: (typeof villageRows)[number]) => villageRows.filter((o) => o.name === v.name).length > 1;
  const villageName = (v: (typeof villageRows)[number]) =>
    sameName(v) ? `${townshipRows.find((t) => t.id === v.townshipId)?.name ?? ""}${v.name}` : v.name;
  villageRows.forEach((v, i) => {
    team(`${villageName(v)}志愿服务队`, "OTHER", { villageId: v.id }, pick(leaders), between(8, 25));
    if (i % 2 === 0) team(`驻${villageName(v)}帮扶工作队`, "VILLAGE_ASSISTANCE", { villageId: v.id }, pick(leaders), between(3, 5));
  });
  const teamRows = await tx.insert(volunteerTeams).values(teamValues).returning();

  // --- brands --------------------------------------------------------------------------------
  const brandRows = await tx
    .insert(serviceBrands)
    .values(
      brandPlan.map((b) => ({
        name: b.name,
        description: b.description,
        townshipId: townshipRows[b.township % townshipRows.length]!.id,
        createdAt: at(addDays(today, -400)),
      })),
    )
    .returning();

  // --- activities ----------------------------------------------------------------------------
  const summary: VolunteerHistorySummary = { teams: teamRows.length, brands: brandRows.length, activities: 0, held: 0, cancelled: 0, planned: 0, awards: 0, reversals: 0 };
  const plans: { date: string; fate: "HELD" | "CANCELLED" | "PLANNED" | "REVERSED" }[] = [];
  const cancelReasons = ["天气原因，改期另行通知", "场地临时占用", "报名人数不足"];
  for (let i = 0; i < 150; i++) {
    const date = addDays(today, -between(1, 365));
    const recent = date >= addDays(today, -10);
    const r = random();
    plans.push({ date, fate: recent && r < 0.5 ? "PLANNED" : r < 0.05 ? "CANCELLED" : r < 0.065 ? "REVERSED" : "HELD" });
  }
  for (let i = 0; i < 12; i++) plans.push({ date: addDays(today, between(1, 30)), fate: "PLANNED" });
  plans.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  for (const plan of plans) {
    const village = pick(villageRows);
    const category = weighted(categoryWeights);
    const brands = brandRows.filter((b, i) => b.townshipId === village.townshipId && brandPlan[i]!.categories.includes(category));
    const teams = teamRows.filter((t) => t.villageId === village.id || t.townshipId === village.townshipId);
    const byRule = volunteerRule !== undefined && random() < 0.3;
    const title = pick(titles[category]);
    const past = plan.date < today;
    const confirmed = plan.fate === "HELD" || plan.fate === "REVERSED";
    // Confirmed the evening of the activity, so its awards are recorded on the activity's day (the
    // passbook's 记账日期 and 事迹日期 agree). The draw once used for a later day stays, so the
    // random sequence (and the rest of the demo) is unchanged.
    between(0, 2);
    const confirmedOn = plan.date;
    // Drawn in the order the seed always drew them, so the random sequence (and the demo) stays as it was.
    const brandId = brands.length && random() < 0.8 ? pick(brands).id : null;
    const teamId = teams.length && random() < 0.85 ? pick(teams).id : null;
    const place = pick(places);
    const pointsPerParticipant = byRule ? null : pick([3, 5, 5, 5, 8, 10]);
    const confirmedAt = confirmed ? at(confirmedOn, 17) : null;
    const createdAt = at(addDays(plan.date, -between(3, 14)));
    const listedAt = at(past ? plan.date : today);
    const activity = await createActivity(
      tx,
      actor,
      chinaTime,
      {
        title,
        villageId: String(village.id),
        date: plan.date,
        category,
        place,
        description: `${village.name}${title}`,
        brandId: brandId === null ? null : String(brandId),
        teamId: teamId === null ? null : String(teamId),
        pointsPerParticipant,
        ruleId: byRule ? String(volunteerRule!.id) : null,
      },
      createdAt,
    );
    const activityId = String(activity.id);
    summary.activities++;

    // Participants: a handful of the village's active households (none yet for most future ones).
    const pool = activeHouseholds.filter((h) => h.villageId === village.id);
    const wanted = past || random() < 0.3 ? Math.min(pool.length, between(5, 15)) : 0;
    const chosen = shuffled(pool).slice(0, wanted).sort((a, b) => a.id - b.id);
    if (chosen.length) {
      const participants = chosen.map((h) => ({ householdId: String(h.id), people: between(1, Math.min(3, h.memberCount)), hours: between(2, 8) / 2 }));
      await recordParticipation(tx, actor, activityId, participants, null, listedAt);
    }
    if (plan.fate === "PLANNED") summary.planned++;
    if (plan.fate === "CANCELLED") {
      // Called off the evening before (a fixed word and time).
      const reason = cancelReasons[plans.indexOf(plan) % cancelReasons.length]!;
      await cancelActivity(tx, actor, chinaTime, activityId, reason, null, new Date(`${addDays(plan.date, -1)}T10:00:00Z`));
      summary.cancelled++;
    }
    if (!confirmed) continue;

    // Every held activity in the past has participants: confirming awards each of them.
    await confirmActivity(tx, actor, chinaTime, activityId, `demo-confirm-activity:${activityId}`, confirmedAt!);
    summary.awards += chosen.length;
    summary.held++;

    // Called off after confirmation (found to be a duplicate record): its awards reversed right away, while unspent.
    if (plan.fate === "REVERSED") {
      const next = addDays(plan.date, between(1, 5));
      const day = next < today ? next : plan.date;
      // After the evening's confirmation when it is the same day.
      await cancelActivity(tx, actor, chinaTime, activityId, "重复登记", null, at(day, day === plan.date ? 19 : 11));
      summary.reversals += chosen.length;
      summary.held--;
      summary.cancelled++;
    }
  }
  return summary;
}
