import { checkWholeNumbers, requireFields, type Values } from "../common/validation";

export const validateVillage = (values: Values) =>
  checkWholeNumbers(values, requireFields(values, ["townshipId", "code", "name"]), { publicityDays: { min: 0, max: 30 }, rankingSize: { min: 1, max: 50 } });
