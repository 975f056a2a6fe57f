import HouseIcon from "@mui/icons-material/House";
import type { Household } from "../types";
import { HouseholdCreate } from "./HouseholdCreate";
import { HouseholdEdit } from "./HouseholdEdit";
import { HouseholdList } from "./HouseholdList";
import { HouseholdShow } from "./HouseholdShow";

export default {
  list: HouseholdList,
  show: HouseholdShow,
  edit: HouseholdEdit,
  create: HouseholdCreate,
  icon: HouseIcon,
  recordRepresentation: (record: Household) => `${record.number} ${record.headName}`,
};
