import { Alert, Box, Stack, Typography } from "@mui/material";
import { useLocaleState, useTranslate } from "react-admin";
import { DISTRICT_TIME_ZONE, formatDateTime, formatPoints, timeZoneLabel } from "../common/format";
import type { RedemptionReceiptQuery } from "../gql/graphql";
import { receiptBalances, type ReceiptPaper } from "./receipt";
import { RedemptionLinesTable } from "./RedemptionLinesTable";

export type ReceiptRedemption = RedemptionReceiptQuery["result"];


/** One "label: value" line of the receipt's head. */
const Fact = ({ label, value, testId }: { label: string; value: string; testId?: string }) => (
  <Typography variant="body2" data-testid={testId}>
    <Box component="span" sx={{ color: "text.secondary" }}>
      {label}：
    </Box>
    {value}
  </Typography>
);

/**
 * The printable 兑换单: who, where, when, at which event and by whom; the
 * goods at their prices; the balance before and after; two signature lines.
 * The same content on A4 and on an 80 mm slip (print.css sizes the paper).
 */
export const RedemptionReceiptSheet = ({ redemption, paper }: { redemption: ReceiptRedemption; paper: ReceiptPaper }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string, options?: object) => translate(`resources.redemptions.receipt.${key}`, options);
  const points = (value: number) => translate("app.common.points", { points: formatPoints(value, locale) });
  const balances = receiptBalances(redemption);
  const cancelled = redemption.status === "CANCELLED";
  const slip = paper === "slip";
  return (
    <Box data-testid="receipt" data-paper={paper}>
      {cancelled && (
        <Alert severity="warning" icon={false} data-testid="receipt-cancelled" sx={{ mb: 1.5, border: 2, borderColor: "warning.main" }}>
          <Typography sx={{ fontWeight: 700, letterSpacing: "0.2em" }}>{t("cancelled_stamp")}</Typography>
          {t("refunded", {
            time: formatDateTime(redemption.cancelledAt),
            total: formatPoints(redemption.total, locale),
            balance: balances.refunded ? formatPoints(balances.refunded.balance, locale) : "—",
            reason: redemption.cancelReason ?? "",
          })}
        </Alert>
      )}
      <Stack direction={slip ? "column" : "row"} spacing={slip ? 0.25 : 3} useFlexGap sx={{ flexWrap: "wrap", mb: 1.5 }}>
        <Fact label={t("household")} value={t("household_value", { number: redemption.household.number, name: redemption.household.headName })} testId="receipt-household" />
        <Fact label={t("time")} value={`${formatDateTime(redemption.createdAt)}（${timeZoneLabel(DISTRICT_TIME_ZONE, translate)}）`} testId="receipt-time" />
        <Fact label={t("event")} value={redemption.eventTitle ?? t("no_event")} testId="receipt-event" />
        <Fact label={t("recorder")} value={redemption.recorderName ?? "—"} testId="receipt-recorder" />
      </Stack>
      <RedemptionLinesTable lines={redemption.lines} total={redemption.total} printed />
      <Stack direction={slip ? "column" : "row"} spacing={slip ? 0.25 : 4} useFlexGap sx={{ mt: 1.5 }}>
        <Fact label={t("balance_before")} value={balances.before === null ? "—" : points(balances.before)} testId="receipt-before" />
        <Fact label={t("balance_after")} value={balances.after === null ? "—" : points(balances.after)} testId="receipt-after" />
      </Stack>
      <Stack direction={slip ? "column" : "row"} spacing={slip ? 3 : 6} useFlexGap className="receipt-signatures" sx={{ mt: slip ? 3 : 5 }} data-testid="receipt-signatures">
        {[t("sign_clerk"), t("sign_holder")].map((label) => (
          <Box key={label} sx={{ flex: 1, display: "flex", alignItems: "flex-end", gap: 1 }}>
            <Typography variant="body2" sx={{ whiteSpace: "nowrap" }}>
              {label}：
            </Typography>
            <Box sx={{ flex: 1, minWidth: 80, borderBottom: 1, borderColor: "text.primary", height: 28 }} />
          </Box>
        ))}
      </Stack>
    </Box>
  );
};
