import {
  DateField,
  EditButton,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from "react-admin";
import { householdCategoryChoices, householdStatusChoices } from "../common/choices";
import { ArchiveHouseholdButton } from "./ArchiveHouseholdButton";

const HouseholdShowActions = () => (
  <TopToolbar>
    <EditButton />
    <ArchiveHouseholdButton />
  </TopToolbar>
);

export const HouseholdShow = () => (
  <Show actions={<HouseholdShowActions />}>
    <SimpleShowLayout>
      <ReferenceField source="villageId" reference="villages" />
      <TextField source="number" />
      <TextField source="headName" />
      <NumberField source="memberCount" />
      <TextField source="phone" />
      <TextField source="address" />
      <SelectField source="category" choices={householdCategoryChoices} />
      <SelectField source="status" choices={householdStatusChoices} />
      <NumberField source="balance" />
      <DateField source="createdAt" showTime />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
