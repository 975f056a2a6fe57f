import polyglotI18nProvider from "ra-i18n-polyglot";
import type { TranslationMessages } from "react-admin";
import { en } from "./en";
import { zhCN } from "./zh-CN";

export const DEFAULT_LOCALE = "zh-CN";

const messages: Record<string, TranslationMessages> = { "zh-CN": zhCN, en };

// Language names are shown in their own language, whatever the current locale.
export const i18nProvider = polyglotI18nProvider(
  (locale) => messages[locale] ?? zhCN,
  DEFAULT_LOCALE,
  [
    { locale: "zh-CN", name: "简体中文" },
    { locale: "en", name: "English" },
  ],
);
