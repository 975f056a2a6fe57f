import PrintIcon from "@mui/icons-material/Print";
import { Alert, AlertTitle, Button, Card, CardContent, Stack } from "@mui/material";
import { Link } from "react-router-dom";
import { useLocaleState, useTranslate } from "react-admin";
import { formatPoints } from "../common/format";
import { itemsSummary } from "../redemptions/RedemptionFields";
import type { Household, Redemption } from "../types";

/** The sale made: what, how many points, the balance left; then the next household. */
export const CheckoutReceipt = ({
  redemption,
  household,
  onNext,
}: {
  redemption: Redemption;
  household: Household;
  onNext: () => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Card data-testid="checkout-receipt">
      <CardContent>
        <Alert severity="success" sx={{ mb: 2 }}>
          <AlertTitle>{translate("app.checkout.done_title")}</AlertTitle>
          {translate("app.checkout.done", {
            household: `${household.number} ${household.headName}`,
            items: itemsSummary(redemption),
            total: formatPoints(redemption.total, locale),
            balance: formatPoints(household.balance - redemption.total, locale),
          })}
        </Alert>
        <Stack direction="row" spacing={1}>
          <Button component={Link} to={`/redemptions/${redemption.id}/show`}>
            {translate("app.checkout.open_receipt")}
          </Button>
          <Button component={Link} to={`/print/redemption/${redemption.id}?paper=slip`} startIcon={<PrintIcon />}>
            {translate("app.checkout.print_receipt")}
          </Button>
          <Button variant="contained" onClick={onNext} data-testid="next-checkout">
            {translate("app.checkout.next")}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
};
