import { lazyView } from "../common/lazyView";
import ReceiptLongIcon from "@mui/icons-material/ReceiptLong";

// Append-only: a list, nothing to create, edit or delete here.

export default {
  list: lazyView(() => import("./PointEntryList"), "PointEntryList"),
  icon: ReceiptLongIcon,
};
