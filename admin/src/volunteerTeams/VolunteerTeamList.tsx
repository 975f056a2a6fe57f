import {
  BooleanField,
  BooleanInput,
  DataTable,
  NumberField,
  SearchInput,
  SelectField,
  SelectInput,
} from "react-admin";
import { CreatableList } from "../common/CreatableList";
import { editWhereAllowed } from "../common/allowed";
import { teamKindChoices } from "../volunteer/enums";
import { OwnerField } from "../volunteer/OwnerField";

const teamFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={teamKindChoices} alwaysOn />,
  <BooleanInput key="active" source="active" />,
];

/** 服务队: the teams a village's or a township's activities name. */
export const VolunteerTeamList = () => {
  return (
    <CreatableList
      filters={teamFilters}
      filterDefaultValues={{ active: true }}
      sort={{ field: "name", order: "ASC" }}
      perPage={50}
    >
      <DataTable rowClick={editWhereAllowed} bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={teamKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="owner" disableSort label="resources.volunteerTeams.fields.owner">
          <OwnerField />
        </DataTable.Col>
        <DataTable.Col source="leaderName" disableSort />
        <DataTable.Col source="memberCount" align="right">
          <NumberField source="memberCount" />
        </DataTable.Col>
        <DataTable.Col source="active" field={BooleanField} />
      </DataTable>
    </CreatableList>
  );
};
