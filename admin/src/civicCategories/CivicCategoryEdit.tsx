import { Edit, SimpleForm } from "react-admin";
import { CivicCategoryInputs } from "./CivicCategoryInputs";
import { validateCategory } from "./validateCategory";

// Pessimistic, so a code already in use shows next to its input.
export const CivicCategoryEdit = () => (
  <Edit redirect="list" mutationMode="pessimistic">
    <SimpleForm validate={validateCategory}>
      <CivicCategoryInputs />
    </SimpleForm>
  </Edit>
);
