import {
  BooleanField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from "react-admin";
import { DateTimeField } from "../common/fields";
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
      <DateTimeField source="lastLoginAt" />
      <DateTimeField source="createdAt" />
    </SimpleShowLayout>
  </Show>
);
