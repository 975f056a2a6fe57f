import { Edit, SimpleForm } from "react-admin";
import { DepartmentInputs, validateDepartment } from "./DepartmentInputs";

// Pessimistic, so that the server's field errors show next to the inputs.
export const DepartmentEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm validate={validateDepartment}>
      <DepartmentInputs variant="edit" />
    </SimpleForm>
  </Edit>
);
