import {
  AWARD_BATCH_STATUSES,
  DEPARTMENT_KINDS,
  ENTRY_KINDS,
  EXCHANGE_EVENT_STATUSES,
  HOUSEHOLD_CATEGORIES,
  HOUSEHOLD_STATUSES,
  REDEMPTION_STATUSES,
  ROLES,
  RULE_CATEGORIES,
} from "./enums";

export interface Choice {
  id: string;
  name: string;
}

// Choice names are translation keys; SelectInput and SelectField translate them.
export const toChoices = (enumName: string, codes: readonly string[]): Choice[] =>
  codes.map((code) => ({ id: code, name: `enums.${enumName}.${code}` }));

export const roleChoices = toChoices("Role", ROLES);
export const householdCategoryChoices = toChoices("HouseholdCategory", HOUSEHOLD_CATEGORIES);
export const householdStatusChoices = toChoices("HouseholdStatus", HOUSEHOLD_STATUSES);
export const departmentKindChoices = toChoices("DepartmentKind", DEPARTMENT_KINDS);
export const ruleCategoryChoices = toChoices("RuleCategory", RULE_CATEGORIES);
export const entryKindChoices = toChoices("EntryKind", ENTRY_KINDS);
export const awardBatchStatusChoices = toChoices("AwardBatchStatus", AWARD_BATCH_STATUSES);
export const exchangeEventStatusChoices = toChoices("ExchangeEventStatus", EXCHANGE_EVENT_STATUSES);
export const redemptionStatusChoices = toChoices("RedemptionStatus", REDEMPTION_STATUSES);
