import { Box, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useTranslate } from "react-admin";
import { useCunwuDataProvider } from "../providers/useCunwuDataProvider";
import { ActivationQr } from "./ActivationQr";
import { activationUrl } from "./issuedSlips";

/**
 * On a printed passbook of a household without a resident login: a QR to
 * the activation page WITHOUT a code (a code is only ever on its slip, shown
 * once; a passbook is printed again and again) and one line saying where
 * the slip comes from.
 */
export const ActivationInvite = () => {
  const translate = useTranslate();
  return (
    <Box className="activation-invite" data-testid="activation-invite" sx={{ display: "flex", gap: 2, alignItems: "center", mt: 2, breakInside: "avoid" }}>
      <ActivationQr url={activationUrl()} size={88} label={translate("app.onboarding.invite_qr")} />
      <Typography variant="body2">{translate("app.onboarding.invite")}</Typography>
    </Box>
  );
};

/** The invitation for one household's passbook, when it has no resident login. */
export const HouseholdActivationInvite = ({ householdId }: { householdId: string }) => {
  const dataProvider = useCunwuDataProvider();
  const { data } = useQuery({
    queryKey: ["householdAccounts", householdId],
    queryFn: () => dataProvider.householdAccounts({ id: householdId }),
  });
  return data && data.residentAccounts.length === 0 ? <ActivationInvite /> : null;
};
