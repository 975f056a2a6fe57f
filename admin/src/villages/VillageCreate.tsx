import { Create, SimpleForm } from "react-admin";
import { VillageInputs, validateVillage } from "./VillageInputs";

const defaultValues = { hasShop: true, publicityDays: 0, rankingSize: 10 };

export const VillageCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={defaultValues} validate={validateVillage}>
      <VillageInputs variant="create" />
    </SimpleForm>
  </Create>
);
