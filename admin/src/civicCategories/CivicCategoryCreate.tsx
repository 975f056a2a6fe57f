import { Create, SimpleForm } from "react-admin";
import { CivicCategoryInputs } from "./CivicCategoryInputs";
import { validateCategory } from "./validateCategory";

export const CivicCategoryCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ defaultChannel: "DIRECT", deadlineDays: 10, active: true }} validate={validateCategory}>
      <CivicCategoryInputs />
    </SimpleForm>
  </Create>
);
