import polyglotI18nProvider from "ra-i18n-polyglot";
import type { TranslationMessages } from "react-admin";
import { zhCN } from "./zh-CN";

export const DEFAULT_LOCALE = "zh-CN";

// Chinese comes with the console; English loads when first chosen (about
// 15 kB gzip most users never need).
const messagesFor = (locale: string): TranslationMessages | Promise<TranslationMessages> =>
  locale === "en" ? import("./en").then((m) => m.en) : zhCN;

// Language names are shown in their own language, whatever the current locale.
export const i18nProvider = polyglotI18nProvider(messagesFor, DEFAULT_LOCALE, [
  { locale: "zh-CN", name: "简体中文" },
  { locale: "en", name: "English" },
]);
