import { checkWholeNumbers, requireFields, type FormErrors, type Values } from "../common/validation";

/** The largest award or deduction one rule may carry (the server's limit). */
export const MAX_RULE_POINTS = 1000;

export const validatePointRule = (values: Values): FormErrors => {
  const errors = checkWholeNumbers(values, requireFields(values, ["category", "name", "points"]), {
    points: { min: -MAX_RULE_POINTS, max: MAX_RULE_POINTS },
  });
  // A rule of 0 points would record nothing.
  if (!errors.points && Number(values.points) === 0) errors.points = "app.validation.not_zero";
  return errors;
};
