import { Create, SimpleForm } from "react-admin";
import { getUser } from "../providers/session";
import { HouseholdInputs } from "./HouseholdInputs";

// A village committee creates households in its own village.
const defaultValues = () => ({
  villageId: getUser()?.villageId ?? undefined,
  memberCount: 1,
  category: "GENERAL",
});

// Create saves pessimistically, so the server's field errors show next to the inputs.
export const HouseholdCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={defaultValues}>
      <HouseholdInputs variant="create" />
    </SimpleForm>
  </Create>
);
