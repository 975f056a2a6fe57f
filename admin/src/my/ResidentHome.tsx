import { Stack } from "@mui/material";
import { Title } from "react-admin";
import { MyCivicCard } from "../civicMatters/CivicWorkCard";
import { MyBalanceCard } from "./MyBalanceCard";
import { MyPublicityCard } from "./MyPublicityCard";
import { MyRecentEntries } from "./MyRecentEntries";

/** A resident's home: the balance first, then what changed, then what is on publicity. */
export const ResidentHome = () => (
  <Stack spacing={2} sx={{ mt: 2, maxWidth: 720 }}>
    <Title title="app.my.home" />
    <MyBalanceCard />
    <MyPublicityCard />
    <MyCivicCard />
    <MyRecentEntries />
  </Stack>
);
