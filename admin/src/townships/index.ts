import AccountBalanceIcon from "@mui/icons-material/AccountBalance";
import { lazyView } from "../common/lazyView";

export default {
  list: lazyView(() => import("./TownshipList"), "TownshipList"),
  show: lazyView(() => import("./TownshipShow"), "TownshipShow"),
  edit: lazyView(() => import("./TownshipEdit"), "TownshipEdit"),
  create: lazyView(() => import("./TownshipCreate"), "TownshipCreate"),
  icon: AccountBalanceIcon,
  recordRepresentation: "name",
};
