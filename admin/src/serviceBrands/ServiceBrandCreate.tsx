import { Create, SimpleForm } from "react-admin";
import { ownerDefaults, withOneOwner } from "../volunteer/OwnerInputs";
import { ServiceBrandInputs, validateBrand } from "./ServiceBrandInputs";

export const ServiceBrandCreate = () => (
  <Create redirect="list" transform={withOneOwner}>
    <SimpleForm defaultValues={ownerDefaults} validate={validateBrand}>
      <ServiceBrandInputs variant="create" />
    </SimpleForm>
  </Create>
);
