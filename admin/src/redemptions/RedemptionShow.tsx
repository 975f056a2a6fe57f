import { Alert, Box, Card, CardContent, Link as MuiLink, Stack, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from "@mui/material";
import { Link } from "react-router-dom";
import {
  ListButton,
  ReferenceField,
  Show,
  TextField,
  TopToolbar,
  useCanAccess,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { StatusChipField } from "../common/fields";
import { formatDateTime, formatPoints } from "../common/format";
import { ReceiptPrintButton } from "./ReceiptPrintButton";
import type { Redemption } from "../types";
import { CancelRedemptionButton } from "./CancelRedemptionButton";
import { redemptionStatusColors } from "./RedemptionFields";

const RedemptionShowActions = () => (
  <TopToolbar className="no-print">
    <ListButton />
    <ReceiptPrintButton />
    <CancelRedemptionButton />
  </TopToolbar>
);

/** The household, linked to its page for those who may open it. */
const HouseholdName = ({ redemption }: { redemption: Redemption }) => {
  const { canAccess } = useCanAccess({ resource: "households", action: "show" });
  const name = `${redemption.household.number} ${redemption.household.headName}`;
  return canAccess ? (
    <MuiLink component={Link} to={`/households/${redemption.householdId}/show`} underline="hover">
      {name}
    </MuiLink>
  ) : (
    <>{name}</>
  );
};

/** A receipt (兑换单): who, when, what at which price, the total. */
const RedemptionReceipt = () => {
  const redemption = useRecordContext<Redemption>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!redemption) return null;
  const t = (key: string) => translate(`resources.redemptions.receipt.${key}`);
  const numeric = { fontVariantNumeric: "tabular-nums" } as const;
  return (
    <Card>
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: "center", justifyContent: "space-between", flexWrap: "wrap" }}>
          <Box>
            <Typography variant="overline" color="text.secondary">
              {translate("resources.redemptions.receipt.title")}
            </Typography>
            <Typography variant="h6">
              <HouseholdName redemption={redemption} />
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {formatDateTime(redemption.createdAt)}
              {redemption.eventId && (
                <>
                  {" · "}
                  <ReferenceField source="eventId" reference="exchangeEvents" link={false}>
                    <TextField source="title" />
                  </ReferenceField>
                </>
              )}
            </Typography>
          </Box>
          <StatusChipField source="status" enumName="RedemptionStatus" colors={redemptionStatusColors} />
        </Stack>
        {redemption.status === "CANCELLED" && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            {translate("resources.redemptions.message.cancelled_at", {
              time: formatDateTime(redemption.cancelledAt),
              reason: redemption.cancelReason ?? "",
            })}
          </Alert>
        )}
        <Box sx={{ overflowX: "auto", mt: 2 }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t("product")}</TableCell>
                <TableCell align="right">{t("unitPrice")}</TableCell>
                <TableCell align="right">{t("quantity")}</TableCell>
                <TableCell align="right">{t("amount")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {redemption.lines.map((line) => (
                <TableRow key={line.productId}>
                  <TableCell>{line.productName}</TableCell>
                  <TableCell align="right" sx={numeric}>
                    {formatPoints(line.unitPrice, locale)}
                  </TableCell>
                  <TableCell align="right" sx={numeric}>
                    {line.quantity}
                  </TableCell>
                  <TableCell align="right" sx={numeric}>
                    {formatPoints(line.amount, locale)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
            <TableFooter sx={{ "& td": { fontSize: "0.875rem", color: "text.primary" } }}>
              <TableRow>
                <TableCell colSpan={3} sx={{ fontWeight: 600 }}>
                  {t("total")}
                </TableCell>
                <TableCell align="right" sx={{ ...numeric, fontWeight: 600, fontSize: "1rem" }}>
                  {translate("app.common.points", { points: formatPoints(redemption.total, locale) })}
                </TableCell>
              </TableRow>
            </TableFooter>
          </Table>
        </Box>
      </CardContent>
    </Card>
  );
};

export const RedemptionShow = () => (
  <Show actions={<RedemptionShowActions />} component="div">
    <RedemptionReceipt />
  </Show>
);
