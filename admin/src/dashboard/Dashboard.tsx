import { Stack } from "@mui/material";
import { Title } from "react-admin";
import { WelcomeCard } from "./WelcomeCard";

// A column of small widgets; role-specific ones join as their modules land.
export const Dashboard = () => (
  <Stack spacing={2} sx={{ mt: 2 }}>
    <Title title="ra.page.dashboard" />
    <WelcomeCard />
  </Stack>
);
