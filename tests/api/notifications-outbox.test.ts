// type-graphql needs the Reflect metadata API before any decorated class loads.
import "reflect-metadata";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { notificationDeliveries } from "@cunwu/schema";
import { loadConfig } from "@cunwu/server";
import { notify } from "@cunwu/server/notifications/notify";
import { sendDueDeliveries, retryDelayMs } from "@cunwu/server/notifications/outbox-sender";
import { httpSender, logSender, signPayload, signatureHeader, timestampHeader } from "@cunwu/server/notifications/sms-sender";
import { pino } from "pino";
import { startTestServer, type TestServer } from "../support/server";
import { civicApi, civicWorld, fieldOf, type CivicWorld } from "../support/civic";

// The text-message outbox against a real HTTP gateway (node:http, here):
// retries with backoff when it fails or does not answer, FAILED at the end
// or at once on a refusal, SENT once it takes the message; each request
// signed so the gateway can check it.

let t: TestServer;
let w: CivicWorld;
let gateway: http.Server;
let gatewayUrl: string;
const secret = "a-shared-secret-of-the-district";
const received: { body: string; headers: http.IncomingHttpHeaders }[] = [];
const db = () => t.server.connection.db;

/** The gateway answers by what the text asks for: "#500", "#429", "#400", "#slow" (no answer in time), else 200. */
function answer(text: string, res: http.ServerResponse) {
  const code = /#(\d{3})/.exec(text)?.[1];
  if (text.includes("#slow")) return void setTimeout(() => res.writeHead(200).end(), 1_500);
  res.writeHead(code ? Number(code) : 200, { "content-type": "application/json" }).end(`{"ok":${code ? "false" : "true"}}`);
}

beforeAll(async () => {
  t = await startTestServer();
  w = await civicWorld(t);
  gateway = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      received.push({ body, headers: req.headers });
      answer((JSON.parse(body) as { text: string }).text, res);
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, "127.0.0.1", resolve));
  gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`;
});
afterAll(async () => {
  gateway?.closeAllConnections();
  await new Promise((resolve) => gateway?.close(resolve));
  await t?.close();
});

const sender = () => httpSender({ url: gatewayUrl, secret, timeoutMs: 300 });
const queue = (key: string, text: string, phone = "13812345678") =>
  db().transaction((tx) => notify(tx, [], { kind: "MATTER_RESOLVED", title: "已办结，请评价", body: text, link: null, dedupeKey: key, sms: { phone, text } }));
const deliveryOf = async (key: string) => (await db().select().from(notificationDeliveries).where(eq(notificationDeliveries.dedupeKey, key)))[0]!;
const requestsFor = (text: string) => received.filter((r) => (JSON.parse(r.body) as { text: string }).text === text);
/** One outbox run at `now`, as the scheduler's job does, with 3 attempts. */
const sendAt = (now: Date) => sendDueDeliveries(db(), sender(), { now, maxAttempts: 3 });

describe("the http sender", () => {
  it("posts the message as signed JSON and marks it SENT", async () => {
    await queue("ok:1", "您反映的「路灯」已办好");
    const now = new Date();
    expect(await sendAt(now)).toEqual({ sent: 1, retried: 0, failed: 0 });
    const delivery = await deliveryOf("ok:1");
    expect(delivery).toMatchObject({ status: "SENT", attempts: 1, lastError: null, leaseUntil: null });
    const [request] = requestsFor("您反映的「路灯」已办好");
    expect(JSON.parse(request!.body)).toEqual({ id: delivery.id, to: "13812345678", text: "您反映的「路灯」已办好", kind: "MATTER_RESOLVED", createdAt: delivery.createdAt.toISOString() });
    // The gateway checks the signature with the shared secret, and the time.
    const timestamp = String(request!.headers[timestampHeader]);
    expect(request!.headers[signatureHeader]).toBe(signPayload(secret, timestamp, request!.body));
    expect(request!.headers[signatureHeader]).not.toBe(signPayload("another-secret-entirely", timestamp, request!.body));
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
    // Sent is sent: the next run sends nothing.
    expect(await sendAt(new Date(now.getTime() + 3_600_000))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(requestsFor("您反映的「路灯」已办好")).toHaveLength(1);
  });

  it("retries a failing gateway (500) with exponential backoff, and ends FAILED after the last attempt", async () => {
    await queue("fail:1", "网关故障 #500");
    let now = new Date();
    expect(await sendAt(now)).toMatchObject({ retried: 1 });
    let delivery = await deliveryOf("fail:1");
    expect(delivery).toMatchObject({ status: "PENDING", attempts: 1, lastError: "HTTP 500" });
    expect(delivery.nextAttemptAt.getTime()).toBe(now.getTime() + retryDelayMs(1));
    // Not before its time.
    expect(await sendAt(new Date(now.getTime() + 1_000))).toMatchObject({ retried: 0 });
    now = delivery.nextAttemptAt;
    expect(await sendAt(now)).toMatchObject({ retried: 1 });
    delivery = await deliveryOf("fail:1");
    expect(delivery.attempts).toBe(2);
    expect(delivery.nextAttemptAt.getTime() - now.getTime()).toBe(2 * retryDelayMs(1));
    expect(await sendAt(delivery.nextAttemptAt)).toMatchObject({ failed: 1 });
    expect(await deliveryOf("fail:1")).toMatchObject({ status: "FAILED", attempts: 3, lastError: "HTTP 500" });
    expect(requestsFor("网关故障 #500")).toHaveLength(3);
  });

  it("retries when the gateway does not answer in time, and on 429", async () => {
    await queue("slow:1", "网关太慢 #slow");
    await queue("busy:1", "网关繁忙 #429");
    expect(await sendAt(new Date())).toMatchObject({ retried: 2 });
    expect(await deliveryOf("slow:1")).toMatchObject({ status: "PENDING", attempts: 1, lastError: "no answer within 300 ms" });
    expect(await deliveryOf("busy:1")).toMatchObject({ status: "PENDING", attempts: 1, lastError: "HTTP 429" });
  });

  it("ends FAILED at once when the gateway refuses the message (400)", async () => {
    await queue("bad:1", "号码无效 #400");
    expect(await sendAt(new Date(Date.now() + 10 * 3_600_000))).toMatchObject({ failed: 1 });
    expect(await deliveryOf("bad:1")).toMatchObject({ status: "FAILED", attempts: 1, lastError: "HTTP 400" });
  });

  it("never sends one delivery twice from two runs at once", async () => {
    await queue("race:1", "只发一次");
    const later = new Date(Date.now() + 20 * 3_600_000);
    const [a, b] = await Promise.all([sendAt(later), sendAt(later)]);
    expect(requestsFor("只发一次")).toHaveLength(1);
    expect(a.sent + b.sent).toBeGreaterThanOrEqual(1);
    expect(await deliveryOf("race:1")).toMatchObject({ status: "SENT", attempts: 1 });
  });
});

describe("the log sender (the default)", () => {
  it("writes the text and the masked number, never the whole number", async () => {
    const lines: string[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(line) });
    await queue("log:1", "日志发送", "13912345678");
    expect(await sendDueDeliveries(db(), logSender(logger), { now: new Date(Date.now() + 40 * 3_600_000), maxAttempts: 3 })).toMatchObject({ sent: expect.any(Number) });
    const line = lines.find((l) => l.includes("日志发送"))!;
    expect(line).toContain("139****5678");
    expect(lines.join("")).not.toContain("13912345678");
    expect(await deliveryOf("log:1")).toMatchObject({ status: "SENT" });
  });
});

describe("a resolved matter's text message", () => {
  it("reaches the gateway for the submitter's phone, and nothing for a household that opted out", async () => {
    const api = civicApi(t, w);
    const resolve = async (title: string) => {
      const m = await api.submit({ title });
      await api.assign(m.id, { channel: "DIRECT" }, w.tokens.village!);
      fieldOf(await api.resolveRaw(m.id, w.tokens.village!), "resolveCivicMatter");
    };
    await resolve("水管漏水");
    await t.ok(`mutation ($id: ID!) { updateHousehold(id: $id, input: { smsOptOut: true }) { id } }`, { id: w.household.pc01a }, w.tokens.village);
    await resolve("不发短信");
    await sendAt(new Date(Date.now() + 30 * 3_600_000));
    const texts = received.map((r) => (JSON.parse(r.body) as { text: string }).text);
    expect(texts.filter((text) => text.includes("水管漏水"))).toHaveLength(1);
    expect(texts.some((text) => text.includes("不发短信"))).toBe(false);
  });
});

describe("the SMS settings", () => {
  it("default to the log sender and refuse an http sender without its URL or secret", () => {
    expect(loadConfig({}).sms).toMatchObject({ sender: "log", timeoutMs: 10_000, maxAttempts: 5 });
    expect(() => loadConfig({ CUNWU_SMS_SENDER: "http" })).toThrow(/CUNWU_SMS_WEBHOOK_URL/);
    expect(() => loadConfig({ CUNWU_SMS_SENDER: "http", CUNWU_SMS_WEBHOOK_URL: gatewayUrl })).toThrow(/CUNWU_SMS_WEBHOOK_SECRET/);
    expect(() => loadConfig({ CUNWU_SMS_WEBHOOK_URL: "ftp://gateway" })).toThrow(/CUNWU_SMS_WEBHOOK_URL/);
    expect(() => loadConfig({ CUNWU_SMS_SENDER: "pigeon" })).toThrow(/CUNWU_SMS_SENDER/);
    expect(() => loadConfig({ CUNWU_SMS_MAX_ATTEMPTS: "0" })).toThrow(/CUNWU_SMS_MAX_ATTEMPTS/);
    expect(loadConfig({ CUNWU_SMS_SENDER: "http", CUNWU_SMS_WEBHOOK_URL: gatewayUrl, CUNWU_SMS_WEBHOOK_SECRET: secret }).sms).toMatchObject({ sender: "http" });
  });
});
