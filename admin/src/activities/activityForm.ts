import type { FormErrors, Values } from "../common/validation";
import { requireFields } from "../common/validation";

// The activity form's rules: what it needs, and what goes to the server.

export type PointsMode = "points" | "rule";

export const validateActivity = (values: Values): FormErrors => {
  const errors = requireFields(values, ["villageId", "title", "date", "category"]);
  if (values.pointsMode === "rule") {
    if (!values.ruleId) errors.ruleId = "errors.fields.REQUIRED";
  } else {
    const points = values.pointsPerParticipant;
    if (points === undefined || points === null || points === "") errors.pointsPerParticipant = "errors.fields.REQUIRED";
    else if (!Number.isInteger(points) || (points as number) < 1 || (points as number) > 1000) {
      errors.pointsPerParticipant = "errors.fields.OUT_OF_RANGE";
    }
  }
  return errors;
};

/** Exactly one of pointsPerParticipant and ruleId is sent; the server clears the other. */
export const toActivityInput = (values: Values): Values => {
  const { pointsMode, ...rest } = values;
  return pointsMode === "rule" ? { ...rest, pointsPerParticipant: undefined } : { ...rest, ruleId: undefined };
};
