import { AutocompleteInput, BooleanInput, ReferenceInput, SearchInput, SelectInput } from "react-admin";
import { ruleCategoryChoices } from "../common/choices";

export const ruleDirectionChoices = [
  { id: true, name: "resources.pointRules.direction.award" },
  { id: false, name: "resources.pointRules.direction.deduction" },
];

/** The filters; staff above a village may also look at one village's catalogue. */
export const pointRuleFilters = (withVillage: boolean) => [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="category" source="category" choices={ruleCategoryChoices} alwaysOn />,
  <SelectInput key="positive" source="positive" choices={ruleDirectionChoices} alwaysOn />,
  ...(withVillage
    ? [
        <ReferenceInput key="villageId" source="villageId" reference="villages">
          <AutocompleteInput />
        </ReferenceInput>,
        <BooleanInput key="districtOnly" source="districtOnly" />,
      ]
    : []),
  <BooleanInput key="active" source="active" />,
];

/** A resident looks rules up by name or category. */
export const residentRuleFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="category" source="category" choices={ruleCategoryChoices} alwaysOn />,
];
