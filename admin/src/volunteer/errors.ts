import { useTranslate } from "react-admin";
import { useErrorText } from "../common/useErrorText";
import type { ReasonWords } from "../providers/errorMessages";
import { describeVolunteerError, type RowNames } from "./errorDescriptions";

// Too few points here can only mean taking an activity's points back.
const volunteerWords: ReasonWords = { INSUFFICIENT_POINTS: "app.volunteer.errors.POINTS_SPENT" };

/** describeVolunteerError in the user's language, or the words of the reason. */
export const useVolunteerErrorText = () => {
  const translate = useTranslate();
  const general = useErrorText();
  return (error: unknown, rows?: RowNames): string => {
    const described = describeVolunteerError(error, rows);
    return described ? translate(described.message, described.args) : general(error, volunteerWords);
  };
};
