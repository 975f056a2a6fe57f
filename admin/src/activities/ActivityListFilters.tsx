import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput } from "react-admin";
import { DayInput } from "../common/DayInput";
import type { SessionUser } from "../providers/session";
import { activityCategoryChoices, activityStatusChoices } from "../volunteer/enums";

/** Search, status, dates; the area for those who see more than one village. */
export const activityFilters = (user: SessionUser | null) => {
  const role = user?.role;
  // Township staff pick among their own villages.
  const villageFilter = role === "TOWNSHIP_STAFF" && user?.townshipId ? { townshipId: user.townshipId } : undefined;
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={activityStatusChoices} alwaysOn />,
    ...(role === "DISTRICT_ADMIN" || role === "DISTRICT_STAFF"
      ? [
          <ReferenceInput key="townshipId" source="townshipId" reference="townships" alwaysOn>
            <AutocompleteInput />
          </ReferenceInput>,
        ]
      : []),
    ...(role === "DISTRICT_ADMIN" || role === "DISTRICT_STAFF" || role === "TOWNSHIP_STAFF"
      ? [
          <ReferenceInput key="villageId" source="villageId" reference="villages" filter={villageFilter} alwaysOn>
            <AutocompleteInput />
          </ReferenceInput>,
        ]
      : []),
    <DayInput key="from" source="from" alwaysOn />,
    <DayInput key="to" source="to" alwaysOn />,
    <SelectInput key="category" source="category" choices={activityCategoryChoices} />,
    <ReferenceInput key="brandId" source="brandId" reference="serviceBrands">
      <AutocompleteInput />
    </ReferenceInput>,
    <ReferenceInput key="teamId" source="teamId" reference="volunteerTeams">
      <AutocompleteInput />
    </ReferenceInput>,
  ];
};
