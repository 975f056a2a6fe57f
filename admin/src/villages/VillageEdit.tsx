import { Edit, SimpleForm } from "react-admin";
import { VillageInputs } from "./VillageInputs";
import { validateVillage } from "./validateVillage";

// Pessimistic, so that the server's field errors show next to the inputs.
export const VillageEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm validate={validateVillage}>
      <VillageInputs variant="edit" />
    </SimpleForm>
  </Edit>
);
