import ReceiptIcon from "@mui/icons-material/Receipt";
import type { Redemption } from "../types";
import { RedemptionList } from "./RedemptionList";
import { RedemptionShow } from "./RedemptionShow";

// Redemptions are made by the checkout screen (checkout/), cancelled from their page.
export default {
  list: RedemptionList,
  show: RedemptionShow,
  icon: ReceiptIcon,
  recordRepresentation: (record: Redemption) => `#${record.id} ${record.household.number} ${record.household.headName}`,
};
