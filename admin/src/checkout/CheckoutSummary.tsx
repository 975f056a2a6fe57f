import { Alert, Box, Button, Divider, MenuItem, Stack, TextField, Typography } from "@mui/material";
import { useLocaleState, useTranslate } from "react-admin";
import { formatPoints } from "../common/format";
import type { ExchangeEvent, Household } from "../types";
import type { CartLine } from "./cart";

interface CheckoutSummaryProps {
  household: Household | null;
  lines: CartLine[];
  total: number;
  events: ExchangeEvent[];
  eventId: string;
  onEventChange: (id: string) => void;
  error: string | null;
  pending: boolean;
  onConfirm: () => void;
}

/**
 * The order as it stands: lines, total, the balance after, and the one button.
 * One explanation at a time: the server's refusal when there is one, else the
 * shortfall (with the balance the server gave); short of points, the button is off.
 */
export const CheckoutSummary = (props: CheckoutSummaryProps) => {
  const { household, lines, total, events, eventId, onEventChange, error, pending, onConfirm } = props;
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const after = household ? household.balance - total : 0;
  const short = household !== null && after < 0;
  const row = (label: string, value: string, strong = false, color?: string) => (
    <Stack direction="row" sx={{ justifyContent: "space-between", py: 0.5 }}>
      <Typography variant={strong ? "subtitle1" : "body2"} sx={{ fontWeight: strong ? 600 : 400 }}>
        {label}
      </Typography>
      <Typography variant={strong ? "subtitle1" : "body2"} sx={{ fontWeight: strong ? 600 : 400, fontVariantNumeric: "tabular-nums", color }}>
        {value}
      </Typography>
    </Stack>
  );
  const points = (n: number) => translate("app.common.points", { points: formatPoints(n, locale) });
  return (
    <Box data-testid="checkout-summary">
      {events.length > 0 && (
        <TextField
          select
          size="small"
          fullWidth
          name="eventId"
          label={translate("app.checkout.event")}
          value={eventId}
          onChange={(e) => onEventChange(e.target.value)}
          sx={{ mb: 2 }}
        >
          <MenuItem value="">{translate("app.checkout.no_event")}</MenuItem>
          {events.map((event) => (
            <MenuItem key={event.id} value={event.id}>
              {event.date} {event.title}
            </MenuItem>
          ))}
        </TextField>
      )}
      {lines.length === 0 ? (
        <Typography color="text.secondary" sx={{ py: 2 }}>
          {translate("app.checkout.empty_cart")}
        </Typography>
      ) : (
        lines.map((line) => (
          <Box key={line.product.id}>
            {row(`${line.product.name} × ${line.quantity}`, formatPoints(line.amount, locale))}
          </Box>
        ))
      )}
      <Divider sx={{ my: 1 }} />
      <Box data-testid="checkout-total">{row(translate("app.checkout.total"), points(total), true)}</Box>
      {household && (
        <>
          {row(translate("app.checkout.balance"), points(household.balance))}
          <Box data-testid="checkout-after">
            {row(translate("app.checkout.balance_after"), points(after), false, short ? "error.main" : "success.main")}
          </Box>
        </>
      )}
      {short && !error && (
        <Alert severity="warning" sx={{ mt: 1 }} data-testid="checkout-short">
          {translate("app.checkout.short_warning", {
            balance: formatPoints(household.balance, locale),
            needed: formatPoints(total, locale),
            missing: formatPoints(-after, locale),
          })}
        </Alert>
      )}
      {error && (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="checkout-error">
          {error}
        </Alert>
      )}
      <Button
        variant="contained"
        size="large"
        fullWidth
        sx={{ mt: 2 }}
        disabled={!household || lines.length === 0 || short || pending}
        onClick={onConfirm}
        data-testid="confirm-checkout"
      >
        {pending ? translate("app.checkout.pending") : translate("app.checkout.confirm", { total: formatPoints(total, locale) })}
      </Button>
    </Box>
  );
};
