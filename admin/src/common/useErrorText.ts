import { useTranslate } from "react-admin";
import { describeError } from "../providers/errorMessages";

/**
 * Turns a failed request into one sentence in the user's language, with the
 * server's details (product, balance, status) filled in.
 */
export const useErrorText = () => {
  const translate = useTranslate();
  return (error: unknown): string => {
    const { message, args = {} } = describeError(error);
    const translatedArgs = Object.fromEntries(
      Object.entries(args).map(([key, value]) => [
        key,
        typeof value === "string" && value.startsWith("enums.") ? translate(value) : value,
      ]),
    );
    return translate(message, translatedArgs);
  };
};
