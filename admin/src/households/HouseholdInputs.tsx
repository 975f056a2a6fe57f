import {
  AutocompleteInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
} from "react-admin";
import { householdCategoryChoices, householdStatusChoices } from "../common/choices";

/**
 * Shared by create and edit. The village is chosen once, at creation
 * (UpdateHouseholdInput has no villageId); the status is changed by editing.
 */
export const HouseholdInputs = ({ variant }: { variant: "create" | "edit" }) => (
  <>
    {variant === "create" && (
      <ReferenceInput source="villageId" reference="villages">
        <AutocompleteInput />
      </ReferenceInput>
    )}
    <TextInput source="number" />
    <TextInput source="headName" />
    <NumberInput source="memberCount" min={1} step={1} />
    <TextInput source="phone" />
    <TextInput source="address" multiline />
    <SelectInput source="category" choices={householdCategoryChoices} />
    {variant === "edit" && <SelectInput source="status" choices={householdStatusChoices} />}
  </>
);
