import crypto from "node:crypto";
import type { Logger } from "../logger";
import { maskPhone } from "../common/phone";

/** One text message as a sender gets it from the outbox. */
export interface SmsMessage {
  /** The delivery's id: the same on every retry, so a gateway can drop a repeat. */
  id: number;
  to: string;
  text: string;
  kind: string;
  createdAt: Date;
}

/** Sent; or not, and whether trying again may help (`final` when it cannot). */
export type SendOutcome = { ok: true } | { ok: false; final: boolean; error: string };

/** Where text messages go: the log (default) or the district's SMS gateway. */
export interface SmsSender {
  readonly name: string;
  send(message: SmsMessage): Promise<SendOutcome>;
}

/** Kinds whose text holds a secret (a login code): never written to the log, and blanked in the outbox once sent. */
const secretKinds = new Set(["LOGIN_CODE"]);

/** The text as it may be logged or kept after sending: a secret's digits become asterisks. */
export const redactedText = (kind: string, text: string) => (secretKinds.has(kind) ? text.replace(/\d/g, "*") : text);

/**
 * Writes each message to the log with the number masked: for a district
 * without a gateway, and for trying things out. A login code is not
 * written (no log may hold one), so phone login needs the http sender.
 */
export function logSender(logger: Logger): SmsSender {
  return {
    name: "log",
    async send(message) {
      logger.info({ deliveryId: message.id, to: maskPhone(message.to), kind: message.kind }, `text message: ${redactedText(message.kind, message.text)}`);
      return { ok: true };
    },
  };
}

export const timestampHeader = "x-cunwu-timestamp";
export const signatureHeader = "x-cunwu-signature";

/** The signature the http sender sends: HMAC-SHA256 over `${timestamp}.${body}`, hex, prefixed `sha256=`. */
export const signPayload = (secret: string, timestamp: string, body: string) =>
  `sha256=${crypto.createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;

/**
 * POSTs each message as JSON {id, to, text, kind, createdAt} to the SMS
 * gateway's webhook, signed (signPayload) with the time it was sent in
 * seconds. A 2xx answer is sent; a 4xx other than 429 is final (the gateway
 * refuses this message); anything else, a timeout included, is tried again.
 */
export function httpSender(options: { url: string; secret: string; timeoutMs: number }): SmsSender {
  return {
    name: "http",
    async send(message) {
      const body = JSON.stringify({ id: message.id, to: message.to, text: message.text, kind: message.kind, createdAt: message.createdAt.toISOString() });
      const timestamp = String(Math.floor(Date.now() / 1000));
      try {
        const response = await fetch(options.url, {
          method: "POST",
          headers: { "content-type": "application/json", [timestampHeader]: timestamp, [signatureHeader]: signPayload(options.secret, timestamp, body) },
          body,
          signal: AbortSignal.timeout(options.timeoutMs),
          redirect: "error",
        });
        await response.body?.cancel().catch(() => {});
        if (response.ok) return { ok: true };
        const final = response.status >= 400 && response.status < 500 && response.status !== 429;
        return { ok: false, final, error: `HTTP ${response.status}` };
      } catch (error) {
        const name = (error as Error).name;
        return { ok: false, final: false, error: name === "TimeoutError" ? `no answer within ${options.timeoutMs} ms` : `could not reach the gateway (${name})` };
      }
    },
  };
}
