import { BooleanInput, NumberInput, SelectInput, TextInput } from "react-admin";
import { requiredFields } from "../common/validation";
import { teamKindChoices } from "../volunteer/enums";
import { OwnerInputs } from "../volunteer/OwnerInputs";

export const validateTeam = requiredFields("name", "kind");

/** The owner is set once, at creation; a team that stops is made inactive, not deleted. */
export const VolunteerTeamInputs = ({ variant }: { variant: "create" | "edit" }) => (
  <>
    {variant === "create" && <OwnerInputs />}
    <TextInput source="name" helperText="resources.volunteerTeams.helper.name" />
    <SelectInput source="kind" choices={teamKindChoices} />
    <TextInput source="leaderName" />
    <NumberInput source="memberCount" min={0} step={1} />
    {variant === "edit" && <BooleanInput source="active" helperText="resources.volunteerTeams.helper.active" />}
  </>
);
