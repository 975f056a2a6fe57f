import { Typography } from "@mui/material";
import { useRecordContext } from "react-admin";
import type { RedemptionStatus } from "../common/enums";
import type { Redemption } from "../types";

export const redemptionStatusColors: Record<RedemptionStatus, "success" | "default"> = {
  COMPLETED: "success",
  CANCELLED: "default",
};

/** 香皂×1、毛巾×2 */
export const itemsSummary = (redemption: Pick<Redemption, "lines">): string =>
  redemption.lines.map((line) => `${line.productName}×${line.quantity}`).join("、");

export const RedemptionItemsField = (_props: { label?: string }) => {
  const redemption = useRecordContext<Redemption>();
  if (!redemption) return null;
  return (
    <Typography variant="body2" component="span">
      {itemsSummary(redemption)}
    </Typography>
  );
};

/** The household's number and head, read from the redemption itself. */
export const RedemptionHouseholdField = (_props: { label?: string }) => {
  const redemption = useRecordContext<Redemption>();
  if (!redemption) return null;
  return (
    <Typography variant="body2" component="span" sx={{ whiteSpace: "nowrap" }}>
      {redemption.household.number} {redemption.household.headName}
    </Typography>
  );
};
