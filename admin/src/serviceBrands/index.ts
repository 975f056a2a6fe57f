import { lazyView } from "../common/lazyView";
import LoyaltyIcon from "@mui/icons-material/Loyalty";

export default {
  list: lazyView(() => import("./ServiceBrandList"), "ServiceBrandList"),
  edit: lazyView(() => import("./ServiceBrandEdit"), "ServiceBrandEdit"),
  create: lazyView(() => import("./ServiceBrandCreate"), "ServiceBrandCreate"),
  icon: LoyaltyIcon,
  recordRepresentation: "name",
};
