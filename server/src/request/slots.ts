import { timeBudgetExceeded } from "../errors";
import type { Context } from "./context";

/**
 * At most `size` pieces of heavy work (the reports) at once in this
 * process; the rest wait their turn, first come first served. A district's
 * reports each keep a PostgreSQL backend busy for a second: ten at once on
 * a small server left this process waiting for a core, so every other
 * request waited too (event-loop delay p99 84 ms), and the reports
 * themselves finished later than one after another in two lines.
 */
export class Slots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number) {}

  /**
   * Runs `work` in a slot, and in up to `want` − 1 more that are free with
   * no one waiting (a report alone reads on that many connections at once:
   * db/read-lanes.ts); `work` learns how many it holds. One still waiting
   * when the request's deadline passes leaves the line with TIME_BUDGET, as
   * a resolver started late does.
   */
  async run<T>(work: (held: number) => Promise<T>, deadline?: Context["deadline"], want = 1): Promise<T> {
    if (this.running < this.size) this.running++;
    else await this.turn(deadline);
    const extra = Math.max(0, Math.min(want - 1, this.size - this.running));
    this.running += extra;
    try {
      return await work(1 + extra);
    } finally {
      for (let i = 0; i <= extra; i++) this.release();
    }
  }

  /** A slot passes to the next in line, or is free again. */
  private release() {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }

  /** How many wait for a slot now. */
  get queued(): number {
    return this.waiting.length;
  }

  /** How many slots are held now (a report alone may hold two). */
  get busy(): number {
    return this.running;
  }

  private turn(deadline: Context["deadline"]): Promise<void> {
    return new Promise((resolve, reject) => {
      const go = () => {
        clearTimeout(timer);
        resolve();
      };
      this.waiting.push(go);
      const timer =
        deadline &&
        setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(go), 1);
          reject(timeBudgetExceeded(deadline.budgetMs));
        }, Math.max(0, deadline.at - Date.now()));
    });
  }
}

/**
 * The connections a report reads on at most: its statements are few and
 * of uneven length (the longest is a third to a half of the whole), so a
 * third lane would mostly wait.
 */
const readLanes = 2;

/**
 * The reports' slots of this request's process (none in a bare context: run
 * at once, on one connection); `work` gets the connections it may read on,
 * up to `readLanes`.
 */
export const inReportSlot = <T>(context: Context, work: (lanes: number) => Promise<T>): Promise<T> =>
  context.reportSlots ? context.reportSlots.run(work, context.deadline, readLanes) : work(1);
