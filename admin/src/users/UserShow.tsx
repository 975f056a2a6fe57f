import {
  BooleanField,
  EditButton,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from "react-admin";
import { DateTimeField } from "../common/fields";
import { roleChoices } from "../common/choices";
import { ResetPasswordButton } from "./ResetPasswordButton";
import { UserScopeField } from "./UserScopeField";

const UserShowActions = () => (
  <TopToolbar>
    <ResetPasswordButton />
    <EditButton />
  </TopToolbar>
);

export const UserShow = () => (
  <Show actions={<UserShowActions />}>
    <SimpleShowLayout>
      <TextField source="username" />
      <TextField source="displayName" />
      <SelectField source="role" choices={roleChoices} />
      <UserScopeField label={false} />
      <BooleanField source="active" />
      <BooleanField source="mustChangePassword" />
      <DateTimeField source="lastLoginAt" />
      <DateTimeField source="createdAt" />
    </SimpleShowLayout>
  </Show>
);
