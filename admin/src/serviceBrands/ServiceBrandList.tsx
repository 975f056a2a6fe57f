import {
  BooleanField,
  BooleanInput,
  CreateButton,
  DataTable,
  List,
  SearchInput,
  TextField,
  TopToolbar,
} from "react-admin";
import { EmptyState } from "../common/EmptyState";
import { editWhereAllowed } from "../common/allowed";
import { OwnerField } from "../volunteer/OwnerField";

const brandFilters = [<SearchInput key="q" source="q" alwaysOn />, <BooleanInput key="active" source="active" />];

/** 志愿服务品牌 (敬老微爱行, 法治夜校 …) under which activities run. */
export const ServiceBrandList = () => {
  return (
    <List
      filters={brandFilters}
      filterDefaultValues={{ active: true }}
      sort={{ field: "name", order: "ASC" }}
      perPage={50}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
      exporter={false}
      empty={<EmptyState message="resources.serviceBrands.empty" action={<CreateButton variant="contained" />} />}
    >
      <DataTable rowClick={editWhereAllowed} bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="owner" disableSort label="resources.serviceBrands.fields.owner">
          <OwnerField />
        </DataTable.Col>
        <DataTable.Col source="description" disableSort>
          <TextField source="description" sx={{ color: "text.secondary" }} />
        </DataTable.Col>
        <DataTable.Col source="active" field={BooleanField} />
      </DataTable>
    </List>
  );
};
