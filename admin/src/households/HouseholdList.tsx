import { DataTable, List, ReferenceField, SelectField } from "react-admin";
import { householdCategoryChoices, householdStatusChoices } from "../common/choices";
import { PointsField } from "../common/fields";
import { useSessionUser } from "../common/session";
import { HouseholdListActions } from "./HouseholdListActions";
import { householdFilters } from "./HouseholdListFilters";

export const HouseholdList = () => {
  // A committee's list is its own village's: no village column to read.
  const oneVillage = useSessionUser()?.role === "VILLAGE_COMMITTEE";
  return (
    <List filters={householdFilters} sort={{ field: "number", order: "ASC" }} perPage={25} actions={<HouseholdListActions />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="number" />
        <DataTable.Col source="headName" />
        {!oneVillage && (
          <DataTable.Col source="villageId">
            <ReferenceField source="villageId" reference="villages" />
          </DataTable.Col>
        )}
        <DataTable.Col source="category">
          <SelectField source="category" choices={householdCategoryChoices} />
        </DataTable.Col>
        <DataTable.NumberCol source="memberCount" />
        <DataTable.Col source="phone" disableSort />
        <DataTable.Col source="balance" align="right">
          <PointsField source="balance" sx={{ fontWeight: 600 }} />
        </DataTable.Col>
        <DataTable.Col source="status">
          <SelectField source="status" choices={householdStatusChoices} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
