import { AutocompleteInput, BooleanInput, ReferenceInput, required, SelectInput, TextInput } from "react-admin";
import { householdCategoryChoices, householdStatusChoices } from "../common/choices";
import { WholeNumberInput } from "../common/WholeNumberInput";
import { validPhone } from "./validateHousehold";

/**
 * Shared by create and edit. The village is chosen once, at creation
 * (UpdateHouseholdInput has no villageId); the status is changed by editing.
 * Checks are on the inputs (required() shows the required mark); the server checks again.
 */
export const HouseholdInputs = ({ variant }: { variant: "create" | "edit" }) => (
  <>
    {variant === "create" && (
      <ReferenceInput source="villageId" reference="villages">
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
    )}
    <TextInput source="number" validate={required()} />
    <TextInput source="headName" validate={required()} />
    <WholeNumberInput source="memberCount" isRequired min={1} />
    <TextInput source="phone" validate={validPhone} />
    <BooleanInput source="smsOptOut" helperText="resources.households.helper.smsOptOut" />
    <TextInput source="address" multiline />
    <SelectInput source="category" choices={householdCategoryChoices} validate={required()} />
    {variant === "edit" && <SelectInput source="status" choices={householdStatusChoices} validate={required()} />}
  </>
);
