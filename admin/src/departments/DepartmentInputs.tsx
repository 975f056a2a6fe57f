import {
  AutocompleteInput,
  BooleanInput,
  ReferenceInput,
  SelectInput,
  TextInput,
} from "react-admin";
import { departmentKindChoices } from "../common/choices";
import { requiredFields } from "../common/validation";

export const validateDepartment = requiredFields("code", "name", "kind");

/** A township unit names its township; district departments leave it empty. */
export const DepartmentInputs = ({ variant }: { variant: "create" | "edit" }) => (
  <>
    <TextInput source="code" />
    <TextInput source="name" />
    <SelectInput source="kind" choices={departmentKindChoices} />
    <ReferenceInput source="townshipId" reference="townships">
      <AutocompleteInput />
    </ReferenceInput>
    {variant === "edit" && <BooleanInput source="active" />}
  </>
);
