import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { entryDays, formatDateTime, parseDay, timeZoneLabel, validateDay } from "../../admin/src/common/format";
import { i18nProvider } from "../../admin/src/i18n";
import { testDatabaseKind } from "../support/database";

// One language for dates and times: days typed as YYYY-MM-DD whatever the
// browser's locale, times in the district's zone in one format, the zone
// named in the reader's words, an entry's two days.

const adminSrc = path.resolve(import.meta.dirname, "../../admin/src");
const sources = (fs.readdirSync(adminSrc, { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f) && !f.startsWith(`gql${path.sep}`))
  .map((f) => [f, fs.readFileSync(path.join(adminSrc, f), "utf8")] as const);

describe.skipIf(testDatabaseKind === "postgres")("dates and times in the console", () => {
  it("reads a day typed in the usual ways as YYYY-MM-DD, and no day that does not exist", () => {
    expect(parseDay("2026-03-05")).toBe("2026-03-05");
    expect(parseDay("2026-3-5")).toBe("2026-03-05");
    expect(parseDay(" 2026/3/5 ")).toBe("2026-03-05");
    expect(parseDay("2026.12.31")).toBe("2026-12-31");
    expect(parseDay("2026年3月5日")).toBe("2026-03-05");
    expect(parseDay("２０２６-０３-０５")).toBe("2026-03-05");
    expect(parseDay("2026-02-29")).toBeNull();
    expect(parseDay("2028-02-29")).toBe("2028-02-29");
    expect(parseDay("03/05/2026")).toBeNull();
    expect(parseDay("2026-13-01")).toBeNull();
    expect(parseDay("yesterday")).toBeNull();
  });

  it("takes only YYYY-MM-DD in a form, with the app's own message in both languages", async () => {
    expect(validateDay("2026-03-05")).toBeUndefined();
    expect(validateDay("")).toBeUndefined();
    expect(validateDay(null)).toBeUndefined();
    for (const wrong of ["03/05/2026", "2026-3-5", "2026-02-30"]) expect(validateDay(wrong)).toBe("errors.fields.INVALID_DAY");
    expect(i18nProvider.translate("errors.fields.INVALID_DAY")).toBe("请按 年-月-日 填写日期，如 2026-03-15");
    await i18nProvider.changeLocale("en");
    expect(i18nProvider.translate("errors.fields.INVALID_DAY")).toBe("Enter the date as YYYY-MM-DD, e.g. 2026-03-15");
    await i18nProvider.changeLocale("zh-CN");
  });

  it("names the district's zone 北京时间 in Chinese, and another zone by its name", async () => {
    const t = (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options);
    expect(timeZoneLabel("Asia/Shanghai", t)).toBe("北京时间");
    expect(i18nProvider.translate("app.print.district.footnote", { timezone: timeZoneLabel("Asia/Shanghai", t) })).toBe(
      "以上数据均由系统根据业务记录统计；日期与月份按北京时间计算。",
    );
    expect(timeZoneLabel("Asia/Urumqi", t)).toBe("Asia/Urumqi 时区");
    await i18nProvider.changeLocale("en");
    expect(timeZoneLabel("Asia/Shanghai", t)).toBe("Beijing time (Asia/Shanghai)");
    await i18nProvider.changeLocale("zh-CN");
  });

  it("gives an entry's two days in district time: recorded late at night in Beijing is the next day", () => {
    expect(entryDays({ deedDate: "2026-10-03", recordedAt: "2026-12-04T16:01:00Z" })).toEqual({ recorded: "2026-12-05", deed: "2026-10-03", differ: true });
    expect(entryDays({ deedDate: "2026-10-03", recordedAt: "2026-10-03T09:30:00Z" })).toEqual({ recorded: "2026-10-03", deed: "2026-10-03", differ: false });
    expect(formatDateTime("2026-12-05T00:01:36Z")).toBe("2026-12-05 08:01");
  });

  it("shows times and takes days only through the app's own helpers (no browser-locale formatting, no native date inputs)", () => {
    const offenders = sources
      .filter(([, text]) => /toLocale(Date|Time)?String\(|<DateField|<DateInput|<DateTimeInput|type="date"|type="datetime-local"/.test(text))
      .map(([file]) => file);
    expect(offenders).toEqual([]);
  });
});
