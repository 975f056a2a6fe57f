import { Create, SimpleForm } from "react-admin";
import { getUser } from "../providers/session";
import { ProductInputs } from "./ProductInputs";
import { validateProduct } from "./validateProduct";

// A committee stocks its own village's shop.
const defaultValues = () => {
  const user = getUser();
  return { villageId: user?.role === "VILLAGE_COMMITTEE" ? user.villageId : undefined, stock: 0 };
};

export const ProductCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={defaultValues} validate={validateProduct}>
      <ProductInputs variant="create" />
    </SimpleForm>
  </Create>
);
