import { Edit, SimpleForm } from "react-admin";
import { TownshipInputs, validateTownship } from "./TownshipInputs";

// Pessimistic, so that the server's field errors show next to the inputs.
export const TownshipEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm validate={validateTownship}>
      <TownshipInputs />
    </SimpleForm>
  </Edit>
);
