import PrintIcon from "@mui/icons-material/Print";
import { Link } from "react-router-dom";
import { Button, useRecordContext } from "react-admin";
import type { Redemption } from "../types";

/** Opens the redemption's printable 兑换单 (A4 or an 80 mm slip, chosen there). */
export const ReceiptPrintButton = () => {
  const redemption = useRecordContext<Redemption>();
  if (!redemption) return null;
  return (
    <Button component={Link} to={`/print/redemption/${redemption.id}`} label="resources.redemptions.receipt.print_link">
      <PrintIcon />
    </Button>
  );
};
