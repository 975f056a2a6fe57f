import { AutocompleteInput, BooleanInput, ReferenceInput, SelectInput, TextInput } from "react-admin";
import { ruleCategoryChoices } from "../common/choices";
import { useSessionUser } from "../common/session";
import { WholeNumberInput } from "../common/WholeNumberInput";

/**
 * Shared by create and edit. A committee's rules are its village's; the
 * district admin leaves the village empty for a district-wide rule. The
 * scope is chosen once, at creation.
 */
export const PointRuleInputs = ({ variant }: { variant: "create" | "edit" }) => {
  const user = useSessionUser();
  return (
    <>
      {variant === "create" && user?.role === "DISTRICT_ADMIN" && (
        <ReferenceInput source="villageId" reference="villages">
          <AutocompleteInput helperText="resources.pointRules.helper.villageId" />
        </ReferenceInput>
      )}
      <SelectInput source="category" choices={ruleCategoryChoices} isRequired />
      <TextInput source="name" isRequired />
      <WholeNumberInput source="points" isRequired min={-1000} max={1000} helperText="resources.pointRules.helper.points" />
      <TextInput source="description" multiline minRows={2} />
      {variant === "edit" && <BooleanInput source="active" helperText="resources.pointRules.helper.active" />}
    </>
  );
};
