import path from "node:path";
import { repoRoot } from "./paths";

/** Everything the server reads from the environment, validated once at start-up. */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; when unset the embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** Largest PostgreSQL connection pool of one server process (CUNWU_DB_POOL); PGlite has one connection. */
  dbPool: number;
  /** Folder of the embedded database and its generated secret. `memory://` keeps it in memory. */
  dataDir: string;
  secret: string | undefined;
  tokenTtlHours: number;
  adminUsername: string | undefined;
  adminPassword: string | undefined;
  /** auto: seed demo data into an empty embedded database at start-up; never: don't. */
  seed: "auto" | "never";
  demoPassword: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  loginMaxFailures: number;
  loginWindowMinutes: number;
  /** Past a username's overall failure limit, one attempt per this many seconds. */
  loginSlowSeconds: number;
  /** The built console served at `/`. */
  consoleDir: string;
  timezone: string;
  /** One request's wall-clock budget; also PostgreSQL's statement_timeout. */
  requestBudgetMs: number;
  /** Reports counted at once by this process; others wait their turn (CUNWU_REPORTS_AT_ONCE, request/slots.ts). */
  reportsAtOnce: number;
  /** Express's "trust proxy": false, a hop count, or the proxies' addresses (CUNWU_TRUST_PROXY). */
  trustProxy: boolean | number | string;
  /** On SIGTERM, how long requests in flight may take to finish before their connections are cut (CUNWU_SHUTDOWN_SECONDS). */
  shutdownSeconds: number;
  /** A token /metrics asks for (CUNWU_METRICS_TOKEN); without one /metrics answers this machine only. */
  metricsToken?: string;
  /** Where backups go (CUNWU_BACKUP_DIR, default <data dir>/backups; "off": no daily backups) and how many are kept. */
  backup: { dir?: string; keep: number };
  /** What one GraphQL request may ask for (graphql/limits.ts). */
  limits: RequestLimits;
  /** Seconds between the scheduler's runs (notifications due by time, the text-message outbox); 0 turns it off. */
  schedulerSeconds: number;
  /** How text messages are sent (the outbox). */
  sms: SmsConfig;
  /** Photo uploads and their links (server/src/files). */
  files: FilesConfig;
}

/** Limits of `POST /files` and the lifetime of signed file links (README, "Settings"). */
export interface FilesConfig {
  /** Largest upload body, in bytes (CUNWU_UPLOAD_MAX_MB). */
  maxUploadBytes: number;
  /** Uploads one user may send in ten minutes (CUNWU_UPLOADS_PER_10_MIN). */
  uploadsPer10Min: number;
  /** How long a signed `url`/`thumbnailUrl` stays valid (CUNWU_FILE_URL_SECONDS). */
  urlSeconds: number;
}

/** The text-message outbox's sender (README, "Settings"). */
export interface SmsConfig {
  /** log: write them to the log (masked number); http: POST them to the district's SMS gateway. */
  sender: "log" | "http";
  webhookUrl: string | undefined;
  webhookSecret: string | undefined;
  /** How long the gateway may take to answer one message. */
  timeoutMs: number;
  /** Attempts before a message is FAILED. */
  maxAttempts: number;
}

/** Per-request limits; each is a setting (README, "Settings"). */
export interface RequestLimits {
  /** Field nesting, not counting introspection. */
  maxDepth: number;
  maxAliases: number;
  /** Root fields of one operation, aliases included. */
  maxRootFields: number;
  /** Lexical tokens of the document: refused while parsing. */
  maxTokens: number;
  maxDirectives: number;
  /** Estimated cost (graphql/limits.ts prices each field). */
  maxCost: number;
  /** Introspection for callers without a token (logged-in users always get it). */
  anonymousIntrospection: boolean;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(", ")} (got "${raw}")`);
  }
  return raw as T;
}

function optional(env: Env, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw === "" ? undefined : raw;
}


/**
 * CUNWU_TRUST_PROXY: unset or "off" trusts no proxy (the socket's address is
 * the client's); a number trusts that many proxies in front; otherwise a
 * comma-separated list of the proxies' addresses or subnets ("loopback",
 * "10.0.0.0/8"), as Express reads it.
 */
function trustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === "" || raw === "off") return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (!/^[\w.:/, -]+$/.test(raw)) throw new ConfigError(`CUNWU_TRUST_PROXY must be off, a number of proxies, or their addresses (got "${raw}")`);
  return raw;
}

/**
 * `serving: false` for the commands that only touch the database (migrate,
 * seed): they sign no tokens, so they need no CUNWU_SECRET.
 */
export function loadConfig(env: Env = process.env, { serving = true }: { serving?: boolean } = {}): Config {
  const databaseUrl = optional(env, "DATABASE_URL");
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql:// (got "${databaseUrl}")`);
  }
  const secret = optional(env, "CUNWU_SECRET");
  if (secret !== undefined && secret.length < 32) {
    throw new ConfigError("CUNWU_SECRET must be at least 32 characters long");
  }
  if (databaseUrl && !secret && serving) {
    throw new ConfigError("CUNWU_SECRET is required with DATABASE_URL (several servers must share one secret)");
  }
  const adminUsername = optional(env, "CUNWU_ADMIN_USERNAME");
  const adminPassword = optional(env, "CUNWU_ADMIN_PASSWORD");
  if ((adminUsername === undefined) !== (adminPassword === undefined)) {
    throw new ConfigError("CUNWU_ADMIN_USERNAME and CUNWU_ADMIN_PASSWORD must be set together");
  }
  if (adminUsername !== undefined && !/^[a-z0-9_.-]{3,32}$/.test(adminUsername)) {
    throw new ConfigError("CUNWU_ADMIN_USERNAME must be 3 to 32 of a-z, 0-9, dot, dash, underscore");
  }
  if (adminPassword !== undefined && (adminPassword.length < 8 || adminPassword.length > 128)) {
    throw new ConfigError("CUNWU_ADMIN_PASSWORD must be 8 to 128 characters long");
  }
  const timezone = env.CUNWU_TIMEZONE || "Asia/Shanghai";
  try {
    new Intl.DateTimeFormat("en", { timeZone: timezone });
  } catch {
    throw new ConfigError(`CUNWU_TIMEZONE must be an IANA time zone such as Asia/Shanghai (got "${timezone}")`);
  }
  // Relative to where the command was typed (pnpm runs scripts inside the
  // package and says where it started in INIT_CWD); by default the repo's data/.
  const dataDir = env.CUNWU_DATA_DIR
    ? path.resolve(env.INIT_CWD ?? process.cwd(), env.CUNWU_DATA_DIR)
    : path.join(repoRoot, "data");
  return {
    port: integer(env, "PORT", 4000, 0, 65535),
    // The embedded default listens on this computer only; README says how to
    // open it to the village network. Behind a load balancer (PostgreSQL) all addresses.
    host: env.HOST || (databaseUrl ? "0.0.0.0" : "127.0.0.1"),
    databaseUrl,
    dataDir: env.CUNWU_DATA_DIR === "memory://" ? "memory://" : dataDir,
    dbPool: integer(env, "CUNWU_DB_POOL", 10, 1, 1000),
    secret,
    tokenTtlHours: integer(env, "CUNWU_TOKEN_TTL_HOURS", 12, 1, 24 * 30),
    adminUsername,
    adminPassword,
    seed: oneOf(env, "CUNWU_SEED", ["auto", "never"] as const, "auto"),
    demoPassword: env.CUNWU_DEMO_PASSWORD || "cunwu-demo-2026",
    logLevel: oneOf(env, "LOG_LEVEL", ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const, "info"),
    loginMaxFailures: integer(env, "CUNWU_LOGIN_MAX_FAILURES", 5, 1, 1000),
    loginWindowMinutes: integer(env, "CUNWU_LOGIN_WINDOW_MINUTES", 15, 1, 24 * 60),
    loginSlowSeconds: integer(env, "CUNWU_LOGIN_SLOW_SECONDS", 10, 1, 3600),
    consoleDir: env.CUNWU_CONSOLE_DIR ? path.resolve(env.INIT_CWD ?? process.cwd(), env.CUNWU_CONSOLE_DIR) : path.join(repoRoot, "admin/dist"),
    timezone,
    trustProxy: trustProxy(env.CUNWU_TRUST_PROXY),
    requestBudgetMs: integer(env, "CUNWU_REQUEST_BUDGET_MS", 15_000, 1, 600_000),
    reportsAtOnce: integer(env, "CUNWU_REPORTS_AT_ONCE", 2, 1, 100),
    shutdownSeconds: integer(env, "CUNWU_SHUTDOWN_SECONDS", 20, 1, 600),
    metricsToken: metricsToken(env),
    backup: {
      dir:
        env.CUNWU_BACKUP_DIR === "off" || (!env.CUNWU_BACKUP_DIR && env.CUNWU_DATA_DIR === "memory://")
          ? undefined
          : env.CUNWU_BACKUP_DIR
            ? path.resolve(env.INIT_CWD ?? process.cwd(), env.CUNWU_BACKUP_DIR)
            : path.join(dataDir, "backups"),
      keep: integer(env, "CUNWU_BACKUP_KEEP", 14, 1, 1000),
    },
    schedulerSeconds: schedulerSeconds(env),
    sms: smsConfig(env),
    files: {
      maxUploadBytes: integer(env, "CUNWU_UPLOAD_MAX_MB", 15, 1, 100) * 1024 * 1024,
      uploadsPer10Min: integer(env, "CUNWU_UPLOADS_PER_10_MIN", 60, 1, 10_000),
      urlSeconds: integer(env, "CUNWU_FILE_URL_SECONDS", 300, 10, 86_400),
    },
    limits: {
      maxDepth: integer(env, "CUNWU_MAX_DEPTH", 10, 2, 100),
      maxAliases: integer(env, "CUNWU_MAX_ALIASES", 30, 1, 1000),
      maxRootFields: integer(env, "CUNWU_MAX_ROOT_FIELDS", 30, 1, 1000),
      maxTokens: integer(env, "CUNWU_MAX_TOKENS", 10_000, 100, 1_000_000),
      maxDirectives: integer(env, "CUNWU_MAX_DIRECTIVES", 50, 0, 1000),
      maxCost: integer(env, "CUNWU_MAX_COST", 20_000, 100, 10_000_000),
      anonymousIntrospection: oneOf(env, "CUNWU_ANONYMOUS_INTROSPECTION", ["on", "off"] as const, "off") === "on",
    },
  };
}

/** CUNWU_METRICS_TOKEN: a scraper's bearer token, long enough not to be guessed. */
function metricsToken(env: Env): string | undefined {
  const token = optional(env, "CUNWU_METRICS_TOKEN");
  if (token !== undefined && (token.length < 16 || /\s/.test(token))) {
    throw new ConfigError("CUNWU_METRICS_TOKEN must be at least 16 characters without spaces");
  }
  return token;
}

/** CUNWU_SCHEDULER_SECONDS: 0 (off), or 5 seconds to a day between runs. */
function schedulerSeconds(env: Env): number {
  const seconds = integer(env, "CUNWU_SCHEDULER_SECONDS", 60, 0, 86_400);
  if (seconds > 0 && seconds < 5) throw new ConfigError(`CUNWU_SCHEDULER_SECONDS must be 0 (off) or from 5 to 86400 (got "${env.CUNWU_SCHEDULER_SECONDS}")`);
  return seconds;
}

/** CUNWU_SMS_*: http needs the gateway's URL and a shared secret; log needs nothing. */
function smsConfig(env: Env): SmsConfig {
  const sender = oneOf(env, "CUNWU_SMS_SENDER", ["log", "http"] as const, "log");
  const webhookUrl = optional(env, "CUNWU_SMS_WEBHOOK_URL");
  const webhookSecret = optional(env, "CUNWU_SMS_WEBHOOK_SECRET");
  if (webhookUrl !== undefined) {
    let protocol = "";
    try {
      protocol = new URL(webhookUrl).protocol;
    } catch {
      // Not a URL at all: refused below.
    }
    if (protocol !== "http:" && protocol !== "https:") throw new ConfigError(`CUNWU_SMS_WEBHOOK_URL must be an http:// or https:// URL (got "${webhookUrl}")`);
  }
  if (sender === "http" && webhookUrl === undefined) throw new ConfigError("CUNWU_SMS_WEBHOOK_URL is required with CUNWU_SMS_SENDER=http");
  if (sender === "http" && (webhookSecret === undefined || webhookSecret.length < 16)) {
    throw new ConfigError("CUNWU_SMS_WEBHOOK_SECRET of at least 16 characters is required with CUNWU_SMS_SENDER=http");
  }
  return {
    sender,
    webhookUrl,
    webhookSecret,
    timeoutMs: integer(env, "CUNWU_SMS_TIMEOUT_MS", 10_000, 100, 120_000),
    maxAttempts: integer(env, "CUNWU_SMS_MAX_ATTEMPTS", 5, 1, 20),
  };
}

/** The login limits a request checks (auth/login-limits.ts), from the CUNWU_LOGIN_* settings. */
export interface LoginLimits {
  /** Failures per username and address before that pair waits for the window. */
  maxFailures: number;
  windowMinutes: number;
  /** Past the per-username limit, one attempt per this many seconds. */
  slowSeconds: number;
}
