import type { FormErrors, Values } from "../common/validation";
import { checkWholeNumbers, requireFields } from "../common/validation";

// The activity form's rules: what it needs, and what goes to the server.

export type PointsMode = "points" | "rule";

export const validateActivity = (values: Values): FormErrors => {
  const errors = requireFields(values, ["villageId", "title", "date", "category"]);
  if (values.pointsMode === "rule") {
    if (!values.ruleId) errors.ruleId = "errors.fields.REQUIRED";
  } else {
    Object.assign(errors, requireFields(values, ["pointsPerParticipant"]));
    checkWholeNumbers(values, errors, { pointsPerParticipant: { min: 1, max: 1000 } });
  }
  return errors;
};

/** Exactly one of pointsPerParticipant and ruleId is sent; the server clears the other. */
export const toActivityInput = (values: Values): Values => {
  const { pointsMode, ...rest } = values;
  return pointsMode === "rule" ? { ...rest, pointsPerParticipant: undefined } : { ...rest, ruleId: undefined };
};
