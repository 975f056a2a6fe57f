import { Edit, SimpleForm } from "react-admin";
import { CivicCategoryInputs, validateCategory } from "./CivicCategoryInputs";

// Pessimistic, so a code already in use shows next to its input.
export const CivicCategoryEdit = () => (
  <Edit redirect="list" mutationMode="pessimistic">
    <SimpleForm validate={validateCategory}>
      <CivicCategoryInputs />
    </SimpleForm>
  </Edit>
);
