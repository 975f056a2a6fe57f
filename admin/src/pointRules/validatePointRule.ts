import { requireFields, type FormErrors, type Values } from "../common/validation";

/** The largest award or deduction one rule may carry (the server's limit). */
export const MAX_RULE_POINTS = 1000;

export const validatePointRule = (values: Values): FormErrors => {
  const errors = requireFields(values, ["category", "name", "points"]);
  const points = values.points;
  if (typeof points === "number" && (!Number.isInteger(points) || points === 0 || Math.abs(points) > MAX_RULE_POINTS)) {
    errors.points = "errors.fields.OUT_OF_RANGE";
  }
  return errors;
};
