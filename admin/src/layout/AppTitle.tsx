import { useTranslate } from "react-admin";

/** The application title in the current language (Admin's `title`). */
export const AppTitle = () => {
  const translate = useTranslate();
  return <>{translate("app.title")}</>;
};
