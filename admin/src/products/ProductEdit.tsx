import { Edit, SimpleForm } from "react-admin";
import { ProductInputs } from "./ProductInputs";
import { validateProduct } from "./validateProduct";

// Pessimistic, so the server's field errors (a duplicate name) show next to the inputs.
export const ProductEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm validate={validateProduct}>
      <ProductInputs variant="edit" />
    </SimpleForm>
  </Edit>
);
