import {
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
} from "react-admin";
import { departmentKindChoices } from "../common/choices";

const departmentFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={departmentKindChoices} alwaysOn />,
  <ReferenceInput key="townshipId" source="townshipId" reference="townships">
    <AutocompleteInput />
  </ReferenceInput>,
  <BooleanInput key="active" source="active" />,
];

export const DepartmentList = () => (
  <List filters={departmentFilters} sort={{ field: "code", order: "ASC" }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={departmentKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="townshipId">
        <ReferenceField source="townshipId" reference="townships" />
      </DataTable.Col>
      <DataTable.Col source="active" field={BooleanField} />
    </DataTable>
  </List>
);
