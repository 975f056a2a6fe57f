import { Create, SimpleForm } from "react-admin";
import { UserInputs } from "./UserInputs";
import { validateUser, withRoleScope } from "./userScope";

const validate = validateUser("create");

export const UserCreate = () => (
  <Create redirect="show" transform={withRoleScope}>
    <SimpleForm validate={validate}>
      <UserInputs variant="create" />
    </SimpleForm>
  </Create>
);
