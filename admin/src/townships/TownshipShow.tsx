import {
  DataTable,
  NumberField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
} from "react-admin";
import { DateTimeField } from "../common/fields";

export const TownshipShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <NumberField source="villageCount" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
      <ReferenceManyField
        label="resources.townships.fields.villages"
        reference="villages"
        target="townshipId"
        sort={{ field: "code", order: "ASC" }}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="code" />
          <DataTable.Col source="name" />
          <DataTable.NumberCol source="householdCount" disableSort />
        </DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
