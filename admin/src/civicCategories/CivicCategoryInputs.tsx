import { BooleanInput, NumberInput, SelectInput, TextInput } from "react-admin";
import type { FormErrors, Values } from "../common/validation";
import { requireFields } from "../common/validation";
import { civicChannelChoices } from "../civicMatters/civicEnums";

export const validateCategory = (values: Values): FormErrors => {
  const errors = requireFields(values, ["code", "name", "defaultChannel", "deadlineDays"]);
  const days = values.deadlineDays;
  if (!errors.deadlineDays && (!Number.isInteger(days) || (days as number) < 1 || (days as number) > 365)) {
    errors.deadlineDays = "errors.fields.OUT_OF_RANGE";
  }
  return errors;
};

/** A change applies to assignments made from now on; due dates already given stay. */
export const CivicCategoryInputs = () => (
  <>
    <TextInput source="code" helperText="resources.civicCategories.helper.code" />
    <TextInput source="name" />
    <SelectInput source="defaultChannel" choices={civicChannelChoices} helperText="resources.civicCategories.helper.defaultChannel" />
    <NumberInput source="deadlineDays" min={1} max={365} step={1} helperText="resources.civicCategories.helper.deadlineDays" />
    <BooleanInput source="active" helperText="resources.civicCategories.helper.active" />
  </>
);
