import { timingSafeEqual } from "node:crypto";
import { and, desc, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { loginCodes, users } from "@cunwu/schema";
import type { Db } from "../db/database";
import type { LoginLimits } from "../config";
import type { TokenService } from "../request/token";
import type { CodeHasher } from "../request/one-time-codes";
import { unauthenticated } from "../errors";
import { attemptSucceeded, claimAttempt } from "../auth/login-limits";
import { issue, type Session } from "../auth/login-service";
import { queueText } from "../notifications/notify";
import { mobileNumber, newLoginCode } from "./activation-code";

export const loginCodeMinutes = 10;
export const loginCodeTries = 5;
/** A number gets a code at most once a minute and this many times a day. */
export const loginCodesPerDay = 5;

const invalid = () => unauthenticated("The code is wrong or no longer valid; ask for a new one", "LOGIN_CODE_INVALID");

/** The active resident a mobile number logs in as, if any. */
const residentWithPhone = (phone: string) => and(eq(users.phone, phone), eq(users.active, true), eq(users.role, "RESIDENT"));

/**
 * Texts a 6-digit login code to a number bound to an active resident. The
 * answer is always true (whether a number is bound is nobody's business);
 * beyond once a minute or 5 a day nothing is sent. The code is stored as
 * its keyed hash; the text goes through the outbox and out at once.
 */
export async function requestLoginCode(db: Db, codes: CodeHasher, outbox: { sendSoon(ids: readonly number[]): void }, rawPhone: string): Promise<boolean> {
  const phone = mobileNumber(rawPhone);
  if (!phone) return true;
  const deliveryId = await db.transaction(async (tx) => {
    // One request per number at a time, so the limits cannot be raced.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login-code:${phone}`}))`);
    const [user] = await tx.select({ id: users.id }).from(users).where(residentWithPhone(phone)).limit(1);
    if (!user) return null;
    const now = new Date();
    const dayAgo = new Date(now.getTime() - 86_400_000);
    const [recent] = await tx
      .select({ count: sql<number>`count(*)`.mapWith(Number), last: sql<string | null>`max(${loginCodes.createdAt})` })
      .from(loginCodes)
      .where(and(eq(loginCodes.phone, phone), gt(loginCodes.createdAt, dayAgo)));
    if (recent!.count >= loginCodesPerDay) return null;
    if (recent!.last && new Date(recent!.last).getTime() > now.getTime() - 60_000) return null;
    // Only the newest code counts; older ones (and yesterday's rows) go.
    await tx.update(loginCodes).set({ usedAt: now }).where(and(eq(loginCodes.phone, phone), isNull(loginCodes.usedAt)));
    await tx.delete(loginCodes).where(and(eq(loginCodes.phone, phone), lt(loginCodes.createdAt, dayAgo)));
    const code = newLoginCode();
    const [row] = await tx
      .insert(loginCodes)
      .values({ phone, codeHash: codes.hash("login", code), expiresAt: new Date(now.getTime() + loginCodeMinutes * 60_000), createdAt: now })
      .returning({ id: loginCodes.id });
    return queueText(tx, {
      kind: "LOGIN_CODE",
      phone,
      text: `【村务】您的登录验证码是${code}，${loginCodeMinutes}分钟内有效。请勿告诉他人；如非本人操作，请忽略。`,
      dedupeKey: `login-code:${row!.id}`,
    });
  });
  if (deliveryId !== null) outbox.sendSoon([deliveryId]);
  return true;
}

const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Logs in with a texted code. Each check spends one of the code's 5 tries
 * (a conditional update, so parallel checks cannot spend more), and counts
 * as a login attempt from the address; every failure is LOGIN_CODE_INVALID.
 */
export async function loginWithCode(
  db: Db,
  tokens: TokenService,
  codes: CodeHasher,
  limits: LoginLimits,
  input: { phone: string; code: string; address: string },
): Promise<Session> {
  const phone = mobileNumber(input.phone);
  const code = input.code?.trim() ?? "";
  if (!phone || !/^\d{6}$/.test(code)) throw invalid();
  const attempt = await claimAttempt(db, limits, `phone:${phone}`, input.address);
  const now = new Date();
  const [live] = await db
    .select({ id: loginCodes.id })
    .from(loginCodes)
    .where(and(eq(loginCodes.phone, phone), isNull(loginCodes.usedAt), gt(loginCodes.expiresAt, now), lt(loginCodes.tries, loginCodeTries)))
    .orderBy(desc(loginCodes.id))
    .limit(1);
  if (!live) throw invalid();
  const [tried] = await db
    .update(loginCodes)
    .set({ tries: sql`${loginCodes.tries} + 1` })
    .where(and(eq(loginCodes.id, live.id), isNull(loginCodes.usedAt), lt(loginCodes.tries, loginCodeTries)))
    .returning();
  if (!tried || !sameHash(tried.codeHash, codes.hash("login", code))) throw invalid();
  const [used] = await db
    .update(loginCodes)
    .set({ usedAt: now })
    .where(and(eq(loginCodes.id, tried.id), isNull(loginCodes.usedAt)))
    .returning({ id: loginCodes.id });
  if (!used) throw invalid();
  const [user] = await db.update(users).set({ lastLoginAt: now }).where(residentWithPhone(phone)).returning();
  if (!user) throw invalid();
  await attemptSucceeded(db, attempt);
  return issue(tokens, user);
}
