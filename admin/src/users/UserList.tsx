import {
  BooleanField,
  BooleanInput,
  DataTable,
  List,
  SearchInput,
  SelectField,
  SelectInput,
} from "react-admin";
import { DateTimeField } from "../common/fields";
import { roleChoices } from "../common/choices";

const userFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  <BooleanInput key="active" source="active" />,
];

export const UserList = () => (
  <List filters={userFilters} sort={{ field: "username", order: "ASC" }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="username" />
      <DataTable.Col source="displayName" />
      <DataTable.Col source="role">
        <SelectField source="role" choices={roleChoices} />
      </DataTable.Col>
      <DataTable.Col source="active" field={BooleanField} />
      <DataTable.Col source="lastLoginAt">
        <DateTimeField source="lastLoginAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
