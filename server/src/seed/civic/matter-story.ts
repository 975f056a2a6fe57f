import type { civicCategories, departments, households, users, villages } from "@cunwu/schema";
import { demoCategories, givenNames, sources, surnames } from "./civic-demo-data";
import type { AssignmentState, Channel, Level, SimAssignment, SimEvent, SimMatter, Source, Status, Urgency } from "./matter-sim";

/** Who and where, the calendar and chance: what every matter's story draws on. */
export interface CivicWorld {
  random: () => number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  between(min: number, max: number): number;
  /** A district day and minutes after midnight → the instant. */
  at(day: string, minutes: number): Date;
  plusWorking(day: string, n: number): string;
  previousWorkingDay(day: string): string;
  /** The story ends yesterday, so nothing is stamped later than now. */
  horizon: string;
  categories: (typeof civicCategories.$inferSelect)[];
  villages: (typeof villages.$inferSelect)[];
  households: Pick<typeof households.$inferSelect, "id" | "villageId" | "headName" | "phone">[];
  units: (typeof departments.$inferSelect)[];
  offices: (typeof departments.$inferSelect)[];
  officials: (typeof users.$inferSelect)[];
  staffId: number;
  committeeOf(villageId: number): number;
  townshipStaffOf(townshipId: number): number;
  departmentStaffOf(departmentId: number): number;
  residentOf(householdId: number): number | undefined;
}

type EventInput = Omit<SimEvent, "at" | "data" | "fromStatus" | "toStatus"> & { to?: Status; data?: () => Record<string, unknown> | null };

/** One matter's story as it unfolds: its state, its clock, and the moves every stage makes. */
export class MatterStory {
  status: Status = "RECEIVED";
  channel: Channel | null = null;
  dueDate: string | null = null;
  level: Level | null = null;
  rework = 0;
  /** The channel being worked and its lead assignment, once assigned. */
  ch: Channel = "DIRECT";
  lead!: SimAssignment;
  /** The timeline's clock: events of one day a little apart, in order. */
  lastDay = "";
  private minutes = 0;
  m!: SimMatter;

  constructor(
    readonly world: CivicWorld,
    readonly category: CivicWorld["categories"][number],
    readonly village: CivicWorld["villages"][number],
    readonly household: CivicWorld["households"][number] | null,
    readonly urgency: Urgency,
    readonly source: Source,
    readonly committee: number,
  ) {}

  stamp(day: string): Date {
    if (day === this.lastDay) this.minutes += this.world.between(10, 50);
    else {
      this.lastDay = day;
      this.minutes = this.world.between(8 * 60 + 30, 16 * 60);
    }
    return this.world.at(day, this.minutes);
  }

  event(day: string, e: EventInput): Date {
    const when = this.stamp(day);
    const from = e.to && e.to !== this.status ? this.status : null;
    this.m.events.push({ ...e, fromStatus: from, toStatus: from ? e.to! : null, at: when, data: e.data ?? (() => null) });
    if (e.to) this.status = e.to;
    return when;
  }

  /** Writes the state reached into the matter's row; a matter still standing may be merged into. */
  finish(standing: SimMatter[]): SimMatter {
    const m = this.m;
    Object.assign(m.values, { status: this.status, channel: this.channel, dueDate: this.dueDate, supervisionLevel: this.level, reworkCount: this.rework, version: m.events.length });
    m.values.updatedAt = m.events[m.events.length - 1]!.at;
    if (this.status !== "REJECTED" && this.status !== "MERGED") standing.push(m);
    return m;
  }

  openAssignments(): SimAssignment[] {
    return this.m.assignments.filter((a) => a.state === "PENDING" || a.state === "ACCEPTED");
  }

  /** Makes a channel's assignments on a day (ending the open ones); they become the lead and channel worked. */
  assign(day: string, ch: Channel, type: "ASSIGNED" | "CHANNEL_CHANGED", note: string | null, deadline: number, assigner: number): void {
    const { world: w, m, village, committee } = this;
    const fromChannel = this.channel;
    const ended = this.openAssignments();
    const when = this.stamp(day);
    for (const a of ended) Object.assign(a, { state: "RETURNED", returnReason: "channel changed", updatedAt: when });
    for (const e of m.extensions) {
      if (e.state === "PENDING" && ended.includes(e.assignment)) Object.assign(e, { state: "REFUSED", decidedAt: when, decisionNote: "The assignment ended" });
    }
    const due = w.plusWorking(day, deadline);
    const base = { state: "PENDING" as AssignmentState, dueDate: due, returnReason: null, resultNote: null, createdAt: when, updatedAt: when, personName: null };
    const made: SimAssignment[] = [];
    if (ch === "DIRECT") made.push({ ...base, role: "LEAD_UNIT", departmentId: null, villageId: village.id, officialUserId: null, actorId: committee });
    if (ch === "LEAD") {
      const official = w.pick(w.officials);
      made.push({ ...base, role: "LEAD_OFFICIAL", departmentId: official.departmentId, villageId: null, officialUserId: official.id, personName: official.displayName, actorId: official.id });
    }
    if (ch === "JOINT") {
      const [lead, ...rest] = [...w.units].sort(() => w.random() - 0.5);
      made.push({ ...base, role: "LEAD_UNIT", departmentId: lead!.id, villageId: null, officialUserId: null, actorId: w.departmentStaffOf(lead!.id) });
      for (const co of rest.slice(0, w.between(1, 2))) {
        made.push({ ...base, role: "CO_UNIT", departmentId: co.id, villageId: null, officialUserId: null, actorId: w.departmentStaffOf(co.id) });
      }
    }
    if (ch === "SUPERVISED") {
      const office = w.pick(w.offices);
      made.push({ ...base, role: "SUPERVISOR", departmentId: office.id, villageId: null, officialUserId: null, actorId: w.departmentStaffOf(office.id) });
      if (w.chance(0.5)) made.push({ ...base, role: "LEAD_UNIT", departmentId: null, villageId: village.id, officialUserId: null, actorId: committee });
      else {
        const unit = w.pick(w.units);
        made.push({ ...base, role: "LEAD_UNIT", departmentId: unit.id, villageId: null, officialUserId: null, actorId: w.departmentStaffOf(unit.id) });
      }
    }
    m.assignments.push(...made);
    const summary = () => made.map((a) => ({ id: a.id, role: a.role, departmentId: a.departmentId, villageId: a.villageId, officialUserId: a.officialUserId, dueDate: a.dueDate }));
    const actor = ch === "DIRECT" && type === "ASSIGNED" ? committee : assigner;
    m.events.push({
      type,
      fromStatus: this.status,
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
    this.status = "ASSIGNED";
    this.channel = ch;
    this.dueDate = due;
    this.ch = ch;
    this.lead = made.find((a) => a.role === "LEAD_UNIT" || a.role === "LEAD_OFFICIAL")!;
  }

  /** Every pending assignment accepted on a day: co-units and the office first (no status change), the lead last (IN_PROGRESS). */
  acceptAll(day: string): void {
    const open = this.openAssignments().filter((a) => a.state === "PENDING");
    const isLead = (a: SimAssignment) => a.role === "LEAD_UNIT" || a.role === "LEAD_OFFICIAL";
    for (const a of [...open].sort((x, y) => Number(isLead(x)) - Number(isLead(y)))) {
      const when = this.event(day, { type: "ACCEPTED", actorId: a.actorId, note: null, public: true, to: isLead(a) ? "IN_PROGRESS" : undefined, data: () => ({ assignment: { id: a.id, role: a.role } }) });
      Object.assign(a, { state: "ACCEPTED", updatedAt: when });
    }
  }
}

/** A matter comes in on a day: who raised it, about what, through which source. */
export function receiveMatter(w: CivicWorld, receivedDay: string): MatterStory {
  const category = w.pick(w.categories);
  const titles = demoCategories.find((c) => c.code === category.code)!.titles;
  const village = w.pick(w.villages);
  const villageHouseholds = w.households.filter((h) => h.villageId === village.id);
  const committee = w.committeeOf(village.id);
  const urgency: Urgency = w.chance(0.06) ? "CRITICAL" : w.chance(0.15) ? "URGENT" : "NORMAL";
  const kind = w.random();
  const household = kind < 0.6 && villageHouseholds.length ? w.pick(villageHouseholds) : null;
  const anonymous = !household && kind > 0.9;
  const source: Source = household && w.chance(0.25) ? "ONLINE" : w.pick(sources.filter((s) => s !== "ONLINE"));
  const title = w.pick(titles);
  const story = new MatterStory(w, category, village, household, urgency, source, committee);

  const receivedAt = story.stamp(receivedDay);
  const m: SimMatter = {
    receivedDay,
    values: {
      title,
      content: `${village.name}${w.between(1, 6)}组群众反映：${title}，希望尽快解决。`,
      categoryId: category.id,
      villageId: village.id,
      townshipId: village.townshipId,
      address: `${village.name}${w.between(1, 6)}组`,
      submitterHouseholdId: household?.id ?? null,
      submitterName: household || anonymous ? null : `${w.pick(surnames)}${w.pick(givenNames)}`,
      submitterPhone: household || anonymous || w.chance(0.3) ? null : `13${w.between(0, 9)}${String(w.between(0, 99_999_999)).padStart(8, "0")}`,
      anonymous,
      source,
      urgency,
      status: "RECEIVED",
      receivedAt,
      createdBy: source === "ONLINE" && household ? (w.residentOf(household.id) ?? committee) : committee,
    },
    assignments: [],
    extensions: [],
    supervisions: [],
    followUps: [],
    events: [],
  };
  story.m = m;
  m.events.push({ type: "SUBMITTED", fromStatus: null, toStatus: "RECEIVED", actorId: m.values.createdBy!, note: null, public: true, at: receivedAt, data: () => ({ code: m.code, source, urgency, categoryId: category.id }) });
  return story;
}
