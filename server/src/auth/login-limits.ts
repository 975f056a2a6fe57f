import { and, desc, eq, gt, sql } from "drizzle-orm";
import { loginAttempts } from "@cunwu/schema";
import type { Db, Tx } from "../db/database";
import { unauthenticated } from "../errors";
import type { LoginLimits } from "../config";

// How many password guesses a login may cost, counted so that a burst of
// parallel guesses cannot overrun them and so that nobody can use them to
// lock someone else out:
// - per username and address: `maxFailures` in the window, then that pair waits;
// - per address: `addressFactor` times as many (a shared village office PC);
// - per username from anywhere: `usernameFactor` times as many, after which
//   the username is slowed, not locked: one attempt per `slowSeconds`, so the
//   right password from another computer gets in after a short wait.
// Each attempt is claimed (written as a failure) under per-username and
// per-address locks before the password is checked, and marked a success
// afterwards; a username's success clears its failures.


const addressFactor = 4;
const usernameFactor = 4;

const rateLimited = (retryAfterSeconds: number) =>
  unauthenticated(`Too many failed logins; try again in ${retryAfterSeconds < 120 ? `${retryAfterSeconds} seconds` : `${Math.ceil(retryAfterSeconds / 60)} minutes`}`, "RATE_LIMITED", {
    retryAfterSeconds,
  });

interface Counts {
  pair: number;
  pairOldest: Date | null;
  address: number;
  addressOldest: Date | null;
  username: number;
  usernameLast: Date | null;
}

const asDate = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string));

async function counts(tx: Tx, username: string, address: string, windowMinutes: number): Promise<Counts> {
  const since = new Date(Date.now() - windowMinutes * 60_000);
  // A username's own success clears its failures; an address's do not clear
  // on anyone's success, or one valid account could shield guessing at others.
  const [lastSuccess] = await tx
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, username), eq(loginAttempts.succeeded, true), gt(loginAttempts.at, since)))
    .orderBy(desc(loginAttempts.at))
    .limit(1);
  // As text with a cast: a bare Date in a raw fragment is not bound on postgres.js.
  const userFrom = sql`${(lastSuccess ? lastSuccess.at : since).toISOString()}::timestamptz`;
  const failed = sql`not ${loginAttempts.succeeded}`;
  const ofPair = sql`${loginAttempts.username} = ${username} and ${loginAttempts.address} = ${address} and ${failed} and ${loginAttempts.at} > ${userFrom}`;
  const ofAddress = sql`${loginAttempts.address} = ${address} and ${failed}`;
  const ofUsername = sql`${loginAttempts.username} = ${username} and ${failed} and ${loginAttempts.at} > ${userFrom}`;
  const [row] = await tx
    .select({
      pair: sql<number>`count(*) filter (where ${ofPair})`.mapWith(Number),
      pairOldest: sql<string | null>`min(${loginAttempts.at}) filter (where ${ofPair})`,
      address: sql<number>`count(*) filter (where ${ofAddress})`.mapWith(Number),
      addressOldest: sql<string | null>`min(${loginAttempts.at}) filter (where ${ofAddress})`,
      username: sql<number>`count(*) filter (where ${ofUsername})`.mapWith(Number),
      usernameLast: sql<string | null>`max(${loginAttempts.at}) filter (where ${loginAttempts.username} = ${username})`,
    })
    .from(loginAttempts)
    .where(and(sql`(${loginAttempts.username} = ${username} or ${loginAttempts.address} = ${address})`, gt(loginAttempts.at, since)));
  return {
    pair: row?.pair ?? 0,
    pairOldest: asDate(row?.pairOldest),
    address: row?.address ?? 0,
    addressOldest: asDate(row?.addressOldest),
    username: row?.username ?? 0,
    usernameLast: asDate(row?.usernameLast),
  };
}

/** Seconds until the window frees the oldest failure. */
const untilFreed = (oldest: Date | null, windowMinutes: number) =>
  Math.max(1, Math.ceil(((oldest?.getTime() ?? Date.now()) + windowMinutes * 60_000 - Date.now()) / 1000));

/**
 * Addresses known to be waiting, and until when (per database handle): an
 * address's failures do not clear on anyone's success, so its wait is
 * exact, and refusing it here spares the database a transaction per guess
 * when one address keeps guessing (10,000 guesses cost a few seconds, not a
 * minute). Another process learns the same from the database.
 */
const waitingAddresses = new WeakMap<Db, Map<string, number>>();
const maxRemembered = 10_000;

function addressWaits(db: Db, address: string): number | undefined {
  const until = waitingAddresses.get(db)?.get(address);
  if (until === undefined) return undefined;
  if (until > Date.now()) return Math.max(1, Math.ceil((until - Date.now()) / 1000));
  waitingAddresses.get(db)!.delete(address);
  return undefined;
}

function rememberWaiting(db: Db, address: string, seconds: number): void {
  let waiting = waitingAddresses.get(db);
  if (!waiting) waitingAddresses.set(db, (waiting = new Map()));
  if (waiting.size >= maxRemembered) waiting.clear();
  waiting.set(address, Date.now() + seconds * 1000);
}

/**
 * Claims one password check for `username` from `address`, or refuses with
 * UNAUTHENTICATED, reason RATE_LIMITED and retryAfterSeconds. The claim is a
 * failed attempt until `attemptSucceeded` marks it.
 */
export async function claimAttempt(db: Db, limits: LoginLimits, username: string, address: string): Promise<number> {
  const waits = addressWaits(db, address);
  if (waits !== undefined) throw rateLimited(waits);
  return db.transaction(async (tx) => {
    // Username first, then address, in every transaction: no deadlock.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login-user:${username}`}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login-address:${address}`}))`);
    const c = await counts(tx, username, address, limits.windowMinutes);
    if (c.pair >= limits.maxFailures) throw rateLimited(untilFreed(c.pairOldest, limits.windowMinutes));
    if (c.address >= limits.maxFailures * addressFactor) {
      const seconds = untilFreed(c.addressOldest, limits.windowMinutes);
      rememberWaiting(db, address, seconds);
      throw rateLimited(seconds);
    }
    if (c.username >= limits.maxFailures * usernameFactor && c.usernameLast) {
      const waited = (Date.now() - c.usernameLast.getTime()) / 1000;
      if (waited < limits.slowSeconds) throw rateLimited(Math.max(1, Math.ceil(limits.slowSeconds - waited)));
    }
    const [attempt] = await tx.insert(loginAttempts).values({ username, address, succeeded: false }).returning({ id: loginAttempts.id });
    return attempt!.id;
  });
}

/** The claimed check found the right password. */
export async function attemptSucceeded(db: Db, attemptId: number): Promise<void> {
  await db.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attemptId));
}
