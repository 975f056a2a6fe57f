import {
  DEPARTMENT_KINDS,
  HOUSEHOLD_CATEGORIES,
  HOUSEHOLD_STATUSES,
  ROLES,
} from "./enums";

export interface Choice {
  id: string;
  name: string;
}

// Choice names are translation keys; SelectInput and SelectField translate them.
const toChoices = (enumName: string, codes: readonly string[]): Choice[] =>
  codes.map((code) => ({ id: code, name: `enums.${enumName}.${code}` }));

export const roleChoices = toChoices("Role", ROLES);
export const householdCategoryChoices = toChoices("HouseholdCategory", HOUSEHOLD_CATEGORIES);
export const householdStatusChoices = toChoices("HouseholdStatus", HOUSEHOLD_STATUSES);
export const departmentKindChoices = toChoices("DepartmentKind", DEPARTMENT_KINDS);
