import { Create, SimpleForm } from "react-admin";
import { DepartmentInputs, validateDepartment } from "./DepartmentInputs";

const defaultValues = { kind: "DISTRICT" };

export const DepartmentCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={defaultValues} validate={validateDepartment}>
      <DepartmentInputs variant="create" />
    </SimpleForm>
  </Create>
);
