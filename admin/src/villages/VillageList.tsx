import {
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
} from "react-admin";
import { CommitteeAccountsButton } from "./CommitteeAccountsButton";
import { useRoleAccess } from "../common/useRoleAccess";

const villageFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="townshipId" source="townshipId" reference="townships" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <BooleanInput key="hasShop" source="hasShop" />,
];

export const VillageList = () => {
  // Only who may create users (the district admin) makes committee accounts; others get no checkboxes.
  const canAccess = useRoleAccess("users", "create");
  return (
    <List filters={villageFilters} sort={{ field: "code", order: "ASC" }}>
      <DataTable rowClick="show" bulkActionButtons={canAccess ? <CommitteeAccountsButton /> : false}>
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="townshipId">
          <ReferenceField source="townshipId" reference="townships" />
        </DataTable.Col>
        <DataTable.Col source="hasShop" field={BooleanField} />
        <DataTable.NumberCol source="publicityDays" />
        <DataTable.NumberCol source="householdCount" disableSort />
      </DataTable>
    </List>
  );
};
