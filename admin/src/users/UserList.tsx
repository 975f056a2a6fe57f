import {
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  DataTable,
  List,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
} from "react-admin";
import { DateTimeField } from "../common/fields";
import { roleChoices } from "../common/choices";
import { ResetPasswordButton } from "./ResetPasswordButton";
import { UserScopeText } from "./UserScopeText";

// The server filters by role and by area (users' townshipId, villageId, departmentId).
const userFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  <ReferenceInput key="townshipId" source="townshipId" reference="townships" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput key="villageId" source="villageId" reference="villages">
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput key="departmentId" source="departmentId" reference="departments">
    <AutocompleteInput />
  </ReferenceInput>,
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
      <DataTable.Col source="scope" disableSort>
        <UserScopeText />
      </DataTable.Col>
      <DataTable.Col source="active" field={BooleanField} />
      <DataTable.Col source="mustChangePassword" field={BooleanField} disableSort />
      <DataTable.Col source="lastLoginAt">
        <DateTimeField source="lastLoginAt" />
      </DataTable.Col>
      <DataTable.Col label={false}>
        <ResetPasswordButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
