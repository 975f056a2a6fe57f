import { timingSafeEqual } from "node:crypto";
import { sql } from "drizzle-orm";
import type { RequestHandler } from "express";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { Db } from "../db/database";
import { rowsOf } from "../db/rows";
import type { Logger } from "../logger";
import { isLoopback } from "./loopback";
import type { Slots } from "../request/slots";

// /metrics in Prometheus's text format (prom-client): what an operator
// watches. Each server has its own registry, so several servers in one
// process (the tests) never count into each other.

/** GraphQL operation names kept as labels; past this many, new names count as "other" (a client names them). */
const maxOperationNames = 300;
const operationName = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export interface Metrics {
  registry: Registry;
  /** Express middleware: counts and times every request by route, operation and status. */
  requests: RequestHandler;
  /** The scheduler's report of one job's run. */
  jobRan(job: string, outcome: "done" | "skipped" | "failed"): void;
}

/** Which part of the server a path belongs to: few values, so a label. */
function routeOf(path: string): string {
  for (const route of ["/graphql", "/files", "/healthz", "/readyz", "/metrics"]) if (path === route || path.startsWith(`${route}/`)) return route.slice(1);
  return "console";
}

export function createMetrics(options: {
  db: Db;
  databaseKind: string;
  requestOperation: (req: Parameters<RequestHandler>[0]) => string | undefined;
  /** The newest backup this server knows of (the embedded database's backup folder). */
  lastBackup: () => { at: Date } | undefined;
  /** The reports' slots of this process (request/slots.ts). */
  reportSlots: Pick<Slots, "size" | "busy" | "queued">;
}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "cunwu_" });
  const seen = new Set<string>();
  const label = (name: string | undefined) => {
    if (!name) return "";
    if (!operationName.test(name)) return "other";
    if (seen.has(name)) return name;
    if (seen.size >= maxOperationNames) return "other";
    seen.add(name);
    return name;
  };

  const requests = new Counter({
    name: "cunwu_http_requests_total",
    help: "HTTP requests answered, by route, GraphQL operation name and status",
    labelNames: ["route", "operation", "status"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "cunwu_http_request_duration_seconds",
    help: "Time from a request's arrival to its answer's end, by route and GraphQL operation name",
    labelNames: ["route", "operation"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const inFlight = new Gauge({ name: "cunwu_http_requests_in_flight", help: "Requests being answered now", registers: [registry] });
  const jobs = new Counter({
    name: "cunwu_scheduler_runs_total",
    help: "Scheduler job runs in this process, by job and outcome (skipped: another process held the job)",
    labelNames: ["job", "outcome"] as const,
    registers: [registry],
  });

  // Read from the database at each scrape: every server of a balanced set
  // reports the same figure, and it survives restarts (counters would not).
  new Gauge({
    name: "cunwu_db_connections",
    help: "Connections of cunwu's servers to the database, by state (PostgreSQL's pg_stat_activity; the embedded database has one)",
    labelNames: ["state"] as const,
    registers: [registry],
    async collect() {
      this.reset();
      if (options.databaseKind !== "postgres") return void this.set({ state: "active" }, 1);
      const rows = rowsOf<{ state: string; n: number }>(
        await options.db.execute(sql`select coalesce(state, 'unknown') as state, count(*)::int as n from pg_stat_activity where application_name = 'cunwu' group by 1`),
      );
      for (const row of rows) this.set({ state: String(row.state) }, Number(row.n));
    },
  });
  new Gauge({
    name: "cunwu_records_written",
    help: "Ledger entries and redemptions written so far (the highest id: ids only grow; a rolled-back insert may skip one)",
    labelNames: ["record"] as const,
    registers: [registry],
    async collect() {
      const [row] = rowsOf<{ entries: number | string | null; redemptions: number | string | null }>(
        await options.db.execute(sql`select (select max(id) from point_entries) as entries, (select max(id) from redemptions) as redemptions`),
      );
      this.set({ record: "ledger_entries" }, Number(row?.entries ?? 0));
      this.set({ record: "redemptions" }, Number(row?.redemptions ?? 0));
    },
  });

  // Reports are counted a few at a time: a line that keeps growing says the server needs more of them (or a core).
  new Gauge({
    name: "cunwu_report_slots",
    help: "This process's report slots (CUNWU_REPORTS_AT_ONCE), by state: busy (a report alone may hold two) or free",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const { size, busy } = options.reportSlots;
      this.set({ state: "busy" }, busy);
      this.set({ state: "free" }, size - busy);
    },
  });
  new Gauge({
    name: "cunwu_reports_waiting",
    help: "Reports waiting in this process for a slot",
    registers: [registry],
    collect() {
      this.set(options.reportSlots.queued);
    },
  });

  new Gauge({
    name: "cunwu_backup_age_seconds",
    help: "Age of the newest backup in the backup folder (absent when there is none or no folder)",
    registers: [registry],
    collect() {
      this.reset();
      const last = options.lastBackup();
      if (last) this.set((Date.now() - last.at.getTime()) / 1000);
    },
  });

  return {
    registry,
    requests: (req, res, next) => {
      const stop = duration.startTimer();
      inFlight.inc();
      res.once("close", () => {
        inFlight.dec();
        // originalUrl: under app.use("/graphql", …) express has cut the mount path off req.path.
        const route = routeOf(req.originalUrl.split("?")[0]!);
        const operation = route === "graphql" ? label(options.requestOperation(req)) : "";
        stop({ route, operation });
        requests.inc({ route, operation, status: String(res.statusCode) });
      });
      next();
    },
    jobRan: (job, outcome) => jobs.inc({ job, outcome }),
  };
}

/**
 * GET /metrics: with CUNWU_METRICS_TOKEN set, only with `Authorization:
 * Bearer <token>`; without it, only from this machine (the socket's own
 * address, never a forwarded one: a balancer on the same machine would
 * otherwise open it to everyone).
 */
export function metricsRoute(metrics: Metrics, token: string | undefined, logger: Logger): RequestHandler {
  const expected = token ? Buffer.from(`Bearer ${token}`) : undefined;
  return async (req, res) => {
    if (expected) {
      const given = Buffer.from(req.headers.authorization ?? "");
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res.status(401).set("WWW-Authenticate", "Bearer").json({ error: "METRICS_TOKEN_REQUIRED" });
        return;
      }
    } else if (!isLoopback(req.socket.remoteAddress)) {
      res.status(403).json({ error: "METRICS_LOOPBACK_ONLY" });
      return;
    }
    try {
      const text = await metrics.registry.metrics();
      res.set("Content-Type", metrics.registry.contentType).set("Cache-Control", "no-store").send(text);
    } catch (error) {
      logger.error({ err: error }, "metrics could not be collected");
      res.status(503).json({ error: "METRICS_UNAVAILABLE" });
    }
  };
}
