import { Create, SimpleForm } from "react-admin";
import { getUser } from "../providers/session";
import { PointRuleInputs } from "./PointRuleInputs";
import { validatePointRule } from "./validatePointRule";

// A committee's new rule is its own village's.
const defaultValues = () => {
  const user = getUser();
  return { villageId: user?.role === "VILLAGE_COMMITTEE" ? user.villageId : undefined, category: "HYGIENE" };
};

export const PointRuleCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={defaultValues} validate={validatePointRule}>
      <PointRuleInputs variant="create" />
    </SimpleForm>
  </Create>
);
