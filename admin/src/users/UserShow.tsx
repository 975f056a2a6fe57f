import {
  BooleanField,
  DateField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from "react-admin";
import { roleChoices } from "../common/choices";
import { UserScopeField } from "./UserScopeField";

export const UserShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="username" />
      <TextField source="displayName" />
      <SelectField source="role" choices={roleChoices} />
      <UserScopeField label={false} />
      <BooleanField source="active" />
      <DateField source="lastLoginAt" showTime />
      <DateField source="createdAt" showTime />
    </SimpleShowLayout>
  </Show>
);
