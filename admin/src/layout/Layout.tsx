import { useEffect, type ReactNode } from "react";
import { Layout as RaLayout, useTranslate } from "react-admin";

// react-admin's layout: its app bar offers the language menu (two locales),
// its menu lists the resources authProvider.canAccess allows for the role.
// This only keeps the browser tab's title in the current language.
export const Layout = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  const title = translate("app.title");
  useEffect(() => {
    document.title = title;
  }, [title]);
  return <RaLayout>{children}</RaLayout>;
};
