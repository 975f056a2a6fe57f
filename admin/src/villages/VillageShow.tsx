import {
  BooleanField,
  EditButton,
  TopToolbar,
  DataTable,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
} from "react-admin";
import { VillageBoardButtons } from "../print/BoardLinkButtons";

const VillageShowActions = () => (
  <TopToolbar>
    <VillageBoardButtons />
    <EditButton />
  </TopToolbar>
);

export const VillageShow = () => (
  <Show actions={<VillageShowActions />}>
    <SimpleShowLayout>
      <ReferenceField source="townshipId" reference="townships" />
      <TextField source="code" />
      <TextField source="name" />
      <BooleanField source="hasShop" />
      <NumberField source="publicityDays" />
      <NumberField source="rankingSize" />
      <BooleanField source="notifyPoints" />
      <NumberField source="householdCount" />
      <ReferenceManyField
        label="resources.villages.fields.households"
        reference="households"
        target="villageId"
        sort={{ field: "number", order: "ASC" }}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="number" />
          <DataTable.Col source="headName" />
          <DataTable.NumberCol source="memberCount" />
          <DataTable.NumberCol source="balance" />
        </DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
