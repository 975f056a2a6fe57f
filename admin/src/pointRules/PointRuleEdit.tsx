import { Edit, SimpleForm } from "react-admin";
import { PointRuleInputs } from "./PointRuleInputs";
import { validatePointRule } from "./validatePointRule";

// Pessimistic, so the server's field errors show next to the inputs. A new
// number of points applies to new entries only.
export const PointRuleEdit = () => (
  <Edit redirect="list" mutationMode="pessimistic">
    <SimpleForm validate={validatePointRule}>
      <PointRuleInputs variant="edit" />
    </SimpleForm>
  </Edit>
);
