import { AutocompleteInput, BooleanInput, ReferenceInput, TextInput } from "react-admin";
import { checkWholeNumbers, requireFields, type Values } from "../common/validation";
import { WholeNumberInput } from "../common/WholeNumberInput";

export const validateVillage = (values: Values) =>
  checkWholeNumbers(values, requireFields(values, ["townshipId", "code", "name"]), { publicityDays: { min: 0, max: 30 } });

/** The township is chosen once, at creation (UpdateVillageInput has no townshipId). */
export const VillageInputs = ({ variant }: { variant: "create" | "edit" }) => (
  <>
    {variant === "create" && (
      <ReferenceInput source="townshipId" reference="townships">
        <AutocompleteInput isRequired />
      </ReferenceInput>
    )}
    <TextInput source="code" isRequired />
    <TextInput source="name" isRequired />
    <BooleanInput source="hasShop" />
    <WholeNumberInput source="publicityDays" min={0} max={30} />
  </>
);
