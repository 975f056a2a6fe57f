import { Alert, ToggleButton, ToggleButtonGroup } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useParams, useSearchParams } from "react-router-dom";
import { useTranslate } from "react-admin";
import { useErrorText } from "../common/useErrorText";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";
import { receiptPaper, type ReceiptPaper } from "../redemptions/receipt";
import { RedemptionReceiptSheet } from "../redemptions/RedemptionReceiptSheet";
import { PrintSheet } from "./PrintSheet";

/**
 * 兑换单 for printing: /print/redemption/:id, on A4 or (?paper=slip) an
 * 80 mm receipt printer's slip; the paper is kept in the address.
 */
export const RedemptionReceiptPage = () => {
  const { id = "" } = useParams<{ id: string }>();
  const [params, setParams] = useSearchParams();
  const paper = receiptPaper(params.get("paper"));
  const translate = useTranslate();
  const errorText = useErrorText();
  const dataProvider = useCunwuDataProvider();
  const t = (key: string, options?: object) => translate(`resources.redemptions.receipt.${key}`, options);
  const receipt = useQuery({ queryKey: ["redemptionReceipt", id], queryFn: () => dataProvider.redemptionReceipt({ id }), retry: false });
  const choose = (_: unknown, value: ReceiptPaper | null) => {
    if (value) setParams(value === "slip" ? { paper: "slip" } : {}, { replace: true });
  };
  return (
    <PrintSheet
      testId="receipt-sheet"
      className={`receipt-sheet receipt-${paper}`}
      title={receipt.data ? t("heading", { village: receipt.data.villageName }) : t("title")}
      loading={receipt.isPending}
      controls={
        <ToggleButtonGroup size="small" exclusive value={paper} onChange={choose} aria-label={t("layout")}>
          <ToggleButton value="a4" data-testid="paper-a4">
            {t("layout_a4")}
          </ToggleButton>
          <ToggleButton value="slip" data-testid="paper-slip">
            {t("layout_slip")}
          </ToggleButton>
        </ToggleButtonGroup>
      }
    >
      {receipt.error && <Alert severity="error">{errorText(receipt.error)}</Alert>}
      {receipt.data && <RedemptionReceiptSheet redemption={receipt.data} paper={paper} />}
    </PrintSheet>
  );
};
