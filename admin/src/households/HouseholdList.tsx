import { DataTable, List, ReferenceField, SelectField } from "react-admin";
import { householdCategoryChoices, householdStatusChoices } from "../common/choices";
import { householdFilters } from "./HouseholdListFilters";

export const HouseholdList = () => (
  <List filters={householdFilters} sort={{ field: "number", order: "ASC" }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" />
      <DataTable.Col source="headName" />
      <DataTable.Col source="villageId">
        <ReferenceField source="villageId" reference="villages" />
      </DataTable.Col>
      <DataTable.Col source="category">
        <SelectField source="category" choices={householdCategoryChoices} />
      </DataTable.Col>
      <DataTable.NumberCol source="memberCount" />
      <DataTable.Col source="phone" disableSort />
      <DataTable.NumberCol source="balance" />
      <DataTable.Col source="status">
        <SelectField source="status" choices={householdStatusChoices} />
      </DataTable.Col>
    </DataTable>
  </List>
);
