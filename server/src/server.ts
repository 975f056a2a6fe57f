// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { Request } from "express";
import type { Config } from "./config";
import { connect, type Connection } from "./db/connection";
import { createLogger, type Logger } from "./logger";
import { resolveSecret } from "./auth/secret";
import { TokenService } from "./request/token";
import { FileUrlSigner } from "./files/signed-url";
import { databaseStorage } from "./files/storage";
import { authenticate } from "./auth/login-service";
import { bootstrapAdmin } from "./auth/bootstrap-admin";
import { buildCunwuSchema } from "./graphql/build-schema";
import { createFormatError } from "./graphql/format-error";
import { armor, introspectionGate, rootFieldLimit } from "./graphql/limits";
import { costLimit } from "./graphql/cost-limit";
import { wellFormedText } from "./graphql/text-input";
import { compiledExecution } from "./graphql/compiled-execution";
import type { Context } from "./request/context";
import { createApp, noteUser, requestOperation } from "./http/app";
import type { Lifecycle } from "./ops/readiness";
import { createMetrics } from "./ops/metrics";
import { announceServer, backupRoute, dailyBackupJob, lastBackup } from "./ops/embedded-backups";
import { backupStatus } from "./ops/backup-status";
import { embeddedUpkeepJob } from "./ops/embedded-upkeep";
import { isDatabaseEmpty, seedDemo, type DemoLogin } from "./seed/seed-demo";
import { Slots } from "./request/slots";
import { allowReadLanes } from "./db/read-lanes";
import { runJobsOnce, startScheduler, type Scheduler } from "./scheduler/scheduler";
import { scheduledJobs } from "./scheduler/jobs";
import { smsSenderFor } from "./scheduler/outbox-job";
import { promptOutbox } from "./notifications/outbox-sender";
import { CodeHasher } from "./request/one-time-codes";
import { alignDistrictTimezone } from "./points/rollups";

export interface RunningServer {
  url: string;
  port: number;
  connection: Connection;
  /**
   * The demo logins once the demo district is seeded: this start seeds an
   * empty embedded database after it starts answering. Empty when nothing
   * was seeded.
   */
  seeded: Promise<DemoLogin[]>;
  close(): Promise<void>;
}

/** Prints the demo logins once, when they are created: they are not stored anywhere readable. */
export function printDemoLogins(logins: DemoLogin[], password: string, url: string): void {
  if (logins.length === 0) return;
  const width = Math.max(...logins.map((l) => l.username.length));
  const lines = logins.map((l) => `  ${l.username.padEnd(width)}  ${l.role.padEnd(17)}  ${l.scope}`);
  process.stdout.write(
    `\nDemo district seeded. Open ${url} and log in with password "${password}" as:\n${lines.join("\n")}\n\n`,
  );
}

/**
 * Starts the whole server: connects, migrates, bootstraps the admin, and
 * listens; an empty embedded database (CUNWU_SEED=auto) is seeded after it
 * listens (`seeded`), the API answering STARTING meanwhile.
 */
export async function startServer(config: Config, logger: Logger = createLogger(config.logLevel)): Promise<RunningServer> {
  // No statement may outlast the request budget, but every statement gets a
  // second: the driver's own start-up queries and the login's must finish.
  const statementTimeoutMs = Math.max(config.requestBudgetMs, 1_000);
  // The schema is built while the database opens (PGlite reads and compiles
  // its wasm off this thread): the opening starts first.
  const connecting = connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, statementTimeoutMs, maxConnections: config.dbPool });
  const schemaBuilt = buildCunwuSchema();
  schemaBuilt.catch(() => {});
  const connection = await connecting;
  try {
    await connection.migrate();
    await alignDistrictTimezone(connection.db, config.timezone);
    const secret = resolveSecret(config);
    const seeding = config.seed === "auto" && connection.kind === "pglite" && (await isDatabaseEmpty(connection.db));
    const bootstrap = async () => {
      if (!config.adminUsername || !config.adminPassword) return;
      const outcome = await bootstrapAdmin(connection.db, config.adminUsername, config.adminPassword);
      logger.info({ username: config.adminUsername, outcome }, "district admin from CUNWU_ADMIN_USERNAME");
    };
    // After the seed when there is one, so it can reset the demo admin.
    if (!seeding) await bootstrap();

    const tokens = new TokenService(secret, config.tokenTtlHours);
    const codes = new CodeHasher(secret);
    const fileUrls = new FileUrlSigner(secret, config.files.urlSeconds);
    // Login codes go out at once, through the outbox's own claim-and-send path.
    const outbox = promptOutbox(
      connection.db,
      smsSenderFor(config.sms, logger),
      { maxAttempts: config.sms.maxAttempts, leaseMs: Math.max(config.sms.timeoutMs * 2, 60_000) },
      logger,
    );
    const loginLimits = { maxFailures: config.loginMaxFailures, windowMinutes: config.loginWindowMinutes, slowSeconds: config.loginSlowSeconds };
    const schema = await schemaBuilt;
    const httpServer = http.createServer();
    // Keep idle connections longer than clients and load balancers do (60 s is
    // the common idle limit), so the server never closes a connection just as
    // a client reuses it (ECONNRESET).
    httpServer.keepAliveTimeout = 65_000;
    httpServer.headersTimeout = 66_000;
    const protection = armor(config.limits);
    const apollo = new ApolloServer<Context>({
      // Apollo parses, validates and runs the plugins; each operation runs compiled.
      gateway: compiledExecution(schema),
      formatError: createFormatError(logger, config.requestBudgetMs),
      validationRules: [...protection.validationRules, rootFieldLimit(config.limits.maxRootFields)],
      includeStacktraceInErrorResponses: false,
      allowBatchedHttpRequests: false,
      // A document over the token limit stops parsing there: HTTP 400.
      parseOptions: { maxTokens: config.limits.maxTokens },
      // Answered for logged-in users; for anonymous ones as the setting says (introspectionGate).
      introspection: true,
      csrfPrevention: true,
      // cli.ts stops the server on SIGINT/SIGTERM and exits 0; Apollo's own
      // handlers would race it and re-kill the process before the database closes.
      stopOnTerminationSignals: false,
      plugins: [
        // On stop: no new connections, idle ones closed, busy ones finish
        // within CUNWU_SHUTDOWN_SECONDS, then are cut (cli.ts, SIGTERM).
        ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownSeconds * 1000 }),
        ApolloServerPluginLandingPageDisabled(),
        // No HTTP caching of answers here; its plugin wrapped every field of every answer.
        ApolloServerPluginCacheControlDisabled(),
        ...protection.plugins,
        introspectionGate(config.limits.anonymousIntrospection),
        wellFormedText(),
        costLimit(schema, config.limits.maxCost),
      ],
    });
    await apollo.start();

    const backupDir = config.backup.dir;
    // Daily backups run where the scheduler runs the job (below): embedded, a folder, the scheduler on.
    const backupsScheduled = Boolean(connection.embedded && backupDir && config.schedulerSeconds > 0);
    const reportSlots = new Slots(config.reportsAtOnce);
    // A report reads on as many connections as it holds slots; with at least
    // as many connections as slots, every report can get its own.
    if (connection.kind === "postgres" && config.dbPool >= config.reportsAtOnce) allowReadLanes(connection.db);
    const backupStatusNow = () => backupStatus({ dir: backupDir, scheduled: backupsScheduled, keep: config.backup.keep });
    const context = async (req: Request): Promise<Context> => {
      const base = {
        db: connection.db,
        address: req.ip ?? req.socket.remoteAddress ?? "unknown",
        logger,
        tokens,
        loginLimits,
        codes,
        outbox,
        fileUrls,
        backupStatus: backupStatusNow,
        maxUploadBytes: config.files.maxUploadBytes,
        timezone: config.timezone,
        reportSlots,
        deadline: { at: Date.now() + config.requestBudgetMs, budgetMs: config.requestBudgetMs },
      };
      const header = req.headers.authorization;
      const token = header?.startsWith("Bearer ") ? header.slice(7).trim() : undefined;
      if (!token) return { ...base, actor: null };
      const result = await authenticate(connection.db, tokens, token);
      if (!("actor" in result)) return { ...base, actor: null, authFailure: result.failure };
      noteUser(req, result.actor.userId);
      return { ...base, actor: result.actor };
    };

    const startup: Lifecycle = { seeding };
    const metrics = createMetrics({
      db: connection.db,
      databaseKind: connection.kind,
      requestOperation,
      lastBackup: () => lastBackup(backupDir),
      reportSlots,
    });
    // Only the process holding the embedded database can back it up (PostgreSQL: pg_dump, cli.ts).
    const ownSecret = config.secret ? undefined : secret;
    const backups = connection.embedded
      ? { route: backupRoute({ client: connection.embedded, secret, ownSecret, dir: backupDir, keep: config.backup.keep }), last: () => lastBackup(backupDir) }
      : undefined;
    const app = createApp({
      apollo,
      db: connection.db,
      databaseKind: connection.kind,
      logger,
      consoleDir: config.consoleDir,
      context,
      trustProxy: config.trustProxy,
      files: { storage: databaseStorage, signer: fileUrls, config: config.files },
      startup,
      metrics,
      metricsToken: config.metricsToken,
      backups,
    });
    httpServer.on("request", app);
    await new Promise<void>((resolve, reject) => {
      httpServer.once("error", reject);
      httpServer.listen(config.port, config.host, resolve);
    });
    const port = (httpServer.address() as AddressInfo).port;
    const url = `http://${config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host}:${port}`;
    logger.info({ url, database: connection.kind, seeding }, "cunwu is listening");
    const unannounce = connection.embedded && config.dataDir !== "memory://" ? announceServer(config.dataDir, port) : () => {};
    const schedulerRun = {
      db: connection.db,
      timezone: config.timezone,
      logger,
      jobs: [
        ...scheduledJobs(config, logger),
        // Autovacuum's work, which nothing else does for an embedded database (before the day's backup, so a restore starts with statistics).
        ...(connection.embedded ? [embeddedUpkeepJob(connection.embedded)] : []),
        ...(backupsScheduled && connection.embedded && backupDir ? [dailyBackupJob(connection.embedded, backupDir, config.backup.keep, ownSecret)] : []),
      ],
      onRun: metrics.jobRan,
    };
    // The seeded year's due reminders and messages are caught up before the database reopens.
    const afterSeed = async () => {
      await bootstrap();
      if (config.schedulerSeconds > 0) await runJobsOnce(schedulerRun);
    };
    const seeded = seeding ? seedAfterListening(connection, config, logger, startup, afterSeed) : Promise.resolve([]);
    // Time-based notifications and the outbox, once the demo seed (if any) is in.
    const scheduler: Promise<Scheduler | undefined> =
      config.schedulerSeconds > 0
        ? seeded.then(
            () => startScheduler({ ...schedulerRun, intervalMs: config.schedulerSeconds * 1000 }),
            () => undefined,
          )
        : Promise.resolve(undefined);
    return {
      url,
      port,
      connection,
      seeded,
      async close() {
        // /readyz says so at once: a balancer stops sending work while the rest drains.
        startup.stopping = true;
        unannounce();
        await (await scheduler)?.stop();
        await apollo.stop();
        await outbox.settle();
        // PGlite closes after the seed's transaction ends (a second Ctrl-C
        // ends the process at once; the seed is then redone at the next start).
        if (startup.seeding) logger.info("waiting for the demo seed to finish before closing the database");
        await seeded.catch(() => {});
        await connection.close();
      },
    };
  } catch (error) {
    await connection.close().catch(() => {});
    throw error;
  }
}

/**
 * Seeds the demo district, with its year, into the empty embedded database
 * the server already answers on. PGlite has one connection and the seed is
 * one transaction (a stopped seed leaves nothing), so every other query
 * would wait for it: until it ends /healthz says `demo: "seeding"` and the
 * API answers STARTING at once. `afterSeed` (the admin's bootstrap, the
 * scheduler's first run) runs inside that time too; then the database is
 * reopened, to give back the memory they grew it to. A failed seed rejects
 * `seeded` (cli.ts then stops the server, as a failed start did).
 */
async function seedAfterListening(
  connection: Connection,
  config: Config,
  logger: Logger,
  startup: Lifecycle,
  afterSeed: () => Promise<void>,
): Promise<DemoLogin[]> {
  try {
    const logins = await seedDemo(connection.db, { demoPassword: config.demoPassword, history: true, timezone: config.timezone });
    logger.info({ users: logins.length }, "seeded the demo district into the empty database");
    await afterSeed();
    // The seed's one big transaction grew PGlite's memory; a fresh instance starts small.
    await connection.reopen?.();
    return logins;
  } finally {
    startup.seeding = false;
  }
}
