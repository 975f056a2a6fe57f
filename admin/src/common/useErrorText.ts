import { useTranslate } from "react-admin";
import { describeError, type ReasonWords } from "../providers/errorMessages";

/**
 * Turns a failed request into one sentence in the user's language: the words
 * of the server's reason with its details (product, balance, status) filled
 * in; `own` gives a screen's words for a reason in its context.
 */
export const useErrorText = () => {
  const translate = useTranslate();
  return (error: unknown, own?: ReasonWords): string => {
    const { message, args = {} } = describeError(error, own);
    const translatedArgs = Object.fromEntries(
      Object.entries(args).map(([key, value]) => [
        key,
        typeof value === "string" && value.startsWith("enums.") ? translate(value) : value,
      ]),
    );
    return translate(message, translatedArgs);
  };
};
