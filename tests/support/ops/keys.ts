import crypto from "node:crypto";
import { todayIn } from "@cunwu/server/common/dates";

/** A fresh idempotency key. */
export const newKey = () => crypto.randomUUID();

/** Today in the district (the demo district's time zone). */
export const districtToday = () => todayIn("Asia/Shanghai");
