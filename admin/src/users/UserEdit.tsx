import { Edit, SimpleForm } from "react-admin";
import { UserInputs } from "./UserInputs";
import { validateUser, withRoleScope } from "./userScope";

const validate = validateUser("edit");

// Pessimistic, so that the server's field errors show next to the inputs.
export const UserEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic" transform={withRoleScope}>
    <SimpleForm validate={validate}>
      <UserInputs variant="edit" />
    </SimpleForm>
  </Edit>
);
