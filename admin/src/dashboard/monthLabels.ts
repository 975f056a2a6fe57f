/** The twelve months' short names in the user's language: 1月 … 12月, Jan … Dec. */
export const monthLabels = (locale: string): string[] => {
  const format = new Intl.DateTimeFormat(locale === "zh-CN" ? "zh-CN" : "en-US", { month: "short", timeZone: "UTC" });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2000, i, 15))));
};
