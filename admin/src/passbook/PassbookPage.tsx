import { Box } from "@mui/material";
import { useParams } from "react-router-dom";
import { Title } from "react-admin";
import { PassbookView } from "./PassbookView";
import { HouseholdActivationInvite } from "../onboarding/ActivationInvite";

/** A household's passbook for staff: /passbook/:id (with the activation QR when it has no resident login). */
export const PassbookPage = () => {
  const { id } = useParams<{ id: string }>();
  if (!id) return null;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.passbook.title" />
      <PassbookView householdId={id} footer={<HouseholdActivationInvite householdId={id} />} />
    </Box>
  );
};
