import { eq, inArray, sql } from "drizzle-orm";
import {
  calendarDays,
  civicCategories,
  civicCodeCounters,
  civicMatters,
  departments,
  followUps,
  households,
  matterAssignments,
  matterEvents,
  matterExtensions,
  matterSupervisions,
  users,
  villages,
} from "@cunwu/schema";
import type { Tx } from "../db/database";
import { addDays } from "../common/dates";
import { isWeekend, loadCalendar, type WorkingCalendar } from "../civic/calendar";
import { deadlineDays } from "../civic/workflow-service";

/**
 * A year of civic service (民事直说) for the demo district: categories, the
 * public holidays with their 调休 working weekends, and about 300 matters
 * received over the past year, handled through every channel to every
 * outcome (rejected, merged, still waiting, overdue, extended, supervised,
 * returned and re-assigned, channel changed, reopened after an unsatisfied
 * follow-up, closed), each with a timeline that replays exactly to its
 * status. Rows are inserted directly, as seed data, but follow the rules the
 * API enforces (tests/api/civic-report.test.ts checks the consistency).
 *
 * Not wired into seedDemo by itself: call it inside the seed's transaction.
 */

type Channel = (typeof civicMatters.$inferSelect)["channel"] & string;
type Status = (typeof civicMatters.$inferSelect)["status"];
type Urgency = (typeof civicMatters.$inferSelect)["urgency"];
type Source = (typeof civicMatters.$inferSelect)["source"];
type Role = (typeof matterAssignments.$inferSelect)["role"];
type AssignmentState = (typeof matterAssignments.$inferSelect)["state"];
type Level = NonNullable<(typeof civicMatters.$inferSelect)["supervisionLevel"]>;
type Satisfaction = NonNullable<(typeof followUps.$inferSelect)["satisfaction"]>;
type Resolved = NonNullable<(typeof followUps.$inferSelect)["resolved"]>;
type Method = (typeof followUps.$inferSelect)["method"];

export interface CivicHistoryOptions {
  /** The district's today ("YYYY-MM-DD"): matters are received over the 365 days up to it. */
  today: string;
  random: () => number;
  /** Acts where no better-placed demo user exists. */
  adminId: number;
  /** For the times of day (default Asia/Shanghai). */
  timezone?: string;
  /** How many matters (default 300). */
  count?: number;
}

export interface CivicHistorySummary {
  categories: number;
  calendarDays: number;
  matters: number;
  events: number;
}

const demoCategories: { code: string; name: string; defaultChannel: Channel; deadlineDays: number; titles: string[] }[] = [
  { code: "DLJT", name: "道路交通", defaultChannel: "JOINT", deadlineDays: 15, titles: ["村道路面破损", "路口缺少警示标志", "便民桥护栏松动", "通组路塌方", "客运班车停靠点不合理"] },
  { code: "HJWS", name: "环境卫生", defaultChannel: "DIRECT", deadlineDays: 5, titles: ["垃圾收集点清运不及时", "河道漂浮物较多", "公厕无人保洁", "养殖场异味扰民", "沟渠堵塞积水"] },
  { code: "NYSC", name: "农业生产", defaultChannel: "LEAD", deadlineDays: 10, titles: ["灌溉渠漏水", "茶园病虫害防治求助", "农机补贴咨询", "种苗质量问题", "土地流转合同纠纷"] },
  { code: "SHBZ", name: "社会保障", defaultChannel: "LEAD", deadlineDays: 10, titles: ["低保申请进度", "残疾人补贴未到账", "高龄津贴办理", "医保报销咨询", "临时救助申请"] },
  { code: "LLJF", name: "邻里纠纷", defaultChannel: "DIRECT", deadlineDays: 5, titles: ["宅基地边界争议", "排水引发邻里矛盾", "林木遮挡采光", "牲畜损坏庄稼", "通行道路被占"] },
  { code: "ZFAQ", name: "住房安全", defaultChannel: "SUPERVISED", deadlineDays: 15, titles: ["危房改造申请", "房屋墙体开裂", "山体滑坡威胁房屋", "农房漏雨求助", "老旧房屋排查"] },
  { code: "SDQ", name: "水电气", defaultChannel: "JOINT", deadlineDays: 10, titles: ["自来水水压不足", "组上频繁停电", "饮水管道破裂", "电线私拉乱接隐患", "天然气入户咨询"] },
  { code: "QT", name: "其他", defaultChannel: "DIRECT", deadlineDays: 7, titles: ["村务公开咨询", "广播喇叭损坏", "文化广场照明不足", "健身器材损坏", "快递进村不便"] },
];

/** Public holidays (放假) and working weekends (调休), roughly as the State Council announced them. */
const holidays: { name: string; from: string; to: string; workdays: string[] }[] = [
  { name: "元旦", from: "2025-01-01", to: "2025-01-01", workdays: [] },
  { name: "春节", from: "2025-01-28", to: "2025-02-04", workdays: ["2025-01-26", "2025-02-08"] },
  { name: "清明节", from: "2025-04-04", to: "2025-04-06", workdays: [] },
  { name: "劳动节", from: "2025-05-01", to: "2025-05-05", workdays: ["2025-04-27"] },
  { name: "端午节", from: "2025-05-31", to: "2025-06-02", workdays: [] },
  { name: "国庆节、中秋节", from: "2025-10-01", to: "2025-10-08", workdays: ["2025-09-28", "2025-10-11"] },
  { name: "元旦", from: "2026-01-01", to: "2026-01-03", workdays: ["2026-01-04"] },
  { name: "春节", from: "2026-02-15", to: "2026-02-23", workdays: ["2026-02-14", "2026-02-28"] },
  { name: "清明节", from: "2026-04-04", to: "2026-04-06", workdays: [] },
  { name: "劳动节", from: "2026-05-01", to: "2026-05-05", workdays: ["2026-05-09"] },
  { name: "端午节", from: "2026-06-19", to: "2026-06-21", workdays: [] },
  { name: "中秋节", from: "2026-09-25", to: "2026-09-27", workdays: [] },
  { name: "国庆节", from: "2026-10-01", to: "2026-10-07", workdays: ["2026-09-20", "2026-10-10"] },
  { name: "元旦", from: "2027-01-01", to: "2027-01-03", workdays: [] },
];

/** The calendar's exceptions: holidays on weekdays, 调休 on weekends (other days change nothing). */
export function demoCalendarDays(): { date: string; kind: "HOLIDAY" | "WORKDAY"; name: string }[] {
  const rows: { date: string; kind: "HOLIDAY" | "WORKDAY"; name: string }[] = [];
  for (const h of holidays) {
    for (let day = h.from; day <= h.to; day = addDays(day, 1)) if (!isWeekend(day)) rows.push({ date: day, kind: "HOLIDAY", name: h.name });
    for (const day of h.workdays) if (isWeekend(day)) rows.push({ date: day, kind: "WORKDAY", name: `${h.name}调休上班` });
  }
  return rows;
}

const givenNames = ["德明", "国华", "秀英", "桂兰", "志强", "永贵", "春华", "建国", "玉兰", "光明", "扎西", "卓玛"];
const surnames = ["王", "李", "张", "刘", "陈", "杨", "何", "罗", "苟", "母"];
const sources: Source[] = ["VILLAGE_MEETING", "DOOR_TO_DOOR", "WALK_IN", "PHONE", "ONLINE"];
const levelRank: Record<Level, number> = { URGE: 1, WRITTEN: 2, ESCALATED: 3 };

interface SimAssignment {
  role: Role;
  departmentId: number | null;
  villageId: number | null;
  officialUserId: number | null;
  personName: string | null;
  state: AssignmentState;
  dueDate: string;
  returnReason: string | null;
  resultNote: string | null;
  createdAt: Date;
  updatedAt: Date;
  actorId: number;
  id?: number;
}

interface SimExtension {
  assignment: SimAssignment;
  requestedDueDate: string;
  reason: string;
  state: "PENDING" | "APPROVED" | "REFUSED";
  requestedBy: number;
  requestedAt: Date;
  decidedBy: number | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  id?: number;
}

interface SimSupervision {
  level: Level;
  reason: string;
  responseDue: string;
  createdBy: number;
  createdAt: Date;
  id?: number;
}

interface SimFollowUp {
  method: Method;
  reached: boolean;
  resolved: Resolved | null;
  satisfaction: Satisfaction | null;
  comment: string | null;
  createdBy: number;
  createdAt: Date;
  id?: number;
}

interface SimEvent {
  type: string;
  fromStatus: Status | null;
  toStatus: Status | null;
  actorId: number;
  note: string | null;
  public: boolean;
  at: Date;
  data: () => Record<string, unknown> | null;
}

interface SimMatter {
  receivedDay: string;
  values: Omit<typeof civicMatters.$inferInsert, "code">;
  mergeInto?: SimMatter;
  assignments: SimAssignment[];
  extensions: SimExtension[];
  supervisions: SimSupervision[];
  followUps: SimFollowUp[];
  events: SimEvent[];
  id?: number;
  code?: string;
}

/** "YYYY-MM-DD" + minutes after midnight in a time zone → the instant. */
function localTime(timezone: string) {
  const format = new Intl.DateTimeFormat("en-US", { timeZone: timezone, timeZoneName: "longOffset" });
  const offsetOf = (date: Date) => {
    const name = format.formatToParts(date).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    return m ? (m[1] === "+" ? 1 : -1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  };
  return (day: string, minutes: number) => {
    const guess = Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
    return new Date(guess - offsetOf(new Date(guess)) * 60_000);
  };
}

const chunks = <T>(items: readonly T[], size: number) => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

export async function seedCivicHistory(tx: Tx, opts: CivicHistoryOptions): Promise<CivicHistorySummary> {
  const { today, random, adminId } = opts;
  const count = opts.count ?? 300;
  const at = localTime(opts.timezone ?? "Asia/Shanghai");
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  // --- categories and calendar ---------------------------------------------------------
  await tx
    .insert(civicCategories)
    .values(demoCategories.map(({ titles: _titles, ...c }) => c))
    .onConflictDoNothing();
  const categoryRows = await tx.select().from(civicCategories).where(inArray(civicCategories.code, demoCategories.map((c) => c.code)));
  const exceptions = demoCalendarDays();
  await tx.insert(calendarDays).values(exceptions).onConflictDoNothing();
  // Wide enough for the longest story (a year back, up to ~415 working days of handling).
  const calendar: WorkingCalendar = await loadCalendar(tx, addDays(today, -400), addDays(today, 900));
  const plusWorking = (day: string, n: number) => {
    if (n <= 0) return day;
    const due = calendar.addWorkingDays(day, n);
    if (due === undefined) throw new Error(`seedCivicHistory: ${n} working days after ${day} is beyond the loaded calendar`);
    return due;
  };
  const previousWorkingDay = (day: string) => {
    let d = addDays(day, -1);
    while (!calendar.isWorkingDay(d)) d = addDays(d, -1);
    return d;
  };

  // --- who and where ---------------------------------------------------------------------
  const villageRows = await tx.select().from(villages);
  const householdRows = await tx
    .select({ id: households.id, villageId: households.villageId, headName: households.headName, phone: households.phone })
    .from(households)
    .where(eq(households.status, "ACTIVE"));
  const departmentRows = await tx.select().from(departments).where(eq(departments.active, true));
  const userRows = await tx.select().from(users).where(eq(users.active, true));
  const units = departmentRows.filter((d) => d.kind !== "SUPERVISION_OFFICE");
  const offices = departmentRows.filter((d) => d.kind === "SUPERVISION_OFFICE");
  const officials = userRows.filter((u) => u.role === "DEPARTMENT_STAFF" || u.role === "TOWNSHIP_STAFF");
  const staffId = userRows.find((u) => u.role === "DISTRICT_STAFF")?.id ?? adminId;
  const committeeOf = (villageId: number) => userRows.find((u) => u.role === "VILLAGE_COMMITTEE" && u.villageId === villageId)?.id ?? staffId;
  const townshipStaffOf = (townshipId: number) => userRows.find((u) => u.role === "TOWNSHIP_STAFF" && u.townshipId === townshipId)?.id ?? staffId;
  const departmentStaffOf = (departmentId: number) => userRows.find((u) => u.role === "DEPARTMENT_STAFF" && u.departmentId === departmentId)?.id ?? staffId;
  const residentOf = (householdId: number) => userRows.find((u) => u.role === "RESIDENT" && u.householdId === householdId)?.id;
  if (villageRows.length === 0 || units.length < 2) throw new Error("seedCivicHistory needs the demo geography and departments first");

  // --- simulate ---------------------------------------------------------------------------
  // The story ends yesterday, so nothing is stamped later than now.
  const horizon = addDays(today, -1);
  const receivedDays = Array.from({ length: count }, () => addDays(today, -between(1, 365))).sort();
  const standing: SimMatter[] = [];
  const matters: SimMatter[] = [];

  // The latest few wait: the last 1% not yet triaged, the 2% before them assigned but not yet accepted.
  const notTriaged = receivedDays.length - Math.ceil(count / 100);
  const notAccepted = notTriaged - Math.ceil(count / 50);
  for (const [index, receivedDay] of receivedDays.entries()) {
    const waiting = index >= notAccepted;
    const category = pick(categoryRows);
    const titles = demoCategories.find((c) => c.code === category.code)!.titles;
    const village = pick(villageRows);
    const villageHouseholds = householdRows.filter((h) => h.villageId === village.id);
    const committee = committeeOf(village.id);
    const urgency: Urgency = chance(0.06) ? "CRITICAL" : chance(0.15) ? "URGENT" : "NORMAL";
    const kind = random();
    const household = kind < 0.6 && villageHouseholds.length ? pick(villageHouseholds) : null;
    const anonymous = !household && kind > 0.9;
    const source: Source = household && chance(0.25) ? "ONLINE" : pick(sources.filter((s) => s !== "ONLINE"));
    const title = pick(titles);

    // The timeline's clock: events of one day a little apart, in order.
    let lastDay = "";
    let minutes = 0;
    const stamp = (day: string) => {
      if (day === lastDay) minutes += between(10, 50);
      else {
        lastDay = day;
        minutes = between(8 * 60 + 30, 16 * 60);
      }
      return at(day, minutes);
    };

    const receivedAt = stamp(receivedDay);
    const m: SimMatter = {
      receivedDay,
      values: {
        title,
        content: `${village.name}${between(1, 6)}组群众反映：${title}，希望尽快解决。`,
        categoryId: category.id,
        villageId: village.id,
        townshipId: village.townshipId,
        address: `${village.name}${between(1, 6)}组`,
        submitterHouseholdId: household?.id ?? null,
        submitterName: household || anonymous ? null : `${pick(surnames)}${pick(givenNames)}`,
        submitterPhone: household || anonymous || chance(0.3) ? null : `13${between(0, 9)}${String(between(0, 99_999_999)).padStart(8, "0")}`,
        anonymous,
        source,
        urgency,
        status: "RECEIVED",
        receivedAt,
        createdBy: source === "ONLINE" && household ? (residentOf(household.id) ?? committee) : committee,
      },
      assignments: [],
      extensions: [],
      supervisions: [],
      followUps: [],
      events: [],
    };
    matters.push(m);
    let status: Status = "RECEIVED";
    let channel: Channel | null = null;
    let dueDate: string | null = null;
    let level: Level | null = null;
    let rework = 0;
    const event = (day: string, e: Omit<SimEvent, "at" | "data" | "fromStatus" | "toStatus"> & { to?: Status; data?: () => Record<string, unknown> | null }) => {
      const when = stamp(day);
      const from = e.to && e.to !== status ? status : null;
      m.events.push({ ...e, fromStatus: from, toStatus: from ? e.to! : null, at: when, data: e.data ?? (() => null) });
      if (e.to) status = e.to;
      return when;
    };
    m.events.push({ type: "SUBMITTED", fromStatus: null, toStatus: "RECEIVED", actorId: m.values.createdBy!, note: null, public: true, at: receivedAt, data: () => ({ code: m.code, source, urgency, categoryId: category.id }) });

    const finish = () => {
      Object.assign(m.values, { status, channel, dueDate, supervisionLevel: level, reworkCount: rework, version: m.events.length });
      m.values.updatedAt = m.events[m.events.length - 1]!.at;
      if (status !== "REJECTED" && status !== "MERGED") standing.push(m);
    };

    // Triage: rejected, merged, or assigned within two working days.
    const triageDay = waiting ? receivedDay : plusWorking(receivedDay, between(0, 2));
    if (triageDay > horizon || index >= notTriaged) {
      finish();
      continue;
    }
    const duplicateOf = standing.filter((s) => s.values.villageId === village.id && s.values.categoryId === category.id).at(-1);
    if (!waiting && chance(0.04)) {
      const reason = pick(["不属于民事直说受理范围", "已通过司法途径处理", "反映人撤回诉求"]);
      const when = event(triageDay, { type: "REJECTED", actorId: committee, note: reason, public: true, to: "REJECTED" });
      Object.assign(m.values, { closeReason: reason, closedAt: when });
      finish();
      continue;
    }
    if (!waiting && duplicateOf && chance(0.06)) {
      m.mergeInto = duplicateOf;
      const when = event(triageDay, { type: "MERGED", actorId: committee, note: "同一事项重复反映", public: true, to: "MERGED", data: () => ({ intoId: duplicateOf.id, intoCode: duplicateOf.code }) });
      Object.assign(m.values, { closeReason: "同一事项重复反映", closedAt: when });
      finish();
      continue;
    }

    const deadline = deadlineDays(category, urgency);
    const assigner = townshipStaffOf(village.townshipId);
    /** Makes a channel's assignments on a day; returns the lead. */
    const assign = (day: string, ch: Channel, type: "ASSIGNED" | "CHANNEL_CHANGED", note: string | null) => {
      const fromChannel = channel;
      const ended = m.assignments.filter((a) => a.state === "PENDING" || a.state === "ACCEPTED");
      const when = stamp(day);
      for (const a of ended) Object.assign(a, { state: "RETURNED", returnReason: "channel changed", updatedAt: when });
      for (const e of m.extensions) {
        if (e.state === "PENDING" && ended.includes(e.assignment)) Object.assign(e, { state: "REFUSED", decidedAt: when, decisionNote: "The assignment ended" });
      }
      const due = plusWorking(day, deadline);
      const base = { state: "PENDING" as AssignmentState, dueDate: due, returnReason: null, resultNote: null, createdAt: when, updatedAt: when, personName: null };
      const made: SimAssignment[] = [];
      if (ch === "DIRECT") made.push({ ...base, role: "LEAD_UNIT", departmentId: null, villageId: village.id, officialUserId: null, actorId: committee });
      if (ch === "LEAD") {
        const official = pick(officials);
        made.push({ ...base, role: "LEAD_OFFICIAL", departmentId: official.departmentId, villageId: null, officialUserId: official.id, personName: official.displayName, actorId: official.id });
      }
      if (ch === "JOINT") {
        const [lead, ...rest] = [...units].sort(() => random() - 0.5);
        made.push({ ...base, role: "LEAD_UNIT", departmentId: lead!.id, villageId: null, officialUserId: null, actorId: departmentStaffOf(lead!.id) });
        for (const co of rest.slice(0, between(1, 2))) {
          made.push({ ...base, role: "CO_UNIT", departmentId: co.id, villageId: null, officialUserId: null, actorId: departmentStaffOf(co.id) });
        }
      }
      if (ch === "SUPERVISED") {
        const office = pick(offices);
        made.push({ ...base, role: "SUPERVISOR", departmentId: office.id, villageId: null, officialUserId: null, actorId: departmentStaffOf(office.id) });
        if (chance(0.5)) made.push({ ...base, role: "LEAD_UNIT", departmentId: null, villageId: village.id, officialUserId: null, actorId: committee });
        else {
          const unit = pick(units);
          made.push({ ...base, role: "LEAD_UNIT", departmentId: unit.id, villageId: null, officialUserId: null, actorId: departmentStaffOf(unit.id) });
        }
      }
      m.assignments.push(...made);
      const summary = () => made.map((a) => ({ id: a.id, role: a.role, departmentId: a.departmentId, villageId: a.villageId, officialUserId: a.officialUserId, dueDate: a.dueDate }));
      const actor = ch === "DIRECT" && type === "ASSIGNED" ? committee : assigner;
      m.events.push({
        type,
        fromStatus: status,
        toStatus: "ASSIGNED",
        actorId: actor,
        note,
        public: true,
        at: when,
        data:
          type === "ASSIGNED"
            ? () => ({ channel: ch, dueDate: due, assignments: summary() })
            : () => ({ fromChannel, toChannel: ch, dueDate: due, ended: ended.map((a) => a.id), assignments: summary() }),
      });
      status = "ASSIGNED";
      channel = ch;
      dueDate = due;
      return made.find((a) => a.role === "LEAD_UNIT" || a.role === "LEAD_OFFICIAL")!;
    };
    const openAssignments = () => m.assignments.filter((a) => a.state === "PENDING" || a.state === "ACCEPTED");
    const acceptAll = (day: string) => {
      // Co-units and the office first (no status change), the lead last (IN_PROGRESS).
      const open = openAssignments().filter((a) => a.state === "PENDING");
      for (const a of [...open].sort((x, y) => Number(x.role === "LEAD_UNIT" || x.role === "LEAD_OFFICIAL") - Number(y.role === "LEAD_UNIT" || y.role === "LEAD_OFFICIAL"))) {
        const lead = a.role === "LEAD_UNIT" || a.role === "LEAD_OFFICIAL";
        const when = event(day, { type: "ACCEPTED", actorId: a.actorId, note: null, public: true, to: lead ? "IN_PROGRESS" : undefined, data: () => ({ assignment: { id: a.id, role: a.role } }) });
        Object.assign(a, { state: "ACCEPTED", updatedAt: when });
      }
    };

    let ch: Channel = chance(0.7) ? category.defaultChannel : pick(["DIRECT", "LEAD", "JOINT", "SUPERVISED"] as Channel[]);
    if ((ch === "LEAD" && officials.length === 0) || (ch === "SUPERVISED" && offices.length === 0)) ch = "JOINT";
    let lead = assign(triageDay, ch, "ASSIGNED", urgency === "CRITICAL" ? "紧急事项，限期办理" : null);

    // Sometimes the lead hands it back and it is assigned again.
    if (!waiting && chance(0.05)) {
      const returnDay = plusWorking(triageDay, 1);
      if (returnDay > horizon) {
        finish();
        continue;
      }
      const reason = "不属于本单位职责，请重新交办";
      const open = openAssignments();
      const returning = lead;
      const returnedChannel = ch;
      const when = event(returnDay, {
        type: "RETURNED",
        actorId: returning.actorId,
        note: reason,
        public: false,
        to: "RECEIVED",
        data: () => ({ assignment: { id: returning.id, role: returning.role }, channel: returnedChannel }),
      });
      for (const a of open) Object.assign(a, { state: "RETURNED", returnReason: reason, updatedAt: when });
      channel = null;
      dueDate = null;
      const again = plusWorking(returnDay, 1);
      if (again > horizon) {
        finish();
        continue;
      }
      ch = ch === "DIRECT" && offices.length ? "SUPERVISED" : "JOINT";
      lead = assign(again, ch, "ASSIGNED", "重新交办");
    }

    // Mostly accepted at once; now and then a unit is slow to take it on.
    const acceptDay = plusWorking(lastDay, chance(0.06) ? between(2, 8) : between(0, 1));
    if (acceptDay > horizon || waiting) {
      finish();
      continue;
    }
    acceptAll(acceptDay);

    // How long the handling takes, in working days from acceptance.
    const u = random();
    // Mostly in time; some late; some stalled for weeks; a few stuck for good (still open, long overdue).
    const duration =
      u < 0.72
        ? between(1, Math.max(1, Math.floor(deadline * 0.9)))
        : u < 0.88
          ? deadline + between(1, 8)
          : u < 0.97
            ? deadline + between(15, 40)
            : deadline + between(250, 400);
    let resolveDay = plusWorking(acceptDay, duration);
    /** A step of the handling happens on its day only if that day is still to come in this story. */
    const can = (day: string) => day >= lastDay && day < resolveDay && day <= horizon;

    // A progress note early on, public or internal.
    const progressDay = plusWorking(acceptDay, 1);
    if (can(progressDay) && progressDay <= dueDate!) {
      const internal = chance(0.4);
      event(progressDay, { type: "PROGRESS", actorId: lead.actorId, note: internal ? "已与相关部门协调，内部跟进" : "已现场查看，正在制定处理方案", public: !internal });
    }

    // A late one asks for more time, before its due date, decided by the due date.
    const requestDay = [previousWorkingDay(dueDate!), lastDay].sort().at(-1)!;
    if (duration > deadline && chance(0.35) && can(requestDay) && requestDay <= dueDate!) {
      const decideDay = requestDay < dueDate! ? plusWorking(requestDay, 1) : requestDay;
      const requested = plusWorking(dueDate!, between(5, 10));
      const reason = pick(["需等待施工队进场", "涉及多部门协调", "需上级审批"]);
      const holder = lead;
      const extension: SimExtension = {
        assignment: holder,
        requestedDueDate: requested,
        reason,
        state: "PENDING",
        requestedBy: holder.actorId,
        requestedAt: new Date(0),
        decidedBy: null,
        decidedAt: null,
        decisionNote: null,
      };
      const current = holder.dueDate;
      extension.requestedAt = event(requestDay, {
        type: "EXTENSION_REQUESTED",
        actorId: holder.actorId,
        note: reason,
        public: false,
        data: () => ({ extensionId: extension.id, assignmentId: holder.id, dueDate: current, requestedDueDate: requested }),
      });
      m.extensions.push(extension);
      if (decideDay <= horizon && decideDay < resolveDay) {
        const approve = chance(0.8);
        const decisionNote = approve ? "同意延期" : "请按期办结";
        const when = event(decideDay, {
          type: approve ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED",
          actorId: staffId,
          note: decisionNote,
          public: approve,
          data: () => (approve ? { extensionId: extension.id, assignmentId: holder.id, fromDueDate: current, toDueDate: requested } : { extensionId: extension.id, assignmentId: holder.id }),
        });
        Object.assign(extension, { state: approve ? "APPROVED" : "REFUSED", decidedBy: staffId, decidedAt: when, decisionNote });
        if (approve) {
          Object.assign(holder, { dueDate: requested, updatedAt: when });
          dueDate = requested;
        }
      }
    }

    // Past due: urged; a stalled DIRECT matter moves to SUPERVISED; then written notice and escalation.
    const supervise = (lvl: Level, day: string) => {
      const responseDue = plusWorking(day, 3);
      const previous = level;
      const reason = `逾期未办结，${lvl === "ESCALATED" ? "提级督办" : lvl === "WRITTEN" ? "书面督办" : "催办"}`;
      const supervision: SimSupervision = { level: lvl, reason, responseDue, createdBy: staffId, createdAt: new Date(0) };
      supervision.createdAt = event(day, {
        type: "SUPERVISED",
        actorId: staffId,
        note: reason,
        public: false,
        data: () => ({ supervisionId: supervision.id, level: lvl, responseDue, previousLevel: previous }),
      });
      m.supervisions.push(supervision);
      if (!level || levelRank[lvl] > levelRank[level]) level = lvl;
    };
    const urgeDay = plusWorking(dueDate!, 1);
    if (can(urgeDay)) supervise("URGE", urgeDay);
    const changeDay = plusWorking(dueDate!, 3);
    if (ch === "DIRECT" && offices.length && duration > deadline + 10 && can(changeDay)) {
      ch = "SUPERVISED";
      lead = assign(changeDay, "SUPERVISED", "CHANNEL_CHANGED", "直办久拖未决，转督办");
      const again = plusWorking(changeDay, 1);
      if (again > horizon) {
        finish();
        continue;
      }
      acceptAll(again);
      resolveDay = [resolveDay, plusWorking(again, 1)].sort().at(-1)!;
    }
    for (const [lvl, after] of [
      ["WRITTEN", 6],
      ["ESCALATED", 13],
    ] as [Level, number][]) {
      const day = plusWorking(dueDate!, after);
      if (!can(day) || !chance(0.75)) break;
      supervise(lvl, day);
    }

    // Resolution and follow-ups, with a rework round when the resident is not satisfied.
    let closed = false;
    for (let round = 0; round < 3 && !closed; round++) {
      if (resolveDay > horizon) break;
      const resolution = pick(["已组织人员现场处理完毕", "经协调已落实解决", "已按政策办理到位", "已维修完成并验收"]);
      const resolvedData = { dueDate, reworkCount: rework };
      const when = event(resolveDay, { type: "RESOLVED", actorId: lead.actorId, note: resolution, public: true, to: "RESOLVED", data: () => resolvedData });
      for (const a of openAssignments()) Object.assign(a, { state: "DONE", updatedAt: when, resultNote: a === lead ? resolution : a.resultNote });
      for (const e of m.extensions) if (e.state === "PENDING") Object.assign(e, { state: "REFUSED", decidedAt: when, decisionNote: "The assignment ended" });
      Object.assign(m.values, { resolution, resolvedAt: when });
      if (chance(0.1)) break; // never visited
      let followDay = plusWorking(resolveDay, between(1, 4));
      if (followDay > horizon) break;
      const visitor = chance(0.6) ? committee : assigner;
      if (chance(0.12)) {
        const followUp: SimFollowUp = { method: "PHONE", reached: false, resolved: null, satisfaction: null, comment: "电话无人接听", createdBy: visitor, createdAt: new Date(0) };
        followUp.createdAt = event(followDay, { type: "FOLLOW_UP", actorId: visitor, note: followUp.comment, public: true, data: () => ({ followUpId: followUp.id, method: "PHONE", reached: false, resolved: null, satisfaction: null }) });
        m.followUps.push(followUp);
        followDay = plusWorking(followDay, between(1, 2));
        if (followDay > horizon) break;
      }
      const s = random();
      const satisfaction: Satisfaction = round > 0 ? (s < 0.8 ? "SATISFIED" : "BASICALLY") : s < 0.68 ? "SATISFIED" : s < 0.9 ? "BASICALLY" : "NOT";
      const resolved: Resolved = satisfaction === "SATISFIED" ? "YES" : satisfaction === "BASICALLY" ? pick(["YES", "PARTLY"] as Resolved[]) : pick(["NO", "PARTLY"] as Resolved[]);
      const method: Method = household && chance(0.15) ? "ONLINE" : pick(["PHONE", "PHONE", "VISIT", "MEETING"] as Method[]);
      const rater = method === "ONLINE" ? (residentOf(household!.id) ?? visitor) : visitor;
      const comment = satisfaction === "NOT" ? "问题没有根本解决" : satisfaction === "BASICALLY" ? "基本解决" : "很满意";
      const followUp: SimFollowUp = { method, reached: true, resolved, satisfaction, comment, createdBy: rater, createdAt: new Date(0) };
      const data = () => ({ followUpId: followUp.id, method, reached: true, resolved, satisfaction });
      m.followUps.push(followUp);
      if (satisfaction !== "NOT") {
        followUp.createdAt = event(followDay, { type: "CLOSED", actorId: rater, note: comment, public: true, to: "CLOSED", data });
        m.values.closedAt = followUp.createdAt;
        closed = true;
      } else {
        rework += 1;
        const due = plusWorking(followDay, deadline);
        const reopened = m.assignments.filter((a) => a.state === "DONE");
        const reworkCount = rework;
        followUp.createdAt = event(followDay, {
          type: "REOPENED",
          actorId: rater,
          note: comment,
          public: true,
          to: "IN_PROGRESS",
          data: () => ({ ...data(), reworkCount, dueDate: due, assignments: reopened.map((a) => a.id) }),
        });
        for (const a of reopened) Object.assign(a, { state: "ACCEPTED", dueDate: due, updatedAt: followUp.createdAt });
        Object.assign(m.values, { resolution: null, resolvedAt: null });
        dueDate = due;
        resolveDay = plusWorking(followDay, between(2, deadline + 3));
      }
    }
    finish();
  }

  // --- insert ---------------------------------------------------------------------------
  // Codes: a block per year from the counters, so they follow receipt and are never reused.
  const byYear = new Map<number, SimMatter[]>();
  for (const m of matters) {
    const year = Number(m.receivedDay.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), m]);
  }
  for (const [year, list] of byYear) {
    const [counter] = await tx
      .insert(civicCodeCounters)
      .values({ year, last: list.length })
      .onConflictDoUpdate({ target: civicCodeCounters.year, set: { last: sql`${civicCodeCounters.last} + ${list.length}` } })
      .returning({ last: civicCodeCounters.last });
    const first = counter!.last - list.length + 1;
    list.forEach((m, i) => (m.code = `MS-${year}-${String(first + i).padStart(5, "0")}`));
  }

  for (const batch of chunks(matters, 100)) {
    const rows = await tx
      .insert(civicMatters)
      .values(batch.map((m) => ({ ...m.values, code: m.code! })))
      .returning({ id: civicMatters.id, code: civicMatters.code });
    const ids = new Map(rows.map((r) => [r.code, r.id]));
    for (const m of batch) m.id = ids.get(m.code!)!;
  }
  for (const m of matters.filter((x) => x.mergeInto)) {
    await tx.update(civicMatters).set({ duplicateOfId: m.mergeInto!.id! }).where(eq(civicMatters.id, m.id!));
  }

  /** Inserts rows in batches and hands each its id (RETURNING keeps the order of VALUES; checked). */
  async function insertWithIds<T extends { id?: number }, R extends { id: number; matterId: number }>(
    items: { matter: SimMatter; item: T }[],
    insert: (batch: { matter: SimMatter; item: T }[]) => Promise<R[]>,
  ) {
    for (const batch of chunks(items, 100)) {
      const rows = await insert(batch);
      rows.forEach((row, i) => {
        if (row.matterId !== batch[i]!.matter.id) throw new Error("seedCivicHistory: rows came back out of order");
        batch[i]!.item.id = row.id;
      });
    }
  }

  await insertWithIds(
    matters.flatMap((matter) => matter.assignments.map((item) => ({ matter, item }))),
    (batch) =>
      tx
        .insert(matterAssignments)
        .values(batch.map(({ matter, item: { actorId: _actor, id: _id, ...a } }) => ({ ...a, matterId: matter.id! })))
        .returning({ id: matterAssignments.id, matterId: matterAssignments.matterId }),
  );
  await insertWithIds(
    matters.flatMap((matter) => matter.extensions.map((item) => ({ matter, item }))),
    (batch) =>
      tx
        .insert(matterExtensions)
        .values(batch.map(({ matter, item: { assignment, id: _id, ...e } }) => ({ ...e, matterId: matter.id!, assignmentId: assignment.id! })))
        .returning({ id: matterExtensions.id, matterId: matterExtensions.matterId }),
  );
  await insertWithIds(
    matters.flatMap((matter) => matter.supervisions.map((item) => ({ matter, item }))),
    (batch) =>
      tx
        .insert(matterSupervisions)
        .values(batch.map(({ matter, item: { id: _id, ...s } }) => ({ ...s, matterId: matter.id! })))
        .returning({ id: matterSupervisions.id, matterId: matterSupervisions.matterId }),
  );
  await insertWithIds(
    matters.flatMap((matter) => matter.followUps.map((item) => ({ matter, item }))),
    (batch) =>
      tx
        .insert(followUps)
        .values(batch.map(({ matter, item: { id: _id, ...f } }) => ({ ...f, matterId: matter.id! })))
        .returning({ id: followUps.id, matterId: followUps.matterId }),
  );
  const events = matters.flatMap((m) => m.events.map((e) => ({ m, e })));
  for (const batch of chunks(events, 200)) {
    await tx.insert(matterEvents).values(
      batch.map(({ m, e }) => ({
        matterId: m.id!,
        type: e.type,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        actorId: e.actorId,
        note: e.note,
        public: e.public,
        data: e.data(),
        at: e.at,
      })),
    );
  }

  return { categories: categoryRows.length, calendarDays: exceptions.length, matters: matters.length, events: events.length };
}
