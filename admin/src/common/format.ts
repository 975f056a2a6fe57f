// Dates and points as the district reads them.

/** The district's time zone: "today" for deed dates and the times shown. */
export const DISTRICT_TIME_ZONE = "Asia/Shanghai";

/** Today in the district, YYYY-MM-DD. */
export const districtToday = (now: Date = new Date()): string =>
  new Intl.DateTimeFormat("en-CA", { timeZone: DISTRICT_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);

/** A day `days` after (or before) a YYYY-MM-DD day. */
export const addDays = (day: string, days: number): string => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** A moment as a district date and time, e.g. 2026-04-01 09:30. */
export const formatDateTime = (iso: string | null | undefined): string => {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: DISTRICT_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`;
};

/** The district day of a moment, YYYY-MM-DD. */
export const formatDay = (iso: string | null | undefined): string => formatDateTime(iso).slice(0, 10);

/** Points with digit grouping: 108230 → 108,230; never "-0" (e.g. −5 × no households). */
export const formatPoints = (points: number, locale: string): string =>
  new Intl.NumberFormat(locale === "zh-CN" ? "zh-CN" : "en-US").format(points === 0 ? 0 : points);

/** A file's size as people read it, in steps of 1024, one decimal below 100 and none when it is whole: 980 B, 15 MB, 12.3 MB, 1.2 GB. */
export const formatBytes = (bytes: number, locale: string): string => {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = new Intl.NumberFormat(locale === "zh-CN" ? "zh-CN" : "en-US", { maximumFractionDigits: digits }).format(value);
  return `${number} ${units[unit]}`;
};

/**
 * A deduction that took less than its rule (the balance was smaller): the
 * rule's points and those taken, as positive numbers; null otherwise.
 */
export function shortfallOf(entry: { delta: number; requestedDelta?: number | null }): { requested: number; taken: number } | null {
  const requested = entry.requestedDelta;
  if (requested === null || requested === undefined || requested >= entry.delta) return null;
  return { requested: -requested, taken: Math.abs(entry.delta) };
}

/** A change of points with its sign: +5, −10, 0. */
export const formatDelta = (delta: number, locale: string): string =>
  `${delta > 0 ? "+" : delta < 0 ? "−" : ""}${formatPoints(Math.abs(delta), locale)}`;

/**
 * A day as typed, in the app's own form YYYY-MM-DD: also 2026-3-5, 2026/3/5,
 * 2026.3.5, 2026年3月5日 and full-width digits; null when it is no real day.
 */
export const parseDay = (text: string): string | null => {
  const plain = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const match = /^(\d{4})\s*[-/.年－]\s*(\d{1,2})\s*[-/.月－]\s*(\d{1,2})\s*日?$/.exec(plain);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
};

/** A form's check of a day: blank passes (required() says so), else YYYY-MM-DD of a real day. */
export const validateDay = (value: unknown): string | undefined =>
  value === undefined || value === null || value === "" || (typeof value === "string" && parseDay(value) === value)
    ? undefined
    : "errors.fields.INVALID_DAY";

/** An entry's two dates: the day it was recorded (district time) and its deed's day; `differ` when not the same. */
export const entryDays = (entry: { deedDate: string; recordedAt: string }) => {
  const recorded = formatDay(entry.recordedAt);
  return { recorded, deed: entry.deedDate, differ: recorded !== entry.deedDate };
};

/** The words for a time zone: 北京时间 / Beijing time (Asia/Shanghai) for the district's, "<zone> 时区" for another. */
export const timeZoneLabel = (zone: string, translate: (key: string, options?: Record<string, unknown>) => string): string =>
  translate(`app.timezones.${zone}`, { _: translate("app.timezones.other", { zone }) });
