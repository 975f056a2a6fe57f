import { BooleanInput, SelectInput, TextInput } from "react-admin";
import { WholeNumberInput } from "../common/WholeNumberInput";
import { civicChannelChoices } from "../civicMatters/civicEnums";

/** A change applies to assignments made from now on; due dates already given stay. */
export const CivicCategoryInputs = () => (
  <>
    <TextInput source="code" helperText="resources.civicCategories.helper.code" />
    <TextInput source="name" />
    <SelectInput source="defaultChannel" choices={civicChannelChoices} helperText="resources.civicCategories.helper.defaultChannel" />
    <WholeNumberInput source="deadlineDays" isRequired min={1} max={365} helperText="resources.civicCategories.helper.deadlineDays" />
    <BooleanInput source="active" helperText="resources.civicCategories.helper.active" />
  </>
);
