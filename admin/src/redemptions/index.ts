import { lazyView } from "../common/lazyView";
import ReceiptIcon from "@mui/icons-material/Receipt";
import type { Redemption } from "../types";

// Redemptions are made by the checkout screen (checkout/), cancelled from their page.

export default {
  list: lazyView(() => import("./RedemptionList"), "RedemptionList"),
  show: lazyView(() => import("./RedemptionShow"), "RedemptionShow"),
  icon: ReceiptIcon,
  recordRepresentation: (record: Redemption) => `#${record.id} ${record.household.number} ${record.household.headName}`,
};
