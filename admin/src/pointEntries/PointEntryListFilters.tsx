import { AutocompleteInput, ReferenceInput, SelectInput } from "react-admin";
import { DayInput } from "../common/DayInput";
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
  <DayInput key="from" source="from" alwaysOn />,
  <DayInput key="to" source="to" alwaysOn />,
  <ReferenceInput key="ruleId" source="ruleId" reference="pointRules">
    <AutocompleteInput />
  </ReferenceInput>,
];
