import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput } from "react-admin";
import { householdCategoryChoices, householdStatusChoices } from "../common/choices";

export const householdFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="villageId" source="villageId" reference="villages" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <SelectInput key="category" source="category" choices={householdCategoryChoices} />,
  <SelectInput key="status" source="status" choices={householdStatusChoices} />,
];
