import { Stack, Typography } from "@mui/material";
import { Title, useTranslate } from "react-admin";
import { useSessionUser } from "../common/session";
import { CivicWorkCard } from "../civicMatters/CivicWorkCard";
import { ResidentHome } from "../my/ResidentHome";
import { BackupCard } from "./BackupCard";
import { CivicCard } from "./CivicCard";
import { PointsFiguresCard } from "./PointsFiguresCard";
import { PrintLinksCard } from "./PrintLinksCard";
import { QuickActions } from "./QuickActions";
import { RankingCard } from "./RankingCard";
import { TownshipPicker, YearPicker } from "./ReportPickers";
import { useReportParams } from "./useReportParams";
import { VolunteerCard } from "./VolunteerCard";
import { WelcomeCard } from "./WelcomeCard";

/**
 * The home screen per role: a resident's own balance; for staff, the year's
 * figures of their area as the server's reports count them — the district
 * (or a township picked) for district roles, the township for its staff, the
 * village for its committee.
 */
export const Dashboard = () => {
  const user = useSessionUser();
  const translate = useTranslate();
  const { year, townshipId, setYear, setTownship } = useReportParams();
  if (user?.role === "RESIDENT") return <ResidentHome />;
  const role = user?.role;
  const districtWide = role === "DISTRICT_ADMIN" || role === "DISTRICT_STAFF";
  const reportsOn = districtWide || role === "TOWNSHIP_STAFF" || role === "VILLAGE_COMMITTEE";
  // A department's civic figures are those of its own matters (the server narrows civicReport).
  const civicOn = reportsOn || role === "DEPARTMENT_STAFF";
  // District roles choose; township staff and committees get their own area from the server.
  const area = districtWide ? { townshipId } : {};
  const volunteerOn = districtWide || role === "TOWNSHIP_STAFF";
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 2 }}>
      <Title title="ra.page.dashboard" />
      <WelcomeCard />
      {/* Backups are the district admin's care (the server answers no one else). */}
      {role === "DISTRICT_ADMIN" && <BackupCard />}
      <QuickActions />
      <CivicWorkCard />
      {civicOn && (
        <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap" }} className="no-print">
          <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
            {translate("app.reports.heading")}
          </Typography>
          {districtWide && <TownshipPicker townshipId={townshipId} onChange={setTownship} />}
          <YearPicker year={year} onChange={setYear} />
        </Stack>
      )}
      {reportsOn && <PointsFiguresCard year={year} area={area} />}
      {role === "VILLAGE_COMMITTEE" && <RankingCard year={year} />}
      {civicOn && <CivicCard year={year} area={area} ownMatters={role === "DEPARTMENT_STAFF"} />}
      {volunteerOn && <VolunteerCard year={year} townshipId={districtWide ? townshipId : null} />}
      {reportsOn && <PrintLinksCard year={year} townshipId={districtWide ? townshipId : null} />}
    </Stack>
  );
};
