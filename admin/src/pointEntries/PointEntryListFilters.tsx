import { AutocompleteInput, DateInput, ReferenceInput, SelectInput } from "react-admin";
import { entryKindChoices } from "../common/choices";

/** Household, kind, rule and period; staff above a village also pick the village. */
export const pointEntryFilters = (withVillage: boolean) => [
  ...(withVillage
    ? [
        <ReferenceInput key="villageId" source="villageId" reference="villages" alwaysOn>
          <AutocompleteInput />
        </ReferenceInput>,
      ]
    : []),
  <ReferenceInput key="householdId" source="householdId" reference="households" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={entryKindChoices} alwaysOn />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
  <ReferenceInput key="ruleId" source="ruleId" reference="pointRules">
    <AutocompleteInput />
  </ReferenceInput>,
];
