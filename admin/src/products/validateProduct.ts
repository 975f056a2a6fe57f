import { requireFields, type FormErrors, type Values } from "../common/validation";

const wholeAtLeast = (value: unknown, min: number) => typeof value === "number" && Number.isInteger(value) && value >= min;

export const validateProduct = (values: Values): FormErrors => {
  const errors = requireFields(values, ["villageId", "name", "unit", "price"]);
  if (values.price !== undefined && values.price !== null && !wholeAtLeast(values.price, 1)) {
    errors.price = "errors.fields.OUT_OF_RANGE";
  }
  if (values.stock !== undefined && values.stock !== null && !wholeAtLeast(values.stock, 0)) {
    errors.stock = "errors.fields.OUT_OF_RANGE";
  }
  return errors;
};
