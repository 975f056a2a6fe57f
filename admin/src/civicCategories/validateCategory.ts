import { checkWholeNumbers, requireFields, type FormErrors, type Values } from "../common/validation";

export const validateCategory = (values: Values): FormErrors => {
  const errors = requireFields(values, ["code", "name", "defaultChannel", "deadlineDays"]);
  return checkWholeNumbers(values, errors, { deadlineDays: { min: 1, max: 365 } });
};
