import { DataTable, List, SearchInput } from "react-admin";

const townshipFilters = [<SearchInput key="q" source="q" alwaysOn />];

export const TownshipList = () => (
  <List filters={townshipFilters} sort={{ field: "code", order: "ASC" }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.NumberCol source="villageCount" disableSort />
    </DataTable>
  </List>
);
