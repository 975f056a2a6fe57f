import { lazyView } from "../common/lazyView";
import ReceiptIcon from "@mui/icons-material/Receipt";
import { redemptionName } from "./receipt";

// Redemptions are made by the checkout screen (checkout/), cancelled from their page.

export default {
  list: lazyView(() => import("./RedemptionList"), "RedemptionList"),
  show: lazyView(() => import("./RedemptionShow"), "RedemptionShow"),
  icon: ReceiptIcon,
  recordRepresentation: redemptionName,
};
