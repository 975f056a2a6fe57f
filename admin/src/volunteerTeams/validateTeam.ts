import { checkWholeNumbers, requireFields, type Values } from "../common/validation";

export const validateTeam = (values: Values) =>
  checkWholeNumbers(values, requireFields(values, ["name", "kind"]), { memberCount: { min: 0 } });
