import { AutocompleteInput, BooleanInput, NumberInput, ReferenceInput, TextInput } from "react-admin";
import { requiredFields } from "../common/validation";

export const validateVillage = requiredFields("townshipId", "code", "name");

/** The township is chosen once, at creation (UpdateVillageInput has no townshipId). */
export const VillageInputs = ({ variant }: { variant: "create" | "edit" }) => (
  <>
    {variant === "create" && (
      <ReferenceInput source="townshipId" reference="townships">
        <AutocompleteInput />
      </ReferenceInput>
    )}
    <TextInput source="code" />
    <TextInput source="name" />
    <BooleanInput source="hasShop" />
    <NumberInput source="publicityDays" min={0} step={1} />
    <NumberInput source="rankingSize" min={1} max={50} step={1} helperText="resources.villages.helper.rankingSize" />
  </>
);
