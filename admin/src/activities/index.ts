import { lazyView } from "../common/lazyView";
import VolunteerActivismIcon from "@mui/icons-material/VolunteerActivism";
import type { Activity } from "../volunteer/types";

// Participation, confirmation and cancellation are the show page's buttons (ActivityActions.tsx).
export default {
  list: lazyView(() => import("./ActivityList"), "ActivityList"),
  show: lazyView(() => import("./ActivityShow"), "ActivityShow"),
  edit: lazyView(() => import("./ActivityEdit"), "ActivityEdit"),
  create: lazyView(() => import("./ActivityCreate"), "ActivityCreate"),
  icon: VolunteerActivismIcon,
  recordRepresentation: (record: Activity) => `${record.date} ${record.title}`,
};
