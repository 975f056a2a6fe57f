import type { civicCategories, departments, households, users, villages } from "@cunwu/schema";
import { demoCategories, givenNames, sources, surnames } from "./civic-demo-data";
import type { Channel, SimAssignment, SimEvent, SimMatter, Source, Status, Urgency } from "./matter-sim";

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
  /** Every handling unit; those (district-wide, and the township's own) and the lead officials a matter of a township may get. */
  units: (typeof departments.$inferSelect)[];
  unitsOf(townshipId: number): (typeof departments.$inferSelect)[];
  officialsOf(townshipId: number): (typeof users.$inferSelect)[];
  offices: (typeof departments.$inferSelect)[];
  staffId: number;
  /** The users who act for a unit: every village, department and township has one (seedDemoStaff). */
  committeeOf(villageId: number): number;
  townshipStaffOf(townshipId: number): number;
  departmentStaffOf(departmentId: number): number;
  residentOf(householdId: number): number | undefined;
}

type EventInput = Omit<SimEvent, "at"> & { to?: Status };

/** One matter's story as it unfolds: its state, its clock, and the moves every stage makes. */
export class MatterStory {
  status: Status = "RECEIVED";
  dueDate: string | null = null;
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

  /** A step on a day (after the day's earlier ones); `to` is the status it moves the matter to. */
  event(day: string, { to, ...e }: EventInput): Date {
    const when = this.stamp(day);
    this.m.events.push({ ...e, at: when });
    if (to) this.status = to;
    return when;
  }

  /** The story ends here; a matter still standing may be merged into. */
  finish(standing: SimMatter[]): SimMatter {
    if (this.status !== "REJECTED" && this.status !== "MERGED") standing.push(this.m);
    return this.m;
  }

  openAssignments(): SimAssignment[] {
    return this.m.assignments.filter((a) => a.state === "PENDING" || a.state === "ACCEPTED");
  }

  /**
   * Makes a channel's assignments on a day (ending the open ones); they
   * become the lead and channel worked. Each is acted on by its own unit's
   * user: the village's committee, the department's staff, the official.
   */
  assign(day: string, ch: Channel, type: "ASSIGNED" | "CHANNEL_CHANGED", note: string | null, deadline: number, assigner: number): void {
    const { world: w, m, village, committee } = this;
    for (const a of this.openAssignments()) a.state = "RETURNED";
    const when = this.stamp(day);
    const due = w.plusWorking(day, deadline);
    const base = { state: "PENDING" as const, dueDate: due, departmentId: null, villageId: null, officialUserId: null };
    const units = w.unitsOf(village.townshipId);
    const made: SimAssignment[] = [];
    if (ch === "DIRECT") made.push({ ...base, role: "LEAD_UNIT", villageId: village.id, actorId: committee });
    if (ch === "LEAD") {
      const official = w.pick(w.officialsOf(village.townshipId));
      made.push({ ...base, role: "LEAD_OFFICIAL", departmentId: official.departmentId, officialUserId: official.id, actorId: official.id });
    }
    if (ch === "JOINT") {
      // Shuffled whole, then the township's kept: the same draws whatever the township.
      const [lead, ...rest] = [...w.units].sort(() => w.random() - 0.5).filter((d) => units.includes(d));
      made.push({ ...base, role: "LEAD_UNIT", departmentId: lead!.id, actorId: w.departmentStaffOf(lead!.id) });
      for (const co of rest.slice(0, w.between(1, 2))) made.push({ ...base, role: "CO_UNIT", departmentId: co.id, actorId: w.departmentStaffOf(co.id) });
    }
    if (ch === "SUPERVISED") {
      const office = w.pick(w.offices);
      made.push({ ...base, role: "SUPERVISOR", departmentId: office.id, actorId: w.departmentStaffOf(office.id) });
      if (w.chance(0.5)) made.push({ ...base, role: "LEAD_UNIT", villageId: village.id, actorId: committee });
      else {
        const unit = w.pick(units);
        made.push({ ...base, role: "LEAD_UNIT", departmentId: unit.id, actorId: w.departmentStaffOf(unit.id) });
      }
    }
    m.assignments.push(...made);
    // The committee assigns DIRECT itself; other channels (and every change of channel) are the assigner's.
    const actorId = ch === "DIRECT" && type === "ASSIGNED" ? committee : assigner;
    // Giving it to oneself (the committee's 直办, township staff naming themselves 领办) is accepting it: in hand at once.
    const own = made.filter((a) => a.actorId === actorId);
    for (const a of own) Object.assign(a, { state: "ACCEPTED", selfAssigned: true });
    m.events.push({ type, actorId, note, public: true, channel: ch, made, at: when });
    this.status = own.some((a) => a.role === "LEAD_UNIT" || a.role === "LEAD_OFFICIAL") ? "IN_PROGRESS" : "ASSIGNED";
    this.dueDate = due;
    this.ch = ch;
    this.lead = made.find((a) => a.role === "LEAD_UNIT" || a.role === "LEAD_OFFICIAL")!;
  }

  /** Every pending assignment accepted on a day: co-units and the office first (no status change), the lead last (IN_PROGRESS). */
  acceptAll(day: string): void {
    const open = this.openAssignments().filter((a) => a.state === "PENDING");
    // A lead given to oneself was accepted as it was given; the clock still moves to this day, so every later draw is as before.
    if (open.length === 0 && this.lead.selfAssigned) this.stamp(day);
    const isLead = (a: SimAssignment) => a.role === "LEAD_UNIT" || a.role === "LEAD_OFFICIAL";
    for (const a of [...open].sort((x, y) => Number(isLead(x)) - Number(isLead(y)))) {
      this.event(day, { type: "ACCEPTED", actorId: a.actorId, note: null, public: true, assignment: a, to: isLead(a) ? "IN_PROGRESS" : undefined });
      a.state = "ACCEPTED";
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
    intake: {
      title,
      content: `${village.name}${w.between(1, 6)}组群众反映：${title}，希望尽快解决。`,
      categoryId: category.id,
      villageId: village.id,
      address: `${village.name}${w.between(1, 6)}组`,
      submitterHouseholdId: household?.id ?? null,
      submitterName: household || anonymous ? null : `${w.pick(surnames)}${w.pick(givenNames)}`,
      submitterPhone: household || anonymous || w.chance(0.3) ? null : `13${w.between(0, 9)}${String(w.between(0, 99_999_999)).padStart(8, "0")}`,
      anonymous,
      source,
      urgency,
      createdBy: source === "ONLINE" && household ? (w.residentOf(household.id) ?? committee) : committee,
    },
    assignments: [],
    events: [],
  };
  story.m = m;
  m.events.push({ type: "SUBMITTED", actorId: m.intake.createdBy, note: null, public: true, at: receivedAt });
  return story;
}
