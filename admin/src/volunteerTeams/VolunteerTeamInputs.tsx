import { BooleanInput, SelectInput, TextInput } from "react-admin";
import { WholeNumberInput } from "../common/WholeNumberInput";
import { teamKindChoices } from "../volunteer/enums";
import { OwnerInputs } from "../volunteer/OwnerInputs";

/** The owner is set once, at creation; a team that stops is made inactive, not deleted. */
export const VolunteerTeamInputs = ({ variant }: { variant: "create" | "edit" }) => (
  <>
    {variant === "create" && <OwnerInputs />}
    <TextInput source="name" isRequired helperText="resources.volunteerTeams.helper.name" />
    <SelectInput source="kind" choices={teamKindChoices} isRequired />
    <TextInput source="leaderName" />
    <WholeNumberInput source="memberCount" min={0} />
    {variant === "edit" && <BooleanInput source="active" helperText="resources.volunteerTeams.helper.active" />}
  </>
);
