import type { Random } from "../demo-households";

/**
 * The demo year's clock: happenings run in time order, ties in the order
 * they were planned. Planned up front, then sorted; what a happening plans
 * while running is inserted in its place. Each runs to its end (services
 * and all) before the next starts, so every step sees the database as the
 * steps before it left it.
 */
export class Timeline {
  private readonly items: { at: number; seq: number; run: () => Promise<void> }[] = [];
  private seq = 0;
  private running = false;

  plan(when: Date, run: () => Promise<void>): void {
    const item = { at: when.getTime(), seq: this.seq++, run };
    if (!this.running) {
      this.items.push(item);
      return;
    }
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (before(this.items[mid]!, item)) low = mid + 1;
      else high = mid;
    }
    this.items.splice(low, 0, item);
  }

  async run(): Promise<void> {
    this.items.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    this.running = true;
    for (let i = 0; i < this.items.length; i++) await this.items[i]!.run();
  }
}

const before = (a: { at: number; seq: number }, b: { at: number; seq: number }) => a.at < b.at || (a.at === b.at && a.seq < b.seq);

// --- the district's wall clock --------------------------------------------------------

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Milliseconds the zone is ahead of UTC at an instant. */
function zoneOffset(instant: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const local = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return local - Math.floor(instant / 1000) * 1000;
}

/** The instant a wall-clock time on a district day happens. */
export function wallClock(day: string, hour: number, minute: number, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const naive = Date.UTC(y, m - 1, d, hour, minute);
  let instant = naive - zoneOffset(naive, timeZone);
  const again = naive - zoneOffset(instant, timeZone);
  if (again !== instant) instant = again;
  return new Date(instant);
}

// --- chance --------------------------------------------------------------------------

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
export const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
export function weightedPick<T extends { weight: number }>(random: Random, items: readonly T[]): T {
  let r = random() * items.reduce((sum, item) => sum + item.weight, 0);
  for (const item of items) {
    r -= item.weight;
    if (r < 0) return item;
  }
  return items[items.length - 1]!;
}
/** Each item with probability `share`, in order. */
export const sample = <T>(random: Random, items: readonly T[], share: number) => items.filter(() => random() < share);
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
