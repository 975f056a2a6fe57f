import { BooleanInput, PasswordInput, SelectInput, TextInput } from "react-admin";
import { roleChoices } from "../common/choices";
import { UserScopeInput } from "./UserScopeInput";

/** The username is fixed once created; on edit, an empty password keeps the current one. */
export const UserInputs = ({ variant }: { variant: "create" | "edit" }) => (
  <>
    <TextInput source="username" disabled={variant === "edit"} autoComplete="off" />
    <PasswordInput
      source="password"
      autoComplete="new-password"
      helperText={variant === "edit" ? "resources.users.helper.password_edit" : undefined}
    />
    <TextInput source="displayName" />
    <SelectInput source="role" choices={roleChoices} />
    <UserScopeInput />
    {variant === "edit" && <BooleanInput source="active" />}
  </>
);
