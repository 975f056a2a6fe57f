import VolunteerActivismIcon from "@mui/icons-material/VolunteerActivism";
import type { Activity } from "../volunteer/types";
import { ActivityCreate } from "./ActivityCreate";
import { ActivityEdit } from "./ActivityEdit";
import { ActivityList } from "./ActivityList";
import { ActivityShow } from "./ActivityShow";

// Participation, confirmation and cancellation are the show page's buttons (ActivityActions.tsx).
export default {
  list: ActivityList,
  show: ActivityShow,
  edit: ActivityEdit,
  create: ActivityCreate,
  icon: VolunteerActivismIcon,
  recordRepresentation: (record: Activity) => `${record.date} ${record.title}`,
};
