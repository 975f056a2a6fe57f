import { Stack } from "@mui/material";
import { Title } from "react-admin";
import { useSessionUser } from "../common/session";
import { CivicWorkCard } from "../civicMatters/CivicWorkCard";
import { ResidentHome } from "../my/ResidentHome";
import { PointsFiguresCard } from "./PointsFiguresCard";
import { QuickActions } from "./QuickActions";
import { RankingCard } from "./RankingCard";
import { WelcomeCard } from "./WelcomeCard";

// A column of small widgets per role; a resident's home is its balance.
export const Dashboard = () => {
  const user = useSessionUser();
  if (user?.role === "RESIDENT") return <ResidentHome />;
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title="ra.page.dashboard" />
      <WelcomeCard />
      <QuickActions />
      <CivicWorkCard />
      <PointsFiguresCard />
      <RankingCard />
    </Stack>
  );
};
