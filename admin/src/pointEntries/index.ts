import ReceiptLongIcon from "@mui/icons-material/ReceiptLong";
import { PointEntryList } from "./PointEntryList";

// Append-only: a list, nothing to create, edit or delete here.
export default {
  list: PointEntryList,
  icon: ReceiptLongIcon,
};
