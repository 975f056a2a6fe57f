import fs from "node:fs";
import path from "node:path";
import compression from "compression";
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import type { ApolloServer } from "@apollo/server";
import type { Db } from "../db/database";
import type { Logger } from "../logger";
import type { Context } from "../request/context";
import { loggableError, newErrorId } from "../common/log-safe-error";
import { errorReasons, type ErrorReason } from "../errors";
import { fileRoutes, type FileRoutesOptions } from "../files/http-routes";
import { readinessRoute, type Lifecycle } from "../ops/readiness";
import { metricsRoute, type Metrics } from "../ops/metrics";
import { compressFrom, graphqlRoute } from "./graphql-route";
import { protectiveHeaders } from "./protective-headers";

export interface AppOptions {
  apollo: ApolloServer<Context>;
  db: Db;
  databaseKind: string;
  logger: Logger;
  consoleDir: string;
  context: (req: express.Request) => Promise<Context>;
  /** Express's "trust proxy": whose X-Forwarded-For names the client (CUNWU_TRUST_PROXY). */
  trustProxy: boolean | number | string;
  /** Photo uploads and signed file links (files/http-routes.ts). */
  files: Omit<FileRoutesOptions, "db" | "logger" | "context">;
  /** Changed by the server while the demo district is seeded after the start, and when it stops (server.ts). */
  startup?: Lifecycle;
  /** Request counts and times, served at /metrics (ops/metrics.ts). */
  metrics: Metrics;
  /** CUNWU_METRICS_TOKEN: without it /metrics answers this machine only. */
  metricsToken?: string;
  /** The embedded database's backups: POST /ops/backup, and the newest for /healthz (ops/embedded-backups.ts). */
  backups?: { route: RequestHandler[]; last: () => { at: Date; bytes: number } | undefined };
}

/** While the demo is seeded: the API answers at once instead of queueing behind the seed. */
function unlessSeeding(startup: Lifecycle | undefined): RequestHandler {
  return (_req, res, next) => {
    if (!startup?.seeding) return next();
    res.status(503).set("Retry-After", "10").json({
      errors: [{ message: errorReasons.STARTING, extensions: { code: "SERVICE_UNAVAILABLE", reason: "STARTING" satisfies ErrorReason } }],
    });
  };
}

/** The logged-in user of a request, for its log line (set while building the GraphQL context). */
export function noteUser(req: express.Request, userId: number): void {
  if (req.res) req.res.locals.userId = userId;
}

/** The GraphQL operation name a request gives (body or query string), as the client wrote it. */
export function requestOperation(req: express.Request): string | undefined {
  const body = req.body as { operationName?: unknown } | undefined;
  return typeof body?.operationName === "string" ? body.operationName : typeof req.query.operationName === "string" ? req.query.operationName : undefined;
}

/**
 * One line per request: method, path, GraphQL operation name, status,
 * duration and user id. Never variables, bodies, passwords or tokens.
 */
function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      // A load balancer asks /healthz every few seconds: those lines only at debug.
      const level = req.path === "/healthz" && res.statusCode === 200 ? "debug" : "info";
      const operation = requestOperation(req);
      logger[level](
        {
          method: req.method,
          path: req.originalUrl.split("?")[0],
          ...(operation ? { operation: operation.slice(0, 100) } : {}),
          status: res.statusCode,
          ms: Number((process.hrtime.bigint() - started) / 1_000_000n),
          ...(res.locals.userId ? { userId: res.locals.userId } : {}),
        },
        "request",
      );
    });
    next();
  };
}

/** GET /healthz, /readyz and /metrics, POST /graphql, POST and GET /files, and the console's files at `/`. */
export function createApp(options: AppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy);
  app.use(requestLog(options.logger));
  app.use(options.metrics.requests);
  app.use(protectiveHeaders());
  // br or gzip for what the console downloads and what the API answers: a
  // village office's line is slow, and JavaScript and JSON shrink to a third
  // or less.
  const compress = compression({ threshold: compressFrom });
  // First: every console screen asks it; it compresses only answers large enough (graphql-route.ts).
  app.use("/graphql", unlessSeeding(options.startup), express.json({ limit: "1mb" }), graphqlRoute(options.apollo, options.context, compress));
  app.use(compress);

  // Alive: the process answers (the database is /readyz's question).
  app.get("/healthz", (_req, res) => {
    const last = options.backups?.last();
    res.set("Cache-Control", "no-store").json({
      status: "ok",
      database: options.databaseKind,
      ...(options.startup?.seeding ? { demo: "seeding" } : {}),
      ...(options.backups ? { lastBackup: last ? { at: last.at.toISOString(), bytes: last.bytes } : null } : {}),
    });
  });
  if (options.backups) app.post("/ops/backup", ...options.backups.route);
  app.get("/readyz", readinessRoute({ db: options.db, databaseKind: options.databaseKind, lifecycle: options.startup ?? { seeding: false }, logger: options.logger }));
  app.get("/metrics", metricsRoute(options.metrics, options.metricsToken, options.logger));

  app.use(
    "/files",
    unlessSeeding(options.startup),
    fileRoutes({ ...options.files, db: options.db, logger: options.logger, context: options.context }),
  );

  const index = path.join(options.consoleDir, "index.html");
  if (fs.existsSync(index)) {
    // Built files carry a hash of their content in their name: cached for a
    // year, never revalidated. index.html, which names them, is always fresh.
    app.use("/assets", express.static(path.join(options.consoleDir, "assets"), { index: false, immutable: true, maxAge: "365d" }));
    app.use(express.static(options.consoleDir, { index: false, maxAge: "1h" }));
    // Every other GET is a console route: the single-page app answers it.
    app.get("/{*path}", (_req, res) => res.sendFile(index, { maxAge: 0 }));
  } else {
    options.logger.warn({ consoleDir: options.consoleDir }, "console not built; run `pnpm --filter @cunwu/admin build`");
    app.get("/", (_req, res) => {
      res.status(503).type("text").send("The console has not been built. Run: pnpm --filter @cunwu/admin build");
    });
  }

  // A body that is not JSON, or too large: a GraphQL-shaped error, never a stack.
  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    const status = typeof error?.status === "number" ? error.status : 500;
    if (status < 500) {
      res.status(status).json({
        errors: [
          {
            message: status === 413 ? "The request is too large" : "The request body is not valid JSON",
            extensions: { code: "BAD_USER_INPUT", reason: (status === 413 ? "REQUEST_TOO_LARGE" : "INVALID_QUERY") satisfies ErrorReason },
          },
        ],
      });
      return;
    }
    const errorId = newErrorId();
    options.logger.error({ errorId, error: loggableError(error) }, "request failed");
    res.status(status).json({ errors: [{ message: `Internal server error (${errorId})`, extensions: { code: "INTERNAL_SERVER_ERROR", reason: "INTERNAL_ERROR" satisfies ErrorReason, errorId } }] });
  };
  app.use(onError);
  return app;
}
