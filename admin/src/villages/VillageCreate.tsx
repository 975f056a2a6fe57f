import { Create, SimpleForm } from "react-admin";
import { VillageInputs } from "./VillageInputs";
import { validateVillage } from "./validateVillage";

const defaultValues = { hasShop: true, publicityDays: 0, rankingSize: 10, notifyPoints: false };

export const VillageCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={defaultValues} validate={validateVillage}>
      <VillageInputs variant="create" />
    </SimpleForm>
  </Create>
);
