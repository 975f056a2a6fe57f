import {
  BooleanField,
  BooleanInput,
  DataTable,
  SearchInput,
  TextField,
} from "react-admin";
import { CreatableList } from "../common/CreatableList";
import { editWhereAllowed } from "../common/allowed";
import { OwnerField } from "../volunteer/OwnerField";

const brandFilters = [<SearchInput key="q" source="q" alwaysOn />, <BooleanInput key="active" source="active" />];

/** 志愿服务品牌 (敬老微爱行, 法治夜校 …) under which activities run. */
export const ServiceBrandList = () => {
  return (
    <CreatableList
      filters={brandFilters}
      filterDefaultValues={{ active: true }}
      sort={{ field: "name", order: "ASC" }}
      perPage={50}
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
    </CreatableList>
  );
};
