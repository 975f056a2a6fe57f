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

/** A change of points with its sign: +5, −10, 0. */
export const formatDelta = (delta: number, locale: string): string =>
  `${delta > 0 ? "+" : delta < 0 ? "−" : ""}${formatPoints(Math.abs(delta), locale)}`;
