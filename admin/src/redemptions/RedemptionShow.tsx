import { Alert, Box, Card, CardContent, Link as MuiLink, Stack, Typography } from "@mui/material";
import { Link } from "react-router-dom";
import {
  ListButton,
  ReferenceField,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { StatusChipField } from "../common/fields";
import { formatDateTime } from "../common/format";
import { ReceiptPrintButton } from "./ReceiptPrintButton";
import type { Redemption } from "../types";
import { CancelRedemptionButton } from "./CancelRedemptionButton";
import { redemptionStatusColors } from "./RedemptionFields";
import { RedemptionLinesTable } from "./RedemptionLinesTable";
import { useRoleAccess } from "../common/useRoleAccess";

const RedemptionShowActions = () => (
  <TopToolbar className="no-print">
    <ListButton />
    <ReceiptPrintButton />
    <CancelRedemptionButton />
  </TopToolbar>
);

/** The household, linked to its page for those who may open it. */
const HouseholdName = ({ redemption }: { redemption: Redemption }) => {
  const canAccess = useRoleAccess("households", "show");
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
  if (!redemption) return null;
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
          <RedemptionLinesTable lines={redemption.lines} total={redemption.total} />
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
