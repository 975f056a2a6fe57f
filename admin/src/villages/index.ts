import HolidayVillageIcon from "@mui/icons-material/HolidayVillage";
import { VillageCreate } from "./VillageCreate";
import { VillageEdit } from "./VillageEdit";
import { VillageList } from "./VillageList";
import { VillageShow } from "./VillageShow";

export default {
  list: VillageList,
  show: VillageShow,
  edit: VillageEdit,
  create: VillageCreate,
  icon: HolidayVillageIcon,
  recordRepresentation: "name",
};
