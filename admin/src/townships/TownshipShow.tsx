import {
  DataTable,
  DateField,
  NumberField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
} from "react-admin";

export const TownshipShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <NumberField source="villageCount" />
      <DateField source="createdAt" showTime />
      <DateField source="updatedAt" showTime />
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
