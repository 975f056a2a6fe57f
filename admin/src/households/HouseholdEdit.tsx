import { Edit, SaveButton, SimpleForm, Toolbar } from "react-admin";
import { ArchiveHouseholdButton } from "./ArchiveHouseholdButton";
import { HouseholdInputs } from "./HouseholdInputs";

const HouseholdEditToolbar = () => (
  <Toolbar sx={{ justifyContent: "space-between" }}>
    <SaveButton />
    <ArchiveHouseholdButton />
  </Toolbar>
);

// Pessimistic, so that the server's field errors show next to the inputs.
export const HouseholdEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm toolbar={<HouseholdEditToolbar />}>
      <HouseholdInputs variant="edit" />
    </SimpleForm>
  </Edit>
);
