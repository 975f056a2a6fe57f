import { Create, SimpleForm } from "react-admin";
import { ownerDefaults, withOneOwner } from "../volunteer/OwnerInputs";
import { VolunteerTeamInputs } from "./VolunteerTeamInputs";
import { validateTeam } from "./validateTeam";

const defaultValues = () => ({ ...ownerDefaults(), kind: "WOMEN", memberCount: 0 });

export const VolunteerTeamCreate = () => (
  <Create redirect="list" transform={withOneOwner}>
    <SimpleForm defaultValues={defaultValues} validate={validateTeam}>
      <VolunteerTeamInputs variant="create" />
    </SimpleForm>
  </Create>
);
