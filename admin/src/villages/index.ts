import HolidayVillageIcon from "@mui/icons-material/HolidayVillage";
import { lazyView } from "../common/lazyView";

export default {
  list: lazyView(() => import("./VillageList"), "VillageList"),
  show: lazyView(() => import("./VillageShow"), "VillageShow"),
  edit: lazyView(() => import("./VillageEdit"), "VillageEdit"),
  create: lazyView(() => import("./VillageCreate"), "VillageCreate"),
  icon: HolidayVillageIcon,
  recordRepresentation: "name",
};
