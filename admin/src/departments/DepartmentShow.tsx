import {
  BooleanField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from "react-admin";
import { departmentKindChoices } from "../common/choices";

export const DepartmentShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <SelectField source="kind" choices={departmentKindChoices} />
      <ReferenceField source="townshipId" reference="townships" />
      <BooleanField source="active" />
    </SimpleShowLayout>
  </Show>
);
