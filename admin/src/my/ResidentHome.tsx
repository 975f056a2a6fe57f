import { Stack } from "@mui/material";
import { Title } from "react-admin";
import { MyCivicCard } from "../civicMatters/CivicWorkCard";
import { MyBalanceCard } from "./MyBalanceCard";
import { MyPublicityCard } from "./MyPublicityCard";
import { MyRecentEntries } from "./MyRecentEntries";
import { MyNotificationsCard } from "../notifications/MyNotificationsCard";
import { WelcomeNotice } from "../onboarding/WelcomeNotice";

/** A resident's home: the balance first, then the newest notifications, what is on publicity and what changed. */
export const ResidentHome = () => (
  <Stack spacing={2} sx={{ mt: 2, maxWidth: 720 }}>
    <Title title="app.my.home" />
    <WelcomeNotice />
    <MyBalanceCard />
    <MyNotificationsCard />
    <MyPublicityCard />
    <MyCivicCard />
    <MyRecentEntries />
  </Stack>
);
