import { lazyView } from "../common/lazyView";
import GroupsIcon from "@mui/icons-material/Groups";

// A list with its edit form is all a team needs; its activities are on the activities list.
export default {
  list: lazyView(() => import("./VolunteerTeamList"), "VolunteerTeamList"),
  edit: lazyView(() => import("./VolunteerTeamEdit"), "VolunteerTeamEdit"),
  create: lazyView(() => import("./VolunteerTeamCreate"), "VolunteerTeamCreate"),
  icon: GroupsIcon,
  recordRepresentation: "name",
};
