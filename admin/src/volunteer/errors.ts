import { useTranslate } from "react-admin";
import { useErrorText } from "../common/useErrorText";
import { describeVolunteerError, type RowNames } from "./errorDescriptions";

/** describeVolunteerError in the user's language, or the general message. */
export const useVolunteerErrorText = () => {
  const translate = useTranslate();
  const general = useErrorText();
  return (error: unknown, rows?: RowNames): string => {
    const described = describeVolunteerError(error, rows);
    if (!described) return general(error);
    const args = Object.fromEntries(
      Object.entries(described.args ?? {}).map(([key, value]) => [
        key,
        typeof value === "string" && value.startsWith("enums.") ? translate(value) : value,
      ]),
    );
    return translate(described.message, args);
  };
};
