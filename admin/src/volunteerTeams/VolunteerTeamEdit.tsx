import { Edit, SimpleForm } from "react-admin";
import { VolunteerTeamInputs } from "./VolunteerTeamInputs";
import { validateTeam } from "./validateTeam";

// Pessimistic, so the server's field errors (a name in use) show next to the inputs.
export const VolunteerTeamEdit = () => (
  <Edit redirect="list" mutationMode="pessimistic">
    <SimpleForm validate={validateTeam}>
      <VolunteerTeamInputs variant="edit" />
    </SimpleForm>
  </Edit>
);
