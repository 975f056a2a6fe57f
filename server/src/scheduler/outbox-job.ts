import type { SmsConfig } from "../config";
import type { Logger } from "../logger";
import { sendDueDeliveries } from "../notifications/outbox-sender";
import { httpSender, logSender, type SmsSender } from "../notifications/sms-sender";
import type { Job } from "./scheduler";

/** The sender the settings name (CUNWU_SMS_SENDER). */
export function smsSenderFor(sms: SmsConfig, logger: Logger): SmsSender {
  return sms.sender === "http" ? httpSender({ url: sms.webhookUrl!, secret: sms.webhookSecret!, timeoutMs: sms.timeoutMs }) : logSender(logger);
}

/** Sends the text messages due (outbox-sender.ts); SKIP LOCKED and leases keep several processes apart. */
export const outboxJob = (sms: SmsConfig, sender: SmsSender): Job => ({
  key: "outbox",
  run: ({ db, now }) => sendDueDeliveries(db, sender, { now, maxAttempts: sms.maxAttempts, leaseMs: Math.max(sms.timeoutMs * 2, 60_000) }),
});
