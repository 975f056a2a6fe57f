import GroupsIcon from "@mui/icons-material/Groups";
import { VolunteerTeamCreate } from "./VolunteerTeamCreate";
import { VolunteerTeamEdit } from "./VolunteerTeamEdit";
import { VolunteerTeamList } from "./VolunteerTeamList";

// A list with its edit form is all a team needs; its activities are on the activities list.
export default {
  list: VolunteerTeamList,
  edit: VolunteerTeamEdit,
  create: VolunteerTeamCreate,
  icon: GroupsIcon,
  recordRepresentation: "name",
};
