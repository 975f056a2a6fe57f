// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { pino } from "pino";
import { signPayload, signatureHeader, timestampHeader } from "@cunwu/server/notifications/sms-sender";
import { startTestServer, type TestServer } from "../support/server";
import { expectReason, rowsOf } from "../support/assert";
import { patience } from "../support/patience";
import { activateResident, householdAccounts, issueResidentActivations, loginWithCode, requestLoginCode, setResidentAccountActive } from "../support/ops/onboarding";

// Logging in by phone: a resident who gave a mobile number at activation
// asks for a code, gets it by text message (here: a real HTTP gateway in the
// test, with the scheduler off, so the code goes out at once by itself) and
// logs in with it. Limits: 5 tries a code, once a minute and 5 a day a
// number; a number without an active resident gets nothing, but the same
// answer. And a committee disables one family member's login.

let t: TestServer;
let gateway: http.Server;
const secret = "the-district-gateway-secret";
const texts: { to: string; text: string; kind: string }[] = [];
const log: string[] = [];
const tokens: Record<string, string> = {};
const db = () => t.server.connection.db;
const rows = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await db().execute(query));
const password = "a-family-password";
let villageId: number;
/** Residents by phone: [household id, user id]. */
const phones = { wang: "13911110001", li: "13911110002", zhao: "13911110003", son: "13911110004" };

const textsTo = (phone: string) => texts.filter((m) => m.to === phone);
/** The newest code texted to a number, waiting for it to arrive. */
async function codeTexted(phone: string, count: number): Promise<string> {
  await expect.poll(() => textsTo(phone).length, { timeout: patience }).toBe(count);
  return /(\d{6})/.exec(textsTo(phone).at(-1)!.text)![1]!;
}
/** As if the last code were asked for `minutes` ago (the once-a-minute limit is about the clock). */
const age = (phone: string, minutes: number) =>
  db().execute(sql`update login_codes set created_at = created_at - make_interval(mins => ${minutes}) where phone = ${phone}`);

async function resident(number: string, phone: string | null) {
  const [household] = await rows<{ id: number }>(sql`select id from households where number = ${number}`);
  const [slip] = await issueResidentActivations.ok(t, { villageId, householdIds: [household!.id] }, tokens.village);
  const session = await activateResident.ok(t, { code: slip!.code, password, phone }, undefined);
  return { householdId: household!.id, userId: session.user.id, token: session.token, username: session.user.username };
}

beforeAll(async () => {
  gateway = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      // A gateway checks the signature before it sends anything.
      const valid = req.headers[signatureHeader] === signPayload(secret, String(req.headers[timestampHeader]), body);
      if (valid) texts.push(JSON.parse(body) as { to: string; text: string; kind: string });
      res.writeHead(valid ? 200 : 401).end();
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, "127.0.0.1", resolve));
  const logger = pino({ level: "trace" }, new Writable({ write: (chunk, _encoding, done) => (log.push(String(chunk)), done()) }));
  t = await startTestServer({
    logger,
    fixture: "demo-year",
    env: {
      CUNWU_SMS_SENDER: "http",
      CUNWU_SMS_WEBHOOK_URL: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`,
      CUNWU_SMS_WEBHOOK_SECRET: secret,
      // Enough password-check room per number and address for the 5 tries of a code.
      CUNWU_LOGIN_MAX_FAILURES: "10",
    },
  });
  for (const name of ["village", "village-pc02", "township", "resident"]) tokens[name] = await t.login(name);
  villageId = (await rows<{ id: number }>(sql`select id from villages where code = 'PC01'`))[0]!.id;
});
afterAll(async () => {
  await t?.close();
  gateway?.closeAllConnections();
  await new Promise((resolve) => gateway?.close(resolve));
});

describe("logging in with a texted code", () => {
  it("texts a 6-digit code to the resident's phone and logs in with it, once", async () => {
    const wang = await resident("PC01-011", phones.wang);
    expect(await requestLoginCode.ok(t, { phone: phones.wang })).toBe(true);
    const code = await codeTexted(phones.wang, 1);
    expect(textsTo(phones.wang)[0]).toMatchObject({ kind: "LOGIN_CODE", text: expect.stringContaining("验证码") });
    const session = await loginWithCode.ok(t, { phone: phones.wang, code });
    expect(session.user).toMatchObject({ id: wang.userId, role: "RESIDENT", householdId: String(wang.householdId) });
    const me = await t.ok<{ me: { username: string; household: { balance: number } } }>(`{ me { username household { balance } } }`, {}, session.token);
    expect(me.me.username).toBe(phones.wang);
    // Used is used.
    expectReason(await loginWithCode(t, { phone: phones.wang, code }), "UNAUTHENTICATED", "LOGIN_CODE_INVALID");
    // Only hashes are kept, the sent text loses its digits, and no log line holds the code.
    expect(JSON.stringify(await rows(sql`select * from login_codes where phone = ${phones.wang}`))).not.toContain(code);
    const [delivery] = await rows<{ text: string; status: string }>(sql`select text, status from notification_deliveries where phone = ${phones.wang}`);
    expect(delivery).toEqual({ text: expect.not.stringContaining(code), status: "SENT" });
    expect(log.join("")).not.toContain(code);
  });

  it("kills a code after 5 tries, and answers every failure alike", async () => {
    await resident("PC01-012", phones.li);
    await requestLoginCode.ok(t, { phone: phones.li });
    const code = await codeTexted(phones.li, 1);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) expectReason(await loginWithCode(t, { phone: phones.li, code: wrong }), "UNAUTHENTICATED", "LOGIN_CODE_INVALID");
    expectReason(await loginWithCode(t, { phone: phones.li, code }), "UNAUTHENTICATED", "LOGIN_CODE_INVALID");
    expectReason(await loginWithCode(t, { phone: phones.li, code: "12ab56" }), "UNAUTHENTICATED", "LOGIN_CODE_INVALID");
    // A new code (a minute later) works.
    await age(phones.li, 2);
    await requestLoginCode.ok(t, { phone: phones.li });
    expect((await loginWithCode.ok(t, { phone: phones.li, code: await codeTexted(phones.li, 2) })).user.username).toBe(phones.li);
  });

  it("refuses an expired code", async () => {
    await age(phones.wang, 2);
    await requestLoginCode.ok(t, { phone: phones.wang });
    const code = await codeTexted(phones.wang, 2);
    await db().execute(sql`update login_codes set expires_at = now() - interval '1 second' where phone = ${phones.wang} and used_at is null`);
    expectReason(await loginWithCode(t, { phone: phones.wang, code }), "UNAUTHENTICATED", "LOGIN_CODE_INVALID");
  });

  it("sends at most once a minute and 5 a day to a number, answering true every time", async () => {
    await resident("PC01-013", phones.zhao);
    expect(await requestLoginCode.ok(t, { phone: phones.zhao })).toBe(true);
    expect(await requestLoginCode.ok(t, { phone: phones.zhao })).toBe(true);
    await codeTexted(phones.zhao, 1);
    for (let i = 2; i <= 7; i++) {
      await age(phones.zhao, 2);
      expect(await requestLoginCode.ok(t, { phone: phones.zhao })).toBe(true);
    }
    // Let anything that was going to be sent arrive (a later text has): nothing past 5 is.
    await age(phones.wang, 2);
    await requestLoginCode.ok(t, { phone: phones.wang });
    await expect.poll(() => textsTo(phones.wang).length, { timeout: patience }).toBe(3);
    expect(textsTo(phones.zhao)).toHaveLength(5);
    expect(await rows(sql`select 1 from login_codes where phone = ${phones.zhao}`)).toHaveLength(5);
  });

  it("sends nothing to a number without an active resident, with the same answer", async () => {
    const before = texts.length;
    for (const phone of ["13999999999", "not a phone", ""]) expect(await requestLoginCode.ok(t, { phone })).toBe(true);
    expectReason(await loginWithCode(t, { phone: "13999999999", code: "123456" }), "UNAUTHENTICATED", "LOGIN_CODE_INVALID");
    expect(await rows(sql`select 1 from login_codes where phone = '13999999999'`)).toHaveLength(0);
    // A text to a bound number after them arrives alone: the sender was idle, not slow.
    await age(phones.wang, 2);
    await requestLoginCode.ok(t, { phone: phones.wang });
    await expect.poll(() => texts.length, { timeout: patience }).toBe(before + 1);
    expect(texts.slice(before).map((m) => m.to)).toEqual([phones.wang]);
  });
});

describe("disabling a family member", () => {
  it("ends their session and their logins, leaves the others in, and can be undone", async () => {
    const parent = await resident("PC01-014", null);
    const son = await resident("PC01-014", phones.son);
    const accounts = await householdAccounts.ok(t, { id: parent.householdId }, tokens.village);
    expect(accounts.residentAccounts.map((a) => [a.username, a.active])).toEqual([
      ["pc01-014", true],
      [phones.son, true],
    ]);
    // Others may not: another village's committee does not find him; a resident is refused.
    expectReason(await setResidentAccountActive(t, { id: son.userId, active: false }, tokens["village-pc02"]), "NOT_FOUND", "NOT_FOUND");
    expectReason(await setResidentAccountActive(t, { id: son.userId, active: false }, tokens.resident), "FORBIDDEN", "NOT_ALLOWED");
    // A user who is not a resident is not one of these accounts.
    const [committee] = await rows<{ id: number }>(sql`select id from users where username = 'village'`);
    expectReason(await setResidentAccountActive(t, { id: committee!.id, active: false }, tokens.village), "NOT_FOUND", "NOT_FOUND");

    const disabled = await setResidentAccountActive.ok(t, { id: son.userId, active: false }, tokens.village);
    expect(disabled).toMatchObject({ username: phones.son, active: false, phone: phones.son });
    expectReason(await t.gql(`{ me { id } }`, {}, son.token), "UNAUTHENTICATED", "INVALID_TOKEN");
    expectReason(await t.gql(`mutation { login(username: "${phones.son}", password: "${password}") { token } }`), "UNAUTHENTICATED", "BAD_CREDENTIALS");
    const before = textsTo(phones.son).length;
    await requestLoginCode.ok(t, { phone: phones.son });
    expect(await rows(sql`select 1 from login_codes where phone = ${phones.son}`)).toHaveLength(0);
    expect(textsTo(phones.son)).toHaveLength(before);
    // The parent is still in.
    expect((await t.ok<{ me: { id: string } }>(`{ me { id } }`, {}, parent.token)).me.id).toBe(parent.userId);
    // Township staff see it, with the phone masked; a committee sets it back.
    const seen = await householdAccounts.ok(t, { id: parent.householdId }, tokens.township);
    expect(seen.residentAccounts.find((a) => a.id === son.userId)).toMatchObject({ active: false, phone: "139****0004" });
    await setResidentAccountActive.ok(t, { id: son.userId, active: true }, tokens.township);
    expect(await t.login(phones.son, password)).toBeTruthy();
    const audits = await rows<{ action: string }>(sql`select action from audit_log where entity = 'user' and entity_id = ${son.userId} order by id`);
    expect(audits.map((a) => a.action)).toEqual(["activate-resident", "disable-resident", "enable-resident"]);
  });
});
