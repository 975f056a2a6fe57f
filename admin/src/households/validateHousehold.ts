import { requireFields, type FormErrors, type Values } from "../common/validation";

const PHONE = /^\+?[\d\- ]{5,20}$/;
/** as the server returns it to those who may not see it, e.g. 138****5678 */
const MASKED_PHONE = /^\d*\*+\d*$/;

export const validateHousehold = (values: Values): FormErrors => {
  const errors = requireFields(values, ["villageId", "number", "headName", "memberCount"]);
  const members = values.memberCount;
  if (typeof members === "number" && (!Number.isInteger(members) || members < 1)) {
    errors.memberCount = "errors.fields.OUT_OF_RANGE";
  }
  const phone = values.phone;
  if (typeof phone === "string" && phone !== "" && !PHONE.test(phone) && !MASKED_PHONE.test(phone)) {
    errors.phone = "errors.fields.INVALID_PHONE";
  }
  return errors;
};
