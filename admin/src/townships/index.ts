import AccountBalanceIcon from "@mui/icons-material/AccountBalance";
import { TownshipCreate } from "./TownshipCreate";
import { TownshipEdit } from "./TownshipEdit";
import { TownshipList } from "./TownshipList";
import { TownshipShow } from "./TownshipShow";

export default {
  list: TownshipList,
  show: TownshipShow,
  edit: TownshipEdit,
  create: TownshipCreate,
  icon: AccountBalanceIcon,
  recordRepresentation: "name",
};
