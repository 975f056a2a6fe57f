import HouseIcon from "@mui/icons-material/House";
import type { Household } from "../types";
import { lazyView } from "../common/lazyView";

export default {
  list: lazyView(() => import("./HouseholdList"), "HouseholdList"),
  show: lazyView(() => import("./HouseholdShow"), "HouseholdShow"),
  edit: lazyView(() => import("./HouseholdEdit"), "HouseholdEdit"),
  create: lazyView(() => import("./HouseholdCreate"), "HouseholdCreate"),
  icon: HouseIcon,
  recordRepresentation: (record: Household) => `${record.number} ${record.headName}`,
};
