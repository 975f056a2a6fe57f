import { AutocompleteInput, BooleanInput, ReferenceInput, TextInput } from "react-admin";
import { WholeNumberInput } from "../common/WholeNumberInput";

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
    <WholeNumberInput source="rankingSize" min={1} max={50} helperText="resources.villages.helper.rankingSize" />
    <BooleanInput source="notifyPoints" helperText="resources.villages.helper.notifyPoints" />
  </>
);
