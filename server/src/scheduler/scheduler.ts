import type { Db } from "../db/database";
import type { Logger } from "../logger";

/** What a job gets: the database, the district's time zone and the moment it runs for. */
export interface JobContext {
  db: Db;
  timezone: string;
  now: Date;
  logger: Logger;
}

/** A job run every tick; it returns what it did (counts for the log) or "skipped" when another process runs it. */
export interface Job {
  key: string;
  run(ctx: JobContext): Promise<Record<string, number> | "skipped">;
}

export interface Scheduler {
  /** Stops ticking and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs the jobs one after another every `intervalMs`, the first time at
 * once. A job that fails is logged and tried again at the next tick; the
 * others still run. Jobs are safe to run in several processes at once
 * (advisory locks, SKIP LOCKED, dedupe keys), so nothing here coordinates.
 */
export function startScheduler(options: {
  db: Db;
  timezone: string;
  intervalMs: number;
  logger: Logger;
  jobs: readonly Job[];
  /** Told of every run's outcome (the metrics count them). */
  onRun?: (job: string, outcome: "done" | "skipped" | "failed") => void;
}): Scheduler {
  const { intervalMs } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = () => runJobsOnce(options, () => stopped);
  const loop = () => {
    running = tick().finally(() => {
      if (!stopped) timer = setTimeout(loop, intervalMs).unref();
    });
  };
  loop();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

/** One tick: every job in turn (until `stopped` says so), each failure logged and left for the next tick. */
export async function runJobsOnce(
  options: Pick<Parameters<typeof startScheduler>[0], "db" | "timezone" | "logger" | "jobs" | "onRun">,
  stopped: () => boolean = () => false,
): Promise<void> {
  const { db, timezone, logger, jobs, onRun } = options;
  for (const job of jobs) {
    if (stopped()) return;
    try {
      const outcome = await job.run({ db, timezone, now: new Date(), logger });
      onRun?.(job.key, outcome === "skipped" ? "skipped" : "done");
      if (outcome !== "skipped" && Object.values(outcome).some((n) => n > 0)) logger.info({ job: job.key, ...outcome }, "scheduled job ran");
    } catch (error) {
      onRun?.(job.key, "failed");
      logger.error({ job: job.key, err: error }, "scheduled job failed; it runs again at the next tick");
    }
  }
}
