import { Create, SimpleForm } from "react-admin";
import { TownshipInputs, validateTownship } from "./TownshipInputs";

export const TownshipCreate = () => (
  <Create redirect="show">
    <SimpleForm validate={validateTownship}>
      <TownshipInputs />
    </SimpleForm>
  </Create>
);
