import type { Actor } from "./actor";
import type { Db } from "../db/database";
import type { Logger } from "../logger";
import type { TokenService } from "./token";
import type { LoginLimits } from "../config";
import type { CodeHasher } from "./one-time-codes";
import type { FileUrlSigner } from "../files/signed-url";
import type { BackupStatusView } from "../ops/backup-status";
import type { Slots } from "./slots";

/**
 * What every resolver gets for one request. It lives at the bottom, beside
 * db/ and errors.ts, so modules read the request without importing the
 * GraphQL layer that assembles them. Each module keeps its own per-request
 * loaders (request/loaders.ts `perRequest`), keyed by this object.
 */
export interface Context {
  db: Db;
  /** The logged-in user, or null. */
  actor: Actor | null;
  /** Why a token that came with the request was refused, if it was. */
  authFailure?: "expired" | "invalid";
  /** Client address, for the login rate limit. */
  address: string;
  logger: Logger;
  tokens: TokenService;
  loginLimits: LoginLimits;
  /** Keyed hashes of activation and login codes. */
  codes: CodeHasher;
  /** Text messages that must go out now (login codes), beside the scheduler's outbox job. */
  outbox: { sendSoon(deliveryIds: readonly number[]): void };
  /** Signs the short-lived links of photos (files/signed-url.ts). */
  fileUrls: FileUrlSigner;
  /** Largest upload POST /files takes (CUNWU_UPLOAD_MAX_MB), for Query.photoLimits. */
  maxUploadBytes: number;
  /** The backup folder as it is now, for Query.backupStatus (ops/backup-status.ts). */
  backupStatus: () => BackupStatusView;
  /** The district's time zone, for "today" and deadlines. */
  timezone: string;
  /** How many reports this process counts at once (CUNWU_REPORTS_AT_ONCE, request/slots.ts). */
  reportSlots?: Slots;
  /** When the request's time budget runs out (graphql/time-budget.ts). */
  deadline?: { at: number; budgetMs: number };
}

/** The actor of a field that has an access rule, so one is always there. */
export function actorOf(context: Context): Actor {
  if (!context.actor) throw new Error("guarded field reached without an actor");
  return context.actor;
}
