import { Edit, SimpleForm } from "react-admin";
import { ServiceBrandInputs, validateBrand } from "./ServiceBrandInputs";

export const ServiceBrandEdit = () => (
  <Edit redirect="list" mutationMode="pessimistic">
    <SimpleForm validate={validateBrand}>
      <ServiceBrandInputs variant="edit" />
    </SimpleForm>
  </Edit>
);
