import {
  BooleanField,
  BooleanInput,
  CreateButton,
  DataTable,
  List,
  NumberField,
  SearchInput,
  SelectField,
  SelectInput,
  TopToolbar,
} from "react-admin";
import { EmptyState } from "../common/EmptyState";
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
    <List
      filters={teamFilters}
      filterDefaultValues={{ active: true }}
      sort={{ field: "name", order: "ASC" }}
      perPage={50}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
      exporter={false}
      empty={<EmptyState message="resources.volunteerTeams.empty" action={<CreateButton variant="contained" />} />}
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
    </List>
  );
};
