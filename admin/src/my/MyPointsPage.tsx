import { Stack } from "@mui/material";
import { Title } from "react-admin";
import { useSessionUser } from "../common/session";
import { PassbookView } from "../passbook/PassbookView";

/** 我的积分: the resident's own passbook. */
export const MyPointsPage = () => {
  const user = useSessionUser();
  if (!user?.householdId) return null;
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title="app.menu.myPoints" />
      <PassbookView householdId={user.householdId} />
    </Stack>
  );
};
