import { checkWholeNumbers, requireFields, type FormErrors, type Values } from "../common/validation";

export const validateProduct = (values: Values): FormErrors =>
  checkWholeNumbers(values, requireFields(values, ["villageId", "name", "unit", "price"]), {
    price: { min: 1 },
    stock: { min: 0 },
  });
